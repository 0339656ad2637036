"""Named queries of the scheduler, in one place: the ledger claim, the daily check's reads and the
outbox claims. Column selects (not ORM objects) where the check reads many rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from scheduler.policy import Item
from storage.models import Chat, CheckRun, Occurrence, Organization, Outbox, Task, Unit


def _insert_ignoring(session: Session, model: Any, constraint: str, rows: list[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT DO NOTHING on either database; returns how many rows went in."""
    if not rows:
        return 0
    table = model.__table__
    if session.get_bind().dialect.name == "postgresql":
        statement = pg_insert(table).on_conflict_do_nothing(constraint=constraint)
    else:
        statement = sqlite_insert(table).on_conflict_do_nothing()
    # RETURNING tells reliably whether each row went in (rowcount is -1 on some ORM/driver paths).
    statement = statement.returning(table.c.id)
    inserted = 0
    for row in rows:
        inserted += session.execute(statement.values(**row)).first() is not None
    return inserted


def claim_check(session: Session, *, org_id: int, day: date, now: datetime) -> bool:
    """Claim the (organization, day) ledger row; False if another run (or instance) already has it."""
    row = dict(org_id=org_id, day=day, started_at=now, enqueued=0)
    return _insert_ignoring(session, CheckRun, "uq_check_runs_org_day", [row]) == 1


def finish_check(session: Session, *, org_id: int, day: date, now: datetime, enqueued: int) -> None:
    """Record that the claimed check finished and how many messages it queued."""
    session.execute(
        update(CheckRun).where(CheckRun.org_id == org_id, CheckRun.day == day).values(finished_at=now, enqueued=enqueued)  # type: ignore[arg-type]
    )


def check_exists(session: Session, *, org_id: int, day: date) -> bool:
    """Whether the (organization, day) check has been claimed."""
    return session.execute(select(CheckRun.id).where(CheckRun.org_id == org_id, CheckRun.day == day)).first() is not None


def checked_orgs(session: Session, *, days: Iterable[date]) -> set[tuple[int, date]]:
    """(org_id, day) pairs of the ledger for the given days."""
    rows = session.execute(select(CheckRun.org_id, CheckRun.day).where(col(CheckRun.day).in_(list(set(days)))))
    return {(org_id, day) for org_id, day in rows}


def all_orgs(session: Session) -> list[tuple[int, str, dict[str, Any]]]:
    """(id, timezone, policy) of every organization."""
    return [(i, tz, p or {}) for i, tz, p in session.execute(select(Organization.id, Organization.timezone, Organization.policy))]


def unit_names(session: Session, *, org_id: int) -> dict[int, str]:
    """Names of the organization's active units by id."""
    rows = session.execute(select(Unit.id, Unit.name).where(Unit.org_id == org_id, Unit.active == True))  # noqa: E712
    return dict(rows.all())  # type: ignore[arg-type]


_TASK_COLUMNS = (Task.id, Task.number, Task.unit_id, Task.content, Task.due, Task.strict_before, Task.ref, Task.deadline_text)


def _task_item(row: Any) -> Item:
    return Item(task_id=row[0], number=row[1], unit_id=row[2], content=row[3], due=row[4], strict_before=row[5], ref=row[6], deadline_text=row[7])


def open_dated_tasks(session: Session, *, org_id: int, until: date) -> list[Item]:
    """Open one-off tasks with a due date on or before `until` (overdue ones included)."""
    rows = session.execute(
        select(*_TASK_COLUMNS).where(
            Task.org_id == org_id, Task.status == "open", col(Task.recurrence).is_(None),
            col(Task.due).is_not(None), col(Task.due) <= until,
        )
    )
    return [_task_item(r) for r in rows]


def open_recurring_tasks(session: Session, *, org_id: int) -> list[tuple[int, str]]:
    """(task id, recurrence) of open recurring tasks."""
    rows = session.execute(
        select(Task.id, Task.recurrence).where(Task.org_id == org_id, Task.status == "open", col(Task.recurrence).is_not(None))
    )
    return [(i, r) for i, r in rows]


def insert_occurrences(session: Session, rows: list[dict[str, Any]]) -> int:
    """Create missing occurrences (a concurrent `mark_done` may have made one: ignore conflicts)."""
    return _insert_ignoring(session, Occurrence, "uq_occurrences_task_period", rows)


def existing_occurrences(session: Session, *, org_id: int, starts: Iterable[date]) -> set[tuple[int, date]]:
    """(task id, period start) of the organization's occurrences starting on the given days."""
    rows = session.execute(
        select(Occurrence.task_id, Occurrence.period_start).where(
            Occurrence.org_id == org_id, col(Occurrence.period_start).in_(list(set(starts)))
        )
    )
    return {(t, s) for t, s in rows}


