"""The board's /report (per unit: in progress, overdue, done on time, done late + the overdue list)
and /export (every task as an .xlsx). A recurring task counts once per started period, each by its
own status, as the scheduler's weekly digest counts them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from sqlmodel import Session

from bot import texts
from bot.export import ExportRow, tasks_workbook
from bot.services.base import Acting, Attachment, Caller, Message, Outcome, Services, acting
from bot.services.periods import periods_of
from storage.access import require_oversight
from storage.models import Occurrence, Task
from storage.organizations import list_units
from storage.queries import org_name, org_timezone, unit_names
from storage.status import CANCELLED, DONE_LATE, DONE_ON_TIME, IN_PROGRESS, NO_DEADLINE, OVERDUE, STATE_LABELS, occurrence_state, task_state
from storage.tasks import list_tasks

#: Report columns, in the order of `texts.report` rows.
COLUMNS = (IN_PROGRESS, OVERDUE, DONE_ON_TIME, DONE_LATE, NO_DEADLINE)


def counted_items(session: Session, who: Acting, tz: str) -> Iterator[tuple[Task, Occurrence | None, str]]:
    """(task, period or None, status) of everything a report counts: each non-recurring task once,
    each started period of a recurring task once (its current period even before the daily check)."""
    tasks = list_tasks(session, actor=who.actor, view="all", today=who.today)
    periods = periods_of(session, tasks, who.today)
    for task in tasks:
        if not task.recurrence:
            yield task, None, task_state(task, who.today, tz)
            continue
        for period in periods.get(task.id, []):  # type: ignore[arg-type]
            state = occurrence_state(period, who.today, tz)
            if state != CANCELLED:
                yield task, period, state


def report(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/report."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        tz = org_timezone(session, org_id=who.actor.org_id)
        names = unit_names(session, org_id=who.actor.org_id)
        counts: dict[str, Counter[int]] = {k: Counter() for k in COLUMNS}
        overdue: list[tuple[Task, str, Occurrence | None]] = []
        for task, period, state in counted_items(session, who, tz):
            if state in counts:
                counts[state][task.unit_id] += 1
            if state == OVERDUE:
                overdue.append((task, names.get(task.unit_id, ""), period))
        overdue.sort(key=lambda item: (item[2].due if item[2] is not None else item[0].due, item[0].number))  # type: ignore[return-value]
        units = [u for u in list_units(session, org_id=who.actor.org_id, include_inactive=True)
                 if any(c[u.id] for c in counts.values())]  # type: ignore[index]
        rows = [(u.name, *(counts[column][u.id] for column in COLUMNS)) for u in units]  # type: ignore[index]
        text = texts.report(org_name(session, org_id=who.actor.org_id), who.today, rows, overdue)  # type: ignore[arg-type]
    return Outcome(messages=[Message(text)])


def export(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/export: every task of the organization in one workbook (a recurring task: one row per period)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        tz = org_timezone(session, org_id=who.actor.org_id)
        names = unit_names(session, org_id=who.actor.org_id)
        items = sorted(
            counted_items(session, who, tz),
            key=lambda item: (item[0].number, item[1].period_start if item[1] is not None else who.today),
        )
        rows: list[ExportRow] = []
        for task, period, state in items:
            if period is None:
                rows.append((
                    task.number, task.ref or "", names.get(task.unit_id, ""), task.content, task.deadline_text or "", task.due,
                    STATE_LABELS[state], texts.fmt_time(task.done_at, tz) if task.done_at else "",
                    task.done_by or "", task.result_note or "",
                ))
            else:
                rows.append((
                    task.number, task.ref or "", names.get(task.unit_id, ""), task.content,
                    texts.period_words(task.recurrence, period), period.due, STATE_LABELS[state],
                    texts.fmt_time(period.done_at, tz) if period.done_at else "", period.done_by or "", period.result_note or "",
                ))
    content = tasks_workbook(rows, who.today)
    attachment = Attachment(texts.export_filename(who.today), content, texts.EXPORT_CAPTION.format(day=texts.fmt_date(who.today)))
    return Outcome(messages=[Message(attachment=attachment)])
