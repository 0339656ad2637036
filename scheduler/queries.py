"""Named queries of the scheduler, in one place: the ledger claim, the daily check's reads and the
outbox claims. Column selects (not ORM objects) where the check reads many rows."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Float, and_, case, cast, extract, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from scheduler.policy import Item
from storage.models import Chat, CheckRun, Occurrence, Organization, Outbox, SendRate, Task, Unit


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


def task_rows_for_digest(session: Session, *, org_id: int, done_since: datetime) -> list[Any]:
    """(unit_id, status, due, strict_before, done_at) of the one-off tasks the weekly digest counts:
    the open ones and those done since `done_since`."""
    return list(
        session.execute(
            select(Task.unit_id, Task.status, Task.due, Task.strict_before, Task.done_at).where(
                Task.org_id == org_id, col(Task.recurrence).is_(None),
                or_(Task.status == "open", and_(Task.status == "done", col(Task.done_at) >= done_since)),
            )
        )
    )


def occurrence_rows_for_digest(session: Session, *, org_id: int, day: date, done_since: datetime) -> list[Any]:
    """(unit_id, status, due, done_at) of the started periods the weekly digest counts: the open
    periods of series still running, and the periods done since `done_since` (whatever the series)."""
    return list(
        session.execute(
            select(Task.unit_id, Occurrence.status, Occurrence.due, Occurrence.done_at)
            .join(Task, Task.id == Occurrence.task_id)  # type: ignore[arg-type]
            .where(
                Occurrence.org_id == org_id, Task.status != "cancelled", Occurrence.period_start <= day,
                or_(
                    and_(Occurrence.status == "open", Task.status == "open"),
                    and_(Occurrence.status == "done", col(Occurrence.done_at) >= done_since),
                ),
            )
        )
    )


# --- outbox ---------------------------------------------------------------------------------------
#
# Per-chat pacing is shared by every dispatcher through `Chat.pace_until`, kept in the database's
# own clock (epoch seconds) so instances on different hosts agree and a test's FixedClock (which
# drives retries) does not freeze it. A dispatcher takes a chat before sending to it: the chat must be
# ready (`pace_until` passed) and is then held for the lease; recording the outcome sets it to the
# send's end plus the chat's interval. So a chat has at most one message in flight across instances,
# and two messages to it are at least one interval apart.


def db_epoch(session: Session) -> Any:
    """The database server's clock as epoch seconds, as an SQL expression."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(extract("epoch", func.clock_timestamp()), Float)
    return (func.julianday("now") - 2440587.5) * 86400.0  # SQLite: millisecond precision


def _chat_ready(session: Session) -> Any:
    return or_(col(Chat.pace_until).is_(None), col(Chat.pace_until) <= db_epoch(session))


def _claimable(now: datetime, lease_expired_before: datetime) -> Any:
    return or_(
        and_(Outbox.status == "pending", col(Outbox.next_attempt_at) <= now),
        and_(Outbox.status == "sending", col(Outbox.claimed_at) < lease_expired_before),
    )


def outbox_candidates(session: Session, *, now: datetime, lease_expired_before: datetime, limit: int, lock: bool) -> list[Any]:
    """Rows ready to send to chats that are ready to receive, oldest first: (id, chat pk, platform,
    chat_id, chat kind, chat active, status, attempts). With `lock` (PostgreSQL) the outbox rows are
    read FOR UPDATE SKIP LOCKED so that other dispatchers pass them by."""
    query = (
        select(Outbox.id, Chat.id, Chat.platform, Chat.chat_id, Chat.kind, Chat.active, Outbox.status, Outbox.attempts)
        .join(Chat, Chat.id == Outbox.chat_id)  # type: ignore[arg-type]
        .where(_claimable(now, lease_expired_before), _chat_ready(session))
        .order_by(Outbox.next_attempt_at, Outbox.id)
        .limit(limit)
    )
    if lock:
        query = query.with_for_update(skip_locked=True, of=Outbox)  # type: ignore[arg-type]
    return list(session.execute(query).all())


def claim_chats(session: Session, *, chat_ids: Iterable[int], hold: float, lock: bool) -> set[int]:
    """Take the chats that are still ready for `hold` seconds (a send in flight); returns those won.
    On PostgreSQL the chat rows are locked SKIP LOCKED first, so two instances never wait on each
    other; the conditional UPDATE then sees any claim committed meanwhile and refuses it."""
    wanted = sorted(set(chat_ids))
    if not wanted:
        return set()
    if lock:
        wanted = list(session.execute(
            select(Chat.id).where(col(Chat.id).in_(wanted), _chat_ready(session))
            .order_by(Chat.id).with_for_update(skip_locked=True)
        ).scalars())
        if not wanted:
            return set()
    result = session.execute(
        update(Chat).where(col(Chat.id).in_(wanted), _chat_ready(session))
        .values(pace_until=db_epoch(session) + hold).returning(Chat.id)
    )
    return set(result.scalars())


