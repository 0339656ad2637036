"""/help from the command registry, and the answer to commands the bot does not know."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, call_flow, caller_of, deliver
from bot.services import onboarding
from bot.services.base import Outcome


async def help_command(update: Update, context: Context) -> None:
    """/help: the commands of the caller's role, with usage."""
    from bot.commands import usages_for

    role, today = await call_flow(context, onboarding.role_and_today, caller_of(update))
    await deliver(update, context, Outcome.say(texts.help_text(role, usages_for(role, today))))


async def unknown_command(update: Update, context: Context) -> None:
    """A command nobody registered (ignored when addressed to another bot in a group)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    command = message.text.split()[0]
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return
    await deliver(update, context, Outcome.say(texts.UNKNOWN_COMMAND))
