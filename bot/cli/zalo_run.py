"""`dondoc run` with Zalo: beside Telegram in the same process and event loop, or alone.

Beside Telegram, the Zalo service rides on the Application's hooks: it starts receiving once the
scheduler runs (post_init), stops receiving before the scheduler stops (post_stop), and its HTTP
client closes last (post_shutdown), so the dispatcher's Zalo sends in flight can finish. One
dispatcher serves both platforms through a `RoutingNotifier`; Zalo's own send rate is kept by the
Zalo transport. Alone, the same order is followed by hand until SIGINT/SIGTERM.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from bot.services.base import Services
from bot.transports.routing import RoutingNotifier
from bot.transports.zalo_service import ZaloService
from storage.clock import Clock
from storage.settings import Settings

log = logging.getLogger(__name__)
Hook = Callable[[Any], Awaitable[None]]


def build_zalo(settings: Settings, services: Services, *, poll_timeout: int = 30) -> ZaloService | None:
    """The Zalo service when ZALO_BOT_TOKEN is set (webhook mode with ZALO_WEBHOOK_URL and its secret)."""
    if not settings.zalo_token:
        return None
    services.zalo_quota = settings.zalo_monthly_quota or None
    secret = settings.zalo_webhook_secret.get_secret_value() if settings.zalo_webhook_secret else None
    if settings.zalo_webhook_url and not secret:
        secret = secrets.token_urlsafe(32)  # Zalo requires one; a fresh one per run, as on Telegram
    return ZaloService(
        services, token=settings.zalo_token, base_url=settings.zalo_api_base_url,
        webhook_url=settings.zalo_webhook_url, webhook_secret=secret,
        listen=settings.webhook_listen, port=settings.zalo_webhook_port, poll_timeout=poll_timeout,
    )


def _chain(first: Hook | None, then: Hook) -> Hook:
    async def hook(application: Any) -> None:
        if first is not None:
            await first(application)
        await then(application)

    return hook


def beside_telegram(application: Any, settings: Settings, services: Services, zalo: ZaloService, clock: Clock) -> None:
    """Serve Zalo from the Telegram Application's process: one dispatcher for both platforms."""
    from bot.transports.telegram import TelegramNotifier
    from scheduler.service import SchedulerService

    def scheduler_for(bot: Any) -> Any:
        notifier = RoutingNotifier({"telegram": TelegramNotifier(bot), "zalo": zalo.notifier})
        return SchedulerService(services.engine, settings, notifier, clock=clock)

    services.scheduler_factory = scheduler_for

    async def start_zalo(_application: Any) -> None:
        await zalo.start()

    async def stop_receiving(_application: Any) -> None:
        await zalo.stop_receiving()

    async def close_client(_application: Any) -> None:
        await zalo.stop_receiving()
        await zalo.close()

    application.post_init = _chain(application.post_init, start_zalo)
    application.post_stop = _chain(stop_receiving, application.post_stop)  # before the scheduler stops
    application.post_shutdown = _chain(application.post_shutdown, close_client)


async def serve_alone(settings: Settings, services: Services, zalo: ZaloService, clock: Clock,
                      stop: asyncio.Event | None = None) -> None:
    """Zalo only: the scheduler and the Zalo service until `stop` (or SIGINT/SIGTERM) — then stop
    receiving, stop the scheduler (sends in flight finish), close the client."""
    from scheduler.service import SchedulerService

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread (tests)
            break
    scheduler = SchedulerService(services.engine, settings, zalo.notifier, clock=clock)
    services.scheduler = scheduler
    await scheduler.start()
    try:
        await zalo.start()
        log.info("dondoc bot: Zalo only")
        await stop.wait()
    finally:
        await zalo.stop_receiving()
        services.scheduler = None
        await scheduler.stop()
        await zalo.close()


async def check_zalo(settings: Settings) -> str:
    """getMe with a short-lived client before anything starts (a refusal: `ZaloRefused`, one line)."""
    assert settings.zalo_token
    probe = ZaloService(Services(engine=None), token=settings.zalo_token, base_url=settings.zalo_api_base_url)  # type: ignore[arg-type]
    try:
        return await probe.check()
    finally:
        await probe.close()
