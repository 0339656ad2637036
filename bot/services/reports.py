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
from storage.access import ADMIN, require_oversight
from storage.errors import InvalidInput
from storage.models import Occurrence, Task
from storage.organizations import front_units, list_units, match_key, names_the_front, unit_display_name
from storage.queries import org_name, org_timezone, unit_names
from storage.status import CANCELLED, DONE_LATE, DONE_ON_TIME, IN_PROGRESS, NO_DEADLINE, OVERDUE, STATE_LABELS, occurrence_state, task_state
from storage.tasks import list_tasks
from storage.usage import month_of, usage

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


def _front_only(args: list[str]) -> bool:
    """`/report mattran` (or "mặt trận", "MTTQ và các đoàn thể"): only the Front and its member organisations."""
    if not args:
        return False
    if names_the_front(" ".join(args)) or match_key(" ".join(args)) in ("mat tran", "mttq"):
        return True
    raise InvalidInput(texts.REPORT_FILTER_USAGE)


def report(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/report [mattran]."""
    front_only = _front_only(args)
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
        title = org_name(session, org_id=who.actor.org_id)
        if front_only:
            units = front_units(units)
            kept = {u.id for u in units}
            overdue = [item for item in overdue if item[0].unit_id in kept]
            title = texts.front_report_title(title)
        rows = [(unit_display_name(u), *(counts[column][u.id] for column in COLUMNS)) for u in units]  # type: ignore[index]
        if front_only and rows:
            rows.append((texts.FRONT_TOTAL, *(sum(row[i] for row in rows) for i in range(1, len(COLUMNS) + 1))))  # type: ignore[misc]
        text = texts.report(title, who.today, rows, overdue)  # type: ignore[arg-type]
        if who.actor.role == ADMIN and services.zalo_quota:
            used = usage(session, platform="zalo", month=month_of(who.now), quota=services.zalo_quota)
            text += "\n\n" + texts.zalo_usage_line(used.sent, used.quota, used.month)
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
                    texts.actor_name(task.done_by) if task.done_by else "", task.result_note or "",
                ))
            else:
                rows.append((
                    task.number, task.ref or "", names.get(task.unit_id, ""), task.content,
                    texts.period_words(task.recurrence, period), period.due, STATE_LABELS[state],
                    texts.fmt_time(period.done_at, tz) if period.done_at else "",
                    texts.actor_name(period.done_by) if period.done_by else "", period.result_note or "",
                ))
    content = tasks_workbook(rows, who.today)
    attachment = Attachment(texts.export_filename(who.today), content, texts.EXPORT_CAPTION.format(day=texts.fmt_date(who.today)))
    return Outcome(messages=[Message(attachment=attachment)])
