"""Fixtures: a started emulator, a direct `Bot`, and the echo bot polling the emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.ext import Application

from bot.emulator import BotApiEmulator

from .helpers import build_app, fast_request


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """A running emulator on a free port."""
    async with BotApiEmulator() as emu:
        yield emu


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    """A bare `telegram.Bot` talking to the emulator (no polling)."""
    direct = Bot(
        emulator.token,
        base_url=emulator.api_base_url,
        base_file_url=emulator.file_base_url,
        request=fast_request(),
    )
    async with direct:
        yield direct


@pytest.fixture
async def app(emulator: BotApiEmulator) -> AsyncIterator[Application]:
    """The echo bot, polling the emulator."""
    application = build_app(emulator)
    await application.initialize()
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
