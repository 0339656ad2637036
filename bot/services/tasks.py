"""Viewing tasks: the unit's list with filters and pages, the board's per-unit summary, details."""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session

from bot import texts
from bot.callbacks import ListRef, done_data, encode, list_data
from bot.services import questions
from bot.services.base import Acting, Button, Caller, Keyboard, Message, Outcome, Services, StoredFile, acting
from bot.services.periods import is_overdue, list_key, period_in_view, periods_of, shown_period
from bot.services.units import find_unit
from conclusions.normalize import ascii_fold
from storage.access import MEMBER, require_view_task
from storage.errors import InvalidInput
from storage.models import Occurrence, Task
from storage.organizations import list_units, unit_display_name
from storage.queries import conclusion_of, open_recurring_tasks, org_name, org_timezone, pending_extension, unit_names
from storage.status import task_state
from storage.tasks import SOON_DAYS, get_task, list_tasks, task_history

PAGE_SIZE = 10

#: What people type after /tasks (accents optional) → list view.
FILTER_WORDS = {
    "quahan": "overdue", "qua": "overdue", "tre": "overdue",
    "sapden": "soon", "sap": "soon", "sapdenhan": "soon", "saptoi": "soon",
    "xong": "done", "daxong": "done", "hoanthanh": "done",
    "tatca": "all", "all": "all",
    "chuaxong": "open", "mo": "open", "dangmo": "open",
}


def own_list(who: Acting, ref: ListRef) -> ListRef:
    """A list reference a leader or member may open: their own unit's (button data is never trusted)."""
    if ref.unit and not who.actor.oversees_all_units and ref.unit != who.actor.unit_id:
        return ListRef(0, ref.view, ref.page)
    return ref


def view_tasks(session: Session, who: Acting, unit_id: int | None, view: str) -> tuple[list[Task], dict[int, Occurrence]]:
    """The tasks of a list view, most urgent first, and the shown period of each recurring one.

    A recurring task belongs to the overdue and soon views through its open period's due date."""
    actor = who.actor
    tasks = list_tasks(session, actor=actor, unit_id=unit_id, view=view, today=who.today)  # authorizes the scope
    if view in ("overdue", "soon"):
        scope = unit_id if unit_id is not None else (None if actor.oversees_all_units else actor.unit_id)
        tasks = [t for t in tasks if not t.recurrence] + open_recurring_tasks(session, org_id=actor.org_id, unit_id=scope)
    periods = periods_of(session, tasks, who.today)
    shown = {task_id: period for task_id, rows in periods.items() if (period := shown_period(rows)) is not None}
    if view in ("overdue", "soon"):
        tasks = [t for t in tasks if not t.recurrence or period_in_view(shown.get(t.id), view, who.today, SOON_DAYS)]  # type: ignore[arg-type]
    if view != "done":
        tasks.sort(key=lambda t: list_key(t, shown.get(t.id)))  # type: ignore[arg-type]
    return tasks, shown


