"""The demo world: a database, the Bot API emulator, the real bot and the real scheduler, all on
one simulated clock; beside them the Zalo emulator and the real Zalo transport, for the person of
the cast who works on Zalo (`DemoPerson.platform`). Used by `dondoc demo` (with the chat page) and
`dondoc demo --script`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

import conclusions
from bot.app import build_application, start_application, stop_application
from bot.demo.people import CAST, GROUP_CHAT_ID, ORG_LEVEL, ORG_MODEL, ORG_NAME, DemoPerson, group_chat, people_json
from bot.emulator import BotApiEmulator, StoredMessage
from bot.emulator.zalo import ZaloEmulator
from bot.services.base import SchedulerLike, Services
from scheduler.dispatcher import Limits
from storage.access import Actor
from storage.clock import FixedClock, local_today
from storage.db import make_engine, session_scope, upgrade
from storage.imports import find_duplicate
from storage.invites import create_invite, find_member
from storage.models import Chat, CheckRun, Organization, Outbox
from storage.organizations import create_organization, get_unit
from storage.settings import Settings, load_settings

log = logging.getLogger(__name__)

#: The sample notice is dated 08/01/2026; the demo's first simulated morning is that day.
START_DAY = date(2026, 1, 8)
MORNING = time(9, 0)
SAMPLE_NAME = "thong_bao_ket_luan_mau.txt"
REPLY_TIMEOUT = 20.0
#: How often `settle` looks again at work that ends without a message to the emulator (an outbox
#: row recorded as sent, an update taken by the bot); it returns as soon as everything is done.
RECHECK = 0.01
#: Telegram's flood limits are wall-clock intervals between sends (1 s per private chat, 3 s per
#: group); the local emulator has none, and pacing against it would turn every simulated day into
#: seconds of waiting. The demo's dispatcher therefore sends as fast as the work allows.
DEMO_LIMITS = Limits(per_second=1000.0, private_interval=0.0, group_interval=0.0)


def sample_notice_bytes() -> bytes:
    """The sample notice shipped with the package (written for the project)."""
    return resources.files("bot.demo").joinpath("sample_notice.txt").read_bytes()


@dataclass
class Delivered:
    """A bot message someone received (or saw edited) in the demo."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[str]
    edited: bool
    platform: str = "telegram"


