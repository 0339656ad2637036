"""The one command registry: name, roles and callback (descriptions and usage live in `texts`).
It feeds the command handlers, the command menus (setMyCommands) and /help, so they agree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeChat, BotCommandScopeDefault

from bot import texts
from bot.handlers import assign, correct, done, draft_review, explain, extend, importing, onboarding, reports, tasks
from bot.handlers.common import HandlerCallback
from bot.handlers.conversation import cancel_command
from bot.handlers.help import help_command
from storage.access import ADMIN, LEADER, MEMBER, MONITOR

EVERYONE = frozenset({ADMIN, MONITOR, LEADER, MEMBER, None})
MEMBERS = frozenset({ADMIN, MONITOR, LEADER, MEMBER})
CLOSERS = frozenset({ADMIN, MONITOR, LEADER})
UNIT_LEADERS = frozenset({LEADER})
BOARD = frozenset({ADMIN, MONITOR})
ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Command:
    """One bot command."""

    name: str
    roles: frozenset[str | None]
    callback: HandlerCallback
    #: Shown in group chats' command menu (unit groups mostly list and close tasks).
    in_groups: bool = False

    @property
    def description(self) -> str:
        """Vietnamese description for the menu and /help."""
        return texts.COMMAND_DESCRIPTIONS[self.name]

    def usage(self, today: date) -> str:
        """How to type it, for /help (an example date comes after `today`)."""
        return texts.command_usage(self.name, today)


COMMANDS: tuple[Command, ...] = (
    Command("tasks", MEMBERS, tasks.tasks_command, in_groups=True),
    Command("done", CLOSERS, done.done_command, in_groups=True),
    Command("giahan", UNIT_LEADERS, extend.extension_command, in_groups=True),
    Command("chitiet", MEMBERS, tasks.details_command, in_groups=True),
    Command("hoantac", UNIT_LEADERS, done.undo_command),
    Command("giaitrinh", UNIT_LEADERS, explain.explain_command),
    Command("minhchung", MEMBERS, tasks.evidence_command),
    Command("report", BOARD, reports.report_command),
    Command("export", BOARD, reports.export_command),
    Command("giao", BOARD, assign.assign_command),
    Command("duyet", BOARD, extend.approve_command),
    Command("tuchoi", BOARD, extend.reject_command),
    Command("molai", BOARD, done.reopen_command),
    Command("sua", BOARD, correct.correct_command),
    Command("yeucaugiaitrinh", BOARD, explain.request_command),
    Command("import", ADMINS, importing.import_command),
    Command("nhap", ADMINS, draft_review.draft_command),
    Command("luu", ADMINS, importing.save_command),
    Command("huy", MEMBERS, cancel_command),
    Command("ten", MEMBERS, onboarding.name_command),
    Command("start", EVERYONE, onboarding.start, in_groups=True),
    Command("help", EVERYONE, help_command, in_groups=True),
)


def for_role(role: str | None) -> list[Command]:
    """The commands a role may use (None: someone who has not joined)."""
    if role is None:
        return [c for c in COMMANDS if None in c.roles]
    return [c for c in COMMANDS if role in c.roles]


def usages_for(role: str | None, today: date) -> list[tuple[str, str]]:
    """(usage, description) pairs for /help, example dates after `today`."""
    return [(c.usage(today), c.description) for c in for_role(role)]


def bot_commands(commands: Sequence[Command]) -> list[BotCommand]:
    """Commands as the Bot API's menu entries."""
    return [BotCommand(c.name, c.description) for c in commands]


async def set_default_menus(bot: Bot) -> None:
    """Menus before anyone is known: strangers see start/help, groups see the unit's commands."""
    await bot.set_my_commands(bot_commands(for_role(None)), scope=BotCommandScopeDefault())
    await bot.set_my_commands(bot_commands([c for c in COMMANDS if c.in_groups]), scope=BotCommandScopeAllGroupChats())


async def set_chat_menu(bot: Bot, chat_id: int | str, role: str) -> None:
    """A private chat's menu for the role its member just joined with."""
    await bot.set_my_commands(bot_commands(for_role(role)), scope=BotCommandScopeChat(chat_id))
