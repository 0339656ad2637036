"""Task status as officials read it in task-tracking reports. Pure functions of a task and a day."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from storage.models import Occurrence, Task

DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
IN_PROGRESS = "in_progress"
OVERDUE = "overdue"
NO_DEADLINE = "no_deadline"
CANCELLED = "cancelled"

#: The four terms of government task-tracking reports, plus "thường xuyên" for tasks without a deadline.
STATE_LABELS = {
    DONE_ON_TIME: "hoàn thành đúng hạn",
    DONE_LATE: "hoàn thành quá hạn",
    IN_PROGRESS: "đang thực hiện (trong hạn)",
    OVERDUE: "quá hạn chưa hoàn thành",
    NO_DEADLINE: "thường xuyên",
    CANCELLED: "đã hủy",
}


def effective_due(due: date | None, strict_before: bool) -> date | None:
    """The last day the work counts as on time: a "trước ngày D" deadline means D − 1."""
    if due is None:
        return None
    return due - timedelta(days=1) if strict_before else due


def task_due(task: Task) -> date | None:
    """The effective due date of a task."""
    return effective_due(task.due, task.strict_before)


def task_state(task: Task, today: date, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """Classify a (non-recurring) task into one of the report states on `today`."""
    if task.status == "cancelled":
        return CANCELLED
    due = task_due(task)
    if task.status == "done":
        if due is None:
            return DONE_ON_TIME
        done_day = task.done_at.astimezone(ZoneInfo(tz)).date() if task.done_at else today
        return DONE_ON_TIME if done_day <= due else DONE_LATE
    if due is None:
        return NO_DEADLINE
    return OVERDUE if today > due else IN_PROGRESS


def occurrence_state(occurrence: Occurrence, today: date, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """Classify one period of a recurring task."""
    if occurrence.status == "cancelled":
        return CANCELLED
    if occurrence.status == "done":
        done_day = occurrence.done_at.astimezone(ZoneInfo(tz)).date() if occurrence.done_at else today
        return DONE_ON_TIME if done_day <= occurrence.due else DONE_LATE
    return OVERDUE if today > occurrence.due else IN_PROGRESS


def days_left(due: date | None, today: date) -> int | None:
    """Days from today to the effective due date (negative when overdue)."""
    return None if due is None else (due - today).days
