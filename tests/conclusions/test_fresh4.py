"""The fourth fresh set (c72–c101): 30 documents written for this project by three people who had not read the
extractor, scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold4/`. First seen they scored recall 0.851, precision 0.884, units 0.873, due dates
0.902 (docs/extraction-quality.md). The floors below are the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold4"


def test_fourth_fresh_documents_keep_their_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 30 and not score.skipped, score.skipped
    assert score.recall >= 0.91, score.errors
    assert score.precision >= 0.93, score.errors
    assert score.unit_accuracy >= 0.88, score.errors
    assert score.due_accuracy >= 0.90, score.errors
