"""Fresh set 9 (c212–c231): 20 documents written for this project in round 7 by writers who had not read the extractor,
scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold9/`. First seen they scored recall 0.862, precision 0.830, units 0.766, due dates 0.858 (at e1074bb)
(docs/extraction-quality.md). The floors below sit just under the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold9"


def test_fresh_set_9_keeps_its_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 20 and not score.skipped, score.skipped
    assert score.recall >= 0.86, score.errors
    assert score.precision >= 0.91, score.errors
    assert score.unit_accuracy >= 0.91, score.errors
    assert score.due_accuracy >= 0.89, score.errors
