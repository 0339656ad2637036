"""Reviewing an import draft before it is saved (admin who imported it): the paged preview with
its problems first, and the corrections typed as `/nhap …` (buttons where Telegram has them) —
units, coordinating units, deadline, content, recurrence, drop, add, split, and mapping an unknown
name to a unit once for the whole draft (learned as an alias of that unit).

Every action re-reads the caller and the draft on the server: only the admin who imported a draft,
in their own organization, while it is pending and not expired, may see or change it."""

from __future__ import annotations

import copy
import re
import zlib
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

import conclusions
from bot import sheets, texts
from bot.callbacks import encode
from bot.services.base import Acting, Attachment, Button, Caller, Message, Outcome, Services, acting
from bot.services.deadline_phrase import parse_deadline
from bot.services.field_words import split_field
from bot.services.units import find_unit, leading_unit
from conclusions.normalize import ascii_fold
from scheduler.daily import DEFAULT_CHECK_AT, org_check_time
from scheduler.drafts import draft_expiry
from storage import drafts
from storage.access import require_admin
from storage.errors import DondocError, InvalidInput, InvalidState, NotFound, PermissionDenied
from storage.imports import UNASSIGNED_NAME
from storage.models import ImportDraft, Organization, Unit
from storage.organizations import get_unit, list_units, match_key, org_catalog
from storage.queries import latest_pending_draft

PAGE = texts.DRAFT_PAGE_SIZE
#: A notice dated further back than this is flagged (a wrong year is a common typing slip).
OLD_DOCUMENT = timedelta(days=183)
_NO_DEADLINE = {"khong han", "khong co han", "khong thoi han", "thuong xuyen"}
_NONE = {"khong", "bo", "xoa", "khong co"}
_RECURRENCES = {
    "hang tuan": "weekly", "moi tuan": "weekly", "hang thang": "monthly", "moi thang": "monthly",
    "hang quy": "quarterly", "moi quy": "quarterly", "6 thang": "half_yearly", "sau thang": "half_yearly",
    "6 thang mot lan": "half_yearly", "nua nam": "half_yearly", "hang nam": "yearly", "moi nam": "yearly",
}
#: Edit verbs, as folded words, and the field each one changes.
_VERBS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("don", "vi", "chu", "tri"), "units"), (("don", "vi"), "units"), (("donvi",), "units"),
    (("chu", "tri"), "units"), (("chutri",), "units"),
    (("phoi", "hop"), "coordinating"), (("phoihop",), "coordinating"),
    (("thoi", "han"), "deadline"), (("han",), "deadline"),
    (("noi", "dung"), "content"), (("noidung",), "content"),
    (("lap", "lai"), "recurrence"), (("laplai",), "recurrence"),
    (("xoa",), "drop"), (("bo",), "drop"), (("tach",), "split"),
)
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;+]|\s(?:và|va)\s)\s*", re.IGNORECASE)
_DEADLINE_WORD = re.compile(r"(?:^|\s)(?:thời\s+|thoi\s+)?h[aạ]n\s*:?\s+", re.IGNORECASE)
_MAP_SEPARATOR = re.compile(r"\s*(?:=|→|->|\s(?:là|la)\s)\s*", re.IGNORECASE)


# --- loading ------------------------------------------------------------------------------


def owned_draft(session: Session, who: Acting, draft_id: int | None, statuses: tuple[str, ...] = ("pending",)) -> ImportDraft:
    """The caller's own draft (the newest pending one when `draft_id` is None), refused when it is
    another organization's or another admin's, or no longer in one of `statuses`."""
    row = session.get(ImportDraft, draft_id) if draft_id else latest_pending_draft(
        session, org_id=who.actor.org_id, member_id=who.actor.member_id
    )
    if row is None or row.org_id != who.actor.org_id:
        raise NotFound(texts.IMPORT_NOTHING_PENDING)
    if row.member_id is not None and row.member_id != who.actor.member_id:
        raise PermissionDenied(texts.DRAFT_NOT_OWNER)
    if row.status not in statuses:
        raise InvalidState(texts.IMPORT_GONE)
    return row


