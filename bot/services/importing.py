"""Importing a conclusion notice in chat (admin): a document or pasted text → a preview grouped by
unit, kept as an `ImportDraft` (so a restart loses nothing) → ✔ Lưu creates the tasks and tells
each unit what it was assigned."""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath
from typing import Any

import conclusions
from bot import texts
from bot.callbacks import encode
from bot.services import notify, questions
from bot.services.base import Awaiting, Button, Caller, Message, Outcome, Services, acting
from storage.access import require_admin
from storage.errors import DondocError, DuplicateImport, InvalidInput, InvalidState, NotFound
from storage.imports import UNASSIGNED_NAME, duplicate_message, find_duplicate, import_draft
from storage.models import ImportDraft, Task
from storage.organizations import org_catalog
from storage.queries import latest_pending_draft, unit_names

SUFFIXES = (".docx", ".pdf", ".txt")
#: Drafts are re-extracted from their stored text; the name tells the reader it is plain text.
TEXT_NAME = "van_ban.txt"


def start(services: Services, caller: Caller) -> Outcome:
    """/import: ask for the document or its text."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        questions.ask(session, who, caller, Awaiting("import", caller.chat_id))
    return Outcome(messages=[Message(texts.IMPORT_PROMPT)])


def check_filename(filename: str | None) -> None:
    """Refuse file types the extractor cannot read, before downloading anything."""
    if PurePath(filename or "").suffix.lower() not in SUFFIXES:
        raise InvalidInput(texts.IMPORT_BAD_TYPE)


def check_size(services: Services, size: int | None) -> None:
    """Refuse a file over the download limit (Telegram serves bots files up to 20 MB)."""
    if size is not None and size > services.max_upload_bytes:
        raise InvalidInput(texts.file_too_large(services.max_upload_bytes // (1024 * 1024)))


def require_importer(services: Services, caller: Caller) -> None:
    """Refuse non-admins before a document is downloaded."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)


def _extract(text: str, catalog: Any, issued_on: Any = None) -> Any:
    return conclusions.extract(text.encode("utf-8"), issued_on=issued_on, units=catalog, filename=TEXT_NAME)


def preview_document(services: Services, caller: Caller, content: bytes, filename: str) -> Outcome:
    """Read a document (runs in a worker thread: parsing never blocks other users) and preview it."""
    check_filename(filename)
    require_importer(services, caller)
    return preview_text(services, caller, conclusions.read_document(content, filename=filename), filename)


def preview_text(services: Services, caller: Caller, text: str, filename: str | None = None) -> Outcome:
    """Extract, refuse duplicates, keep the draft and show the preview with ✔ Lưu / ✖ Hủy."""
    outcome = _preview(services, caller, text, filename, answering=False)
    assert outcome is not None  # only an answer can find its question gone
    return outcome


def answer_text(services: Services, caller: Caller, text: str) -> Outcome | None:
    """Text pasted after /import: preview it (None when no document is awaited any more)."""
    return _preview(services, caller, text, None, answering=True)


def _preview(services: Services, caller: Caller, text: str, filename: str | None, *, answering: bool) -> Outcome | None:
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        catalog = org_catalog(session, org_id=who.actor.org_id)
    draft = _extract(text, catalog)
    if not draft.tasks:
        raise InvalidInput(texts.IMPORT_NO_TASKS)
    with services.transaction() as session:
        who = acting(session, services, caller)
        # The question is consumed with the draft it led to: a refused text (a duplicate...) keeps it.
        if answering and questions.take(session, who, caller, "import") is None:
            return None
        existing = find_duplicate(session, org_id=who.actor.org_id, source_sha256=draft.source_sha256)
        if existing is not None:
            raise DuplicateImport(duplicate_message(existing))
        row = ImportDraft(
            org_id=who.actor.org_id, member_id=who.actor.member_id, filename=filename and filename[:300],
            issued_on=draft.document.issued_on, text=draft.text, created_at=who.now,
        )
        session.add(row)
        session.flush()
        draft_id = row.id
        questions.clear(session, who, caller)
    text_out = render_preview(draft, filename)
    keyboard = ((Button(texts.BTN_SAVE, encode("is", draft_id)), Button(texts.BTN_DISCARD, encode("ic", draft_id))),)  # type: ignore[arg-type]
    return Outcome(messages=[Message(text_out, keyboard)])


