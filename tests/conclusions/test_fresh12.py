"""Fresh set 12 (c274–c291): 18 documents written for this project in round 8 by three writers, shaped like the real corpus who had not read the
extractor, scored unseen before any tuning on them.

Texts in `cases/`, gold in `fresh_gold12/`. First seen they scored recall 0.709, precision 0.878, units 0.785, due dates 0.910 (at b885c15)
(docs/extraction-quality.md). The floors below sit just under the figures after the round that looked at their
errors; the next fresh batch, not this one, measures unseen text.
"""

from __future__ import annotations

from pathlib import Path

from conclusions.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fresh_gold12"


def test_fresh_set_12_keeps_its_scores() -> None:
    score = evaluate(GOLD)
    assert score.documents == 18 and not score.skipped, score.skipped
    assert score.recall >= 0.83, score.errors
    assert score.precision >= 0.92, score.errors
    assert score.unit_accuracy >= 0.80, score.errors
    assert score.due_accuracy >= 0.90, score.errors