def load(session: Session, who: Acting, draft_id: int | None) -> tuple[ImportDraft, dict[str, Any]]:
    """The caller's pending draft (the newest one when `draft_id` is None) and its reviewable data."""
    require_admin(who.actor, who.actor.org_id)
    row = owned_draft(session, who, draft_id, ("pending", "expired"))
    if row.status == "expired" or drafts.is_expired(row, who.now):
        raise InvalidState(texts.DRAFT_EXPIRED)
    return row, data_of(session, row)


def data_of(session: Session, row: ImportDraft) -> dict[str, Any]:
    """The draft as reviewed so far; a draft never edited is read again from its text."""
    units = list_units(session, org_id=row.org_id)
    if row.data is not None:
        # A deep copy: editing the loaded value in place would also change the row's committed
        # value, and the JSON column would then compare equal and never be written.
        return drafts.resolve_known_names(copy.deepcopy(row.data), units)
    extracted = conclusions.extract(
        row.text.encode("utf-8"), issued_on=row.issued_on, units=org_catalog(session, org_id=row.org_id), filename="van_ban.txt",
    )
    return drafts.resolve_known_names(drafts.from_extraction(extracted), units)


def expiry(session: Session, org_id: int, now: datetime) -> datetime:
    """When a draft made now expires: the organization's daily check, a few days on (it then tells the admin)."""
    org = session.get(Organization, org_id)
    assert org is not None
    return draft_expiry(now, tz=org.timezone, check_at=org_check_time(org.policy, DEFAULT_CHECK_AT))


# --- rendering ----------------------------------------------------------------------------


def _problems(data: dict[str, Any], today: date) -> list[str]:
    problems = [texts.draft_problem_unknown(i, name, numbers) for i, (name, numbers) in enumerate(drafts.unknown_names(data), 1)]
    doc = data.get("document") or {}
    issued = date.fromisoformat(doc["issued_on"]) if doc.get("issued_on") else None
    if issued is not None and issued < today - OLD_DOCUMENT:
        problems.append(texts.draft_problem_old_document(issued))
    for task in data.get("tasks") or []:
        if not task.get("units"):
            problems.append(texts.draft_problem_no_unit(task["no"]))
        due = drafts.deadline_of(task).due
        if due is not None and issued is not None and due < issued:
            problems.append(texts.draft_problem_before_document(task["no"], due, issued))
        elif due is not None and due < today:
            problems.append(texts.draft_problem_past(task["no"], due, today))
    # The extractor's notes about names to map are shown, live, as the unknown names above.
    problems.extend(texts.esc(texts.clip(w, 200)) for w in data.get("warnings") or [] if "ánh xạ" not in w)
    return problems


def summary_line(data: dict[str, Any], today: date) -> str:
    """The one summary line (the numbers the save message repeats)."""
    tasks = data.get("tasks") or []
    names = {u.get("key") or match_key(u["name"]) for t in tasks for u in t.get("units") or []}
    if any(not t.get("units") for t in tasks):
        names.add(UNASSIGNED_NAME)
    with_due = sum(1 for t in tasks if drafts.deadline_of(t).due is not None)
    return texts.draft_summary(len(tasks), drafts.saved_task_count(data), len(names), with_due, len(tasks) - with_due,
                               len(_problems(data, today)))


#: (content, source) lengths, tried in order until a page fits in one message: never cut a page.
_COMPACTNESS = ((180, 90), (120, 60), (90, 0), (50, 0))


def block(task: dict[str, Any], content_limit: int = 180, evidence_limit: int = 90) -> str:
    """One draft task as the preview shows it (its source sentence only when it says more than the content)."""
    evidence, content = match_key(task.get("evidence") or ""), match_key(task["content"])
    if evidence and (evidence in content or content in evidence):
        task = {**task, "evidence": None}
    return texts.draft_task_block(task, drafts.deadline_of(task), content_limit, evidence_limit)


