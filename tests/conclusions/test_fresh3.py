"""The third fresh set (c44–c71): 28 documents written for this project by people who had not read the
extractor, scored unseen before any tuning on them.

Texts in `cases/` (three are .docx), gold in `fresh_gold3/`. First seen, c44–c63 scored recall 0.776,
precision 0.813, units 0.785, due dates 0.906, and c64–c71 recall 0.804, precision 0.822, units 0.649,
due dates 0.878 (docs/extraction-quality.md). The floors below are the figures after the rounds that
looked at their errors (recall 0.852, precision 0.886, units 0.892, due 0.899); the next fresh batch, not
this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

FRESH3 = Path(__file__).resolve().parent / "fresh_gold3"


def test_third_fresh_documents_keep_their_scores() -> None:
    score = evaluate(FRESH3)
    assert score.documents == 28 and not score.skipped, score.skipped
    assert score.recall >= 0.85, score.errors
    assert score.precision >= 0.88, score.errors
    assert score.unit_accuracy >= 0.89, score.errors
    assert score.due_accuracy >= 0.89, score.errors
