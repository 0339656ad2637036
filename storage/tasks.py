"""Reading and changing tasks. Each function checks the actor's rights itself (see `access`),
writes one audit event per change and never commits: the caller's transaction holds it all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from storage.access import (
    Actor,
    require_close_task,
    require_oversight,
    require_request_extension,
    require_view_task,
)
from storage.clock import local_today
from storage.errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from storage.events import record_event
from storage.imports import allocate_task_numbers
from storage.models import RECURRENCES, ExtensionRequest, Occurrence, Organization, Task, TaskEvent, Unit, utcnow
from storage.organizations import get_unit
from storage.recurrence import ensure_occurrence
from storage.status import task_due

#: How long a leader may take back their own "done" (a monitor can reopen any time).
UNDO_WINDOW = timedelta(days=1)
NOTE_LIMIT = 1000

VIEWS = ("open", "overdue", "soon", "done", "all", "cancelled")
SOON_DAYS = 7


def org_today(session: Session, org_id: int, now: datetime | None = None) -> date:
    """Today's date in the organization's time zone."""
    org = session.get(Organization, org_id)
    return local_today(now or utcnow(), org.timezone if org else "Asia/Ho_Chi_Minh")


def get_task(session: Session, *, actor: Actor, number: int) -> Task:
    """The task with this per-organization number, if the actor may see it."""
    task = session.exec(select(Task).where(Task.org_id == actor.org_id, Task.number == number)).first()
    if task is None:
        raise NotFound(f"Không có nhiệm vụ số {number}.")
    require_view_task(actor, task)
    return task


def urgency_key(task: Task) -> tuple[int, date, int]:
    """Sort key: tasks with a deadline first, earliest effective due first, then by number."""
    due = task_due(task)
    return (0 if due else 1, due or date.max, task.number)


def list_tasks(
    session: Session,
    *,
    actor: Actor,
    unit_id: int | None = None,
    view: str = "open",
    today: date | None = None,
) -> list[Task]:
    """Tasks the actor may see, filtered by `view` and sorted most urgent first.

    Views: open (not done), overdue, soon (due within 7 days, not overdue), done, all, cancelled."""
    if view not in VIEWS:
        raise InvalidInput(f"Bộ lọc không hợp lệ: {view!r}. Chọn một trong: {', '.join(VIEWS)}.")
    today = today or org_today(session, actor.org_id)
    query = select(Task).where(Task.org_id == actor.org_id)
    if unit_id is not None:
        if not actor.oversees_all_units and unit_id != actor.unit_id:
            raise PermissionDenied("Bạn chỉ xem được nhiệm vụ của đơn vị mình.")
        query = query.where(Task.unit_id == unit_id)
    elif not actor.oversees_all_units:
        query = query.where(Task.unit_id == actor.unit_id)
    if view in ("open", "overdue", "soon"):
        query = query.where(Task.status == "open")
    elif view == "done":
        query = query.where(Task.status == "done")
    elif view == "cancelled":
        query = query.where(Task.status == "cancelled")
    else:
        query = query.where(Task.status != "cancelled")
    if view == "overdue":
        # Effective due may be one day before `due` (strict deadlines): filter coarsely in SQL, exactly below.
        query = query.where(col(Task.due).is_not(None), col(Task.due) <= today + timedelta(days=1))
    elif view == "soon":
        query = query.where(col(Task.due).is_not(None), col(Task.due) <= today + timedelta(days=SOON_DAYS + 1))
    tasks = list(session.exec(query))
    if view == "overdue":
        tasks = [t for t in tasks if (d := task_due(t)) is not None and d < today]
    elif view == "soon":
        tasks = [t for t in tasks if (d := task_due(t)) is not None and today <= d <= today + timedelta(days=SOON_DAYS)]
    if view == "done":
        tasks.sort(key=lambda t: t.done_at or datetime.min.replace(tzinfo=UTC), reverse=True)
    else:
        tasks.sort(key=urgency_key)
    return tasks


@dataclass(frozen=True)
class DoneResult:
    """A closed task, or the closed period of a recurring task."""

    task: Task
    occurrence: Occurrence | None = None


def _clean_note(note: str | None) -> str | None:
    if note is None:
        return None
    note = " ".join(note.split())
    return note[:NOTE_LIMIT] or None


def mark_done(
    session: Session,
    *,
    actor: Actor,
    number: int,
    note: str | None = None,
    evidence: list[dict[str, Any]] | None = None,
    now: datetime | None = None,
) -> DoneResult:
    """Mark a task done (for a recurring task: its current period), with who, when and a note."""
    now = now or utcnow()
    task = get_task(session, actor=actor, number=number)
    require_close_task(actor, task)
    note = _clean_note(note)
    if task.status == "cancelled":
        raise InvalidState(f"Nhiệm vụ số {number} đã bị hủy.")
    if task.recurrence:
        today = org_today(session, actor.org_id, now)
        occurrence = session.exec(
            select(Occurrence)
            .where(Occurrence.task_id == task.id, Occurrence.status == "open", Occurrence.period_start <= today)
            .order_by(Occurrence.due)
        ).first() or ensure_occurrence(session, task=task, day=today)
        if occurrence.status == "done":
            raise InvalidState(f"Nhiệm vụ số {number} đã được báo hoàn thành cho kỳ này.")
        _stamp_done(occurrence, actor, now, note)
        session.add(occurrence)
        if evidence:
            task.evidence = [*task.evidence, *evidence]
            session.add(task)
        record_event(
            session, actor=actor, kind="done", task_id=task.id, occurrence_id=occurrence.id,
            detail={"note": note, "period_start": occurrence.period_start.isoformat()}, at=now,
        )
        return DoneResult(task=task, occurrence=occurrence)
    if task.status == "done":
        raise InvalidState(f"Nhiệm vụ số {number} đã được báo hoàn thành trước đó.")
    _stamp_done(task, actor, now, note)
    if evidence:
        task.evidence = [*task.evidence, *evidence]
    session.add(task)
    record_event(session, actor=actor, kind="done", task_id=task.id, detail={"note": note}, at=now)
    return DoneResult(task=task)


def _stamp_done(record: Task | Occurrence, actor: Actor, now: datetime, note: str | None) -> None:
    """Mark a task or one period of it done, by whom and when (the reopen below clears the same fields)."""
    record.status = "done"
    record.done_at = now
    record.done_by_member_id = actor.member_id
    record.done_by = actor.label
    record.result_note = note


def add_evidence(
    session: Session, *, actor: Actor, number: int, item: dict[str, Any], now: datetime | None = None
) -> Task:
    """Attach evidence (a note, a photo or a file id) to a task the actor may close."""
    task = get_task(session, actor=actor, number=number)
    require_close_task(actor, task)
    task.evidence = [*task.evidence, item]
    session.add(task)
    record_event(session, actor=actor, kind="evidence", task_id=task.id, detail=item, at=now)
    return task


def reopen_task(
    session: Session, *, actor: Actor, number: int, reason: str | None = None, now: datetime | None = None
) -> Task:
    """Reopen a done task: the monitoring board any time; the leader who closed it within a day."""
    now = now or utcnow()
    task = get_task(session, actor=actor, number=number)
    require_close_task(actor, task)
    if task.recurrence:
        occurrence = session.exec(
            select(Occurrence).where(Occurrence.task_id == task.id, Occurrence.status == "done").order_by(col(Occurrence.done_at).desc())
        ).first()
        if occurrence is None:
            raise InvalidState(f"Nhiệm vụ số {number} chưa có kỳ nào được báo hoàn thành.")
        _check_undo_rights(actor, occurrence.done_by_member_id, occurrence.done_at, now)
        occurrence.status, occurrence.done_at, occurrence.done_by, occurrence.done_by_member_id = "open", None, None, None
        occurrence.result_note = None
        session.add(occurrence)
        record_event(session, actor=actor, kind="reopened", task_id=task.id, occurrence_id=occurrence.id, detail={"reason": reason}, at=now)
        return task
    if task.status != "done":
        raise InvalidState(f"Nhiệm vụ số {number} chưa được báo hoàn thành.")
    _check_undo_rights(actor, task.done_by_member_id, task.done_at, now)
    task.status, task.done_at, task.done_by, task.done_by_member_id = "open", None, None, None
    previous_note, task.result_note = task.result_note, None
    session.add(task)
    record_event(
        session, actor=actor, kind="reopened", task_id=task.id, detail={"reason": reason, "previous_note": previous_note}, at=now
    )
    return task


def _check_undo_rights(actor: Actor, done_by: int | None, done_at: datetime | None, now: datetime) -> None:
    if actor.oversees_all_units:
        return
    if done_by != actor.member_id:
        raise PermissionDenied("Chỉ người đã báo hoàn thành mới được hoàn tác; hãy liên hệ Ban theo dõi để mở lại.")
    if done_at is None or now - done_at > UNDO_WINDOW:
        raise PermissionDenied("Đã quá 1 ngày kể từ khi báo hoàn thành; hãy đề nghị Ban theo dõi mở lại nhiệm vụ.")


def cancel_task(
    session: Session, *, actor: Actor, number: int, reason: str | None = None, now: datetime | None = None
) -> Task:
    """Cancel a task (monitoring board or admin)."""
    task = get_task(session, actor=actor, number=number)
    require_oversight(actor, task.org_id)
    if task.status == "cancelled":
        raise InvalidState(f"Nhiệm vụ số {number} đã bị hủy trước đó.")
    task.status = "cancelled"
    session.add(task)
    record_event(session, actor=actor, kind="cancelled", task_id=task.id, detail={"reason": _clean_note(reason)}, at=now)
    return task


def _apply_new_deadline(
    session: Session, actor: Actor, task: Task, *, new_due: date, text: str | None, strict_before: bool,
    reason: str | None, now: datetime | None, request_id: int | None = None,
) -> None:
    old = {"due": task.due.isoformat() if task.due else None, "text": task.deadline_text, "strict_before": task.strict_before}
    task.due, task.deadline_text, task.strict_before = new_due, (text or None) and text[:300], strict_before
    session.add(task)
    record_event(
        session, actor=actor, kind="extended", task_id=task.id,
        detail={"from": old, "to": {"due": new_due.isoformat(), "text": task.deadline_text, "strict_before": strict_before},
                "reason": _clean_note(reason), "request_id": request_id},
        at=now,
    )


def extend_deadline(
    session: Session, *, actor: Actor, number: int, new_due: date, deadline_text: str | None = None,
    strict_before: bool = False, reason: str | None = None, now: datetime | None = None,
) -> Task:
    """Move a task's deadline directly (monitoring board or admin)."""
    task = get_task(session, actor=actor, number=number)
    require_oversight(actor, task.org_id)
    if task.status != "open":
        raise InvalidState(f"Nhiệm vụ số {number} không còn mở, không gia hạn được.")
    _apply_new_deadline(session, actor, task, new_due=new_due, text=deadline_text, strict_before=strict_before, reason=reason, now=now)
    return task


