"""The Zalo side of every flow: the same `bot.services` flows as on Telegram, read from Zalo's text
messages and answered in plain text.

- `ZaloOutbound` sends text: split at 2,000 characters, each part counted against the month's
  quota, the admins warned (through the outbox) at 80 %, 95 % and 100 %.
- `ZaloNotifier` is the outbox's `Notifier` for chats whose platform is "zalo".
- `ZaloBot` handles updates: skips one already handled (by message id, in the database, so a
  repeat after a restart is skipped too), reads "/done 12", "xong 12", "gia hạn 12 …", answers a
  pending question (a note after done, a new deadline, an explanation), renders the outcome.
- `poll` long-polls getUpdates; `webhook_handler` serves Zalo's webhook (secret header checked).

What Zalo lacks and what stands in: no buttons → a footer of text commands under each message; no
edits → the new state is a new message; no command menu → /help and the footer; no files from the
bot → a note saying so; links may arrive stripped (`message.unsupported.received`) → a hint to type
the text again. An update is recorded before it is handled: a crash mid-way loses that one command
(the person types it again) rather than running it twice.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from aiohttp import web
from sqlmodel import Session, select

from bot import texts
from bot.services import assign, correct, done, draft_review, explain, extend, importing, onboarding, questions, reports, tasks
from bot.services.base import Caller, Outcome, Services
from bot.services.names import name_choices
from bot.transports.zalo_api import (
    IMAGE_EVENT,
    UNSUPPORTED_EVENT,
    ZaloBadRequest,
    ZaloClient,
    ZaloConflict,
    ZaloError,
    ZaloForbidden,
    ZaloRetryAfter,
    ZaloUnauthorized,
    ZaloUpdate,
    updates_from,
)
from bot.transports.zalo_text import compose, markup_data, parse_command, render, split
from conclusions.errors import DocumentError
from scheduler.notifier import Delivery, DeliveryBlocked, DeliveryRejected, DeliveryRetryAfter, DeliveryTransient
from scheduler.outbox import enqueue
from scheduler.queries import reserve_send_slots
from storage.clock import Clock, SystemClock
from storage.db import session_scope
from storage.errors import DondocError
from storage.inbound import first_time, forget_before
from storage.models import Chat, Member
from storage.usage import count_sent, month_of, warning_due

log = logging.getLogger(__name__)

PLATFORM = "zalo"
DEFAULT_QUOTA = 3000  # free plan, messages per month (Zalo Bot Platform, 2025–2026)
#: Zalo sends per second from the whole bot. The platform publishes no figure; kept well below
#: Telegram's 30/s, and shared by every instance like the dispatcher's rate.
DEFAULT_RATE = 10.0
SECRET_HEADER = "X-Bot-Api-Secret-Token"
#: 400 answers that mean the recipient is gone for good, like a block.
GONE_MARKERS = ("blocked", "not found", "not exist", "unfollow", "user is inactive")
KEEP_RECEIVED = timedelta(days=7)

Flow = Callable[[Services, Caller, list[str]], Outcome]


class ZaloOutbound:
    """Sends plain text to Zalo chats and counts it against the monthly quota."""

    def __init__(self, client: ZaloClient, services: Services, *, quota: int | None = None,
                 per_second: float = DEFAULT_RATE) -> None:
        self.client = client
        self.services = services
        self.quota = quota or services.zalo_quota or DEFAULT_QUOTA
        self.per_second = per_second

    async def send(self, chat_id: str, text: str) -> list[str]:
        """Send `text` in as many 2,000-character parts as needed; returns their message ids."""
        ids: list[str] = []
        for part in split(text):
            await self._pace()
            sent = await self.client.send_message(chat_id, part)
            ids.append(sent.message_id)
            try:
                await asyncio.to_thread(self._count)
            except Exception as exc:  # noqa: BLE001 — the message went out: never make it look failed
                log.warning("Zalo send to %s not counted against the quota: %s", chat_id, type(exc).__name__)
        return ids

    async def _pace(self) -> None:
        """Wait for a slot of Zalo's own rate, shared through the database by every instance (the
        dispatcher's rate is Telegram's; replies and reminders to Zalo chats both pass here)."""
        interval = 1.0 / self.per_second

        def reserve() -> float:
            with session_scope(self.services.engine) as session:
                return reserve_send_slots(session, key=PLATFORM, count=1, interval=interval)

        try:
            wait = await asyncio.to_thread(reserve)
        except Exception as exc:  # noqa: BLE001 — the database is away: send unpaced rather than not at all
            log.warning("Zalo send rate not reserved (%s); sending unpaced", type(exc).__name__)
            return
        if wait > 0:
            await asyncio.sleep(wait)

    def _count(self) -> None:
        now = self.services.now()
        month = month_of(now)
        with session_scope(self.services.engine) as session:
            total = count_sent(session, platform=PLATFORM, month=month)
            level = warning_due(session, platform=PLATFORM, month=month, quota=self.quota)
            if level is not None:
                warned = warn_admins(session, text=texts.zalo_quota_warning(level, total, self.quota, month),
                                     subject=f"zalo-quota:{month}:{level}", today=now.date(), now=now)
                log.warning("Zalo quota: %d of %d messages sent in %s (%d%%), %d admin chats warned",
                            total, self.quota, month, level, warned)
        if level is not None:
            self.services.wake()


def warn_admins(session: Session, *, text: str, subject: str, today: date, now: datetime) -> int:
    """Queue `text` for every active admin's private chat, Telegram first (it does not eat the quota)."""
    rows = session.exec(
        select(Chat).join(Member, Member.id == Chat.member_id).where(  # type: ignore[arg-type]
            Member.role == "admin", Member.active == True, Chat.kind == "private", Chat.active == True,  # noqa: E712
        )
    ).all()
    by_member: dict[int, Chat] = {}
    for chat in sorted(rows, key=lambda c: c.platform != "telegram"):
        by_member.setdefault(chat.member_id or 0, chat)
    count = 0
    for chat in by_member.values():
        assert chat.id is not None
        count += enqueue(session, org_id=chat.org_id, chat_id=chat.id, kind="zalo_quota", subject=subject,
                         for_date=today, text=text, parse_mode=None, now=now)
    return count


