"""Fresh set 10 (c232–c255): 24 documents written for this project in round 8 by four writers who had not read the
extractor, scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold10/`. First seen they scored recall 0.847, precision 0.938, units 0.856, due dates 0.834 (at e68df0d)
(docs/extraction-quality.md). The floors below sit just under the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold10"


def test_fresh_set_10_keeps_its_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 24 and not score.skipped, score.skipped
    assert score.recall >= 0.88, score.errors
    assert score.precision >= 0.94, score.errors
    assert score.unit_accuracy >= 0.90, score.errors
    assert score.due_accuracy >= 0.91, score.errors
