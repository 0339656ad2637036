"""The fifth fresh set (c102–c131): 30 documents written for this project by three people who had not read the
extractor, scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold5/`. First seen they scored recall 0.858, precision 0.894, units 0.792, due dates
0.814 (docs/extraction-quality.md). The floors below are the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold5"


def test_fifth_fresh_documents_keep_their_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 30 and not score.skipped, score.skipped
    assert score.recall >= 0.85, score.errors
    assert score.precision >= 0.92, score.errors
    assert score.unit_accuracy >= 0.82, score.errors
    assert score.due_accuracy >= 0.81, score.errors
