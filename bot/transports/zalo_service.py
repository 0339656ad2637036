"""Serving Zalo in a running process: check the token, then long-poll or serve the webhook; stop
cleanly. `dondoc run` starts one beside (or instead of) Telegram's Application.

Start-up mirrors Telegram's (`bot/transports/startup.py`): a token or address Zalo refuses is one
line naming the setting (`ZaloRefused`); an unreachable platform is waited out with backoff.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from aiohttp import web

from bot.services.base import Services
from bot.transports.startup import safe_url
from bot.transports.zalo import ZaloBot, ZaloNotifier, ZaloOutbound
from bot.transports.zalo_api import ZaloClient, ZaloError, ZaloNetworkError, ZaloNotFound, ZaloServerError, ZaloUnauthorized

log = logging.getLogger(__name__)

FIRST_DELAY, MAX_DELAY = 1.0, 60.0


class ZaloRefused(Exception):
    """Zalo answered, and the answer means the settings are wrong; the message says which."""


def refusal_text(error: ZaloError, base_url: str) -> str | None:
    """One Vietnamese line naming the setting to check, or None for an outage worth waiting out."""
    where = safe_url(base_url)
    if isinstance(error, ZaloUnauthorized):
        return ("Zalo Bot API từ chối ZALO_BOT_TOKEN (401): kiểm tra lại token lấy ở Zalo Bot Platform "
                "(the platform rejected the token).")
    if isinstance(error, ZaloNotFound):
        return (f"Zalo Bot API tại {where} trả lời 404: kiểm tra ZALO_API_BASE_URL (mặc định "
                "https://bot-api.zaloplatforms.com) và dạng của ZALO_BOT_TOKEN (<id>:<bí mật>).")
    if isinstance(error, ZaloNetworkError | ZaloServerError):
        return None
    return f"Zalo Bot API tại {where} từ chối yêu cầu ({error.description}): kiểm tra ZALO_API_BASE_URL và ZALO_BOT_TOKEN."


class ZaloService:
    """One Zalo bot in this process: `await start()`, then `await stop()`."""

    def __init__(
        self,
        services: Services,
        *,
        token: str,
        base_url: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        listen: str = "0.0.0.0",
        port: int = 8444,
        poll_timeout: int = 30,
    ) -> None:
        self.base_url = base_url
        self.client = ZaloClient(token, base_url=base_url)
        self.outbound = ZaloOutbound(self.client, services)
        self.bot = ZaloBot(services, self.outbound)
        self.notifier = ZaloNotifier(self.outbound)
        self.webhook_url, self.webhook_secret = webhook_url, webhook_secret
        self.listen, self.port, self.poll_timeout = listen, port, poll_timeout
        self._stop = asyncio.Event()
        self._poll_task: asyncio.Task[None] | None = None
        self._runner: web.AppRunner | None = None

    async def check(self, *, max_delay: float = MAX_DELAY) -> str:
        """getMe until it answers; returns the bot's account name or raises `ZaloRefused`."""
        delay = FIRST_DELAY
        while True:
            try:
                return (await self.client.get_me()).account_name
            except ZaloError as error:
                refusal = refusal_text(error, self.base_url)
                if refusal is not None:
                    raise ZaloRefused(refusal) from None
                log.warning("Zalo Bot API tại %s chưa trả lời (%s); thử lại sau %.0f s", safe_url(self.base_url),
                            error.description, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, max_delay)

    async def start(self) -> None:
        """Check the token, then receive: webhook when a URL is set, long polling otherwise."""
        name = await self.check()
        if self.webhook_url and self.webhook_secret:
            app = web.Application()
            app.router.add_post(urlsplit(self.webhook_url).path or "/", self.bot.webhook_handler(self.webhook_secret))
            self._runner = web.AppRunner(app, access_log=None)
            await self._runner.setup()
            await web.TCPSite(self._runner, self.listen, self.port).start()
            await self.client.set_webhook(self.webhook_url, self.webhook_secret)
            log.info("Zalo bot %s: webhook %s", name, safe_url(self.webhook_url))
        else:
            self._poll_task = asyncio.get_running_loop().create_task(self.bot.poll(self._stop, timeout=self.poll_timeout))
            log.info("Zalo bot %s: long polling", name)

    async def stop_receiving(self) -> None:
        """Stop polling or serving the webhook (which stays registered for the next start)."""
        self._stop.set()
        task, self._poll_task = self._poll_task, None
        if task is not None:
            await task
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def close(self) -> None:
        """Close the HTTP client (after the dispatcher's last Zalo send)."""
        await self.client.aclose()

    async def stop(self) -> None:
        """Stop receiving, then close the client."""
        await self.stop_receiving()
        await self.close()
