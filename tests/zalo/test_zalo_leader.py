"""A unit leader on Zalo, end to end: the real Zalo transport long-polling the Zalo emulator over
HTTP, the real flows on the test database (SQLite, or PostgreSQL with TEST_DATABASE_URL), and the
real dispatcher delivering reminders and a monitor's digest to Zalo chats."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram import Bot

from bot.emulator import BotApiEmulator, EmulatedChat
from bot.emulator.zalo import ZaloEmulator
from bot.services import onboarding
from bot.services.base import Caller, Services
from bot.transports.routing import RoutingNotifier
from bot.transports.telegram import TelegramNotifier
from bot.transports.zalo import ZaloBot, ZaloNotifier, ZaloOutbound
from bot.transports.zalo_api import RetryPolicy, ZaloClient
from scheduler.daily import run_daily_check
from scheduler.dispatcher import Dispatcher, Limits
from storage.access import Actor
from storage.clock import FixedClock
from storage.db import session_scope
from storage.invites import create_invite
from storage.models import Chat, Member, PlatformUsage, ReceivedUpdate, Task

from ..bot.helpers import LEADER as TELEGRAM_LEADER
from ..bot.helpers import START, TODAY, World, add_tasks, make_world

LEADER = "a1b2c3d4e5f60718293a"
MONITOR = "0f1e2d3c4b5a69788796"


def mentions(texts: list[str], number: int) -> bool:
    """Whether one of the texts names task `number` (as "#12", "số 12" or a list's "12.")."""
    return any(f"#{number}" in t or f"số {number}" in t or f"{number}. " in t for t in texts)


@dataclass
class Rig:
    emulator: ZaloEmulator
    bot: ZaloBot
    outbound: ZaloOutbound
    engine: Engine
    world: World
    clock: FixedClock

    async def say(self, user: str, text: str, count: int = 1, name: str = "Nguyễn Văn An") -> list[str]:
        """The user writes; waits for `count` new messages to that user and returns them."""
        before = len(self.emulator.texts(user))
        await self.emulator.user_says(user, text, name=name)
        return (await self.emulator.wait_for_texts(user, before + count))[before:]


@pytest.fixture
async def rig(engine: Engine) -> AsyncIterator[Rig]:
    world = make_world(engine)
    clock = FixedClock(START)
    services = Services(engine=engine, clock=clock, zalo_quota=3000)
    async with ZaloEmulator(repeat_served=True) as emulator, ZaloClient(
        emulator.token, base_url=emulator.api_base_url, retry=RetryPolicy(attempts=3, base=0.01),
    ) as client:
        outbound = ZaloOutbound(client, services)
        bot = ZaloBot(services, outbound)
        stop = asyncio.Event()
        polling = asyncio.create_task(bot.poll(stop, timeout=1))
        try:
            yield Rig(emulator, bot, outbound, engine, world, clock)
        finally:
            stop.set()
            await asyncio.wait_for(polling, 5)


async def test_leader_joins_lists_closes_with_a_note_undoes_and_asks_for_more_time(rig: Rig):
    [n1, n2, n3] = add_tasks(rig.engine, rig.world.org_id, "nong_dan",
                             [TODAY + timedelta(days=2), TODAY - timedelta(days=3), TODAY + timedelta(days=20)],
                             content="Tuyên truyền cho hội viên")
    [welcome] = (await rig.say(LEADER, f"batdau {rig.world.codes['leader']}"))[:1]
    assert "Hội Nông dân" in welcome and "<b>" not in welcome
    with session_scope(rig.engine) as session:
        member = session.exec(select(Member).where(Member.platform == "zalo", Member.platform_user_id == LEADER)).one()
        chat = session.exec(select(Chat).where(Chat.platform == "zalo", Chat.chat_id == LEADER)).one()
        assert member.role == "leader" and chat.member_id == member.id and chat.kind == "private"

    [listing] = await rig.say(LEADER, "/tasks")
    assert f"{n1}. " in listing and f"{n2}. 🔴" in listing
    assert "Trả lời: xong <số> · chitiet <số>" in listing  # the ✅ and 📄 buttons, as commands to type
    assert "tasks [quahan|sapden|xong|tatca]" in listing  # the filter buttons

    closed = await rig.say(LEADER, f"xong {n1} đã tổ chức 3 buổi tuyên truyền")
    assert mentions(closed, n1), closed
    with session_scope(rig.engine) as session:
        task = session.exec(select(Task).where(Task.org_id == rig.world.org_id, Task.number == n1)).one()
        assert task.status == "done" and "3 buổi" in (task.result_note or "")

    undone = await rig.say(LEADER, f"Hoàn tác {n1}")
    assert mentions(undone, n1), undone
    with session_scope(rig.engine) as session:
        assert session.exec(select(Task).where(Task.org_id == rig.world.org_id, Task.number == n1)).one().status == "open"

    asked = await rig.say(LEADER, f"giahan {n3} thu sau tuan sau cho kinh phi")
    assert mentions(asked, n3), asked

    # Every update was served twice by the emulator: each was handled once.
    with session_scope(rig.engine) as session:
        handled = len(session.exec(select(ReceivedUpdate).where(ReceivedUpdate.platform == "zalo")).all())
    assert handled == 5
    await settle(rig, LEADER)
    with session_scope(rig.engine) as session:
        usage = session.get(PlatformUsage, ("zalo", START.strftime("%Y-%m")))
        assert usage is not None and usage.sent == len(rig.emulator.texts(LEADER))


def dispatcher(rig: Rig) -> Dispatcher:
    """The real dispatcher, sending outbox rows of Zalo chats through the Zalo transport, unpaced."""
    return Dispatcher(rig.engine, RoutingNotifier({"zalo": ZaloNotifier(rig.outbound)}), clock=rig.clock,
                      limits=Limits(private_interval=0.0, group_interval=0.0, per_second=1000))


async def test_the_board_asks_for_an_explanation_and_the_leader_gives_it(rig: Rig):
    [n1] = add_tasks(rig.engine, rig.world.org_id, "nong_dan", [TODAY - timedelta(days=5)], content="Ra quân làm đường")
    await rig.say(LEADER, f"/start {rig.world.codes['leader']}")
    await rig.say(MONITOR, f"batdau {rig.world.codes['monitor']}", name="Lê Văn Minh")
    await rig.say(MONITOR, f"/yeucaugiaitrinh {n1}")
    before = len(rig.emulator.texts(LEADER))
    await dispatcher(rig).drain()
    request = "\n".join(rig.emulator.texts(LEADER)[before:])
    assert mentions([request], n1) and f"giaitrinh {n1}" in request  # how to answer, as a command
    answered = await rig.say(LEADER, f"giải trình {n1} chờ xi măng của huyện, xong trước 20/3")
    assert mentions(answered, n1), answered
    await dispatcher(rig).drain()
    assert any("xi măng" in text for text in rig.emulator.texts(MONITOR))


async def test_a_repeat_after_a_restart_is_still_skipped(rig: Rig):
    await rig.say(LEADER, f"/start {rig.world.codes['leader']}")
    update = await rig.emulator.user_says(LEADER, "/tasks")
    await rig.emulator.wait_for_texts(LEADER, len(rig.emulator.texts(LEADER)) + 1)
    sent = len(rig.emulator.texts(LEADER))
    # A new bot (another process after a restart) gets the same update again: nothing is sent.
    from bot.transports.zalo_api import parse_update
    fresh = ZaloBot(rig.bot.services, rig.outbound)
    await fresh.handle(parse_update(update))
    await asyncio.sleep(0.2)
    assert len(rig.emulator.texts(LEADER)) == sent


async def test_reminders_and_the_monitors_digest_reach_zalo_through_the_outbox(rig: Rig):
    [n1] = add_tasks(rig.engine, rig.world.org_id, "nong_dan", [TODAY], content="Ra quân làm đường")
    await rig.say(LEADER, f"/start {rig.world.codes['leader']}")
    await rig.say(MONITOR, f"/start {rig.world.codes['monitor']}", name="Lê Văn Minh")
    day = TODAY + timedelta(days=1)
    now = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 08:00 in Hà Nội
    rig.clock.set(now)
    run_daily_check(rig.engine, org_id=rig.world.org_id, day=day, now=now)
    before_leader, before_monitor = len(rig.emulator.texts(LEADER)), len(rig.emulator.texts(MONITOR))
    counts = await dispatcher(rig).drain()
    reminder = "\n".join(rig.emulator.texts(LEADER)[before_leader:])
    digest = "\n".join(rig.emulator.texts(MONITOR)[before_monitor:])
    assert counts.sent >= 2 and counts.failed == 0, (counts, reminder, digest)
    assert mentions([reminder], n1) and "quá hạn" in reminder and "<b>" not in reminder
    assert "Hội Nông dân" in digest and mentions([digest], n1)


async def test_a_blocked_zalo_chat_is_deactivated_like_on_telegram(rig: Rig):
    add_tasks(rig.engine, rig.world.org_id, "nong_dan", [TODAY])
    await rig.say(LEADER, f"/start {rig.world.codes['leader']}")
    rig.emulator.block(LEADER)
    day = TODAY + timedelta(days=1)
    now = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
    rig.clock.set(now)
    run_daily_check(rig.engine, org_id=rig.world.org_id, day=day, now=now)
    counts = await dispatcher(rig).drain()
    assert counts.blocked >= 1, counts
    with session_scope(rig.engine) as session:
        assert not session.exec(select(Chat).where(Chat.platform == "zalo", Chat.chat_id == LEADER)).one().active


async def test_the_admins_are_warned_before_the_monthly_quota_runs_out(rig: Rig):
    admin = "ad0000000000000000aa"
    rig.outbound.quota = 10
    await rig.say(admin, f"/start {rig.world.codes['admin']}", name="Văn phòng Đảng ủy")
    while len(rig.emulator.texts(admin)) < 8:
        await rig.say(admin, "/help")
    await settle(rig, admin)
    await dispatcher(rig).drain()
    warnings = [text for text in rig.emulator.texts(admin) if "hạn mức" in text]
    assert len(warnings) == 1 and "80%" in warnings[0] and "/10 tin" in warnings[0]


async def settle(rig: Rig, chat_id: str) -> None:
    """Wait until every message sent to `chat_id` has been counted (counting follows the send)."""
    for _ in range(100):
        with session_scope(rig.engine) as session:
            usage = session.get(PlatformUsage, ("zalo", rig.clock.now().strftime("%Y-%m")))
            if usage is not None and usage.sent >= len(rig.emulator.sent):
                return
        await asyncio.sleep(0.02)


async def test_admins_see_the_months_zalo_messages_in_the_report_and_monitors_do_not(rig: Rig):
    admin = "ad0000000000000000aa"
    await rig.say(admin, f"/start {rig.world.codes['admin']}", name="Văn phòng Đảng ủy")
    await rig.say(MONITOR, f"/start {rig.world.codes['monitor']}", name="Lê Văn Minh")
    await settle(rig, admin)
    [report] = await rig.say(admin, "báo cáo")
    assert "Zalo tháng 3/2025: đã gửi" in report and "/3000 tin" in report
    [board] = await rig.say(MONITOR, "/report")
    assert "Zalo tháng" not in board


async def test_webhook_mode_checks_the_secret_and_answers(engine: Engine):
    world = make_world(engine)
    services = Services(engine=engine, clock=FixedClock(START), zalo_quota=3000)
    async with ZaloEmulator(repeat_served=True, wrap_webhook=True) as emulator, ZaloClient(
        emulator.token, base_url=emulator.api_base_url) as client:
        bot = ZaloBot(services, ZaloOutbound(client, services))
        app = web.Application()
        app.router.add_post("/zalo", bot.webhook_handler("bi-mat-webhook-16"))
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/zalo"  # noqa: SLF001
        try:
            async with aiohttp.ClientSession() as http:
                async with http.post(url, json={"message": {}}, headers={"X-Bot-Api-Secret-Token": "sai-bi-mat-1"}) as forged:
                    assert forged.status == 403
            await client.set_webhook(url, "bi-mat-webhook-16")
            await emulator.user_says(LEADER, f"/start {world.codes['leader']}", name="Nguyễn Văn An")
            [welcome] = (await emulator.wait_for_texts(LEADER, 1))[:1]
            assert "Hội Nông dân" in welcome
            await asyncio.sleep(0.3)  # the repeat is delivered too, and skipped
            assert len(emulator.texts(LEADER)) == 1 and len(emulator.webhook_statuses) == 2
        finally:
            await runner.cleanup()


async def test_a_person_on_both_platforms_gets_reminders_on_both(rig: Rig):
    [n1] = add_tasks(rig.engine, rig.world.org_id, "nong_dan", [TODAY])
    await rig.say(LEADER, f"/start {rig.world.codes['leader']}")
    with session_scope(rig.engine) as session:
        code = create_invite(session, actor=Actor.system(rig.world.org_id), role="leader", unit_ref="nong_dan", now=START).code
    telegram_caller = Caller(user_id="503", chat_id="503", chat_kind="private", display_name="Nguyễn Văn An")
    await asyncio.to_thread(onboarding.start, rig.bot.services, telegram_caller, [code])
    day = TODAY + timedelta(days=1)
    now = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
    rig.clock.set(now)
    run_daily_check(rig.engine, org_id=rig.world.org_id, day=day, now=now)
    async with BotApiEmulator() as telegram_emulator:
        telegram_emulator.add_user(TELEGRAM_LEADER)
        telegram_emulator.add_chat(EmulatedChat.private(TELEGRAM_LEADER))
        async with Bot(telegram_emulator.token, base_url=telegram_emulator.api_base_url) as telegram_bot:
            notifier = RoutingNotifier({"zalo": ZaloNotifier(rig.outbound), "telegram": TelegramNotifier(telegram_bot)})
            counts = await Dispatcher(rig.engine, notifier, clock=rig.clock,
                                      limits=Limits(private_interval=0.0, group_interval=0.0, per_second=1000)).drain()
        telegram_texts = [m.text or "" for m in telegram_emulator.messages(503)]
    assert counts.failed == 0
    assert mentions(rig.emulator.texts(LEADER), n1) and any(f"#{n1}" in t or f"số {n1}" in t for t in telegram_texts)


async def test_zalo_sends_keep_zalos_own_rate(rig: Rig):
    rig.outbound.per_second = 20.0
    loop = asyncio.get_running_loop()
    started = loop.time()
    for number in range(6):
        await rig.outbound.send("c0000000000000000001", f"Tin số {number}")
    assert loop.time() - started >= 0.2  # 6 sends at 20 per second: at least 5 intervals of 50 ms


async def test_a_unit_group_on_zalo_joins_and_lists_tasks_when_the_bot_is_mentioned(rig: Rig):
    [n1] = add_tasks(rig.engine, rig.world.org_id, "nong_dan", [TODAY + timedelta(days=3)])
    group = "9a9a9a9a9a9a9a9a9a9a"
    await rig.emulator.user_says(LEADER, f"/start {rig.world.codes['leader']}", name="Nguyễn Văn An")
    await rig.emulator.wait_for_texts(LEADER, 1)
    await rig.emulator.user_says(LEADER, f"@dondoc /start {rig.world.codes['group']}", chat_id=group, group=True)
    await rig.emulator.wait_for_texts(group, 1)
    await rig.emulator.user_says(LEADER, "@dondoc viec", chat_id=group, group=True)
    listing = (await rig.emulator.wait_for_texts(group, 2))[-1]
    assert mentions([listing], n1)
    with session_scope(rig.engine) as session:
        chat = session.exec(select(Chat).where(Chat.platform == "zalo", Chat.chat_id == group)).one()
        assert chat.kind == "group" and chat.unit_id == rig.world.farmers_id
