"""The Zalo emulator through the real client over HTTP: one update per poll, 408 when idle,
webhook delivery with the secret header, updates served twice, faults."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from aiohttp import web

from bot.emulator.zalo import ZaloEmulator
from bot.transports.zalo_api import (
    RetryPolicy,
    ZaloClient,
    ZaloConflict,
    ZaloForbidden,
    ZaloNetworkError,
    ZaloUnauthorized,
    updates_from,
)


@pytest.fixture
async def zalo_emu():
    async with ZaloEmulator() as emulator:
        yield emulator


@pytest.fixture
async def client(zalo_emu):
    async with ZaloClient(zalo_emu.token, base_url=zalo_emu.api_base_url, timeout=3.0,
                          retry=RetryPolicy(attempts=3, base=0.01)) as zalo:
        yield zalo


async def test_each_poll_hands_out_one_update_and_an_idle_poll_ends_in_408(zalo_emu, client):
    await zalo_emu.user_says("u1", "/start ABC", name="Trần Thị Hoa")
    await zalo_emu.user_says("u1", "xong 12")
    first = await client.get_updates(timeout=1)
    second = await client.get_updates(timeout=1)
    assert [u.message.text for u in first + second] == ["/start ABC", "xong 12"]
    assert first[0].message.sender.display_name == "Trần Thị Hoa"
    assert await client.get_updates(timeout=0) == []
    assert zalo_emu.calls[-1] == ("getUpdates", {"timeout": "0"})


async def test_a_long_poll_returns_as_soon_as_a_message_arrives(zalo_emu, client):
    poll = asyncio.create_task(client.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    await zalo_emu.user_says("u2", "giahan 12 thu sau tuan sau")
    [update] = await asyncio.wait_for(poll, 2)
    assert update.message.text == "giahan 12 thu sau tuan sau"


async def test_served_updates_come_back_once_more(zalo_emu, client):
    zalo_emu.repeat_served = True
    sent = await zalo_emu.user_says("u1", "/tasks")
    ids = [u.message.message_id for _ in range(2) for u in await client.get_updates(timeout=0)]
    assert ids == [sent["message"]["message_id"]] * 2
    assert await client.get_updates(timeout=0) == []


async def test_send_answers_only_id_and_date_and_refuses_long_texts(zalo_emu, client):
    sent = await client.send_message("u1", "Chào anh Bình")
    assert len(sent.message_id) == 20 and sent.date > 10**12  # milliseconds
    assert zalo_emu.texts("u1") == ["Chào anh Bình"]
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{zalo_emu.api_base_url}/bot{zalo_emu.token}/sendMessage",
                                   json={"chat_id": "u1", "text": "x" * 2001})
    assert response.status_code == 400 and response.json()["ok"] is False


async def test_wrong_token_and_blocked_user_are_refused(zalo_emu, client):
    async with ZaloClient("1:wrong", base_url=zalo_emu.api_base_url) as stranger:
        with pytest.raises(ZaloUnauthorized):
            await stranger.get_me()
    zalo_emu.block("u9")
    with pytest.raises(ZaloForbidden):
        await client.send_message("u9", "Nhắc việc")
    assert (await client.get_me()).account_type == "BASIC"


async def test_429_and_500_are_waited_out_by_the_client(zalo_emu, client):
    zalo_emu.fail_next("getMe", "429", retry_after=0)
    zalo_emu.fail_next("sendChatAction", "500")
    assert (await client.get_me()).account_name == "bot.dondoc"
    await client.send_chat_action("u1")
    assert [m for m, _ in zalo_emu.calls] == ["getMe", "getMe", "sendChatAction", "sendChatAction"]


async def test_a_timeout_surfaces_as_a_network_error_for_sends(zalo_emu):
    zalo_emu.fail_next("sendMessage", "timeout", delay=1.0)
    async with ZaloClient(zalo_emu.token, base_url=zalo_emu.api_base_url, timeout=0.3) as impatient:
        with pytest.raises(ZaloNetworkError) as info:
            await impatient.send_message("u1", "Nhắc việc")
    assert info.value.reached  # it may have gone out: not repeated here


async def test_webhook_delivery_carries_the_secret_and_polling_is_refused_meanwhile(zalo_emu, client):
    received: list[tuple[str | None, dict]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Bot-Api-Secret-Token"), await request.json()))
        return web.json_response({"ok": True})

    app = web.Application()
    app.add_routes([web.post("/zalo", hook)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # noqa: SLF001
    try:
        assert await client.get_webhook_info() is None  # 404 when none is set
        await client.set_webhook(f"http://127.0.0.1:{port}/zalo", "bi-mat-webhook-16")
        assert (await client.get_webhook_info()).url.endswith("/zalo")
        with pytest.raises(ZaloConflict):
            await client.get_updates(timeout=0)
        zalo_emu.wrap_webhook = True
        await zalo_emu.user_says("u1", "/done 12 đã họp xong")
        for _ in range(100):
            if received:
                break
            await asyncio.sleep(0.02)
        secret, body = received[0]
        assert secret == "bi-mat-webhook-16"
        assert updates_from(body)[0].message.text == "/done 12 đã họp xong"
        await client.delete_webhook()
        assert await client.get_webhook_info() is None
    finally:
        await runner.cleanup()
