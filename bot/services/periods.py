"""Periods of recurring tasks as the chat shows them.

A recurring task ("hằng tháng"...) stays open; each period is an `Occurrence` with its own due date
and status. The daily check creates the current period's row; before it runs (or if it did not),
the current period is computed here without writing anything, so a list never changes the data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlmodel import Session

from storage.models import Occurrence, Task
from storage.queries import started_occurrences
from storage.recurrence import period_bounds
from storage.status import OVERDUE, occurrence_state
from storage.tasks import urgency_key

Periods = dict[int, list[Occurrence]]


def periods_of(session: Session, tasks: Sequence[Task], today: date) -> Periods:
    """Started periods of the recurring tasks among `tasks` (task id → oldest first), including
    the current period of an open task even when its row does not exist yet (not saved)."""
    recurring = [t for t in tasks if t.recurrence]
    found: Periods = defaultdict(list)
    for row in started_occurrences(session, task_ids=[t.id for t in recurring if t.id is not None], day=today):
        found[row.task_id].append(row)
    for task in recurring:
        assert task.id is not None and task.recurrence is not None
        start, end = period_bounds(task.recurrence, today)
        periods = found[task.id]
        if task.status == "open" and not any(p.period_start == start for p in periods):
            # A transient object, never added to the session: the current period as it will be stored.
            periods.append(Occurrence(org_id=task.org_id, task_id=task.id, period_start=start, due=end))
    return dict(found)


def shown_period(periods: Sequence[Occurrence]) -> Occurrence | None:
    """The period a list shows and ✅ closes: the oldest still open, else the latest (done)."""
    for period in periods:
        if period.status == "open":
            return period
    return periods[-1] if periods else None


def next_due(recurrence: str, period: Occurrence) -> date:
    """The due date of the period after `period`."""
    return period_bounds(recurrence, period.due + timedelta(days=1))[1]


def list_key(task: Task, period: Occurrence | None) -> tuple[int, date, int]:
    """Most urgent first: a recurring task sorts by its open period's due date (by the next
    period's once this one is done)."""
    if period is None or not task.recurrence:
        return urgency_key(task)
    due = period.due if period.status == "open" else next_due(task.recurrence, period)
    return (0, due, task.number)


def period_in_view(period: Occurrence | None, view: str, today: date, soon_days: int = 7) -> bool:
    """Whether a recurring task belongs in the overdue / soon list through its shown period."""
    if period is None or period.status != "open":
        return False
    if view == "overdue":
        return period.due < today
    if view == "soon":
        return today <= period.due <= today + timedelta(days=soon_days)
    return True


def is_overdue(task: Task, period: Occurrence | None, state: str, today: date, tz: str) -> bool:
    """Whether a task (or the open period of a recurring task) is overdue and not done."""
    if task.recurrence:
        return period is not None and occurrence_state(period, today, tz) == OVERDUE
    return state == OVERDUE