def render_list(session: Session, who: Acting, ref: ListRef) -> Message:
    """A page of a task list with its buttons (shared by /tasks, the filters and the done flow)."""
    actor = who.actor
    ref = own_list(who, ref)
    unit_id = ref.unit or None
    tasks, shown = view_tasks(session, who, unit_id, ref.view)
    names = unit_names(session, org_id=actor.org_id)
    tz = org_timezone(session, org_id=actor.org_id)
    pages = max(1, -(-len(tasks) // PAGE_SIZE))
    page = min(max(ref.page, 0), pages - 1)
    ref = ListRef(ref.unit, ref.view, page)
    all_units = unit_id is None and actor.oversees_all_units
    if all_units:
        scope = texts.scope_all_units(org_name(session, org_id=actor.org_id))
    else:
        scope = names.get(unit_id or actor.unit_id or 0, "")
    page_tasks = tasks[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    lines = [
        texts.task_line(t, who.today, names.get(t.unit_id) if all_units else None, tz, shown.get(t.id))  # type: ignore[arg-type]
        for t in page_tasks
    ]
    rows: list[tuple[Button, ...]] = []
    for task in page_tasks:
        row = []
        period = shown.get(task.id)  # type: ignore[arg-type]
        if task.status == "open" and actor.role != MEMBER and (period is None or period.status == "open"):
            row.append(Button(f"{texts.BTN_DONE} {task.number}", done_data("dn", task.number, ref)))
        row.append(Button(f"{texts.BTN_DETAILS} {task.number}", encode("dt", task.number)))
        rows.append(tuple(row))
    if pages > 1:
        rows.append((
            Button(texts.BTN_PREV, list_data(ListRef(ref.unit, ref.view, (page - 1) % pages))),
            Button(texts.page_label(page, pages), encode("nop")),
            Button(texts.BTN_NEXT, list_data(ListRef(ref.unit, ref.view, (page + 1) % pages))),
        ))
    rows.append(tuple(Button(texts.filter_label(v, ref.view), list_data(ListRef(ref.unit, v, 0))) for v in ("open", "overdue", "soon")))
    rows.append(tuple(Button(texts.filter_label(v, ref.view), list_data(ListRef(ref.unit, v, 0))) for v in ("done", "all")))
    if actor.oversees_all_units:
        rows.append((Button(texts.BTN_SUMMARY, encode("sm")),))
    text = texts.task_list(scope, ref.view, lines, len(tasks), page, pages, who.today, can_close=actor.role != MEMBER)
    return Message(text, tuple(rows))


def render_summary(session: Session, who: Acting) -> Message:
    """The board's per-unit overview with a button per unit."""
    actor = who.actor
    tz = org_timezone(session, org_id=actor.org_id)
    tasks, shown = view_tasks(session, who, None, "all")
    open_count: Counter[int] = Counter()
    overdue: Counter[int] = Counter()
    done: Counter[int] = Counter()
    for task in tasks:
        if task.status == "done":
            done[task.unit_id] += 1
        else:
            open_count[task.unit_id] += 1
            period = shown.get(task.id)  # type: ignore[arg-type]
            if is_overdue(task, period, task_state(task, who.today, tz), who.today, tz):
                overdue[task.unit_id] += 1
    units = [u for u in list_units(session, org_id=actor.org_id, include_inactive=True) if open_count[u.id] or done[u.id]]  # type: ignore[index]
    units.sort(key=lambda u: (-overdue[u.id], -open_count[u.id], u.id))  # type: ignore[index]
    rows_data = [(unit_display_name(u), open_count[u.id], overdue[u.id], done[u.id]) for u in units]  # type: ignore[index]
    keyboard: list[tuple[Button, ...]] = [
        (Button(texts.unit_button(u.name, overdue[u.id]), list_data(ListRef(u.id, "open", 0))),)  # type: ignore[arg-type, index]
        for u in units[:40]
    ]
    keyboard.append((
        Button(texts.BTN_ALL_OVERDUE, list_data(ListRef(0, "overdue", 0))),
        Button(texts.BTN_ALL_OPEN, list_data(ListRef(0, "open", 0))),
    ))
    return Message(texts.summary(org_name(session, org_id=actor.org_id), who.today, rows_data), tuple(keyboard))


def parse_list_args(session: Session, who: Acting, args: list[str]) -> ListRef | None:
    """`/tasks [bộ lọc] [đơn vị] [trang]` → a list, or None for the board's summary."""
    view, page, words = None, 0, []
    index = 0
    while index < len(args):
        arg = args[index]
        pair = ascii_fold("".join(args[index:index + 2]))
        if view is None and index + 1 < len(args) and pair in FILTER_WORDS:
            view, index = FILTER_WORDS[pair], index + 2
            continue
        if view is None and ascii_fold(arg) in FILTER_WORDS:
            view = FILTER_WORDS[ascii_fold(arg)]
        elif arg.isdigit() and len(arg) < 5:
            page = int(arg) - 1
        else:
            words.append(arg)
        index += 1
    unit = 0
    if words:
        if not who.actor.oversees_all_units:
            raise InvalidInput(texts.UNKNOWN_FILTER)
        unit = match_unit(session, who.actor.org_id, " ".join(words))
    if view is None and unit == 0 and who.actor.oversees_all_units and not args:
        return None
    return ListRef(unit, view or "open", page)


def match_unit(session: Session, org_id: int, text: str) -> int:
    """The id of the unit a person typed, or a refusal listing the units."""
    units = list_units(session, org_id=org_id)
    unit = find_unit(units, text)
    if unit is None:
        raise InvalidInput(texts.unknown_unit([u.name for u in units]))
    return unit.id  # type: ignore[return-value]


def tasks_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/tasks: the unit's open tasks (the board sees its summary first)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        ref = parse_list_args(session, who, args)
        message = render_summary(session, who) if ref is None else render_list(session, who, ref)
    return Outcome(messages=[message])


def open_list(services: Services, caller: Caller, ref: ListRef, message_id: int | None = None) -> Outcome:
    """A filter, page or unit button: the list message is replaced in place (and with it a ✅
    confirmation shown there, whose note is then no longer awaited)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        if message_id is not None:
            questions.drop_shown_on(session, who, caller, "done_note", message_id)
        return Outcome(edit=render_list(session, who, ref))


def open_summary(services: Services, caller: Caller) -> Outcome:
    """📊 back to the board's summary."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        if not who.actor.oversees_all_units:
            return Outcome(edit=render_list(session, who, ListRef()))
        return Outcome(edit=render_summary(session, who))


def details_keyboard(
    who: Acting, task_number: int, status: str, overdue: bool, has_files: bool, *,
    recurring: bool = False, can_close: bool = True, can_undo: bool | None = None,
) -> Keyboard:
    """The actions a details message offers to this caller (a recurring task is closed per period
    and has no extension: each period has its own due date)."""
    rows: list[tuple[Button, ...]] = []
    role = who.actor.role
    is_open = status == "open"
    if is_open and role != MEMBER and can_close:
        done_button = Button(texts.BTN_DONE_LONG, done_data("dn", task_number, ListRef()))
        rows.append((done_button,) if recurring else (done_button, Button(texts.BTN_EXTEND, encode("ex", task_number))))
    if is_open and overdue and who.actor.oversees_all_units:
        rows.append((Button(texts.BTN_EXPLAIN_REQUEST, encode("gx", task_number)),))
    if is_open and overdue and role == "leader":
        rows.append((Button(texts.BTN_EXPLAIN, encode("gt", task_number)),))
    if (status == "done" if can_undo is None else can_undo) and role != MEMBER:
        board = who.actor.oversees_all_units
        rows.append((Button(texts.BTN_REOPEN if board else texts.BTN_UNDO, encode("ro" if board else "ud", task_number)),))
    if has_files:
        rows.append((Button(texts.BTN_EVIDENCE, encode("ev", task_number)),))
    return tuple(rows)


def details(services: Services, caller: Caller, number: int) -> Outcome:
    """📄 / /chitiet N: the full task, its source, deadline, status (and periods), evidence and history."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = get_task(session, actor=who.actor, number=number)
        tz = org_timezone(session, org_id=task.org_id)
        periods = periods_of(session, [task], who.today).get(task.id, []) if task.recurrence else []  # type: ignore[arg-type]
        shown = shown_period(periods)
        text = texts.task_details(
            task,
            unit_name=unit_names(session, org_id=task.org_id).get(task.unit_id, ""),
            conclusion=conclusion_of(session, task),
            history=task_history(session, actor=who.actor, number=number),
            pending=pending_extension(session, task_id=task.id),  # type: ignore[arg-type]
            today=who.today,
            tz=tz,
            periods=periods,
            shown=shown,
        )
        has_files = any(item.get("file_id") for item in task.evidence)
        overdue = is_overdue(task, shown, task_state(task, who.today, tz), who.today, tz)
        if task.recurrence:
            keyboard = details_keyboard(
                who, number, task.status, overdue, has_files, recurring=True,
                can_close=shown is not None and shown.status == "open",
                can_undo=task.status == "open" and any(p.status == "done" for p in periods),
            )
        else:
            keyboard = details_keyboard(who, number, task.status, overdue, has_files)
    return Outcome(messages=[Message(text, keyboard)])


def details_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/chitiet N."""
    return details(services, caller, task_number(args, texts.DETAILS_USAGE))


def evidence(services: Services, caller: Caller, number: int) -> Outcome:
    """📎 / /minhchung N: re-send the photos and files attached to a task."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        task = get_task(session, actor=who.actor, number=number)
        require_view_task(who.actor, task)
        items = [item for item in task.evidence if item.get("file_id") and item.get("platform", "telegram") == caller.platform]
    if not items:
        return Outcome(messages=[Message(texts.NO_EVIDENCE)], toast=texts.NO_EVIDENCE)
    return Outcome(messages=[
        Message(stored_file=StoredFile(item.get("kind", "document"), item["file_id"],
                                       texts.evidence_caption(number, item.get("by", ""), item.get("at", ""))))
        for item in items[:10]
    ])


def evidence_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/minhchung N."""
    return evidence(services, caller, task_number(args, "/minhchung 12"))


def task_number(args: list[str], usage: str) -> int:
    """The task number at the start of a command's arguments, or a usage hint."""
    if not args or not args[0].lstrip("#").isdigit() or len(args[0]) > 9:
        raise InvalidInput(texts.NUMBER_NEEDED.format(usage=usage))
    return int(args[0].lstrip("#"))