def request_extension(
    session: Session, *, actor: Actor, number: int, new_due: date, deadline_text: str, reason: str,
    now: datetime | None = None,
) -> ExtensionRequest:
    """A leader asks the monitoring board to move a deadline."""
    now = now or utcnow()
    task = get_task(session, actor=actor, number=number)
    require_request_extension(actor, task)
    if task.status != "open":
        raise InvalidState(f"Nhiệm vụ số {number} không còn mở, không cần gia hạn.")
    if not reason.strip():
        raise InvalidInput("Vui lòng nêu lý do đề nghị gia hạn.")
    if new_due < org_today(session, actor.org_id, now):
        raise InvalidInput("Hạn mới không được sớm hơn hôm nay.")
    pending = session.exec(
        select(ExtensionRequest).where(ExtensionRequest.task_id == task.id, ExtensionRequest.status == "pending")
    ).first()
    if pending is not None:
        raise InvalidState(f"Nhiệm vụ số {number} đã có một đề nghị gia hạn đang chờ duyệt.")
    request = ExtensionRequest(
        org_id=task.org_id, task_id=task.id, requested_by_member_id=actor.member_id, requested_by=actor.label,  # type: ignore[arg-type]
        old_due=task.due, new_due=new_due, deadline_text=deadline_text[:300], reason=_clean_note(reason) or "", created_at=now,
    )
    session.add(request)
    session.flush()
    record_event(
        session, actor=actor, kind="extension_requested", task_id=task.id,
        detail={"request_id": request.id, "new_due": new_due.isoformat(), "reason": request.reason}, at=now,
    )
    return request


