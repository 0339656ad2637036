"""/report and /export (monitoring board and admins)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction

from bot.handlers.common import Context, args_of, run_command
from bot.services import reports


async def report_command(update: Update, context: Context) -> None:
    """/report."""
    await run_command(update, context, reports.report, args_of(context))


async def export_command(update: Update, context: Context) -> None:
    """/export: the workbook is built off the event loop, then sent with sendDocument."""
    if update.effective_chat is not None:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.UPLOAD_DOCUMENT)
    await run_command(update, context, reports.export, args_of(context))
