"""Saving an extracted conclusion draft: all of it or nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage.access import Actor, require_admin
from storage.errors import DuplicateImport, InvalidInput
from storage.events import record_event
from storage.models import RECURRENCES, Conclusion, Organization, Task, Unit, utcnow
from storage.organizations import exact_unit, list_units, slugify

#: Where a clause without any recognizable addressee goes, so that a person can assign it.
UNASSIGNED_KEY = "chua_phan_cong"
UNASSIGNED_NAME = "Chưa phân công"


@dataclass
class ImportResult:
    """What an import created."""

    conclusion: Conclusion
    tasks: list[Task]
    created_units: list[Unit] = field(default_factory=list)


def allocate_task_numbers(session: Session, *, org_id: int, count: int) -> int:
    """Reserve `count` consecutive per-organization task numbers and return the first."""
    session.execute(
        update(Organization)
        .where(Organization.id == org_id)  # type: ignore[arg-type]
        .values(next_task_number=Organization.next_task_number + count)
    )
    org = session.exec(select(Organization).where(Organization.id == org_id).execution_options(populate_existing=True)).one()
    return org.next_task_number - count


def _unit_for(session: Session, org_id: int, ref: Any, cache: dict[str, Unit], created: list[Unit]) -> Unit:
    key = getattr(ref, "key", None) or None
    name = " ".join(str(getattr(ref, "name", "") or "").split()) or UNASSIGNED_NAME
    cache_key = f"k:{key}" if key else f"n:{name.lower()}"
    if cache_key in cache:
        return cache[cache_key]
    unit = None
    if key:
        unit = session.exec(select(Unit).where(Unit.org_id == org_id, Unit.key == key)).first()
    if unit is None:  # a name the extractor kept as written: resolved as people's names are everywhere
        unit = exact_unit(list_units(session, org_id=org_id, include_inactive=True), name)
    if unit is None:
        unit_key = key or (UNASSIGNED_KEY if name == UNASSIGNED_NAME else f"moi_{slugify(name)}")
        unit = session.exec(select(Unit).where(Unit.org_id == org_id, Unit.key == unit_key)).first()
        if unit is None:
            unit = Unit(org_id=org_id, key=unit_key, name=name, aliases=[], tags=["tu_van_ban"])
            session.add(unit)
            session.flush()
            created.append(unit)
    cache[cache_key] = unit
    return unit


def find_duplicate(session: Session, *, org_id: int, source_sha256: str) -> Conclusion | None:
    """The conclusion already imported with this exact text, if any."""
    return session.exec(
        select(Conclusion).where(Conclusion.org_id == org_id, Conclusion.source_sha256 == source_sha256)
    ).first()


def duplicate_message(existing: Conclusion) -> str:
    """The user-facing refusal for a second import of the same document."""
    number = f" (số {existing.number})" if existing.number else ""
    when = existing.imported_at.strftime("%d/%m/%Y")
    return f"Văn bản này{number} đã được nhập ngày {when}; không nhập lại để tránh trùng nhiệm vụ."


def import_draft(
    session: Session,
    *,
    actor: Actor,
    draft: Any,
    filename: str | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Save a `conclusions.ConclusionDraft`: the conclusion, one task per (clause, unit), and events.

    Runs in the caller's transaction; any failure leaves nothing behind once the caller rolls back.
    The same text imported twice into one organization is refused with `DuplicateImport`."""
    require_admin(actor, actor.org_id)
    now = now or utcnow()
    existing = find_duplicate(session, org_id=actor.org_id, source_sha256=draft.source_sha256)
    if existing is not None:
        raise DuplicateImport(duplicate_message(existing))
    doc = draft.document
    conclusion = Conclusion(
        org_id=actor.org_id,
        number=(doc.number or None) and str(doc.number)[:100],
        title=doc.title,
        issued_on=doc.issued_on,
        issuer=(doc.issuer or None) and str(doc.issuer)[:300],
        source_sha256=draft.source_sha256,
        filename=filename,
        text=draft.text,
        imported_at=now,
        imported_by=actor.label,
    )
    session.add(conclusion)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        # Another import of the same text committed between our check and our insert.
        raise DuplicateImport("Văn bản này vừa được nhập; không nhập lại để tránh trùng nhiệm vụ.") from None

    for task_draft in draft.tasks:
        recurrence = task_draft.deadline.recurrence
        if recurrence is not None and recurrence not in RECURRENCES:
            raise InvalidInput(f"Chu kỳ không hợp lệ ở mục {task_draft.ref or '?'}: {recurrence!r}.")
    cache: dict[str, Unit] = {}
    created_units: list[Unit] = []
    planned: list[tuple[Any, Unit, str]] = []
    for task_draft in draft.tasks:
        clause_key = uuid.uuid4().hex
        refs = list(task_draft.units) or [None]
        seen: set[int] = set()
        for ref in refs:
            unit = _unit_for(session, actor.org_id, ref, cache, created_units)
            if unit.id in seen:
                continue
            seen.add(unit.id)  # type: ignore[arg-type]
            planned.append((task_draft, unit, clause_key))

    first = allocate_task_numbers(session, org_id=actor.org_id, count=len(planned)) if planned else 0
    tasks: list[Task] = []
    for offset, (task_draft, unit, clause_key) in enumerate(planned):
        deadline = task_draft.deadline
        task = Task(
            org_id=actor.org_id,
            number=first + offset,
            conclusion_id=conclusion.id,
            unit_id=unit.id,  # type: ignore[arg-type]
            clause_key=clause_key,
            ref=(task_draft.ref or None) and str(task_draft.ref)[:50],
            content=task_draft.content,
            coordinating_units=[u.name for u in task_draft.coordinating_units],
            deadline_text=(deadline.text or None) and deadline.text[:300],
            due=deadline.due,
            strict_before=bool(deadline.strict_before),
            recurrence=deadline.recurrence,
            created_at=now,
        )
        session.add(task)
        tasks.append(task)
    session.flush()
    for task in tasks:
        record_event(session, actor=actor, kind="created", task_id=task.id, detail={"conclusion_id": conclusion.id}, at=now)
    record_event(
        session,
        actor=actor,
        kind="conclusion_imported",
        detail={
            "conclusion_id": conclusion.id,
            "tasks": len(tasks),
            "created_units": [u.name for u in created_units],
            "warnings": list(getattr(draft, "warnings", []))[:50],
        },
        at=now,
    )
    return ImportResult(conclusion=conclusion, tasks=tasks, created_units=created_units)
