"""/sua: correct a saved task (admin, monitoring board)."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, args_of, run_command
from bot.services import correct


async def correct_command(update: Update, context: Context) -> None:
    """/sua N donvi|han|noidung …"""
    await run_command(update, context, correct.correct, args_of(context))
