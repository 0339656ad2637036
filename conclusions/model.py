"""The drafts the extractor produces: frozen dataclasses with a JSON-ready `to_dict()`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

RECURRENCES = (None, "weekly", "monthly", "quarterly", "half_yearly", "yearly")


@dataclass(frozen=True)
class UnitRef:
    """A unit named in a task; `key` is None when the name is not in the organization's catalog."""

    key: str | None
    name: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the reference."""
        return {"key": self.key, "name": self.name}


@dataclass(frozen=True)
class Deadline:
    """When a task is due: the words as written, the date they mean, and how it repeats."""

    text: str | None = None
    due: date | None = None
    strict_before: bool = False
    recurrence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the deadline (ISO date or null)."""
        return {
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "strict_before": self.strict_before,
            "recurrence": self.recurrence,
        }


NO_DEADLINE = Deadline()


@dataclass(frozen=True)
class Evidence:
    """Where a task was read: the sentence or row as written and its character offsets in the document."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the evidence."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class TaskDraft:
    """One assignment of a notice: who does what, with whom, by when."""

    ref: str | None
    content: str
    units: list[UnitRef]
    coordinating_units: list[UnitRef]
    deadline: Deadline
    directed_units: list[UnitRef] = field(default_factory=list)
    evidence: Evidence | None = None
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the task, as `dondoc extract --json` prints it."""
        return {
            "ref": self.ref,
            "content": self.content,
            "units": [u.to_dict() for u in self.units],
            "coordinating_units": [u.to_dict() for u in self.coordinating_units],
            "directed_units": [u.to_dict() for u in self.directed_units],
            "deadline": self.deadline.to_dict(),
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class DocumentInfo:
    """What identifies the notice itself."""

    number: str | None = None
    title: str | None = None
    issued_on: date | None = None
    issuer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the document header."""
        return {
            "number": self.number,
            "title": self.title,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "issuer": self.issuer,
        }


@dataclass(frozen=True)
class ConclusionDraft:
    """Everything extracted from one notice, ready for a person to check before saving."""

    document: DocumentInfo
    tasks: list[TaskDraft]
    warnings: list[str]
    source_sha256: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of the extraction interface: document, tasks, warnings."""
        return {
            "document": self.document.to_dict(),
            "tasks": [t.to_dict() for t in self.tasks],
            "warnings": list(self.warnings),
        }
