"""Reviewing an import draft: /nhap (page, corrections, name mappings) and its buttons (◀ ▶,
🔗 choose a unit, 🆕 new unit). Every press is re-authorized by the flow it runs."""

from __future__ import annotations

from pathlib import PurePath

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
    run_command,
    run_flow,
    run_press,
    services_of,
)
from bot.services import draft_review
from bot.services.base import Outcome


async def draft_command(update: Update, context: Context) -> None:
    """/nhap …"""
    await run_command(update, context, draft_review.command, args_of(context))


async def press_page(update: Update, context: Context, cb: Callback) -> None:
    """◀ ▶ 📋: a page of the draft."""
    await run_press(update, context, draft_review.show_page, cb.args[0], cb.args[1])


async def press_pick(update: Update, context: Context, cb: Callback) -> None:
    """🔗: the units to map an unknown name to."""
    await run_press(update, context, draft_review.press_pick, *cb.args)


async def press_map(update: Update, context: Context, cb: Callback) -> None:
    """A unit picked for an unknown name."""
    await run_press(update, context, draft_review.press_map, *cb.args)


async def press_new_unit(update: Update, context: Context, cb: Callback) -> None:
    """🆕: an unknown name becomes a new unit."""
    await run_press(update, context, draft_review.press_new_unit, *cb.args)


async def press_drop(update: Update, context: Context, cb: Callback) -> None:
    """🗑 Bỏ nhiệm vụ N."""
    await run_press(update, context, draft_review.press_edit, cb.args[0], cb.args[1], "xoa")


async def press_split(update: Update, context: Context, cb: Callback) -> None:
    """✂ Tách theo đơn vị."""
    await run_press(update, context, draft_review.press_edit, cb.args[0], cb.args[1], "tach")


async def press_sheet(update: Update, context: Context, cb: Callback) -> None:
    """📊 Sửa bằng Excel."""
    await run_press(update, context, draft_review.press_sheet, cb.number)


async def take_sheet(update: Update, context: Context, document: Document) -> bool:
    """An .xlsx from an admin with a pending draft is that draft sent back: read, validate, preview.
    False for any other file (left to the import, which refuses what it cannot read)."""
    if PurePath(document.file_name or "").suffix.lower() != ".xlsx":
        return False
    if not await call_flow(context, draft_review.has_pending, caller_of(update)):
        return False
    if document.file_size is not None and document.file_size > services_of(context).max_upload_bytes:
        await deliver(update, context, Outcome.say(texts.file_too_large(services_of(context).max_upload_bytes // (1024 * 1024))))
        return True
    file = await document.get_file()
    content = bytes(await file.download_as_bytearray())
    outcome = await run_flow(update, context, draft_review.receive_sheet, content)
    assert outcome is not None
    await deliver(update, context, outcome)
    return True


PRESSES: dict[str, PressCallback] = {
    "dp": press_page, "dm": press_pick, "da": press_map, "dw": press_new_unit, "dx": press_sheet,
    "dd": press_drop, "ds": press_split,
}
