"""/start [CODE]: joining by invite in a private chat or a unit's group chat; the name the bot
uses for the person (picked under the welcome, or /ten)."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import Callback
from bot.handlers.common import Context, PressCallback, args_of, run_command, run_press
from bot.services import onboarding


async def start(update: Update, context: Context) -> None:
    """/start CODE joins; /start alone greets members and tells strangers how to get an invite."""
    await run_command(update, context, onboarding.start, args_of(context))


async def name_command(update: Update, context: Context) -> None:
    """/ten [họ và tên]."""
    await run_command(update, context, onboarding.name_command, args_of(context))


async def press_name(update: Update, context: Context, cb: Callback) -> None:
    """A name button under the welcome."""
    await run_press(update, context, onboarding.pick_name, cb.number)


PRESSES: dict[str, PressCallback] = {"nm": press_name}
