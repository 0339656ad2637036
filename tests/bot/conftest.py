"""The real Application, built by `build_application`, polling the emulator over HTTP, on the
test database, with the scheduler's dispatcher delivering outbox messages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.app import build_application, scheduler_factory, start_application, stop_application
from bot.emulator import BotApiEmulator
from bot.handlers.guards import FloodGuard
from bot.services.base import Services
from storage.clock import FixedClock
from storage.settings import Settings

from .helpers import START, World, make_world


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """A running Bot API emulator."""
    async with BotApiEmulator() as emu:
        yield emu


@pytest.fixture
def clock() -> FixedClock:
    """Time stands at 06:00 on 10/03/2025 (Hà Nội) until a test moves it."""
    return FixedClock(START)


@pytest.fixture
def world(engine: Engine) -> World:
    """Two organizations with invites."""
    return make_world(engine)


@pytest.fixture
def settings(emulator: BotApiEmulator, database_url: str) -> Settings:
    """Settings pointing the bot at the emulator (no .env file is read)."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=emulator.token, telegram_api_base_url=emulator.base_url, database_url=database_url,
    )


@pytest.fixture
def services(engine: Engine, settings: Settings, clock: FixedClock) -> Services:
    """The services the bot runs with, including the scheduler (built once the bot is up)."""
    return Services(engine=engine, clock=clock, scheduler_factory=scheduler_factory(engine, settings, clock))


@pytest.fixture
def flood_guard() -> FloodGuard | None:
    """The bot's default flood control; a test module that presses many buttons in a row overrides it."""
    return None


@pytest.fixture
async def app(settings: Settings, services: Services, world: World, flood_guard: FloodGuard | None) -> AsyncIterator[Application]:
    """The bot, polling the emulator."""
    application = build_application(settings, services, flood_guard=flood_guard)
    await start_application(application, poll_timeout=1)
    try:
        yield application
    finally:
        await stop_application(application)
