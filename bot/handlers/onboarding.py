"""/start [CODE]: joining by invite in a private chat or a unit's group chat."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, args_of, run_command
from bot.services import onboarding


async def start(update: Update, context: Context) -> None:
    """/start CODE joins; /start alone greets members and tells strangers how to get an invite."""
    await run_command(update, context, onboarding.start, args_of(context))
