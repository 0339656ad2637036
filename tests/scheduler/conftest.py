"""Fixtures for scheduler tests: a running Bot API emulator and a Telegram notifier talking to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser
from bot.transports.telegram import TelegramNotifier

# PTB 22.x warns about RetryAfter.retry_after changing type; the transport handles both types.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def register_users(emulator: BotApiEmulator, *user_ids: int) -> None:
    """Make private chats with these user ids known to the emulator."""
    for user_id in user_ids:
        user = EmulatedUser(id=user_id, first_name=f"Người dùng {user_id}")
        emulator.add_user(user)
        emulator.add_chat(EmulatedChat.private(user))


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """A running emulator on a free port."""
    async with BotApiEmulator() as emu:
        yield emu


@pytest.fixture
async def notifier(emulator: BotApiEmulator) -> AsyncIterator[TelegramNotifier]:
    """The real Telegram transport, with short timeouts so timeout faults are quick."""
    request = HTTPXRequest(connect_timeout=1.0, read_timeout=0.5, write_timeout=1.0, pool_timeout=1.0, connection_pool_size=16)
    bot = Bot(emulator.token, base_url=emulator.api_base_url, base_file_url=emulator.file_base_url, request=request)
    async with bot:
        yield TelegramNotifier(bot)
