"""The extractor on real public documents (`../shared/corpus`), dev split only: the held-out split is
scored by the lead, never here. Thresholds are the figures actually reached, so a regression shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from conclusions.evaluate import CORPUS, evaluate, split_ids

GOLD = Path(__file__).resolve().parent / "corpus_gold"

pytestmark = pytest.mark.skipif(
    not CORPUS.exists(), reason="the real corpus (../shared/corpus) is not present in this checkout"
)


def test_dev_and_heldout_do_not_overlap() -> None:
    dev, heldout = split_ids(GOLD, "dev"), split_ids(GOLD, "heldout")
    assert dev and heldout and not dev & heldout


def test_dev_split_scores() -> None:
    score = evaluate(GOLD, split="dev")
    if score.documents < 10:
        pytest.skip(f"only {score.documents} dev gold files so far")
    assert score.recall >= 0.955, score.errors
    assert score.precision >= 0.975, score.errors
    assert score.unit_accuracy >= 0.955, score.errors
    assert score.due_accuracy >= 0.975, score.errors


def test_every_dev_document_reads_without_error_and_never_silently() -> None:
    from conclusions import extract

    for stem in sorted(split_ids(GOLD, "dev") or ()):
        path = CORPUS / f"{stem}.txt"
        if path.exists():
            draft = extract(path.read_text(encoding="utf-8"))
            assert draft.tasks or draft.warnings, stem