def release_chat(session: Session, *, chat_id: int, after: float) -> None:
    """The send to `chat_id` is over: it may receive again `after` seconds from now."""
    session.execute(update(Chat).where(Chat.id == chat_id).values(pace_until=db_epoch(session) + after))  # type: ignore[arg-type]


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


def chat_wait(session: Session, *, now: datetime, lease_expired_before: datetime) -> float | None:
    """Seconds until the first chat that has a row to send but is cooling down (or held by a send in
    flight elsewhere) may receive again; None when no such chat waits."""
    soonest = session.execute(
        select(func.min(Chat.pace_until) - db_epoch(session))
        .select_from(Outbox).join(Chat, Chat.id == Outbox.chat_id)  # type: ignore[arg-type]
        .where(_claimable(now, lease_expired_before), col(Chat.pace_until) > db_epoch(session))
    ).scalar()
    return None if soonest is None else max(0.0, float(soonest))


def row_ready(session: Session, *, now: datetime, lease_expired_before: datetime) -> bool:
    """Whether a row is due now and its chat ready to receive it."""
    return session.execute(
        select(Outbox.id).join(Chat, Chat.id == Outbox.chat_id)  # type: ignore[arg-type]
        .where(_claimable(now, lease_expired_before), _chat_ready(session)).limit(1)
    ).first() is not None


def next_wakeup(session: Session, *, now: datetime, lease: timedelta) -> datetime | None:
    """When the next row becomes due (pending) or reclaimable (sending past its lease); `now` if one
    is due already and its chat is ready. Rows waiting only for their chat are `chat_wait`'s."""
    expired = now - lease
    if row_ready(session, now=now, lease_expired_before=expired):
        return now
    pending = session.execute(
        select(func.min(Outbox.next_attempt_at)).where(Outbox.status == "pending", col(Outbox.next_attempt_at) > now)
    ).scalar()
    sending = session.execute(
        select(func.min(Outbox.claimed_at)).where(Outbox.status == "sending", col(Outbox.claimed_at) >= expired)
    ).scalar()
    candidates = [t for t in (pending, sending + lease if sending else None) if t is not None]
    return min(candidates) if candidates else None


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False
    return False


def reclaim_dead(session: Session, *, worker_id: str, now: datetime) -> int:
    """Put back in the queue, at once, the rows a process of this host left `sending` when it died
    (killed, power cut): their lease need not run out. A worker id is `host:pid:process:dispatcher`;
    the claimer is dead when its pid no longer runs here, or when it is our own pid in another process
    (a restarted container). The send may have happened: the attempt stays counted. Returns how many."""
    own = worker_id.split(":")
    if len(own) != 4:
        return 0  # an id given by hand (tests, tools): no way to tell
    claimers = session.execute(
        select(Outbox.claimed_by).where(Outbox.status == "sending", col(Outbox.claimed_by).is_not(None)).distinct()
    ).scalars().all()
    dead = []
    for claimer in claimers:
        parts = claimer.split(":")
        if len(parts) != 4 or parts[0] != own[0] or not parts[1].isdigit():
            continue
        if (parts[1] == own[1] and parts[2] != own[2]) or (parts[1] != own[1] and _process_gone(int(parts[1]))):
            dead.append(claimer)
    if not dead:
        return 0
    rows = session.execute(
        update(Outbox).where(Outbox.status == "sending", col(Outbox.claimed_by).in_(dead))
        .values(status="pending", next_attempt_at=now, claimed_at=None, claimed_by=None,
                last_error="reclaimed: the sending process stopped")
        .returning(Outbox.chat_id)
    ).scalars().all()
    if rows:  # the dead process held these chats for its sends: they may receive again
        session.execute(update(Chat).where(col(Chat.id).in_(set(rows))).values(pace_until=db_epoch(session)))
    return len(rows)


def reserve_send_slots(session: Session, *, key: str, count: int, interval: float) -> float:
    """Reserve `count` consecutive send slots `interval` seconds apart in the rate shared by every
    dispatcher (`SendRate`, database clock); returns the seconds from now until the first one."""
    table = SendRate.__table__
    insert = pg_insert(table) if session.get_bind().dialect.name == "postgresql" else sqlite_insert(table)
    session.execute(insert.values(key=key, next_slot=0.0).on_conflict_do_nothing(index_elements=["key"]))
    now = db_epoch(session)
    start = case((col(SendRate.next_slot) > now, col(SendRate.next_slot)), else_=now)
    next_slot, db_now = session.execute(
        update(SendRate).where(col(SendRate.key) == key)
        .values(next_slot=start + count * interval).returning(SendRate.next_slot, now)
    ).one()
    return max(0.0, float(next_slot) - count * interval - float(db_now))
