"""Compare extraction with hand-made gold annotations.

    python -m conclusions.evaluate [GOLD_DIR] [--only GLOB] [--split dev|heldout] [-v]

A gold file names a document (a seed in `<repo>/../shared/seeds/` or a case file beside the gold
directory) and lists every task a careful reader would follow up: a few words to find it, the
unit keys ("name:…" for a unit outside the catalog), the due date and the recurrence. Gold with
"source": "corpus" reads the real documents in `<repo>/../shared/corpus/` (skipped when absent);
`split.json` beside such gold lists the held-out documents (`--split heldout`), the rest are dev.
"source": "pages" reads real public pages kept outside the repository, in `$DONDOC_PAGES_DIR` or
`<repo>/../pages/` (skipped when absent): their text is not ours to ship, only our annotations are.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from conclusions.extract import extract
from conclusions.model import ConclusionDraft, TaskDraft, UnitRef
from conclusions.normalize import ascii_fold

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "conclusions" / "gold"
SEEDS = REPO / ".." / "shared" / "seeds"
CORPUS = REPO / ".." / "shared" / "corpus"
PAGES = Path(os.environ.get("DONDOC_PAGES_DIR") or REPO / ".." / "pages")
SPLITS = ("dev", "heldout")


@dataclass
class Score:
    """Counts over a gold set; the ratios are what the issue's thresholds apply to."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    units_ok: int = 0
    due_ok: int = 0
    recurrence_ok: int = 0
    dated: int = 0  # matched tasks whose gold has a due date
    dated_ok: int = 0
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    by_kind: dict[str, Score] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        """Add the counts of `other` (one document's) to these."""
        for name in ("gold", "predicted", "matched", "units_ok", "due_ok", "recurrence_ok", "dated", "dated_ok", "documents"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

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
    def dated_due_accuracy(self) -> float:
        """The issue's measure: due dates right over the matched tasks whose gold has a date (`due_accuracy`
        also counts a date given where the gold has none)."""
        return self.dated_ok / self.dated if self.dated else 1.0

    @property
    def recurrence_accuracy(self) -> float:
        return self.recurrence_ok / self.matched if self.matched else 1.0


def _unit_keys(task: TaskDraft) -> set[str]:
    return {u.key if u.key else "name:" + u.name for u in task.units}


def _name(text: str) -> str:
    return " ".join(ascii_fold(text).split())


def _unit_matches(gold_unit: str, predicted: UnitRef) -> bool:
    """A catalog key matches by key; a gold "name:…" matches a keyless unit whose folded name equals or contains it (or the reverse)."""
    if not gold_unit.startswith("name:"):
        return predicted.key == gold_unit
    if predicted.key is not None:
        return False
    g, p = _name(gold_unit[5:]), _name(predicted.name)
    return bool(g and p) and (g == p or g in p or p in g)


def units_agree(gold_units: list[str], predicted: list[UnitRef]) -> bool:
    """True when each gold unit matches a distinct predicted unit and no predicted unit is left over."""
    if len(gold_units) != len(set(_unit_keys_of(predicted))):
        return False
    left = list(dict.fromkeys(predicted))
    for g in gold_units:
        hit = next((u for u in left if _unit_matches(g, u)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def _unit_keys_of(units: list[UnitRef]) -> list[str]:
    return [u.key if u.key else "name:" + u.name for u in dict.fromkeys(units)]


def _find(text: str) -> str:
    return " ".join(ascii_fold(text).split())


def document_path(gold: dict[str, Any], gold_dir: Path) -> Path:
    """Where the annotated document lives."""
    if gold["source"] == "seed":
        return SEEDS / gold["file"]
    if gold["source"] == "corpus":
        return CORPUS / gold["file"]
    if gold["source"] == "pages":
        return PAGES / gold["file"]
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
        if units_agree(g["units"], task.units):
            score.units_ok += 1
        else:
            score.errors.append(f"{name}: units of “{g['find']}”: {sorted(_unit_keys(task))} ≠ {sorted(g['units'])}")
        due = task.deadline.due.isoformat() if task.deadline.due else None
        if g.get("due"):
            score.dated += 1
            score.dated_ok += due == g["due"]
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


def split_ids(gold_dir: Path, split: str) -> set[str] | None:
    """The document ids (file stems) of `split` ("dev" or "heldout"), from `split.json`; None without one."""
    path = gold_dir / "split.json"
    if not path.exists():
        return None
    heldout = set(json.loads(path.read_text(encoding="utf-8"))["heldout"])
    if split == "heldout":
        return heldout
    return {p.stem for p in gold_dir.glob("*.json") if p.name != "split.json"} - heldout


def evaluate(gold_dir: Path = DEFAULT_GOLD, only: str | None = None, split: str | None = None) -> Score:
    """Run the extractor over every gold file in `gold_dir` (or those whose name matches the glob
    `only`, e.g. "c1[5-9]*", or those of a split); documents that are absent are skipped."""
    score = Score()
    wanted = split_ids(gold_dir, split) if split else None
    for gold_file in sorted(gold_dir.glob("*.json")):
        if gold_file.name == "split.json":
            continue
        if only and not fnmatch(gold_file.stem, only) and not fnmatch(gold_file.name, only):
            continue
        if wanted is not None and gold_file.stem not in wanted:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = document_path(gold, gold_dir)
        if not path.exists():
            score.skipped.append(gold_file.name)
            continue
        issued = date.fromisoformat(gold["issued_on"]) if gold.get("pass_issued_on") else None
        source: Path | str = path if path.suffix in (".docx", ".pdf") or gold.get("as_file") else path.read_text(encoding="utf-8")
        draft = extract(source, issued_on=issued)
        one = Score()
        score_document(gold, draft, one, gold_file.stem)
        score.add(one)
        score.by_kind.setdefault(gold.get("kind") or "—", Score()).add(one)
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
    split = None
    if "--split" in args:
        i = args.index("--split")
        if i + 1 >= len(args) or args[i + 1] not in SPLITS:
            print("--split needs dev or heldout", file=sys.stderr)
            return 2
        split = args[i + 1]
        args = args[:i] + args[i + 2:]
    dirs = [a for a in args if not a.startswith("-")]
    score = evaluate(Path(dirs[0]) if dirs else DEFAULT_GOLD, only, split)
    print(f"documents: {score.documents}  gold tasks: {score.gold}  extracted: {score.predicted}  matched: {score.matched}")
    print(f"task recall:         {score.recall:.3f}")
    print(f"task precision:      {score.precision:.3f}")
    print(f"unit accuracy:       {score.unit_accuracy:.3f}")
    print(f"due-date accuracy:   {score.due_accuracy:.3f}  (over gold tasks with a date: {score.dated_due_accuracy:.3f})")
    print(f"recurrence accuracy: {score.recurrence_accuracy:.3f}")
    if len(score.by_kind) > 1:
        print("per kind (documents, gold, extracted, recall, precision, units, due, due over dated gold):")
        for kind, k in sorted(score.by_kind.items()):
            print(f"  {kind:28} {k.documents:3} {k.gold:4} {k.predicted:4}  R {k.recall:.3f}  P {k.precision:.3f}"
                  f"  U {k.unit_accuracy:.3f}  D {k.due_accuracy:.3f}  Dd {k.dated_due_accuracy:.3f}")
    if score.skipped:
        print(f"skipped (document absent): {', '.join(score.skipped)}")
    if verbose:
        for e in score.errors:
            print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