class ZaloNotifier:
    """The outbox's `Notifier` for Zalo chats: HTML and buttons turned into plain text and a footer."""

    def __init__(self, outbound: ZaloOutbound) -> None:
        self.outbound = outbound

    async def send(self, delivery: Delivery) -> str:
        """Send one outbox message (in parts if long); returns the first part's message id."""
        text = compose(delivery.text, markup_data(delivery.reply_markup), html_text=delivery.parse_mode == "HTML")
        try:
            ids = await self.outbound.send(delivery.chat_id, text)
        except ZaloRetryAfter as exc:
            raise DeliveryRetryAfter(exc.retry_after) from None
        except ZaloForbidden as exc:
            raise DeliveryBlocked(exc.description) from None
        except ZaloUnauthorized as exc:
            raise DeliveryTransient(exc.description) from None
        except ZaloBadRequest as exc:
            if any(marker in exc.description.lower() for marker in GONE_MARKERS):
                raise DeliveryBlocked(exc.description) from None
            raise DeliveryRejected(exc.description) from None
        except ZaloError as exc:  # 5xx, timeouts, connection errors
            raise DeliveryTransient(str(exc)) from None
        return ids[0] if ids else ""


def _help(services: Services, caller: Caller, args: list[str]) -> Outcome:
    from bot.commands import usages_for

    role, today = onboarding.role_and_today(services, caller)
    return Outcome.say(texts.help_text(role, usages_for(role, today)))


def _cancel(services: Services, caller: Caller, args: list[str]) -> Outcome:
    if questions.cancel(services, caller):
        return Outcome.say(texts.PENDING_CANCELLED)
    try:
        return importing.cancel(services, caller, None, False)
    except DondocError:
        return Outcome.say(texts.NOTHING_PENDING)


