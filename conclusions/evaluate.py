"""Compare extraction with hand-made gold annotations: `python -m conclusions.evaluate [GOLD_DIR] [--only GLOB] [-v]`.

A gold file names a document (a seed in `<repo>/../shared/seeds/` or a case file beside the gold
directory) and lists every task a careful reader would follow up: a few words to find it, the
unit keys ("name:…" for a unit outside the catalog), the due date and the recurrence.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from conclusions.extract import extract
from conclusions.model import ConclusionDraft, TaskDraft
from conclusions.normalize import ascii_fold

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "conclusions" / "gold"
SEEDS = REPO / ".." / "shared" / "seeds"


@dataclass
class Score:
    """Counts over a gold set; the ratios are what the issue's thresholds apply to."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    units_ok: int = 0
    due_ok: int = 0
    recurrence_ok: int = 0
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def unit_accuracy(self) -> float:
        return self.units_ok / self.matched if self.matched else 1.0

    @property
    def due_accuracy(self) -> float:
        return self.due_ok / self.matched if self.matched else 1.0

    @property
    def recurrence_accuracy(self) -> float:
        return self.recurrence_ok / self.matched if self.matched else 1.0


def _unit_keys(task: TaskDraft) -> set[str]:
    return {u.key if u.key else "name:" + u.name for u in task.units}


def _find(text: str) -> str:
    return " ".join(ascii_fold(text).split())


def document_path(gold: dict[str, Any], gold_dir: Path) -> Path:
    """Where the annotated document lives."""
    if gold["source"] == "seed":
        return SEEDS / gold["file"]
    return gold_dir.parent / "cases" / gold["file"]


def score_document(gold: dict[str, Any], draft: ConclusionDraft, score: Score, name: str) -> None:
    """Match gold tasks to predicted ones by their find words and count agreements."""
    score.documents += 1
    score.gold += len(gold["tasks"])
    score.predicted += len(draft.tasks)
    used: set[int] = set()
    for g in gold["tasks"]:
        needle = _find(g["find"])
        hit = next(
            (i for i, t in enumerate(draft.tasks) if i not in used and needle in _find(t.content)),
            None,
        )
        if hit is None:
            score.errors.append(f"{name}: missing task “{g['find']}”")
            continue
        used.add(hit)
        task = draft.tasks[hit]
        score.matched += 1
        if _unit_keys(task) == set(g["units"]):
            score.units_ok += 1
        else:
            score.errors.append(f"{name}: units of “{g['find']}”: {sorted(_unit_keys(task))} ≠ {sorted(g['units'])}")
        due = task.deadline.due.isoformat() if task.deadline.due else None
        if due == g.get("due"):
            score.due_ok += 1
        else:
            score.errors.append(f"{name}: due of “{g['find']}”: {due} ≠ {g.get('due')}")
        if task.deadline.recurrence == g.get("recurrence"):
            score.recurrence_ok += 1
        else:
            score.errors.append(f"{name}: recurrence of “{g['find']}”: {task.deadline.recurrence} ≠ {g.get('recurrence')}")
    for i, t in enumerate(draft.tasks):
        if i not in used:
            score.errors.append(f"{name}: extra task “{t.content[:80]}”")


def evaluate(gold_dir: Path = DEFAULT_GOLD, only: str | None = None) -> Score:
    """Run the extractor over every gold file in `gold_dir` (or those whose name matches the glob
    `only`, e.g. "c1[5-9]*"); seeds that are absent are skipped."""
    score = Score()
    for gold_file in sorted(gold_dir.glob("*.json")):
        if only and not fnmatch(gold_file.stem, only) and not fnmatch(gold_file.name, only):
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = document_path(gold, gold_dir)
        if not path.exists():
            score.skipped.append(gold_file.name)
            continue
        issued = date.fromisoformat(gold["issued_on"]) if gold.get("pass_issued_on") else None
        source: Path | str = path if path.suffix in (".docx", ".pdf") or gold.get("as_file") else path.read_text(encoding="utf-8")
        draft = extract(source, issued_on=issued)
        score_document(gold, draft, score, gold_file.stem)
    return score


def main(argv: list[str] | None = None) -> int:
    """Print precision/recall of tasks and accuracy of units, due dates and recurrence."""
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    only = None
    if "--only" in args:
        i = args.index("--only")
        if i + 1 >= len(args):
            print("--only needs a glob of gold file names, e.g. --only 'c1[5-9]*'", file=sys.stderr)
            return 2
        only = args[i + 1]
        args = args[:i] + args[i + 2:]
    dirs = [a for a in args if not a.startswith("-")]
    score = evaluate(Path(dirs[0]) if dirs else DEFAULT_GOLD, only)
    print(f"documents: {score.documents}  gold tasks: {score.gold}  extracted: {score.predicted}  matched: {score.matched}")
    print(f"task recall:         {score.recall:.3f}")
    print(f"task precision:      {score.precision:.3f}")
    print(f"unit accuracy:       {score.unit_accuracy:.3f}")
    print(f"due-date accuracy:   {score.due_accuracy:.3f}")
    print(f"recurrence accuracy: {score.recurrence_accuracy:.3f}")
    if score.skipped:
        print(f"skipped (document absent): {', '.join(score.skipped)}")
    if verbose:
        for e in score.errors:
            print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