class DemoWorld:
    """Owns every moving part of the demo and the simulated clock."""

    def __init__(self, db_path: Path, *, port: int = 0, timezone: str = "Asia/Ho_Chi_Minh") -> None:
        self.db_path = db_path
        self.port = port
        self.zone = ZoneInfo(timezone)
        self.clock = FixedClock(datetime.combine(START_DAY, MORNING, self.zone))
        self.engine = make_engine(f"sqlite:///{db_path}")
        self.emulator = BotApiEmulator(port=port, clock=lambda: self.clock.now().timestamp())
        self.emulator.add_routes(self._routes())
        # Zalo: the platform's emulator and the real Zalo transport, beside Telegram (`zalo_says`).
        self.zalo_emulator = ZaloEmulator()
        self.zalo = None  # the ZaloService, once started
        self._zalo_said = 0  # updates the demo put in the Zalo emulator
        self._zalo_handled = 0  # of those, handled by the Zalo bot
        self._zalo_seen = 0  # Zalo messages already returned by `new_deliveries`
        self._zalo_shown = 0  # Zalo messages already copied to the chat page (`_show_zalo_sent`)
        self.settings: Settings | None = None
        self.services: Services | None = None
        self.application = None
        self._advance_lock = asyncio.Lock()
        self._progress: tuple[int, int] | None = None  # (days done, days asked) while advancing
        self._clock_seq = 0  # the emulator event that last announced the clock
        self._seen_seq = 0
        self.org_id = 0

    # --- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Migrate, start the emulator, the bot (polling the emulator) and the scheduler."""
        upgrade(self.engine)
        self.clock.set(datetime.combine(self.simulated_today(), MORNING, self.zone))
        await self.emulator.start()
        for p in CAST:
            self.emulator.add_user(p.user)
            self.emulator.add_chat(p.private_chat)
        self.emulator.add_chat(group_chat())
        self.settings = load_settings(
            database_url=f"sqlite:///{self.db_path}",
            telegram_bot_token=self.emulator.token,
            telegram_api_base_url=self.emulator.base_url,
            telegram_bot_username=self.emulator.bot_user.username,
            timezone=str(self.zone),
        )
        self.services = Services(engine=self.engine, clock=self.clock, scheduler_factory=self._scheduler)
        # No AIORateLimiter either: it paces calls to Telegram's budget, which the emulator does not have.
        self.application = build_application(self.settings, self.services, rate_limiter=False)
        await self._start_zalo()
        await start_application(self.application, poll_timeout=5)

    async def _start_zalo(self) -> None:
        """The Zalo emulator and the real Zalo transport (long polling), on the same services."""
        from bot.transports.zalo_service import ZaloService

        assert self.services is not None
        await self.zalo_emulator.start()
        self.zalo = ZaloService(self.services, token=self.zalo_emulator.token, base_url=self.zalo_emulator.api_base_url,
                                poll_timeout=5)
        self.zalo.outbound.per_second = DEMO_LIMITS.per_second  # unpaced, like Telegram's (see `DEMO_LIMITS`)
        handle = self.zalo.bot.handle

        async def counted(update: object) -> None:
            try:
                await handle(update)  # type: ignore[arg-type]
            finally:
                self._zalo_handled += 1

        self.zalo.bot.handle = counted  # type: ignore[method-assign]
        send = self.zalo.outbound.send

        async def shown(chat_id: str, text: str) -> list[str]:
            try:
                return await send(chat_id, text)
            finally:
                self._show_zalo_sent()

        self.zalo.outbound.send = shown  # type: ignore[method-assign]
        await self.zalo.start()

    async def zalo_says(self, p: DemoPerson, text: str) -> dict:
        """`p` writes `text` to the bot on Zalo; `settle` waits until the bot has handled it.
        Returns the copy the chat page shows (see `_show_on_page`)."""
        self._zalo_said += 1
        shown = self._show_on_page(p, text, from_bot=False)
        await self.zalo_emulator.user_says(p.zalo_id, text, name=p.name)
        return shown

    def _show_on_page(self, p: DemoPerson, text: str, *, from_bot: bool) -> dict:
        """Copy a Zalo message into the person's chat of the page (the Telegram emulator's store,
        which the page reads) without it reaching the Telegram bot: plain text, never buttons."""
        world, chat = self.emulator.world, p.private_chat
        data = {"message_id": world.next_message_id(chat.id),
                "from": (world.bot_user if from_bot else p.user).to_dict(), "chat": chat.to_dict(),
                "date": world.now(), "text": text}
        world.add_message(chat, data, from_bot=from_bot)
        return data

    def _show_zalo_sent(self) -> None:
        """Show on the page what the bot sent on Zalo since the last call."""
        sent = self.zalo_emulator.sent
        for message in sent[self._zalo_shown:]:
            p = next((p for p in CAST if p.on_zalo and p.zalo_id == message.chat_id), None)
            if p is not None:
                self._show_on_page(p, message.text, from_bot=True)
        self._zalo_shown = len(sent)

    async def wait_for_zalo(self, p: DemoPerson, before: int) -> str:
        """The first message the bot sent `p` on Zalo after the `before` they had."""
        return (await self.zalo_emulator.wait_for_texts(p.zalo_id, before + 1, timeout=REPLY_TIMEOUT))[before]

    def _scheduler(self, bot: object) -> SchedulerLike:
        """The real scheduler and dispatcher on the simulated clock, unpaced (see `DEMO_LIMITS`)."""
        from bot.transports.routing import RoutingNotifier
        from bot.transports.telegram import TelegramNotifier
        from scheduler.service import SchedulerService

        assert self.settings is not None and self.zalo is not None
        notifier = RoutingNotifier({"telegram": TelegramNotifier(bot), "zalo": self.zalo.notifier})
        return SchedulerService(self.engine, self.settings, notifier, clock=self.clock, limits=DEMO_LIMITS)

    async def stop(self) -> None:
        """Stop everything in reverse order."""
        if self.zalo is not None:
            await self.zalo.stop_receiving()
        if self.application is not None:
            await stop_application(self.application)
        if self.zalo is not None:
            await self.zalo.close()
        await self.zalo_emulator.stop()
        await self.emulator.stop()
        self.engine.dispose()

    @property
    def url(self) -> str:
        """Where the chat page is served."""
        return self.emulator.base_url + "/"

    # --- the organization, its people and the sample notice ------------------------------

    def simulated_today(self) -> date:
        """Where the simulated clock stands: the day after the last check run, or the start day."""
        with Session(self.engine) as session:
            org = session.exec(select(Organization).where(Organization.name == ORG_NAME)).first()
            if org is None:
                return START_DAY
            last = session.exec(select(func.max(CheckRun.day)).where(CheckRun.org_id == org.id)).one()
        return last if last and last > START_DAY else START_DAY

    def today(self) -> date:
        """The simulated date."""
        return local_today(self.clock.now(), str(self.zone))

    async def ensure_setup(self) -> None:
        """Create the organization, onboard each person through the bot, import the sample notice.

        Every step checks first, so starting the demo twice on one database duplicates nothing."""
        with session_scope(self.engine) as session:
            org = session.exec(select(Organization).where(Organization.name == ORG_NAME)).first()
            if org is None:
                org = create_organization(session, name=ORG_NAME, level=ORG_LEVEL, timezone=str(self.zone), actor_label="demo",
                                          model=ORG_MODEL)
            self.org_id = org.id
        for p in CAST:
            if not self._is_member(p):
                await (self._onboard_zalo(p) if p.on_zalo else self._onboard(p, chat_id=p.user_id))
        group_known = self._group_known()
        if not group_known:
            await self._onboard(next(p for p in CAST if p.in_group and p.role == "leader"), chat_id=GROUP_CHAT_ID)
        if not self._sample_imported():
            await self._import_sample()
        # The morning check of the first day (the ledger makes it a no-op when it already ran).
        assert self.services is not None and self.services.scheduler is not None
        await self.services.scheduler.run_check_now(self.today())
        self.services.wake()
        await self.settle()

    def _is_member(self, p: DemoPerson) -> bool:
        with Session(self.engine) as session:
            if p.on_zalo:
                return find_member(session, platform_user_id=p.zalo_id, platform="zalo") is not None
            return find_member(session, platform_user_id=str(p.user_id)) is not None

    def _group_known(self) -> bool:
        with Session(self.engine) as session:
            return session.exec(select(Chat).where(Chat.chat_id == str(GROUP_CHAT_ID))).first() is not None

    def _sample_imported(self) -> bool:
        draft = conclusions.extract(sample_notice_bytes(), filename=SAMPLE_NAME)
        with Session(self.engine) as session:
            return find_duplicate(session, org_id=self.org_id, source_sha256=draft.source_sha256) is not None

    async def _onboard(self, p: DemoPerson, *, chat_id: int) -> None:
        """Create an invite for `p` and redeem it the way a person would: `/start CODE` in the chat."""
        code = self._invite(p)
        chat = p.private_chat if chat_id == p.user_id else group_chat()
        await self.emulator.send_text(p.user, chat, f"/start {code}")
        await self.emulator.wait_for_message(chat_id, timeout=REPLY_TIMEOUT)

    async def _onboard_zalo(self, p: DemoPerson) -> None:
        """The same on Zalo, where a command is plain text: `batdau CODE`."""
        code = self._invite(p)
        before = len(self.zalo_emulator.texts(p.zalo_id))
        await self.zalo_says(p, f"batdau {code}")
        await self.wait_for_zalo(p, before)

    def _invite(self, p: DemoPerson) -> str:
        with session_scope(self.engine) as session:
            unit_id = get_unit(session, org_id=self.org_id, ref=p.unit_key).id if p.unit_key else None
            return create_invite(session, actor=Actor.system(self.org_id, "demo"), role=p.role, unit_ref=unit_id,
                                 now=self.clock.now()).code

    async def _import_sample(self) -> None:
        """The secretary imports the sample notice in chat: /import, the file, then ✔ Lưu."""
        admin = next(p for p in CAST if p.role == "admin")
        await self.emulator.send_text(admin.user, admin.private_chat, "/import")
        await self.emulator.wait_for_message(admin.user_id, timeout=REPLY_TIMEOUT)
        await self.emulator.send_document(admin.user, admin.private_chat, SAMPLE_NAME, sample_notice_bytes(), "text/plain")
        preview = await self.emulator.wait_for_message(
            admin.user_id, lambda m: bool(m.callback_data()), timeout=REPLY_TIMEOUT * 3
        )
        save = button_data(preview, "Lưu")
        await self.emulator.press_button(admin.user, admin.private_chat, preview.message_id, save)
        await self.emulator.wait_for_message(admin.user_id, timeout=REPLY_TIMEOUT)

    # --- time -------------------------------------------------------------------------------

    async def advance(self, days: int = 1, on_day: Callable[[date], None] | None = None) -> date:
        """Move the clock `days` mornings forward, running each day's check and delivering it;
        `on_day` is called with each day once its messages are out.

        Publishes a `clock` event in the emulator at the start and after each day, so the chat
        page shows the days passing whoever advances them (its buttons, another tab, `--days`)."""
        async with self._advance_lock:
            self._progress = (0, days)
            self._publish_clock()
            try:
                for done in range(1, days + 1):
                    next_day = self.today() + timedelta(days=1)
                    check_at = self.settings.daily_check_time if self.settings else time(7, 30)
                    self.clock.set(datetime.combine(next_day, check_at, self.zone) + timedelta(minutes=1))
                    assert self.services is not None and self.services.scheduler is not None
                    await self.services.scheduler.run_check_now(next_day)
                    self.services.wake()
                    await self.settle()
                    self._progress = (done, days)
                    self._publish_clock()
                    if on_day is not None:
                        on_day(next_day)
            finally:
                interrupted = self._progress != (days, days)
                self._progress = None
                if interrupted:  # tell the pages the days stopped passing
                    self._publish_clock()
            return self.today()

    async def settle(self, timeout: float = 120.0) -> None:
        """Return once the work started so far is done: every update the emulator queued was taken
        and handled by the bot (on Telegram and on Zalo), and no outbox row is due at the simulated now. A row waiting for a
        later simulated time (a retry) is left for the day it is due."""
        assert self.application is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            seq = self.emulator.event_seq
            remaining = deadline - loop.time()
            if remaining <= 0:
                log.warning("demo: the bot and the outbox did not finish within %.0fs", timeout)
                return
            if not self.emulator.pending_updates and self._zalo_handled >= self._zalo_said:
                try:
                    await asyncio.wait_for(self.application.update_queue.join(), remaining)
                except TimeoutError:
                    continue
                if not await asyncio.to_thread(self._outbox_due):
                    return
                if self.services is not None:
                    self.services.wake()
            # Sends end with a call to the emulator: wake on it, or look again shortly.
            await self.emulator.wait_events(seq, min(RECHECK, max(0.0, deadline - loop.time())))

    def _outbox_due(self) -> bool:
        """Whether a message is being sent or waits to be sent at the simulated now."""
        now = self.clock.now()
        with Session(self.engine) as session:
            return session.exec(
                select(func.count()).select_from(Outbox).where(or_(
                    Outbox.status == "sending",
                    and_(Outbox.status == "pending", col(Outbox.next_attempt_at) <= now),
                ))
            ).one() > 0

    # --- reading what people received -----------------------------------------------------

    def new_deliveries(self) -> list[Delivered]:
        """Bot messages and edits since the last call, in order."""
        out: list[Delivered] = []
        for event in self.emulator.events:
            if event.seq <= self._seen_seq:
                continue
            self._seen_seq = event.seq
            if event.kind not in ("message", "edit") or not event.from_bot or event.chat_id is None:
                continue
            if event.chat_id in ZALO_CHATS:  # the page's copy of a Zalo message, returned below
                continue
            stored = next((m for m in self.emulator.history(event.chat_id) if m.message_id == event.message_id), None)
            if stored is None:
                continue
            out.append(Delivered(event.chat_id, stored.message_id, stored.text or "", button_texts(stored), event.kind == "edit"))
        zalo_sent = self.zalo_emulator.sent
        for sent in zalo_sent[self._zalo_seen:]:
            out.append(Delivered(zalo_user(sent.chat_id), 0, sent.text, [], False, platform="zalo"))
        self._zalo_seen = len(zalo_sent)
        return out

    def mark_seen(self) -> None:
        """Forget everything delivered so far."""
        self._seen_seq = self.emulator.event_seq
        self._zalo_seen = len(self.zalo_emulator.sent)

    # --- the page's extra routes -------------------------------------------------------------

    def _routes(self) -> list[web.RouteDef]:
        async def people(_: web.Request) -> web.Response:
            return web.json_response(people_json(self.emulator.bot_user.username or "dondoc_demo_bot"))

        async def clock(_: web.Request) -> web.Response:
            return web.json_response(self._clock_json())

        async def advance(request: web.Request) -> web.Response:
            try:
                body = await request.json()
                days = int(body.get("days", 1))
            except (ValueError, TypeError, AttributeError):
                days = 1
            days = max(1, min(days, 31))
            before = self.emulator.event_seq
            await self.advance(days)
            messages = sum(1 for e in self.emulator.events if e.seq > before and e.kind == "message" and e.from_bot)
            return web.json_response({**self._clock_json(), "messages": messages})

        async def zalo_send(request: web.Request) -> web.Response:
            try:
                body = await request.json()
                user_id, text = int(body["user"]["id"]), str(body["text"])
            except (ValueError, TypeError, KeyError, AttributeError):
                return web.json_response({"ok": False, "description": "user and text are required"}, status=400)
            p = next((p for p in CAST if p.on_zalo and p.user_id == user_id), None)
            if p is None or not text.strip():
                return web.json_response({"ok": False, "description": "not a Zalo person of the demo"}, status=400)
            return web.json_response(await self.zalo_says(p, text))

        return [web.get("/_demo/people", people), web.get("/_demo/clock", clock), web.post("/_demo/advance", advance),
                web.post("/_demo/zalo/send", zalo_send)]

    def _clock_json(self) -> dict:
        """The simulated day, the advance in progress (if any) and the event that announced them."""
        today = self.today()
        advancing = {"done": self._progress[0], "total": self._progress[1]} if self._progress else None
        return {"today": today.isoformat(), "today_label": today.strftime("%d/%m/%Y"), "advancing": advancing,
                "seq": self._clock_seq}

    def _publish_clock(self) -> None:
        """Announce the clock to the chat pages through the emulator's event stream."""
        payload = self._clock_json()
        del payload["seq"]  # the event's own sequence number says how recent it is
        self._clock_seq = self.emulator.world.publish("clock", None, None, False, payload).seq


#: The page's chats of the people on Zalo (where their Zalo messages are shown).
ZALO_CHATS = frozenset(p.user_id for p in CAST if p.on_zalo)


def zalo_user(chat_id: str) -> int:
    """The demo person's number (as on Telegram) behind a Zalo chat id (see `DemoPerson.zalo_id`)."""
    for p in CAST:
        if p.on_zalo and p.zalo_id == chat_id:
            return p.user_id
    return 0


def button_texts(message: StoredMessage) -> list[str]:
    """Texts of the inline buttons under a message."""
    return [str(b.get("text", "")) for b in message.buttons()]


def button_data(message: StoredMessage, label_part: str) -> str:
    """The callback data of the first button whose text contains `label_part`."""
    for b in message.buttons():
        if label_part.lower() in str(b.get("text", "")).lower() and b.get("callback_data"):
            return str(b["callback_data"])
    raise LookupError(f"no button containing {label_part!r} in {button_texts(message)}")
