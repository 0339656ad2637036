"""What the written-case tests of `conclusions` ask of a draft, in one place: the tasks, one task found by its words,
a task's units as the gold files write them ("name:…" for a unit outside the catalog)."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from conclusions.model import TaskDraft


def drafts(text: str, issued_on: date | None = None) -> list[TaskDraft]:
    """The tasks extracted from `text`."""
    return extract(text, issued_on).tasks


def unit_keys(task: TaskDraft) -> list[str]:
    """The responsible units of `task`, catalog keys or "name:<name as written>", in the draft's order."""
    return [u.key or f"name:{u.name}" for u in task.units]


def summaries(text: str, issued_on: date | None = None) -> list[tuple[str, list[str], date | None]]:
    """(content, unit keys, due date) of each task extracted from `text`."""
    return [(t.content, unit_keys(t), t.deadline.due) for t in drafts(text, issued_on)]


def one(tasks: list[TaskDraft], words: str) -> TaskDraft:
    """The single task whose content holds `words` (fails, listing the contents, when there are none or several)."""
    found = [t for t in tasks if words in t.content]
    assert len(found) == 1, (words, [t.content for t in tasks])
    return found[0]


def units_of(text: str, words: str) -> list[str]:
    """The unit keys of the first task extracted from `text` whose content holds `words`."""
    return unit_keys(next(t for t in drafts(text) if words in t.content))