def decide_extension(
    session: Session, *, actor: Actor, request_id: int, approve: bool, now: datetime | None = None
) -> tuple[ExtensionRequest, Task]:
    """The monitoring board approves (moving the deadline) or rejects an extension request."""
    now = now or utcnow()
    request = session.get(ExtensionRequest, request_id)
    if request is None or request.org_id != actor.org_id:
        raise NotFound("Không tìm thấy đề nghị gia hạn này.")
    require_oversight(actor, request.org_id)
    if request.status != "pending":
        raise InvalidState("Đề nghị gia hạn này đã được xử lý trước đó.")
    task = session.get(Task, request.task_id)
    assert task is not None
    request.status = "approved" if approve else "rejected"
    request.decided_by_member_id = actor.member_id
    request.decided_at = now
    session.add(request)
    if approve:
        _apply_new_deadline(
            session, actor, task, new_due=request.new_due, text=request.deadline_text, strict_before=False,
            reason=request.reason, now=now, request_id=request.id,
        )
    else:
        record_event(session, actor=actor, kind="extension_rejected", task_id=task.id, detail={"request_id": request.id}, at=now)
    return request, task


def add_task(
    session: Session, *, actor: Actor, unit_ref: str | int, content: str, deadline_text: str | None = None,
    due: date | None = None, strict_before: bool = False, recurrence: str | None = None, ref: str | None = None,
    now: datetime | None = None,
) -> Task:
    """Assign one task to a unit without a document (monitoring board or admin)."""
    require_oversight(actor, actor.org_id)
    content = " ".join(content.split())
    if not content:
        raise InvalidInput("Nội dung nhiệm vụ không được để trống.")
    if recurrence is not None and recurrence not in RECURRENCES:
        raise InvalidInput(f"Chu kỳ không hợp lệ: {recurrence!r}.")
    unit = get_unit(session, org_id=actor.org_id, ref=unit_ref)
    number = allocate_task_numbers(session, org_id=actor.org_id, count=1)
    task = Task(
        org_id=actor.org_id, number=number, unit_id=unit.id, ref=ref, content=content[:4000],  # type: ignore[arg-type]
        deadline_text=(deadline_text or None) and deadline_text[:300], due=due, strict_before=strict_before,
        recurrence=recurrence, created_at=now or utcnow(),
    )
    session.add(task)
    session.flush()
    record_event(session, actor=actor, kind="created", task_id=task.id, detail={"source": "manual"}, at=now)
    return task


def record_note_event(
    session: Session, *, actor: Actor, number: int, kind: str, text: str | None = None, now: datetime | None = None
) -> Task:
    """Attach a free-text event to a task the actor may see (explanation requests and replies)."""
    task = get_task(session, actor=actor, number=number)
    if kind == "explanation_requested":
        require_oversight(actor, task.org_id)
    elif kind == "explanation":
        require_close_task(actor, task)
    else:
        raise InvalidInput(f"unknown note kind {kind!r}")
    record_event(session, actor=actor, kind=kind, task_id=task.id, detail={"text": _clean_note(text)}, at=now)
    return task


def task_history(session: Session, *, actor: Actor, number: int) -> list[TaskEvent]:
    """The audit trail of one task, oldest first."""
    task = get_task(session, actor=actor, number=number)
    return list(session.exec(select(TaskEvent).where(TaskEvent.task_id == task.id).order_by(TaskEvent.at, TaskEvent.id)))


def unit_of(session: Session, task: Task) -> Unit:
    """The unit a task belongs to."""
    unit = session.get(Unit, task.unit_id)
    assert unit is not None
    return unit
