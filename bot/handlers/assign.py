"""/giao: assign one task in one line."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, args_of, run_command
from bot.services import assign


async def assign_command(update: Update, context: Context) -> None:
    """/giao <đơn vị> <nội dung> hạn <thời hạn>."""
    await run_command(update, context, assign.assign, args_of(context))
