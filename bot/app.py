"""The composition root: `build_application(settings, services)` wires handlers, menus and the
scheduler's lifecycle into a python-telegram-bot `Application`, and starts nothing by itself —
`dondoc run` polls or serves a webhook with it; tests and the demo drive it against the emulator."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import Conflict
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.commands import COMMANDS, set_default_menus
from bot.handlers import conversation
from bot.handlers.guards import DatabaseOutage, FloodGuard, error_handler
from bot.handlers.help import unknown_command
from bot.handlers.router import on_press
from bot.services.base import Services
from storage.settings import Settings

log = logging.getLogger(__name__)

#: While another instance polls with the same token, Telegram answers every poll with 409: say so
#: once in this many seconds, not at every retry.
CONFLICT_LOG_EVERY = 300.0


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of different chats run concurrently (one user's large document never stalls the
    others), while one chat's updates run in order (a note must follow the ✅ it answers)."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run `coroutine` after earlier updates of the same chat."""
        key = 0
        if isinstance(update, Update):
            chat, user = update.effective_chat, update.effective_user
            key = chat.id if chat is not None else (user.id if user is not None else 0)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def build_application(
    settings: Settings,
    services: Services,
    *,
    flood_guard: FloodGuard | None = None,
    rate_limiter: bool = True,
    set_menus: bool = True,
) -> Application:
    """The bot, wired but not started. `settings` gives the token and the Bot API address."""
    token = settings.token
    if not token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    base = settings.telegram_api_base_url.rstrip("/")
    builder = (
        Application.builder()
        .token(token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(_post_init(services, set_menus))
        .post_stop(_post_stop(services))
        .post_shutdown(_post_stop(services))
    )
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))
    application = builder.build()
    application.bot_data["services"] = services

    application.add_handler(TypeHandler(Update, flood_guard or FloodGuard()), group=-2)
    application.add_handler(TypeHandler(Update, conversation.note_interrupted), group=-1)
    for command in COMMANDS:
        application.add_handler(CommandHandler(command.name, command.callback))
    application.add_handler(CallbackQueryHandler(on_press))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(filters.Document.ALL | filters.PHOTO, conversation.on_file))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, conversation.on_text))
    outage = DatabaseOutage()  # the error handler opens a database outage, the first update handled after it ends it
    application.add_handler(TypeHandler(Update, outage.handled), group=DatabaseOutage.LAST_GROUP)
    application.add_error_handler(polling_conflict_handler())  # first: it stops the generic handler
    application.add_error_handler(error_handler(token, outage))
    return application


def polling_conflict_handler() -> Callable[[object, Any], Awaitable[None]]:
    """Telegram's 409 Conflict while polling means another process polls with the same token (or
    a webhook is set): one clear line saying what to do, then no generic "handler failed" trace."""
    last_logged: list[float] = []

    async def on_conflict(update: object, context: Any) -> None:
        if update is not None or not isinstance(context.error, Conflict):
            return
        now = time.monotonic()
        if not last_logged or now - last_logged[0] >= CONFLICT_LOG_EVERY:
            last_logged[:] = [now]
            log.error(
                "another instance is receiving this bot's updates (Telegram: 409 %s); stop the other `dondoc run` "
                "with this TELEGRAM_BOT_TOKEN, or run every instance with WEBHOOK_URL behind one address",
                context.error.message,
            )
        raise ApplicationHandlerStop

    return on_conflict


def _post_init(services: Services, set_menus: bool) -> Callable[[Application], Awaitable[None]]:
    async def post_init(application: Application) -> None:
        if set_menus:
            await set_default_menus(application.bot)
        if services.scheduler_factory is not None and services.scheduler is None:
            services.scheduler = services.scheduler_factory(application.bot)
            await services.scheduler.start()
            log.info("scheduler started in the bot process")

    return post_init


def _post_stop(services: Services) -> Callable[[Application], Awaitable[None]]:
    """Stop the scheduler after the updates stop and before `shutdown` closes the bot's HTTP client,
    so the dispatcher's sends in flight can finish. post_shutdown calls it too, for a run that
    stopped between post_init and `start` (then post_stop is not called)."""

    async def stop_scheduler(application: Application) -> None:
        if services.scheduler is not None:
            scheduler, services.scheduler = services.scheduler, None
            await scheduler.stop()

    return stop_scheduler


def scheduler_factory(engine: Any, settings: Settings, clock: Any) -> Callable[[Any], Any]:
    """Build the daily check and the outbox dispatcher around the application's own `Bot`."""

    def build(bot: Any) -> Any:
        from bot.transports.telegram import TelegramNotifier
        from scheduler.service import SchedulerService

        return SchedulerService(engine, settings, TelegramNotifier(bot), clock=clock)

    return build


async def start_application(application: Application, *, poll_timeout: int = 10) -> None:
    """Start by hand what `run_polling` starts (initialize, post_init, start, polling) — for the
    demo and the tests, which share an event loop with the emulator."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=poll_timeout, allowed_updates=Update.ALL_TYPES)


async def stop_application(application: Application) -> None:
    """Undo `start_application` in reverse order, as `run_polling` does (post_stop stops the
    scheduler while the bot can still send)."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
