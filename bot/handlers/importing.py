"""/import: a document (size-checked before download, parsed in a worker thread) or pasted text →
preview with ✔ Lưu / ✖ Hủy; /luu saves the newest preview."""

from __future__ import annotations

from telegram import Document, Update

from bot import texts
from bot.callbacks import Callback
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
    user_error,
)
from bot.services import importing
from bot.services.base import Outcome


async def import_command(update: Update, context: Context) -> None:
    """/import: wait for the document or its text."""
    await run_command(update, context, lambda services, caller: importing.start(services, caller))


async def save_command(update: Update, context: Context) -> None:
    """/luu."""
    await run_command(update, context, importing.save_command, args_of(context))


async def import_document(update: Update, context: Context, document: Document) -> None:
    """Check the type, the sender and the size (before downloading), then download and preview."""
    caller = caller_of(update)
    assert update.effective_chat is not None
    try:
        importing.check_filename(document.file_name)
        await call_flow(context, importing.require_importer, caller)
        await call_flow(context, importing.check_size, document.file_size)
        await context.bot.send_message(update.effective_chat.id, texts.IMPORT_WORKING)
        content = bytes(await (await document.get_file()).download_as_bytearray())
        outcome = await call_flow(context, importing.preview_document, caller, content, document.file_name or "")
    except Exception as exc:  # noqa: BLE001 - mapped to a reply or re-raised
        message = user_error(exc)
        if message is None:
            raise
        log_refusal(update, "import_document", exc)
        outcome = Outcome.say(message)
    await deliver(update, context, outcome)


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