def render_preview(draft: Any, filename: str | None) -> str:
    """The preview text: tasks grouped by unit, with deadlines and the extractor's warnings."""
    groups: dict[str, list[tuple[str | None, str, str]]] = defaultdict(list)
    known: dict[str, bool] = {}
    for task in draft.tasks:
        deadline = texts.deadline_label(task.deadline.text, task.deadline.due, task.deadline.recurrence)
        for unit in task.units or [None]:
            name = unit.name if unit is not None else UNASSIGNED_NAME
            known[name] = known.get(name, True) and unit is not None and unit.key is not None
            groups[name].append((task.ref, task.content, deadline))
    doc = draft.document
    title = doc.title or filename or "Thông báo kết luận"
    warnings = list(draft.warnings)
    if UNASSIGNED_NAME in groups:
        warnings.append(texts.UNASSIGNED_NOTE)
    rows = [(name, known[name], items) for name, items in groups.items()]
    return texts.import_preview(title, doc.number, doc.issued_on, rows, warnings, len(draft.tasks))


def _pending(session: Any, who: Any, draft_id: int | None) -> ImportDraft:
    row = session.get(ImportDraft, draft_id) if draft_id else latest_pending_draft(
        session, org_id=who.actor.org_id, member_id=who.actor.member_id
    )
    if row is None or row.org_id != who.actor.org_id:
        raise NotFound(texts.IMPORT_NOTHING_PENDING)
    if row.status != "pending":
        raise InvalidState(texts.IMPORT_GONE)
    return row


def save(services: Services, caller: Caller, draft_id: int | None, pressed: bool = True) -> Outcome:
    """✔ Lưu / /luu: create the tasks and queue one message per unit, all in one transaction."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        row = _pending(session, who, draft_id)
        draft = _extract(row.text, org_catalog(session, org_id=who.actor.org_id), row.issued_on)
        result = import_draft(session, actor=who.actor, draft=draft, filename=row.filename, now=who.now)
        row.status = "saved"
        session.add(row)
        by_unit: dict[int, list[Task]] = defaultdict(list)
        for task in result.tasks:
            by_unit[task.unit_id].append(task)
        names = unit_names(session, org_id=who.actor.org_id)
        source = texts.source_of_conclusion(result.conclusion.number, result.conclusion.issued_on)
        queued = 0
        for unit_id, tasks in by_unit.items():
            queued += notify.to_unit(
                session, org_id=who.actor.org_id, unit_id=unit_id, kind="new_tasks",
                subject=f"conclusion:{result.conclusion.id}", day=who.today, now=who.now,
                text=texts.new_tasks(names.get(unit_id, ""), source, tasks),
            )
        text = texts.import_saved(len(result.tasks), len(by_unit), result.conclusion.number)
        questions.clear(session, who, caller)
    if pressed:
        return Outcome(edit=Message(text), toast=text, notified=bool(queued))
    return Outcome(messages=[Message(text)], notified=bool(queued))


def cancel(services: Services, caller: Caller, draft_id: int | None, pressed: bool = True) -> Outcome:
    """✖ Hủy: drop the preview."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        row = _pending(session, who, draft_id)
        row.status = "cancelled"
        session.add(row)
        questions.clear(session, who, caller)
    if pressed:
        return Outcome(edit=Message(texts.IMPORT_CANCELLED), toast=texts.IMPORT_CANCELLED)
    return Outcome(messages=[Message(texts.IMPORT_CANCELLED)])


def save_command(services: Services, caller: Caller, args: list[str]) -> Outcome:
    """/luu: save the caller's newest pending preview."""
    return save(services, caller, None, pressed=False)


def is_admin(services: Services, caller: Caller) -> bool:
    """Whether an unsolicited document should be read as an import."""
    with services.transaction() as session:
        try:
            who = acting(session, services, caller)
        except DondocError:  # strangers and suspended members are not admins
            return False
        return who.actor.role == "admin"
