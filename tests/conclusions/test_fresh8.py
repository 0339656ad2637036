"""Fresh set 8 (c192–c211): 20 documents written for this project in round 7 by writers who had not read the extractor,
scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold8/`. First seen they scored recall 0.788, precision 0.907, units 0.833, due dates 0.894 (at 4e2eea3)
(docs/extraction-quality.md). The floors below sit just under the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold8"


def test_fresh_set_8_keeps_its_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 20 and not score.skipped, score.skipped
    assert score.recall >= 0.9, score.errors
    assert score.precision >= 0.9, score.errors
    assert score.unit_accuracy >= 0.84, score.errors
    assert score.due_accuracy >= 0.89, score.errors
