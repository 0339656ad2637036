"""/giahan and ⏳ (leaders), ✔ Duyệt / ✖ Từ chối, /duyet and /tuchoi (monitoring board)."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, args_of, run_command, run_press
from bot.services import extend


async def extension_command(update: Update, context: Context) -> None:
    """/giahan N <hạn mới> <lý do>."""
    await run_command(update, context, extend.extension_command, args_of(context))


async def approve_command(update: Update, context: Context) -> None:
    """/duyet <số đề nghị>."""
    await run_command(update, context, extend.approve_command, args_of(context))


async def reject_command(update: Update, context: Context) -> None:
    """/tuchoi <số đề nghị>."""
    await run_command(update, context, extend.reject_command, args_of(context))


async def press_extend(update: Update, context: Context, cb: Callback) -> None:
    """⏳ Xin gia hạn."""
    await run_press(update, context, extend.press_extend, cb.number)


async def press_approve(update: Update, context: Context, cb: Callback) -> None:
    """✔ Duyệt."""
    await run_press(update, context, extend.decide, cb.number, True)


async def press_reject(update: Update, context: Context, cb: Callback) -> None:
    """✖ Từ chối."""
    await run_press(update, context, extend.decide, cb.number, False)


PRESSES: dict[str, PressCallback] = {"ex": press_extend, "xa": press_approve, "xr": press_reject}
