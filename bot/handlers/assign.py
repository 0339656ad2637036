"""/giao: assign one task in one line; ✔ Vẫn giao / ✖ Hủy when its deadline has passed."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, args_of, run_command, run_press
from bot.services import assign


async def assign_command(update: Update, context: Context) -> None:
    """/giao <đơn vị> <nội dung> hạn <thời hạn>."""
    await run_command(update, context, assign.assign, args_of(context))


async def press_confirm(update: Update, context: Context, cb: Callback) -> None:
    """✔ Vẫn giao (the deadline has passed)."""
    await run_press(update, context, assign.confirm_press)


async def press_cancel(update: Update, context: Context, cb: Callback) -> None:
    """✖ Hủy: do not assign."""
    await run_press(update, context, assign.cancel_press)


PRESSES: dict[str, PressCallback] = {"ay": press_confirm, "ax": press_cancel}