def page_count(data: dict[str, Any]) -> int:
    """Pages of 10 draft tasks (at least one)."""
    return max(1, -(-len(data.get("tasks") or []) // PAGE))


def page_of(data: dict[str, Any], no: int) -> int:
    """The page that shows draft task `no`."""
    numbers = [t["no"] for t in data.get("tasks") or []]
    return numbers.index(no) // PAGE if no in numbers else 0


def _name_hash(name: str) -> int:
    """A short fingerprint of a name, so a mapping button pressed after the list changed is refused."""
    return zlib.crc32(match_key(name).encode()) % 1_000_000


def preview_message(row: ImportDraft, data: dict[str, Any], page: int, today: date, tz: str = "Asia/Ho_Chi_Minh") -> Message:
    """One page of the preview with ◀ ▶, ✔ Lưu / ✖ Hủy and, on the first page, the mapping buttons."""
    pages = page_count(data)
    page = min(max(page, 0), pages - 1)
    tasks = (data.get("tasks") or [])[page * PAGE:(page + 1) * PAGE]
    doc = data.get("document") or {}
    issued = date.fromisoformat(doc["issued_on"]) if doc.get("issued_on") else None
    expires = texts.fmt_time(row.expires_at, tz) if row.expires_at else None
    problems = _problems(data, today) if page == 0 else []
    for content_limit, evidence_limit in _COMPACTNESS:
        text = texts.draft_page(
            doc.get("title") or row.filename or "Thông báo kết luận", doc.get("number"), issued, summary_line(data, today),
            problems, [block(t, content_limit, evidence_limit) for t in tasks], page, pages, expires,
        )
        if len(text) <= texts.MAX_TEXT:
            break
    else:
        text = texts.fit_preview(text.split("\n"))  # only with dozens of problems on the first page
    rows: list[tuple[Button, ...]] = []
    if pages > 1:
        nav = []
        if page > 0:
            nav.append(Button(texts.BTN_PREV, encode("dp", row.id, page - 1)))  # type: ignore[arg-type]
        nav.append(Button(texts.page_label(page, pages), encode("nop")))
        if page + 1 < pages:
            nav.append(Button(texts.BTN_NEXT, encode("dp", row.id, page + 1)))  # type: ignore[arg-type]
        rows.append(tuple(nav))
    if page == 0:
        for index, (name, _) in enumerate(drafts.unknown_names(data)[:3]):
            rows.append((
                Button(texts.btn_map_name(name), encode("dm", row.id, index, _name_hash(name))),  # type: ignore[arg-type]
                Button(texts.btn_new_unit(name), encode("dw", row.id, index, _name_hash(name))),  # type: ignore[arg-type]
            ))
    rows.append(_save_row(row))
    return Message(text, tuple(rows))


def _save_row(row: ImportDraft) -> tuple[Button, ...]:
    return (
        Button(texts.BTN_SAVE, encode("is", row.id)), Button(texts.BTN_SHEET, encode("dx", row.id)),  # type: ignore[arg-type]
        Button(texts.BTN_DISCARD, encode("ic", row.id)),  # type: ignore[arg-type]
    )


def _edited(row: ImportDraft, data: dict[str, Any], what: str, tasks: list[dict[str, Any]], today: date) -> Outcome:
    page = page_of(data, tasks[0]["no"]) if tasks else 0
    text = texts.draft_edited(what, [block(t) for t in tasks], summary_line(data, today))
    rows: list[tuple[Button, ...]] = []
    for task in tasks[:4]:  # the buttons for what needs no typing: drop a task, split it per unit
        no = task["no"]
        actions = [Button(texts.btn_drop(no), encode("dd", row.id, no))]  # type: ignore[arg-type]
        if len(task.get("units") or []) > 1:
            actions.append(Button(texts.BTN_SPLIT, encode("ds", row.id, no)))  # type: ignore[arg-type]
        rows.append(tuple(actions))
    rows += [(Button(texts.BTN_DRAFT_VIEW, encode("dp", row.id, page)),), _save_row(row)]  # type: ignore[arg-type]
    return Outcome(messages=[Message(text, tuple(rows))])


def press_edit(services: Services, caller: Caller, draft_id: int, no: int, verb: str) -> Outcome:
    """🗑 / ✂ under an edited task: the same as `/nhap N xoa` / `/nhap N tach` on that draft."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        outcome = _edit(session, who, row, data, no, [verb])
        drafts.store(row, data)
        session.add(row)
    message = outcome.messages[0]
    return Outcome(edit=message)


# --- flows --------------------------------------------------------------------------------


def show_page(services: Services, caller: Caller, draft_id: int | None, page: int, pressed: bool = True) -> Outcome:
    """◀ ▶ and 📋: a page of the caller's draft (the pressed message is replaced)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        message = preview_message(row, data, page, who.today)
    return Outcome(edit=message) if pressed else Outcome(messages=[message])


def command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/nhap …: show a page of the draft or apply one correction (see `texts.draft_usage`)."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        words = " ".join(args).split()
        folded = [ascii_fold(w) for w in words]
        if folded[:1] in (["huongdan"], ["?"]) or folded[:2] == ["huong", "dan"]:
            return Outcome.say(texts.draft_usage(who.today))
        row, data = load(session, who, None)
        if not words:
            return Outcome(messages=[preview_message(row, data, 0, who.today)])
        if folded[0] == "trang":
            pages = page_count(data)
            if len(words) < 2 or not words[1].isdigit() or not 1 <= int(words[1]) <= pages:
                raise InvalidInput(texts.draft_bad_page(pages))
            return Outcome(messages=[preview_message(row, data, int(words[1]) - 1, who.today)])
        if folded[0] == "excel":
            return Outcome(messages=[_sheet_message(session, row, data)])
        if folded[0] == "them":
            outcome = _add(session, who, row, data, " ".join(words[1:]))
        elif folded[0] == "ten":
            outcome = _map(session, who, row, data, " ".join(words[1:]))
        elif words[0].isdigit():
            outcome = _edit(session, who, row, data, int(words[0]), words[1:])
        else:
            raise InvalidInput(texts.draft_usage(who.today))
        drafts.store(row, data)
        session.add(row)
        return outcome


def _edit(session: Session, who: Acting, row: ImportDraft, data: dict[str, Any], no: int, words: list[str]) -> Outcome:
    if drafts.find_task(data, no) is None:
        raise InvalidInput(texts.draft_no_task(no))
    named = split_field(words, _VERBS)
    if named is None:
        raise InvalidInput(texts.draft_usage(who.today))
    field, value = named
    if field == "drop":
        drafts.drop_task(data, no)
        return _edited(row, data, texts.draft_dropped(no), [], who.today)
    if field == "split":
        if len(drafts.find_task(data, no).get("units") or []) < 2:  # type: ignore[union-attr]
            raise InvalidInput(texts.DRAFT_SPLIT_ONE)
        made = drafts.split_task(data, no)
        return _edited(row, data, texts.draft_split(no, len(made)), made, who.today)
    if field in ("units", "coordinating"):
        units = [] if field == "coordinating" and ascii_fold(value).strip(" .") in _NONE else _units(session, who, value)
        if field == "units" and not units:
            raise InvalidInput(texts.draft_unknown_unit(value, [u.name for u in list_units(session, org_id=who.actor.org_id)]))
        task = drafts.set_units(data, no, "units" if field == "units" else "coordinating_units", units)
    elif field == "deadline":
        task = drafts.set_deadline(data, no, _deadline(value, who.today))
    elif field == "content":
        content = " ".join(value.split())
        if not content:
            raise InvalidInput(texts.DRAFT_NEED_CONTENT)
        task = drafts.set_content(data, no, content[:4000])
    else:
        key = ascii_fold(" ".join(value.split())).strip(" .")
        if key in _NONE:
            recurrence = None
        elif key in _RECURRENCES:
            recurrence = _RECURRENCES[key]
        else:
            raise InvalidInput(texts.DRAFT_BAD_RECURRENCE)
        task = drafts.set_recurrence(data, no, recurrence)
    return _edited(row, data, texts.draft_edit_done(no), [task], who.today)


def _units(session: Session, who: Acting, value: str) -> list[Unit]:
    units = list_units(session, org_id=who.actor.org_id)
    found: list[Unit] = []
    for part in (p for p in _LIST_SEPARATOR.split(value) if p.strip()):
        unit = find_unit(units, part)
        if unit is None:
            raise InvalidInput(texts.draft_unknown_unit(part, [u.name for u in units]))
        if unit not in found:
            found.append(unit)
    return found


def _deadline(phrase: str, today: date) -> Any:
    """The deadline a person typed; None for "không hạn" / "thường xuyên"."""
    if ascii_fold(" ".join(phrase.split())).strip(" .") in _NO_DEADLINE:
        return None
    deadline = parse_deadline(phrase, today)
    if deadline is None:
        raise InvalidInput(texts.draft_bad_deadline(phrase, today))
    return deadline


def _add(session: Session, who: Acting, row: ImportDraft, data: dict[str, Any], text: str) -> Outcome:
    """/nhap them <đơn vị> <nội dung> hạn <hạn> — the grammar of /giao."""
    matches = list(_DEADLINE_WORD.finditer(text))
    head, phrase = (text[: matches[-1].start()], text[matches[-1].end():]) if matches else (text, "")
    units = list_units(session, org_id=who.actor.org_id)
    words = head.split()
    found = leading_unit(units, words)
    if found is None:
        raise InvalidInput(texts.draft_unknown_unit(" ".join(words[:3]), [u.name for u in units]))
    unit, used = found
    content = " ".join(words[used:]).lstrip(":,- ")
    if not content:
        raise InvalidInput(texts.DRAFT_NEED_CONTENT)
    deadline = _deadline(phrase, who.today) if phrase.strip() else None
    task = drafts.add_task(data, unit=unit, content=content[:4000], deadline=deadline)
    return _edited(row, data, texts.draft_added(task["no"]), [task], who.today)


def _unknown(data: dict[str, Any], typed: str) -> str:
    """The unknown name a person means: its number in the list, or the name itself."""
    names = drafts.unknown_names(data)
    typed = " ".join(typed.split()).strip("“”\"'")
    if typed.isdigit() and 1 <= int(typed) <= len(names):
        return names[int(typed) - 1][0]
    for name, _ in names:
        if match_key(name) == match_key(typed):
            return name
    raise InvalidInput(texts.draft_unknown_name(typed, len(names)) if names else texts.DRAFT_NO_UNKNOWN)


def _map(session: Session, who: Acting, row: ImportDraft, data: dict[str, Any], text: str) -> Outcome:
    """/nhap ten <số|tên> = <đơn vị>, or /nhap ten <số|tên> moi."""
    parts = _MAP_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        name, target = _unknown(data, parts[0]), parts[1]
    else:
        words = text.split()
        if len(words) >= 2 and ascii_fold(words[-1]) == "moi":
            name, target = _unknown(data, " ".join(words[:-1])), "moi"
        else:
            raise InvalidInput(texts.draft_usage(who.today))
    folded = ascii_fold(" ".join(target.split()))
    if folded in ("moi", "don vi moi", "tao moi"):
        return _create_named(session, who, row, data, name)
    units = list_units(session, org_id=who.actor.org_id)
    unit = find_unit(units, target)
    if unit is None:
        raise InvalidInput(texts.draft_unknown_unit(target, [u.name for u in units]))
    return _map_to(session, who, row, data, name, unit)


def _map_to(session: Session, who: Acting, row: ImportDraft, data: dict[str, Any], name: str, unit: Unit) -> Outcome:
    numbers = drafts.map_name(session, actor=who.actor, data=data, name=name, unit=unit, now=who.now)
    tasks = [t for t in (drafts.find_task(data, n) for n in numbers) if t is not None]
    return _edited(row, data, texts.draft_mapped(name, unit.name, numbers), tasks, who.today)


def _create_named(session: Session, who: Acting, row: ImportDraft, data: dict[str, Any], name: str) -> Outcome:
    unit = drafts.create_unit_for_name(session, actor=who.actor, name=name, now=who.now)
    numbers = drafts.map_name(session, actor=who.actor, data=data, name=name, unit=unit, now=who.now)
    tasks = [t for t in (drafts.find_task(data, n) for n in numbers) if t is not None]
    return _edited(row, data, texts.draft_created_unit(unit.name, numbers), tasks, who.today)


def _pressed_name(data: dict[str, Any], index: int, fingerprint: int) -> str:
    names = drafts.unknown_names(data)
    if index >= len(names) or _name_hash(names[index][0]) != fingerprint:
        raise InvalidState(texts.STALE_BUTTON)
    return names[index][0]


def press_pick(services: Services, caller: Caller, draft_id: int, index: int, fingerprint: int) -> Outcome:
    """🔗 “tên” là…: the organization's units as buttons."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        name = _pressed_name(data, index, fingerprint)
        units = list_units(session, org_id=who.actor.org_id)
    buttons = [Button(texts.clip(u.name, 40), encode("da", draft_id, index, fingerprint, u.id)) for u in units]  # type: ignore[arg-type]
    rows = [tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button(texts.BTN_BACK, encode("dp", draft_id, 0)),))
    return Outcome(edit=Message(texts.draft_pick_unit(name), tuple(rows)))


def press_map(services: Services, caller: Caller, draft_id: int, index: int, fingerprint: int, unit_id: int) -> Outcome:
    """A unit picked for an unknown name: map it (and learn it), then show the first page again."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        name = _pressed_name(data, index, fingerprint)
        unit = get_unit(session, org_id=who.actor.org_id, ref=unit_id)  # refuses another organization's unit
        if not unit.active:
            raise InvalidState(texts.STALE_BUTTON)
        _map_to(session, who, row, data, name, unit)
        drafts.store(row, data)
        session.add(row)
        message = preview_message(row, data, 0, who.today)
    return Outcome(edit=message, toast=texts.draft_mapped(name, unit.name, []).split(" (")[0])


def press_new_unit(services: Services, caller: Caller, draft_id: int, index: int, fingerprint: int) -> Outcome:
    """🆕 Tạo đơn vị “tên”: create it, then show the first page again."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        name = _pressed_name(data, index, fingerprint)
        _create_named(session, who, row, data, name)
        drafts.store(row, data)
        session.add(row)
        message = preview_message(row, data, 0, who.today)
    return Outcome(edit=message, toast=texts.draft_created_unit(name, []).split(" (")[0])


# --- the Excel round trip -----------------------------------------------------------------


def _sheet_message(session: Session, row: ImportDraft, data: dict[str, Any]) -> Message:
    names = [u.name for u in list_units(session, org_id=row.org_id)]
    content = sheets.draft_workbook(data, names, row.text)
    return Message(attachment=Attachment(texts.sheet_filename(row.id), content, texts.sheet_caption(len(data.get("tasks") or []))))  # type: ignore[arg-type]


def press_sheet(services: Services, caller: Caller, draft_id: int) -> Outcome:
    """📊 Sửa bằng Excel: the draft as a workbook to edit and send back."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, draft_id)
        message = _sheet_message(session, row, data)
    return Outcome(messages=[message])


def has_pending(services: Services, caller: Caller) -> bool:
    """Whether an .xlsx from this caller can be a draft sent back (an admin with a pending draft)."""
    with services.transaction() as session:
        try:
            who = acting(session, services, caller)
        except DondocError:
            return False
        if who.actor.role != "admin":
            return False
        return latest_pending_draft(session, org_id=who.actor.org_id, member_id=who.actor.member_id) is not None


def receive_sheet(services: Services, caller: Caller, content: bytes) -> Outcome:
    """The draft workbook sent back: validate every row; if all are right, it becomes the draft and
    the preview is shown again; otherwise nothing changes and every problem is listed."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        row, data = load(session, who, None)
        units = list_units(session, org_id=who.actor.org_id)
        read = sheets.read_workbook(content, units, template=data, expect_sha256=data.get("source_sha256"))
        new = drafts.resolve_known_names({**read.data, "document": data.get("document")}, units)
        drafts.store(row, new)
        session.add(row)
        message = preview_message(row, new, 0, who.today)
    return Outcome(messages=[message])
