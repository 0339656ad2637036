"""The extractor on real public pages annotated in rounds 9–11 (`pages_gold/` to `pages_gold4/`). Their texts are not
ours to ship: they are read from `$DONDOC_PAGES_DIR` or `<repo>/../pages/`, and these tests skip, saying so, where
they are absent (as on a user's machine and in CI). Thresholds sit just under the figures reached, so a regression
shows on a machine that has the texts. The held-out third of pages_gold was scored in round 9 and tuned on from
round 10; pages_gold2 and pages_gold3 were each kept unseen through one round and then tuned on; pages_gold4 is
scored by the lead, never tuned on (docs/extraction-quality.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conclusions import extract
from conclusions.evaluate import PAGES, evaluate, split_ids

HERE = Path(__file__).resolve().parent
GOLD, GOLD2, GOLD3, GOLD4 = (HERE / f"pages_gold{n}" for n in ("", "2", "3", "4"))

RECALL, PRECISION = 0.82, 0.90  # dev split after round 11 (first seen: 0.386, 0.622); 39 of 43 texts re-fetched
RECALL3, PRECISION3 = 0.92, 0.82  # pages_gold3, tuned on in round 11 (first seen: 0.683, 0.683)

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


def test_third_batch_scores() -> None:
    score = evaluate(GOLD3)
    if score.documents < 25:
        pytest.skip(f"only {score.documents} of the 28 pages of pages_gold3 are on this machine")
    assert score.recall >= RECALL3, score.errors
    assert score.precision >= PRECISION3, score.errors


def test_every_page_reads_without_error_and_never_silently() -> None:
    for gold in (GOLD, GOLD2, GOLD3, GOLD4):
        for gold_file in sorted(gold.glob("p*.json")):
            path = PAGES / f"{gold_file.stem}.txt"
            if path.exists():
                draft = extract(path.read_text(encoding="utf-8"))
                assert draft.tasks or draft.warnings, gold_file.stem
