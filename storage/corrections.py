"""Correcting a saved task (admin or monitoring board): its unit, deadline or content. Every
change is one `corrected` event with who, when, the field, and the value before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from storage.access import Actor, require_oversight
from storage.errors import InvalidInput, InvalidState
from storage.events import record_event
from storage.models import Task, Unit, utcnow
from storage.tasks import get_task

FIELDS = ("unit", "deadline", "content")


@dataclass(frozen=True)
class Correction:
    """What a correction changed: the task as it is now, the field, the unit it was with before."""

    task: Task
    field: str
    before: dict[str, Any]
    after: dict[str, Any]
    previous_unit_id: int


def _deadline_value(task: Task) -> dict[str, Any]:
    return {"due": task.due.isoformat() if task.due else None, "strict_before": task.strict_before, "text": task.deadline_text}


def correct_task(
    session: Session,
    *,
    actor: Actor,
    number: int,
    unit: Unit | None = None,
    deadline: tuple[date | None, bool, str | None] | None = None,
    content: str | None = None,
    now: datetime | None = None,
) -> Correction:
    """Change one field of task `number` — `unit`, `deadline` as (due, strict_before, words; due
    None for no deadline) or `content` — and record it. Refuses cancelled tasks, a new deadline on a
    recurring task (its periods carry the deadlines), and a change that changes nothing."""
    now = now or utcnow()
    task = get_task(session, actor=actor, number=number)
    require_oversight(actor, task.org_id)
    if task.status == "cancelled":
        raise InvalidState(f"Nhiệm vụ số {number} đã bị hủy, không sửa được.")
    previous_unit_id = task.unit_id
    if unit is not None:
        if unit.org_id != task.org_id or not unit.active:
            raise InvalidInput("Đơn vị không thuộc tổ chức này.")
        old = session.get(Unit, task.unit_id)
        field = "unit"
        before = {"unit_id": task.unit_id, "unit": old.name if old is not None else None}
        after = {"unit_id": unit.id, "unit": unit.name}
        task.unit_id = unit.id  # type: ignore[assignment]
    elif deadline is not None:
        if task.recurrence:
            raise InvalidState(f"Nhiệm vụ số {number} là nhiệm vụ định kỳ: hạn theo từng kỳ, không sửa hạn chung được.")
        due, strict_before, words = deadline
        field, before = "deadline", _deadline_value(task)
        task.due, task.strict_before, task.deadline_text = due, bool(strict_before and due), (words or None) and words[:300]
        after = _deadline_value(task)
    elif content is not None:
        content = " ".join(content.split())
        if not content:
            raise InvalidInput("Nội dung nhiệm vụ không được để trống.")
        field, before, after = "content", {"content": task.content}, {"content": content[:4000]}
        task.content = content[:4000]
    else:
        raise InvalidInput("Không có gì để sửa.")
    if before == after or (field == "deadline" and (before["due"], before["strict_before"]) == (after["due"], after["strict_before"])):
        raise InvalidInput(f"Nhiệm vụ số {number} đã như vậy, không có gì thay đổi.")
    session.add(task)
    record_event(session, actor=actor, kind="corrected", task_id=task.id,
                 detail={"field": field, "before": before, "after": after}, at=now)
    session.flush()
    return Correction(task=task, field=field, before=before, after=after, previous_unit_id=previous_unit_id)
