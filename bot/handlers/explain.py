"""❓ Yêu cầu giải trình (board) and the leader's reply (✍ button or /giaitrinh)."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, args_of, run_command, run_press
from bot.services import explain


async def request_command(update: Update, context: Context) -> None:
    """/yeucaugiaitrinh N."""
    await run_command(update, context, explain.request_command, args_of(context))


async def explain_command(update: Update, context: Context) -> None:
    """/giaitrinh N <nội dung>."""
    await run_command(update, context, explain.explain_command, args_of(context))


async def press_request(update: Update, context: Context, cb: Callback) -> None:
    """❓ in the details of an overdue task."""
    await run_press(update, context, explain.request, cb.number)


async def press_explain(update: Update, context: Context, cb: Callback) -> None:
    """✍ Gửi giải trình."""
    await run_press(update, context, explain.press_explain, cb.number)


PRESSES: dict[str, PressCallback] = {"gx": press_request, "gt": press_explain}
