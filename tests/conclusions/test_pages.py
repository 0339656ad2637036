"""The extractor on real public pages annotated in rounds 9–15 (`pages_gold/` to `pages_gold8/`). Their texts are not
ours to ship: they are read from `$DONDOC_PAGES_DIR` or `<repo>/../pages/`, and these tests skip, saying so, where
they are absent (as on a user's machine and in CI). Thresholds sit just under the figures reached, so a regression
shows on a machine that has the texts. The held-out third of pages_gold was scored in round 9 and tuned on from
round 10; pages_gold2 to pages_gold7 were each kept unseen through at least one round and then tuned on; pages_gold8
is scored by the lead, never tuned on (docs/extraction-quality.md). Re-fetched texts differ a little from the first copies
and some pages no longer come back, so each test skips below a number of pages present."""

from __future__ import annotations

from pathlib import Path

import pytest

from conclusions import extract
from conclusions.evaluate import PAGES, evaluate, split_ids

HERE = Path(__file__).resolve().parent
GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD6, GOLD7, GOLD8 = (HERE / f"pages_gold{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8"))

RECALL, PRECISION = 0.85, 0.93  # dev split after round 12 (first seen: 0.386, 0.622); 37 of 43 texts re-fetched
# (gold folder, least pages present to score, recall, precision): each batch after the round that tuned on it
BATCHES = [
    (GOLD2, 24, 0.86, 0.90),  # tuned on in rounds 10–12 (first seen: 0.787, 0.747)
    (GOLD3, 20, 0.95, 0.89),  # tuned on in rounds 11–12 (first seen: 0.683, 0.683)
    (GOLD4, 17, 0.83, 0.88),  # tuned on in round 12 (first seen: 0.477, 0.797)
    (GOLD5, 22, 0.98, 0.98),  # tuned on in round 13 (first seen: 0.583, 0.667)
    (GOLD6, 22, 0.80, 0.92),  # tuned on in round 14 (first seen: 0.513, 0.776)
    (GOLD7, 22, 0.78, 0.87),  # tuned on in round 15 (first seen: 0.564, 0.726)
]

pytestmark = pytest.mark.skipif(
    not PAGES.exists(), reason=f"the real pages' texts ({PAGES}) are not on this machine; set DONDOC_PAGES_DIR"
)


def test_dev_and_heldout_do_not_overlap() -> None:
    dev, heldout = split_ids(GOLD, "dev"), split_ids(GOLD, "heldout")
    assert dev and heldout and not dev & heldout


def test_dev_split_scores() -> None:
    score = evaluate(GOLD, split="dev")
    if score.documents < 35:  # the stored-page search no longer returns four of them (p102, p104, p108, p314)
        pytest.skip(f"only {score.documents} of the 43 dev pages are on this machine")
    assert score.recall >= RECALL, score.errors
    assert score.precision >= PRECISION, score.errors


@pytest.mark.parametrize(("gold", "least", "recall", "precision"), BATCHES, ids=lambda v: getattr(v, "name", None))
def test_tuned_batch_scores(gold: Path, least: int, recall: float, precision: float) -> None:
    score = evaluate(gold)
    if score.documents < least:
        pytest.skip(f"only {score.documents} pages of {gold.name} are on this machine")
    assert score.recall >= recall, score.errors
    assert score.precision >= precision, score.errors


def test_every_page_reads_without_error_and_never_silently() -> None:
    for gold in (GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD6, GOLD7, GOLD8):
        for gold_file in sorted(gold.glob("p*.json")):
            path = PAGES / f"{gold_file.stem}.txt"
            if path.exists():
                draft = extract(path.read_text(encoding="utf-8"))
                assert draft.tasks or draft.warnings, gold_file.stem
