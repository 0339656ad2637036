"""Periods of recurring tasks ("hàng tháng", "hàng quý"...) and their occurrences."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sqlmodel import Session, select

from storage.models import Occurrence, Task


def period_bounds(recurrence: str, day: date) -> tuple[date, date]:
    """The first and last day of the period of `recurrence` that contains `day`."""
    if recurrence == "weekly":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if recurrence == "monthly":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if recurrence == "quarterly":
        first_month = 3 * ((day.month - 1) // 3) + 1
        last_month = first_month + 2
        return date(day.year, first_month, 1), date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])
    if recurrence == "half_yearly":
        return (date(day.year, 1, 1), date(day.year, 6, 30)) if day.month <= 6 else (date(day.year, 7, 1), date(day.year, 12, 31))
    if recurrence == "yearly":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError(f"unknown recurrence {recurrence!r}")


def next_period_start(recurrence: str, day: date) -> date:
    """The first day of the period after the one containing `day`."""
    return period_bounds(recurrence, day)[1] + timedelta(days=1)


def ensure_occurrence(session: Session, *, task: Task, day: date) -> Occurrence:
    """The occurrence of a recurring task for the period containing `day`, created if missing.

    Its due date is the end of the period (the notices say "hàng tháng" without a day)."""
    assert task.recurrence and task.id is not None
    start, end = period_bounds(task.recurrence, day)
    occurrence = session.exec(
        select(Occurrence).where(Occurrence.task_id == task.id, Occurrence.period_start == start)
    ).first()
    if occurrence is None:
        occurrence = Occurrence(org_id=task.org_id, task_id=task.id, period_start=start, due=end)
        session.add(occurrence)
        session.flush()
    return occurrence
