"""The board's /report (per unit: open, overdue, done on time, done late + the overdue list) and
/export (every task as an .xlsx)."""

from __future__ import annotations

from collections import Counter

from bot import texts
from bot.export import ExportRow, tasks_workbook
from bot.services.base import Attachment, Caller, Message, Outcome, Services, acting
from storage.access import require_oversight
from storage.organizations import list_units
from storage.queries import org_name, org_timezone, unit_names
from storage.status import DONE_LATE, DONE_ON_TIME, OVERDUE, STATE_LABELS, task_state
from storage.tasks import list_tasks


def report(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/report."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        tz = org_timezone(session, org_id=who.actor.org_id)
        tasks = list_tasks(session, actor=who.actor, view="all", today=who.today)
        names = unit_names(session, org_id=who.actor.org_id)
        counts: dict[str, Counter[int]] = {k: Counter() for k in ("open", OVERDUE, DONE_ON_TIME, DONE_LATE)}
        overdue = []
        for task in tasks:
            state = task_state(task, who.today, tz)
            if task.status == "open":
                counts["open"][task.unit_id] += 1
            if state in counts:
                counts[state][task.unit_id] += 1
            if state == OVERDUE:
                overdue.append((task, names.get(task.unit_id, "")))
        units = [u for u in list_units(session, org_id=who.actor.org_id, include_inactive=True)
                 if any(c[u.id] for c in counts.values())]  # type: ignore[index]
        rows = [
            (u.name, counts["open"][u.id], counts[OVERDUE][u.id], counts[DONE_ON_TIME][u.id], counts[DONE_LATE][u.id])  # type: ignore[index]
            for u in units
        ]
        text = texts.report(org_name(session, org_id=who.actor.org_id), who.today, rows, overdue)
    return Outcome(messages=[Message(text)])


def export(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/export: every task of the organization in one workbook."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_oversight(who.actor, who.actor.org_id)
        tz = org_timezone(session, org_id=who.actor.org_id)
        names = unit_names(session, org_id=who.actor.org_id)
        tasks = list_tasks(session, actor=who.actor, view="all", today=who.today)
        tasks.sort(key=lambda t: t.number)
        rows: list[ExportRow] = [
            (
                t.number, t.ref or "", names.get(t.unit_id, ""), t.content, t.deadline_text or "", t.due,
                STATE_LABELS[task_state(t, who.today, tz)], texts.fmt_time(t.done_at, tz) if t.done_at else "",
                t.done_by or "", t.result_note or "",
            )
            for t in tasks
        ]
    content = tasks_workbook(rows, who.today)
    attachment = Attachment(texts.export_filename(who.today), content, texts.EXPORT_CAPTION.format(day=texts.fmt_date(who.today)))
    return Outcome(messages=[Message(attachment=attachment)])
