"""/import: a document (size-checked before download, parsed in a worker thread) or pasted text →
preview with ✔ Lưu / ✖ Hủy; /luu saves the newest preview."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram import Document, File, Message, PhotoSize, Update
from telegram.error import BadRequest, TelegramError

from bot import texts
from bot.callbacks import Callback
from bot.handlers import draft_review
from bot.handlers.common import (
    Context,
    PressCallback,
    args_of,
    call_flow,
    caller_of,
    deliver,
    log_refusal,
    run_answer,
    run_command,
    run_press,
    services_of,
    user_error,
)
from bot.services import importing
from bot.services.base import Outcome
from storage.errors import InvalidInput

log = logging.getLogger(__name__)


async def import_command(update: Update, context: Context) -> None:
    """/import: wait for the document or its text."""
    await run_command(update, context, lambda services, caller: importing.start(services, caller))


async def save_command(update: Update, context: Context) -> None:
    """/luu."""
    await run_command(update, context, importing.save_command, args_of(context))


async def import_document(update: Update, context: Context, document: Document | PhotoSize) -> None:
    """Check the type, the sender and the size (before downloading), then download and preview.

    A photo sent in chat (always a JPEG) comes the same way; a scan or photo is read by OCR, with the
    "reading" message edited to show the page being read."""
    caller = caller_of(update)
    assert update.effective_chat is not None
    if isinstance(document, Document) and await draft_review.take_sheet(update, context, document):  # a draft sent back as .xlsx
        return
    filename = document.file_name if isinstance(document, Document) else "anh_chup.jpg"
    try:
        importing.check_filename(filename)
        await call_flow(context, importing.require_importer, caller)
        await call_flow(context, importing.check_size, document.file_size)
        file = await _get_file(context, document)
        await call_flow(context, importing.check_size, file.file_size)
        working = await context.bot.send_message(update.effective_chat.id, texts.IMPORT_WORKING)
        content = bytes(await file.download_as_bytearray())
        progress = _progress_reporter(context, working)
        outcome = await call_flow(context, importing.preview_document, caller, content, filename or "", progress)
    except Exception as exc:  # noqa: BLE001 - mapped to a reply or re-raised
        message = user_error(exc)
        if message is None:
            raise
        log_refusal(update, "import_document", exc)
        outcome = Outcome.say(message)
    await deliver(update, context, outcome)


def _progress_reporter(context: Context, working: Message) -> Callable[[int, int], None]:
    """A progress hook for OCR's worker threads: edits "reading…" into "Đang đọc trang 3/7…" on the bot's loop."""
    loop = asyncio.get_running_loop()
    shown = [0]

    async def show(page: int, pages: int) -> None:
        if pages < 2 or page <= shown[0]:
            return  # one page: "reading…" says it all; pages read in parallel may report out of order
        shown[0] = page
        try:
            await context.bot.edit_message_text(texts.ocr_progress(page, pages), chat_id=working.chat_id, message_id=working.message_id)
        except TelegramError as exc:  # progress is a courtesy: never fail the import over it
            log.debug("progress edit failed: %s", exc)

    def report(page: int, pages: int) -> None:
        asyncio.run_coroutine_threadsafe(show(page, pages), loop)

    return report


async def _get_file(context: Context, document: Document | PhotoSize) -> File:
    """getFile; `file_size` is optional in the Bot API, so a file over its 20 MB limit may only be
    found out here, where Telegram refuses it: the same refusal as a file known to be too large."""
    try:
        return await document.get_file()
    except BadRequest as exc:
        if "too big" not in str(exc).lower():
            raise
        raise InvalidInput(texts.file_too_large(services_of(context).max_upload_bytes // (1024 * 1024))) from exc


async def import_text(update: Update, context: Context, text: str) -> bool:
    """Pasted text after /import; False when no document was awaited any more."""
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, texts.IMPORT_WORKING)
    return await run_answer(update, context, importing.answer_text, text)


async def press_save(update: Update, context: Context, cb: Callback) -> None:
    """✔ Lưu."""
    await run_press(update, context, importing.save, cb.number)


async def press_cancel(update: Update, context: Context, cb: Callback) -> None:
    """✖ Hủy."""
    await run_press(update, context, importing.cancel, cb.number)


PRESSES: dict[str, PressCallback] = {"is": press_save, "ic": press_cancel}
