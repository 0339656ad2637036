"""Score the time grammar on the gold phrases and the no-deadline sentences.

    python -m conclusions.timegrammar.evaluate [--corpus FILE] [--negatives FILE] [--show-failures]

Each gold line gives a phrase, its reference day and the window its due day must fall in (with
`strict_before` and `recurrence` when they matter); each negative line a chat sentence that states
no deadline, for which the parser must return nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from conclusions.timegrammar import parse_deadline

HERE = Path(__file__).resolve().parents[2] / "tests" / "conclusions"
CORPUS = HERE / "time_corpus.jsonl"
NEGATIVES = HERE / "time_negatives.jsonl"


@dataclass
class Score:
    """How many lines passed, and the ones that did not (phrase, why)."""

    total: int = 0
    passed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """The share of lines that passed (1.0 for an empty file)."""
        return self.passed / self.total if self.total else 1.0


def load(path: Path) -> list[dict]:
    """The JSON lines of `path`."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(row: dict) -> str | None:
    """Why one gold line fails, or None when the parser gets it right."""
    today = date.fromisoformat(row["today"])
    found = parse_deadline(row["phrase"], today)
    if found is None:
        return "không đọc được"
    want = row["due"]
    if want is None:
        if found.due is not None:
            return f"hạn {found.due} (không cần ngày)"
    else:
        low, high = date.fromisoformat(want[0]), date.fromisoformat(want[1])
        if found.due is None or not low <= found.due <= high:
            return f"hạn {found.due}, cần {low}…{high}"
    if "strict_before" in row and found.strict_before != row["strict_before"]:
        return f"strict_before={found.strict_before}"
    if "recurrence" in row and found.recurrence != row["recurrence"]:
        return f"recurrence={found.recurrence}"
    if "recurrence" not in row and found.recurrence is not None:
        return f"recurrence={found.recurrence} (không lặp)"
    return None


def score_corpus(rows: Iterable[dict]) -> Score:
    """Score gold phrases: the due day inside its window, and the flags given."""
    score = Score()
    for row in rows:
        score.total += 1
        why = check(row)
        if why is None:
            score.passed += 1
        else:
            score.failures.append((f"{row['phrase']} @{row['today']}", why))
    return score


def score_negatives(rows: Iterable[dict]) -> Score:
    """Score sentences with no deadline: passed when the parser returns nothing."""
    score = Score()
    for row in rows:
        score.total += 1
        found = parse_deadline(row["phrase"], date.fromisoformat(row["today"]))
        if found is None:
            score.passed += 1
        else:
            score.failures.append((row["phrase"], f"đọc ra {found.due} {found.recurrence or ''}".strip()))
    return score


def main(argv: list[str] | None = None) -> int:
    """Print both scores; exit 1 when either is under its target (97% gold, 98% negatives)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--negatives", type=Path, default=NEGATIVES)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    gold = score_corpus(load(args.corpus))
    negatives = score_negatives(load(args.negatives))
    print(f"gold phrases: {gold.passed}/{gold.total} = {gold.rate:.1%}")
    print(f"no-deadline sentences returning nothing: {negatives.passed}/{negatives.total} = {negatives.rate:.1%}")
    if args.show_failures:
        for phrase, why in gold.failures + negatives.failures:
            print(f"  ✗ {phrase}: {why}")
    return 0 if gold.rate >= 0.97 and negatives.rate >= 0.98 else 1


if __name__ == "__main__":
    sys.exit(main())
