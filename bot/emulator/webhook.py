"""Webhook mode: push queued updates to the URL the bot registered with setWebhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import aiohttp

from bot.emulator.state import JSON, World, update_allowed

log = logging.getLogger(__name__)


class WebhookDeliverer:
    """Delivers updates one at a time, in order, retrying failures like Telegram."""

    def __init__(self, world: World, retry_delay: float = 0.2, request_timeout: float = 10.0) -> None:
        self.world = world
        self.retry_delay = retry_delay
        self.request_timeout = request_timeout
        self.url: str = ""
        self.secret_token: str | None = None
        self.allowed_updates: list[str] | None = None
        self.max_connections: int = 40
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self.delivered: list[JSON] = []
        self._task: asyncio.Task[None] | None = None

    @property
    def active(self) -> bool:
        """Whether a webhook URL is set."""
        return bool(self.url)

    def configure(
        self,
        url: str,
        secret_token: str | None,
        allowed_updates: list[str] | None,
        max_connections: int | None,
    ) -> None:
        """Set (or replace) the webhook and make sure delivery runs."""
        self.url = url
        self.secret_token = secret_token
        if allowed_updates is not None:
            self.allowed_updates = allowed_updates
        if max_connections:
            self.max_connections = max_connections
        self.last_error_date = None
        self.last_error_message = None
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())
        else:
            # Wake the loop so it picks up the new URL now instead of after a retry delay.
            self.world.update_notifier.notify()

    async def remove(self) -> None:
        """Delete the webhook and stop delivery."""
        self.url = ""
        self.secret_token = None
        await self._cancel()

    async def close(self) -> None:
        """Stop delivery on emulator shutdown."""
        await self._cancel()

    async def _cancel(self) -> None:
        """Cancel the delivery task and wait for it."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def info(self) -> JSON:
        """Bot API `WebhookInfo` object."""
        data: JSON = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.world.pending_updates),
        }
        if self.url:
            data["max_connections"] = self.max_connections
            if self.allowed_updates:
                data["allowed_updates"] = self.allowed_updates
        if self.last_error_date is not None:
            data["last_error_date"] = self.last_error_date
            data["last_error_message"] = self.last_error_message
        return data

    async def _run(self) -> None:
        """Delivery loop; runs until the webhook is removed or the emulator stops."""
        async with aiohttp.ClientSession() as session:
            while self.url:
                pending = self.world.pending_updates
                if not pending:
                    await self.world.update_notifier.wait(None)
                    continue
                update = pending[0]
                if not update_allowed(update, self.allowed_updates):
                    pending.pop(0)
                    continue
                if await self._post(session, update):
                    # The list may have been replaced (drop_pending_updates); remove by identity.
                    with contextlib.suppress(ValueError):
                        self.world.pending_updates.remove(update)
                    self.delivered.append(update)
                else:
                    await asyncio.sleep(self.retry_delay)

    async def _post(self, session: aiohttp.ClientSession, update: JSON) -> bool:
        """POST one update; record the error and return False on failure."""
        headers: dict[str, Any] = {}
        if self.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.secret_token
        try:
            async with session.post(
                self.url,
                json=update,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.request_timeout),
            ) as response:
                if 200 <= response.status < 300:
                    return True
                message = f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            message = f"Connection failed: {exc!r}"
        self.last_error_date = int(time.time())
        self.last_error_message = message
        log.warning("webhook delivery of update %s failed: %s", update["update_id"], message)
        return False
