"""The daily deadline check of one organization, and the sweep over all organizations.

One transaction per (organization, day): claim the ledger row (an insert that does nothing on
conflict, so a second run or a second instance finds it taken), create the current periods of
recurring tasks, ask the pure policy who needs reminding, and write every message to the outbox.
Either all of it commits or none of it does, so a crash mid-check simply lets the next run redo it.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from scheduler import messages, queries
from scheduler.drafts import DRAFT_EXPIRED, expire_drafts
from scheduler.outbox import enqueue
from scheduler.policy import (
    MAX_DAYS_OFF,
    STILL_OVERDUE,
    ReminderPolicy,
    VietnamCalendar,
    WorkingCalendar,
    attention_due,
    is_weekly_digest_day,
    overdue_items,
)
from scheduler.recipients import chats_by_unit, monitor_chats
from storage.models import Organization, TaskEvent
from storage.recurrence import period_bounds
from storage.status import DONE_LATE, DONE_ON_TIME, effective_due

log = logging.getLogger(__name__)

DEFAULT_CHECK_AT = time(7, 30)
REMINDER, OVERDUE_DIGEST, WEEKLY_DIGEST = "reminder", "overdue_digest", "weekly_digest"


@dataclass
class CheckReport:
    """What one organization's check did (or, in a dry run, would do)."""

    org_id: int
    org_name: str
    day: date
    status: str  # ran | already_checked | dry_run
    enqueued: dict[str, int] = field(default_factory=dict)
    reminded_items: int = 0
    overdue_items: int = 0
    unreachable_units: list[str] = field(default_factory=list)
    no_monitor: bool = False

    @property
    def total(self) -> int:
        """Messages enqueued over all kinds."""
        return sum(self.enqueued.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the CLI."""
        return {
            "org_id": self.org_id, "org": self.org_name, "day": self.day.isoformat(), "status": self.status,
            "enqueued": dict(sorted(self.enqueued.items())), "total": self.total, "reminded_items": self.reminded_items,
            "overdue_items": self.overdue_items, "unreachable_units": sorted(self.unreachable_units), "no_monitor": self.no_monitor,
        }


def run_daily_check(
    engine: Engine,
    *,
    org_id: int,
    day: date,
    now: datetime,
    dry_run: bool = False,
    calendar: WorkingCalendar | None = None,
) -> CheckReport:
    """Run the check of `org_id` for `day` once; a second call for the same day enqueues nothing."""
    calendar = calendar or VietnamCalendar()
    with Session(engine, expire_on_commit=False) as session:
        org = session.get(Organization, org_id)
        if org is None:
            raise LookupError(f"organization {org_id} not found")
        report = CheckReport(org_id=org_id, org_name=org.name, day=day, status="dry_run" if dry_run else "ran")
        if dry_run:
            already = queries.check_exists(session, org_id=org_id, day=day)
        else:
            # The claim is the transaction's first write: a concurrent run blocks here until we
            # commit (PostgreSQL unique index, SQLite write lock) and then finds the row taken.
            already = not queries.claim_check(session, org_id=org_id, day=day, now=now)
            if already:
                session.rollback()
                report.status = "already_checked"
                return report
            session.refresh(org)  # read the policy inside the claimed transaction
        try:
            _check(session, org, day, now, calendar, report)
        except BaseException:
            session.rollback()
            raise
        if dry_run:
            session.rollback()  # computed for real, written nowhere
            if already:
                report.status = "already_checked"
        else:
            queries.finish_check(session, org_id=org_id, day=day, now=now, enqueued=report.total)
            session.commit()
    log.info("daily check %s org=%s day=%s enqueued=%s", report.status, org_id, day, report.enqueued)
    return report


def ensure_current_occurrences(session: Session, *, org_id: int, day: date) -> int:
    """Create the occurrence of every open recurring task for the period containing `day`."""
    recurring = queries.open_recurring_tasks(session, org_id=org_id)
    if not recurring:
        return 0
    bounds = {task_id: period_bounds(recurrence, day) for task_id, recurrence in recurring}
    existing = queries.existing_occurrences(session, org_id=org_id, starts={start for start, _ in bounds.values()})
    missing = [
        dict(org_id=org_id, task_id=task_id, period_start=start, due=end, status="open")
        for task_id, (start, end) in bounds.items()
        if (task_id, start) not in existing
    ]
    return queries.insert_occurrences(session, missing)


def _check(session: Session, org: Organization, day: date, now: datetime, calendar: WorkingCalendar, report: CheckReport) -> None:
    org_id = org.id
    assert org_id is not None
    policy = ReminderPolicy.from_overrides(org.policy)
    ensure_current_occurrences(session, org_id=org_id, day=day)
    # +1: a strict ("trước ngày") deadline is due the day before its stated date; MAX_DAYS_OFF: a
    # reminder that falls on a day off is moved to the working day before.
    horizon = day + timedelta(days=max(policy.before_days, default=0) + 1 + MAX_DAYS_OFF)
    items = queries.open_dated_tasks(session, org_id=org_id, until=horizon)
    items += queries.open_occurrences(session, org_id=org_id, day=day, until=horizon)
    reminders = attention_due(items, day, policy, calendar)
    names = queries.unit_names(session, org_id=org_id)
    chats = chats_by_unit(session, org_id=org_id)
    counts: Counter[str] = Counter()

    by_unit: dict[int, list[Any]] = defaultdict(list)
    for reminder in reminders:
        by_unit[reminder.item.unit_id].append(reminder)
    events: list[dict[str, Any]] = []
    for unit_id, unit_reminders in by_unit.items():
        text = messages.unit_reminder_text(names.get(unit_id, "Đơn vị"), unit_reminders, day)
        for chat in chats.get(unit_id, []):
            counts[REMINDER] += enqueue(
                session, org_id=org_id, chat_id=chat.id, kind=REMINDER, subject=f"unit:{unit_id}",  # type: ignore[arg-type]
                for_date=day, text=text, now=now,
            )
        if chats.get(unit_id):
            events += [
                dict(org_id=org_id, task_id=r.item.task_id, occurrence_id=r.item.occurrence_id, at=now, actor="scheduler",
                     kind="reminded", detail={"day": day.isoformat(), "reminder": r.kind, "days_left": r.days_left})
                for r in unit_reminders
                if r.kind != STILL_OVERDUE  # a short line, not a reminder of its own
            ]
    if events:
        session.execute(insert(TaskEvent), events)
    report.reminded_items = sum(1 for r in reminders if r.kind != STILL_OVERDUE)

    open_units = queries.units_with_open_tasks(session, org_id=org_id)
    unreachable = sorted(names[u] for u in open_units if u in names and not chats.get(u))
    report.unreachable_units = unreachable
    monitors = monitor_chats(session, org_id=org_id)
    report.no_monitor = not monitors

    late = overdue_items(items, day)
    report.overdue_items = len(late)
    if late and policy.daily_digest:
        lines = [
            messages.OverdueLine(names.get(i.unit_id, "Đơn vị"), i, (day - i.effective_due).days)  # type: ignore[operator]
            for i in late
        ]
        text = messages.overdue_digest_text(org.name, day, lines, unreachable)
        for chat in monitors:
            counts[OVERDUE_DIGEST] += enqueue(
                session, org_id=org_id, chat_id=chat.id, kind=OVERDUE_DIGEST, subject=f"org:{org_id}",  # type: ignore[arg-type]
                for_date=day, text=text, now=now,
            )
    if is_weekly_digest_day(day, policy) and monitors:
        units = weekly_summary(session, org_id=org_id, day=day, names=names, tz=org.timezone)
        text = messages.weekly_digest_text(org.name, day, day + timedelta(days=6), units, unreachable)
        for chat in monitors:
            counts[WEEKLY_DIGEST] += enqueue(
                session, org_id=org_id, chat_id=chat.id, kind=WEEKLY_DIGEST, subject=f"org:{org_id}",  # type: ignore[arg-type]
                for_date=day, text=text, now=now,
            )
    expired = expire_drafts(session, org_id=org_id, day=day, now=now, tz=org.timezone)
    if expired:
        counts[DRAFT_EXPIRED] += expired
    report.enqueued = dict(counts)


def _local_midnight_utc(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def weekly_summary(session: Session, *, org_id: int, day: date, names: dict[int, str], tz: str) -> list[messages.UnitWeek]:
    """Per-unit counts for the weekly digest sent on `day`.

    Now: in progress and on time ("đang thực hiện"), of which due by `day` + 6 ("đến hạn trong
    tuần"), overdue ("quá hạn"), and open tasks without a deadline ("thường xuyên"). The past week
    (the seven days before `day`, Monday–Sunday when the digest goes out on Monday): tasks finished
    on time and late, by the day they were marked done in the organization's time zone. A recurring
    task counts through its started periods, each by its own status; a cancelled task counts nowhere.
    Units with nothing to count are left out."""
    zone = ZoneInfo(tz)
    week_end = day + timedelta(days=6)
    since, until = _local_midnight_utc(day - timedelta(days=7), zone), _local_midnight_utc(day, zone)
    tally: dict[int, Counter[str]] = defaultdict(Counter)

    def count(unit_id: int, status: str, due: date | None, done_at: datetime | None) -> None:
        if status == "done":
            if done_at is None or not since <= done_at < until:
                return
            done_day = done_at.astimezone(zone).date()
            tally[unit_id][DONE_LATE if due is not None and done_day > due else DONE_ON_TIME] += 1
        elif status == "open":
            if due is None:
                tally[unit_id]["no_deadline"] += 1
            elif due < day:
                tally[unit_id]["overdue"] += 1
            else:
                tally[unit_id]["open"] += 1
                if due <= week_end:
                    tally[unit_id]["due_this_week"] += 1

    for unit_id, status, due, strict, done_at in queries.task_rows_for_digest(session, org_id=org_id, done_since=since):
        count(unit_id, status, effective_due(due, strict), done_at)
    for unit_id, status, due, done_at in queries.occurrence_rows_for_digest(session, org_id=org_id, day=day, done_since=since):
        count(unit_id, status, due, done_at)
    return [
        messages.UnitWeek(
            names[u], open=c["open"], due_this_week=c["due_this_week"], overdue=c["overdue"],
            done_on_time=c[DONE_ON_TIME], done_late=c[DONE_LATE], no_deadline=c["no_deadline"],
        )
        for u, c in sorted(tally.items(), key=lambda kv: names.get(kv[0], ""))
        if u in names and any(c.values())
    ]


def org_check_time(policy: dict[str, Any], default: time) -> time:
    """An organization's daily check time: its policy override or the DAILY_CHECK_AT setting."""
    return ReminderPolicy.from_overrides(policy).daily_check_at or default


def due_checks(engine: Engine, *, now: datetime, check_at: time = DEFAULT_CHECK_AT) -> list[tuple[int, date]]:
    """(org_id, local today) of every organization whose check time has passed today and whose
    ledger row for today is missing."""
    with Session(engine) as session:
        candidates: list[tuple[int, date]] = []
        for org_id, tz, policy in queries.all_orgs(session):
            local = now.astimezone(ZoneInfo(tz))
            if local.time() >= org_check_time(policy, check_at):
                candidates.append((org_id, local.date()))
        done = queries.checked_orgs(session, days={d for _, d in candidates})
    return [(org_id, day) for org_id, day in candidates if (org_id, day) not in done]


def run_all_due_checks(
    engine: Engine, *, now: datetime, check_at: time = DEFAULT_CHECK_AT, calendar: WorkingCalendar | None = None
) -> list[CheckReport]:
    """Run today's check for every organization that is due and not yet checked (the catch-up at
    start and the cron job both call this; the ledger makes it safe to call any number of times)."""
    calendar = calendar or VietnamCalendar()
    reports = []
    for org_id, day in due_checks(engine, now=now, check_at=check_at):
        try:
            reports.append(run_daily_check(engine, org_id=org_id, day=day, now=now, calendar=calendar))
        except OperationalError:  # the database is away: the caller says so once, and the sweep retries
            raise
        except Exception:  # one broken organization must not stop the others' reminders
            log.exception("daily check failed for org %s on %s", org_id, day)
    return reports