FLOWS: dict[str, Flow] = {
    "tasks": tasks.tasks_command, "chitiet": tasks.details_command, "minhchung": tasks.evidence_command,
    "done": done.done_command, "hoantac": done.undo_command, "molai": done.reopen_command,
    "giahan": extend.extension_command, "duyet": extend.approve_command, "tuchoi": extend.reject_command,
    "giaitrinh": explain.explain_command, "yeucaugiaitrinh": explain.request_command,
    "report": reports.report, "export": reports.export, "giao": assign.assign, "sua": correct.correct,
    "start": onboarding.start, "ten": onboarding.name_command, "nhap": draft_review.command,
    "import": lambda services, caller, args: importing.start(services, caller), "luu": importing.save_command,
    "help": _help, "huy": _cancel,
}
ANSWERS: dict[str, Callable[[Services, Caller, str], Outcome | None]] = {
    "done_note": lambda services, caller, text: done.note_received(services, caller, text=text, item=None),
    "extension": extend.answer, "explanation": explain.answer, "assign": assign.answer, "import": importing.answer_text,
}


def user_error(exc: BaseException) -> str | None:
    """The reply for an error a user caused (None: a bug, logged)."""
    if isinstance(exc, DondocError):
        return exc.message
    if isinstance(exc, DocumentError):
        return str(exc)
    return None


