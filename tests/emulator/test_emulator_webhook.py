"""Webhook mode: updates are POSTed to the bot's URL with the secret header."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from telegram import Bot, Update
from telegram.error import Conflict

from bot.emulator import BotApiEmulator

from .helpers import ALICE


@dataclass
class Receiver:
    """A tiny webhook endpoint recording what it receives."""

    url: str = ""
    received: list[tuple[dict, str | None]] = field(default_factory=list)
    fail_next: int = 0
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        """Record the update, or fail on purpose to exercise retries."""
        if self.fail_next:
            self.fail_next -= 1
            return web.Response(status=500)
        self.received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        self.arrived.set()
        return web.Response(text="ok")

    async def wait(self, count: int) -> None:
        """Wait until `count` updates arrived."""
        async with asyncio.timeout(2):
            while len(self.received) < count:
                self.arrived.clear()
                await self.arrived.wait()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """Webhook receiver on a free port."""
    rec = Receiver()
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield rec
    await runner.cleanup()


async def test_webhook_delivery_with_secret(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    assert await bot.set_webhook(receiver.url, secret_token="bí-mật".encode().hex())
    info = await bot.get_webhook_info()
    assert info.url == receiver.url
    sent = await emulator.send_text(ALICE, None, "/start")
    await receiver.wait(1)
    payload, secret = receiver.received[0]
    assert secret == "bí-mật".encode().hex()
    update = Update.de_json(payload, bot)
    assert update.message.text == "/start"
    assert update.message.message_id == sent["message_id"]
    # The receiver records before the emulator sees the 200; give that a moment.
    async with asyncio.timeout(1):
        while emulator.pending_updates:
            await asyncio.sleep(0.01)
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()


async def test_webhook_retries_after_failure_then_delete_restores_polling(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    receiver.fail_next = 1
    await bot.set_webhook(receiver.url)
    await emulator.send_text(ALICE, None, "một")
    await emulator.send_text(ALICE, None, "hai")
    await receiver.wait(2)
    assert [p["message"]["text"] for p, _ in receiver.received] == ["một", "hai"]
    assert (await bot.get_webhook_info()).last_error_message is not None
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    await emulator.send_text(ALICE, None, "ba")
    updates = await bot.get_updates(timeout=1)
    assert [u.message.text for u in updates] == ["ba"]
