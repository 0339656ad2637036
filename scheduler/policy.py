"""The reminder policy: which open items get a reminder on a given day. Pure — no database, no clock.

Defaults (DESIGN.md): 7, 3 and 1 day(s) before and on the due day; overdue on the first day, then
every 3 days. A "trước ngày D" deadline is due on D − 1. Items without a due date (the "thường
xuyên" tasks) never get a daily reminder.

Days off (weekends and Vietnamese public holidays, Tết included) — nobody reads reminders in the
office then, so before the deadline every reminder lands on a working day:

- The last reminder. A due day that is a working day gets it on the day itself ("đến hạn hôm nay");
  a due day off gets it on the previous working day (LAST_WORKING_DAY), even when the policy has
  no day-0 reminder.
- The N-day reminders. One whose day is a day off moves to the previous working day; it is dropped
  when that day is on or after the last reminder (a Monday deadline's 1-day reminder would move to
  Friday… which already has the 3-day one, or the last reminder itself covers it) — so an item never
  gets two reminders on one day, and never one between its last reminder and the deadline.
- A period of a recurring task is not reminded before it starts: a moved reminder that would land
  before the period's first day is dropped, and the last reminder is never earlier than that day.
- Overdue reminders keep their cadence (first day, then every 3 days) whatever the day: they go to
  the unit and the board's daily digest lists the item every day anyway. Between repeats, a unit's
  message that goes out for another item still lists it, as a short line (STILL_OVERDUE).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any, Protocol

from storage.status import effective_due

BEFORE = "before"  # N days left
DUE_TODAY = "due_today"  # the due day itself
LAST_WORKING_DAY = "last_working_day"  # the due day is a day off; today is the last working day before it
OVERDUE = "overdue"
STILL_OVERDUE = "still_overdue"  # overdue, not repeated in full today: a short line in its unit's message


class WorkingCalendar(Protocol):
    """Tells working days from weekends and public holidays."""

    def is_working_day(self, day: date) -> bool: ...


class VietnamCalendar:
    """Vietnamese working days (weekends and public holidays off, Tết included)."""

    def is_working_day(self, day: date) -> bool:
        """True on a Monday–Friday that is not a Vietnamese public holiday."""
        from conclusions.calendar import is_working_day

        return is_working_day(day)


#: The longest run of days off (Tết) plus slack: a reminder moved off a day off lands at most this
#: many days earlier, so the daily check looks this much further ahead than the policy's days.
MAX_DAYS_OFF = 14


def previous_working_day(calendar: WorkingCalendar, day: date) -> date:
    """The last working day strictly before `day`."""
    current = day - timedelta(days=1)
    for _ in range(60):  # Tết is the longest break; a bound keeps a broken calendar from looping
        if calendar.is_working_day(current):
            return current
        current -= timedelta(days=1)
    return day - timedelta(days=1)


@dataclass(frozen=True)
class ReminderPolicy:
    """When reminders go out; an organization overrides fields through `Organization.policy`."""

    before_days: tuple[int, ...] = (7, 3, 1, 0)
    overdue_first_day: int = 1
    overdue_every_days: int = 3
    weekly_digest_weekday: int = 0  # Monday
    daily_digest: bool = True
    daily_check_at: time | None = None  # None: the DAILY_CHECK_AT setting

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any] | None) -> ReminderPolicy:
        """The default policy with an organization's overrides applied; unusable values are ignored."""
        policy = cls()
        if not overrides:
            return policy
        values: dict[str, Any] = {}
        before = overrides.get("before_days")
        if isinstance(before, (list, tuple)) and all(isinstance(d, int) and 0 <= d <= 90 for d in before):
            values["before_days"] = tuple(sorted(set(before), reverse=True))
        for name, low, high in (("overdue_first_day", 1, 90), ("overdue_every_days", 1, 90), ("weekly_digest_weekday", 0, 6)):
            value = overrides.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                values[name] = value
        if isinstance(overrides.get("daily_digest"), bool):
            values["daily_digest"] = overrides["daily_digest"]
        check_at = overrides.get("daily_check_at")
        if isinstance(check_at, str):
            try:
                hour, minute = (int(part) for part in check_at.split(":"))
                values["daily_check_at"] = time(hour, minute)
            except ValueError:
                pass
        return cls(**{**policy.__dict__, **values})


