"""Importing a conclusion notice in chat (admin): a document or pasted text → a draft kept as an
`ImportDraft` (so a restart loses nothing), previewed and corrected page by page (see
`bot.services.draft_review`) → ✔ Lưu creates the tasks and tells each unit what it was assigned."""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath
from typing import Any

import conclusions
from bot import texts
from bot.services import draft_review, notify, questions
from bot.services.base import Awaiting, Caller, Message, Outcome, Services, acting
from conclusions.reform import add_crossing_warnings
from storage import drafts
from storage.access import require_admin
from storage.errors import DondocError, DuplicateImport, InvalidInput
from storage.imports import duplicate_message, find_duplicate, import_draft
from storage.models import ImportDraft, Task
from storage.organizations import list_units, org_catalog
from storage.queries import latest_pending_draft, org_timezone, unit_names

SUFFIXES = (".docx", ".doc", ".pdf", ".txt", ".jpg", ".jpeg", ".png")
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
    draft = conclusions.extract(text.encode("utf-8"), issued_on=issued_on, units=catalog, filename=TEXT_NAME)
    return add_crossing_warnings(draft, catalog)  # names of bodies from the other side of the 2025 reform


def preview_document(
    services: Services, caller: Caller, content: bytes, filename: str, progress: conclusions.Progress | None = None
) -> Outcome:
    """Read a document, a scan or a photo (runs in a worker thread: parsing and OCR never block other users)
    and preview it; a scan's preview says it was read by OCR, how surely, and which tasks to check first."""
    check_filename(filename)
    require_importer(services, caller)
    source = conclusions.read_source(content, filename=filename, progress=progress)
    outcome = preview_text(services, caller, source.text, filename)
    if source.ocr is not None:
        outcome.messages.append(Message(_ocr_note(services, caller, source.ocr)))
    if source.legacy_encoding:
        outcome.messages.append(Message(texts.legacy_note(source.legacy_encoding)))
    return outcome


def _ocr_note(services: Services, caller: Caller, ocr: conclusions.OcrResult) -> str:
    with services.transaction() as session:
        who = acting(session, services, caller)
        row = latest_pending_draft(session, org_id=who.actor.org_id, member_id=who.actor.member_id)
        tasks = (row.data or {}).get("tasks") or [] if row is not None else []
    unsure = [t["no"] for t in tasks if ocr.is_uncertain(t.get("evidence") or t["content"])]
    return texts.ocr_note(ocr.pages, ocr.mean_confidence, unsure)


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
        data = drafts.resolve_known_names(drafts.from_extraction(draft), list_units(session, org_id=who.actor.org_id))
        row = ImportDraft(
            org_id=who.actor.org_id, member_id=who.actor.member_id, filename=filename and filename[:300],
            issued_on=draft.document.issued_on, text=draft.text, created_at=who.now, data=data,
            expires_at=draft_review.expiry(session, who.actor.org_id, who.now),
        )
        session.add(row)
        session.flush()
        questions.clear(session, who, caller)
        message = draft_review.preview_message(row, data, 0, who.today, org_timezone(session, org_id=who.actor.org_id))
    return Outcome(messages=[message])


def _pending(session: Any, who: Any, draft_id: int | None) -> ImportDraft:
    return draft_review.owned_draft(session, who, draft_id)


def save(services: Services, caller: Caller, draft_id: int | None, pressed: bool = True) -> Outcome:
    """✔ Lưu / /luu: create the tasks and queue one message per unit, all in one transaction."""
    with services.transaction() as session:
        who = acting(session, services, caller)
        require_admin(who.actor, who.actor.org_id)
        row, data = draft_review.load(session, who, draft_id)
        if not data.get("tasks"):
            raise InvalidInput(texts.DRAFT_EMPTY)
        draft = drafts.to_conclusion_draft(data, row.text)
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