class ZaloBot:
    """Handles Zalo updates with the shared flows and answers through `outbound`."""

    def __init__(self, services: Services, outbound: ZaloOutbound, *, clock: Clock | None = None) -> None:
        self.services = services
        self.outbound = outbound
        self.clock = clock or services.clock or SystemClock()
        self.handled = 0

    def caller_of(self, update: ZaloUpdate) -> Caller:
        """The platform-neutral caller of an update."""
        message = update.message
        assert message is not None
        name = " ".join(message.sender.display_name.split())
        choices = name_choices(name, None) if name else ()
        return Caller(
            user_id=message.sender.id, chat_id=message.chat.id, chat_kind="private" if message.chat.private else "group",
            display_name=choices[0] if choices else name or message.sender.id, platform=PLATFORM, name_choices=tuple(choices),
        )

    async def handle(self, update: ZaloUpdate) -> None:
        """Handle one update once, however often the platform serves it."""
        message = update.message
        if message is None or not message.message_id or not message.sender.id:
            return
        if not await asyncio.to_thread(self._first_time, message.message_id):
            log.debug("zalo message %s served again: skipped", message.message_id)
            return
        caller = self.caller_of(update)
        try:
            await self._route(update, caller)
        except ZaloError as exc:
            log.warning("zalo reply to chat %s failed: %s", caller.chat_id, exc)

    def _first_time(self, message_id: str) -> bool:
        now = self.services.now()
        with session_scope(self.services.engine) as session:
            fresh = first_time(session, platform=PLATFORM, message_id=message_id, now=now)
            self.handled += 1
            if self.handled % 500 == 1:
                forget_before(session, before=now - KEEP_RECEIVED)
        return fresh

    async def _route(self, update: ZaloUpdate, caller: Caller) -> None:
        message = update.message
        assert message is not None
        if update.event_name == UNSUPPORTED_EVENT:
            if caller.private:
                await self.reply(caller, Outcome.say(texts.ZALO_UNSUPPORTED))
            return
        text = message.text if message.text is not None else (message.caption or "")
        if not caller.private:  # in a group the bot may see only messages that mention it: "@dondoc xong 12"
            text = " ".join(word for word in text.split(" ") if not word.startswith("@")).strip()
        if update.event_name == IMAGE_EVENT and not text:
            if caller.private:
                await self.reply(caller, Outcome.say(texts.ZALO_IMAGE_NOTED))
            return
        parsed = parse_command(text, [*FLOWS, "unknown"])
        if parsed is not None:
            name, args = parsed
            await self._run(caller, self._command, name, args)
            return
        if not caller.private:
            await asyncio.to_thread(questions.something_else_happened, self.services, caller, command=False, pressed_message_id=None)
        awaiting = await asyncio.to_thread(questions.pending, self.services, caller)
        if awaiting is not None and awaiting.kind in ANSWERS:
            if await self._run(caller, ANSWERS[awaiting.kind], text):
                return
        if caller.private:
            await self.reply(caller, Outcome.say(texts.FREE_TEXT_HINT))

    def _command(self, services: Services, caller: Caller, name: str, args: list[str]) -> Outcome:
        questions.something_else_happened(services, caller, command=True, pressed_message_id=None)
        if name == "unknown":
            return Outcome.say(texts.UNKNOWN_COMMAND)
        return FLOWS[name](services, caller, args)

    async def _run(self, caller: Caller, flow: Callable[..., Outcome | None], *args: Any) -> bool:
        """Run a flow off the loop and send its outcome; user errors become a short reply."""
        try:
            outcome = await asyncio.to_thread(flow, self.services, caller, *args)
        except Exception as exc:  # noqa: BLE001 — user errors are answered, anything else logged
            message = user_error(exc)
            if message is None:
                log.exception("zalo flow %s failed", getattr(flow, "__name__", flow))
                message = texts.UNKNOWN_COMMAND
            await self.reply(caller, Outcome.say(message))
            return True
        if outcome is None:
            return False
        await self.reply(caller, outcome)
        return True

    async def reply(self, caller: Caller, outcome: Outcome) -> None:
        """Send an outcome as plain text: its messages, its edit as a new message, else its toast."""
        shown = [*outcome.messages, *([outcome.edit] if outcome.edit is not None else [])]
        texts_out = [render(m) for m in shown]
        if not texts_out and outcome.toast:
            texts_out = [outcome.toast]
        for text in texts_out:
            if text.strip():
                await self.outbound.send(caller.chat_id, text)
        if outcome.notified:
            self.services.wake()

    # --- receiving ------------------------------------------------------------------------------

    async def poll(self, stop: asyncio.Event, *, timeout: int = 30) -> None:
        """Long-poll getUpdates until `stop` is set (a webhook left set is removed first)."""
        try:
            if await self.outbound.client.get_webhook_info() is not None:
                await self.outbound.client.delete_webhook()
        except ZaloError as exc:  # getUpdates will say so (409) if a webhook is really still set
            log.warning("Zalo getWebhookInfo failed (%s); polling anyway", exc)
        delay = 1.0
        while not stop.is_set():
            poll = asyncio.ensure_future(self.outbound.client.get_updates(timeout=timeout))
            stopping = asyncio.ensure_future(stop.wait())
            done_first, _ = await asyncio.wait({poll, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if poll not in done_first:
                poll.cancel()
                break
            stopping.cancel()
            try:
                updates = poll.result()
            except ZaloConflict:
                log.warning("Zalo refuses getUpdates while a webhook is set; removing it")
                await self.outbound.client.delete_webhook()
                continue
            except ZaloError as exc:
                log.warning("Zalo getUpdates failed (%s); trying again in %.0f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60.0)
                continue
            delay = 1.0
            for update in updates:
                try:
                    await self.handle(update)
                except Exception:  # the loop outlives any one update
                    log.exception("zalo update failed")

    def webhook_handler(self, secret: str) -> Callable[[web.Request], Any]:
        """An aiohttp handler for Zalo's webhook: refuses a wrong secret, answers at once, handles after."""
        pending: set[asyncio.Task[None]] = set()

        async def handler(request: web.Request) -> web.Response:
            if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
                return web.json_response({"ok": False}, status=403)
            try:
                body = await request.json()
            except ValueError:
                return web.json_response({"ok": False}, status=400)
            for update in updates_from(body):
                task = asyncio.get_running_loop().create_task(self.handle(update))
                pending.add(task)
                task.add_done_callback(pending.discard)
            return web.json_response({"ok": True})

        return handler