@dataclass(frozen=True)
class Item:
    """Something with a deadline that a unit must do: a task, or one period of a recurring task."""

    task_id: int
    number: int
    unit_id: int
    content: str
    due: date | None
    strict_before: bool = False
    ref: str | None = None
    deadline_text: str | None = None
    occurrence_id: int | None = None
    period_start: date | None = None
    recurrence: str | None = None
    status: str = "open"

    @property
    def effective_due(self) -> date | None:
        """The last day the work counts as on time."""
        return effective_due(self.due, self.strict_before)

    @property
    def subject(self) -> str:
        """A stable key for this item (task or occurrence)."""
        return f"occ:{self.occurrence_id}" if self.occurrence_id is not None else f"task:{self.task_id}"


@dataclass(frozen=True)
class Reminder:
    """One item to mention in today's message to its unit."""

    item: Item
    kind: str  # BEFORE | DUE_TODAY | LAST_WORKING_DAY | OVERDUE
    days_left: int  # negative when overdue
    due: date = field(compare=False)

    @property
    def urgency(self) -> tuple[int, int]:
        """Sort key: most overdue first, then fewest days left, then by task number."""
        return (self.days_left, self.item.number)


def before_deadline_schedule(item: Item, policy: ReminderPolicy, calendar: WorkingCalendar) -> dict[date, str]:
    """The days before (and on) the deadline on which `item` is reminded, with their kind (see the
    module's rules on days off); empty without a due date."""
    due = item.effective_due
    if due is None:
        return {}
    schedule: dict[date, str] = {}
    if calendar.is_working_day(due):
        last = due
        if 0 in policy.before_days:
            schedule[due] = DUE_TODAY
    else:
        last = previous_working_day(calendar, due)
        if item.period_start is not None and last < item.period_start:
            last = item.period_start
        schedule[last] = LAST_WORKING_DAY
    for days in policy.before_days:
        if days <= 0:
            continue
        day = due - timedelta(days=days)
        if not calendar.is_working_day(day):
            day = previous_working_day(calendar, day)
        if day >= last or (item.period_start is not None and day < item.period_start):
            continue
        schedule.setdefault(day, BEFORE)
    return schedule


def reminder_kind(item: Item, today: date, policy: ReminderPolicy, calendar: WorkingCalendar) -> str | None:
    """The kind of reminder `item` gets on `today`, or None."""
    due = item.effective_due
    if due is None or item.status != "open":
        return None
    left = (due - today).days
    if left < 0:
        late = -left
        first, every = policy.overdue_first_day, max(1, policy.overdue_every_days)
        return OVERDUE if late >= first and (late - first) % every == 0 else None
    if left > max(policy.before_days, default=0) + MAX_DAYS_OFF:
        return None  # too early for any reminder, even one moved off a holiday
    return before_deadline_schedule(item, policy, calendar).get(today)


def reminders_due(
    items: Iterable[Item], today: date, policy: ReminderPolicy, calendar: WorkingCalendar
) -> list[Reminder]:
    """Every reminder due on `today`, most urgent first."""
    found: list[Reminder] = []
    for item in items:
        kind = reminder_kind(item, today, policy, calendar)
        if kind is not None:
            due = item.effective_due
            assert due is not None
            found.append(Reminder(item=item, kind=kind, days_left=(due - today).days, due=due))
    found.sort(key=lambda r: r.urgency)
    return found


def attention_due(
    items: Iterable[Item], today: date, policy: ReminderPolicy, calendar: WorkingCalendar
) -> list[Reminder]:
    """Today's reminders, plus — for every unit that gets a message today — its other overdue items
    as STILL_OVERDUE, so a unit's message lists everything it has to attend to, not only what the
    cadence repeats in full today. A unit with nothing due today gets nothing (the cadence holds)."""
    items = list(items)
    found = reminders_due(items, today, policy, calendar)
    units = {r.item.unit_id for r in found}
    shown = {r.item.subject for r in found}
    for item in overdue_items(items, today):
        if item.unit_id in units and item.subject not in shown:
            due = item.effective_due
            assert due is not None
            found.append(Reminder(item=item, kind=STILL_OVERDUE, days_left=(due - today).days, due=due))
    found.sort(key=lambda r: r.urgency)
    return found


def overdue_items(items: Iterable[Item], today: date) -> list[Item]:
    """Open items past their effective due date, most overdue first."""
    late = [i for i in items if i.status == "open" and (d := i.effective_due) is not None and d < today]
    late.sort(key=lambda i: (i.effective_due, i.number))
    return late


def is_weekly_digest_day(today: date, policy: ReminderPolicy) -> bool:
    """Whether the monitoring board gets its weekly digest today."""
    return today.weekday() == policy.weekly_digest_weekday
