"""✅ with confirmation and an optional note or file, /done, undo and reopen."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, args_of, run_command, run_press
from bot.services import done


async def done_command(update: Update, context: Context) -> None:
    """/done N [ghi chú]."""
    await run_command(update, context, done.done_command, args_of(context))


async def undo_command(update: Update, context: Context) -> None:
    """/hoantac N."""
    await run_command(update, context, done.undo_command, args_of(context))


async def reopen_command(update: Update, context: Context) -> None:
    """/molai N [lý do]."""
    await run_command(update, context, done.reopen_command, args_of(context))


async def press_done(update: Update, context: Context, cb: Callback) -> None:
    """✅: confirmation, and the next message may carry a note or evidence."""
    query = update.callback_query
    message_id = query.message.message_id if query is not None and query.message is not None else None
    await run_press(update, context, done.press_done, cb.number, cb.list_ref(), message_id)


async def press_confirm(update: Update, context: Context, cb: Callback) -> None:
    """✔ Xác nhận hoàn thành."""
    await run_press(update, context, done.confirm_press, cb.number, cb.list_ref())


async def press_cancel(update: Update, context: Context, cb: Callback) -> None:
    """✖ Hủy on the confirmation."""
    await run_press(update, context, done.cancel_press, cb.number, cb.list_ref())


async def press_reopen(update: Update, context: Context, cb: Callback) -> None:
    """↩ Hoàn tác / Mở lại."""
    await run_press(update, context, done.reopen, cb.number)


PRESSES: dict[str, PressCallback] = {
    "dn": press_done, "dy": press_confirm, "dc": press_cancel, "ud": press_reopen, "ro": press_reopen,
}