def open_occurrences(session: Session, *, org_id: int, day: date, until: date) -> list[Item]:
    """Open periods of open recurring tasks that have started by `day` and are due by `until`."""
    rows = session.execute(
        select(*_TASK_COLUMNS, Task.recurrence, Occurrence.id, Occurrence.period_start, Occurrence.due)
        .join(Task, Task.id == Occurrence.task_id)  # type: ignore[arg-type]
        .where(
            Occurrence.org_id == org_id, Occurrence.status == "open", Task.status == "open",
            Occurrence.period_start <= day, Occurrence.due <= until,
        )
    )
    return [
        Item(task_id=r[0], number=r[1], unit_id=r[2], content=r[3], due=r[11], strict_before=False, ref=r[6],
             deadline_text=r[7], recurrence=r[8], occurrence_id=r[9], period_start=r[10])
        for r in rows
    ]


def units_with_open_tasks(session: Session, *, org_id: int) -> set[int]:
    """Units that have at least one open task."""
    rows = session.execute(select(Task.unit_id).where(Task.org_id == org_id, Task.status == "open").distinct())
    return {u for (u,) in rows}


def task_rows_for_digest(session: Session, *, org_id: int) -> list[Any]:
    """(unit_id, status, due, strict_before, done_at, recurrence) of every task, for the weekly digest."""
    return list(
        session.execute(
            select(Task.unit_id, Task.status, Task.due, Task.strict_before, Task.done_at, Task.recurrence).where(Task.org_id == org_id)
        )
    )


def occurrence_rows_for_digest(session: Session, *, org_id: int, day: date) -> list[Any]:
    """(unit_id, status, due, done_at) of every started occurrence of a non-cancelled task."""
    return list(
        session.execute(
            select(Task.unit_id, Occurrence.status, Occurrence.due, Occurrence.done_at)
            .join(Task, Task.id == Occurrence.task_id)  # type: ignore[arg-type]
            .where(Occurrence.org_id == org_id, Task.status != "cancelled", Occurrence.period_start <= day)
        )
    )


# --- outbox ---------------------------------------------------------------------------------------

def _claimable(now: datetime, lease_expired_before: datetime) -> Any:
    return or_(
        and_(Outbox.status == "pending", col(Outbox.next_attempt_at) <= now),
        and_(Outbox.status == "sending", col(Outbox.claimed_at) < lease_expired_before),
    )


def outbox_candidates(
    session: Session,
    *,
    now: datetime,
    lease_expired_before: datetime,
    limit: int,
    lock: bool,
    exclude_chats: Iterable[int] = (),
    only_chats: Iterable[int] | None = None,
) -> list[Any]:
    """Rows ready to send, oldest first: (id, chat pk, platform, chat_id, chat kind, chat active,
    status, attempts). With `lock` (PostgreSQL) they are read FOR UPDATE SKIP LOCKED so that other
    dispatchers pass them by; chats still cooling down under the pacing are left out."""
    ids = select(Outbox.id).where(_claimable(now, lease_expired_before))
    excluded = list(exclude_chats)
    if excluded:
        ids = ids.where(col(Outbox.chat_id).not_in(excluded))
    if only_chats is not None:
        ids = ids.where(col(Outbox.chat_id).in_(list(only_chats)))
    ids = ids.order_by(Outbox.next_attempt_at, Outbox.id).limit(limit)
    if lock:
        ids = ids.with_for_update(skip_locked=True)
    chosen = [i for (i,) in session.execute(ids)]
    if not chosen:
        return []
    rows = session.execute(
        select(Outbox.id, Chat.id, Chat.platform, Chat.chat_id, Chat.kind, Chat.active, Outbox.status, Outbox.attempts)
        .join(Chat, Chat.id == Outbox.chat_id)  # type: ignore[arg-type]
        .where(col(Outbox.id).in_(chosen))
    ).all()
    order = {i: n for n, i in enumerate(chosen)}
    return sorted(rows, key=lambda r: order[r[0]])


def claim_outbox(
    session: Session, *, ids: list[int], now: datetime, lease_expired_before: datetime, worker_id: str
) -> list[int]:
    """Mark rows `sending` for this worker if they are still claimable; returns the ids won."""
    if not ids:
        return []
    result = session.execute(
        update(Outbox)
        .where(col(Outbox.id).in_(ids), _claimable(now, lease_expired_before))
        .values(status="sending", claimed_at=now, claimed_by=worker_id, attempts=Outbox.attempts + 1)
        .returning(Outbox.id)
    )
    return [i for (i,) in result]


def next_wakeup(session: Session, *, lease: Any) -> datetime | None:
    """When the next row becomes due (pending) or reclaimable (sending past its lease)."""
    pending = session.execute(select(func.min(Outbox.next_attempt_at)).where(Outbox.status == "pending")).scalar()
    sending = session.execute(select(func.min(Outbox.claimed_at)).where(Outbox.status == "sending")).scalar()
    candidates = [t for t in (pending, sending + lease if sending else None) if t is not None]
    return min(candidates) if candidates else None
