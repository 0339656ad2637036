"""`dondoc run`'s Zalo wiring: Zalo alone (scheduler + Zalo service), and Zalo beside the real
Telegram Application with one dispatcher serving both platforms — each through its emulator."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy.engine import Engine

from bot.app import build_application, start_application, stop_application
from bot.cli.zalo_run import beside_telegram, build_zalo, serve_alone
from bot.emulator import BotApiEmulator
from bot.emulator.zalo import ZaloEmulator
from bot.services.base import Services
from storage.clock import FixedClock
from storage.settings import Settings

from ..bot.helpers import MONITOR, START, TODAY, add_tasks, join, make_world

LEADER = "a1b2c3d4e5f60718293a"
ZALO_MONITOR = "0f1e2d3c4b5a69788796"


def zalo_settings(zalo: ZaloEmulator, database_url: str, **more: object) -> Settings:
    return Settings(_env_file=None, database_url=database_url, zalo_bot_token=zalo.token,  # type: ignore[call-arg]
                    zalo_api_base_url=zalo.api_base_url, **more)


async def test_zalo_alone_serves_the_leader_and_delivers_the_outbox(engine: Engine, database_url: str):
    world = make_world(engine)
    [n1] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=10)])
    clock = FixedClock(START)
    async with ZaloEmulator() as zalo:
        settings = zalo_settings(zalo, database_url)
        services = Services(engine=engine, clock=clock)
        service = build_zalo(settings, services, poll_timeout=1)
        assert service is not None and services.zalo_quota == 3000
        stop = asyncio.Event()
        running = asyncio.create_task(serve_alone(settings, services, service, clock, stop))
        await zalo.user_says(ZALO_MONITOR, f"/start {world.codes['monitor']}", name="Lê Văn Minh")
        await zalo.wait_for_texts(ZALO_MONITOR, 1)
        await zalo.user_says(LEADER, f"/start {world.codes['leader']}", name="Nguyễn Văn An")
        await zalo.wait_for_texts(LEADER, 1)
        await zalo.user_says(LEADER, f"giahan {n1} thu sau tuan sau cho kinh phi")
        await zalo.wait_for_texts(LEADER, 2)
        # The request reaches the board through the outbox and the dispatcher, on Zalo.
        texts = await zalo.wait_for_texts(ZALO_MONITOR, 2)
        assert any("duyet" in t and str(n1) in t for t in texts), texts
        stop.set()
        await asyncio.wait_for(running, 10)


async def test_zalo_beside_telegram_one_dispatcher_for_both(engine: Engine, database_url: str):
    world = make_world(engine)
    [n1] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=10)])
    clock = FixedClock(START)
    async with ZaloEmulator() as zalo, BotApiEmulator() as telegram:
        settings = zalo_settings(zalo, database_url, telegram_bot_token=telegram.token,
                                 telegram_api_base_url=telegram.base_url)
        services = Services(engine=engine, clock=clock)
        application = build_application(settings, services)
        service = build_zalo(settings, services, poll_timeout=1)
        assert service is not None
        beside_telegram(application, settings, services, service, clock)
        await start_application(application, poll_timeout=1)
        try:
            board = await join(telegram, MONITOR, world.codes["monitor"])
            await zalo.user_says(LEADER, f"batdau {world.codes['leader']}", name="Nguyễn Văn An")
            await zalo.wait_for_texts(LEADER, 1)
            await zalo.user_says(LEADER, f"giahan {n1} thu sau tuan sau cho kinh phi")
            await zalo.wait_for_texts(LEADER, 2)
            request = await board.next(lambda m: str(n1) in (m.text or ""))
            assert any(b["text"].startswith("✔") for b in request.buttons())  # Telegram keeps its buttons
        finally:
            await stop_application(application)
        assert service.client._http.is_closed  # noqa: SLF001 — closed last, after the scheduler
