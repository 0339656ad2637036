"""The dispatcher against the Bot API emulator through the real Telegram transport: pacing, 429,
5xx, timeouts, blocked chats and rejected messages. Time for retries is a FixedClock."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session

from bot.emulator import BotApiEmulator, EmulatedUser
from scheduler.dispatcher import Dispatcher, Limits
from scheduler.outbox import enqueue
from storage.clock import FixedClock
from storage.db import session_scope
from storage.models import Outbox

from .conftest import register_users
from .helpers import chat, outbox, seed_org

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

NOW = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
DAY = date(2025, 3, 3)
FAST = Limits(per_second=200, private_interval=0.0, group_interval=0.0, backoff_base=2.0)
LEADER, OTHER, MONITOR = 1000, 1001, 1099


@pytest.fixture
def org(engine, emulator: BotApiEmulator):
    """Two unit leaders and a monitor, all with private chats the emulator knows."""
    seeded = seed_org(engine)
    register_users(emulator, LEADER, OTHER, MONITOR)
    return seeded


def put(engine, org_id: int, chat_pk: int, text: str, subject: str = "s", kind: str = "reminder") -> int:
    """Enqueue one message; returns the outbox id."""
    with session_scope(engine) as s:
        assert enqueue(s, org_id=org_id, chat_id=chat_pk, kind=kind, subject=subject, for_date=DAY, text=text, now=NOW)
    return outbox(engine, chat_id=chat_pk, subject=subject)[0].id  # type: ignore[return-value]


def row(engine, outbox_id: int) -> Outbox:
    with Session(engine) as s:
        found = s.get(Outbox, outbox_id)
        assert found is not None
        return found


def texts(emulator: BotApiEmulator, chat_id: int) -> list[str]:
    return [m.text or "" for m in emulator.messages(chat_id)]


async def test_pending_rows_are_sent_once_and_marked_sent(engine, emulator, notifier, org):
    ids = [put(engine, org.org_id, org.chats["nong_dan"], f"Nhắc việc <b>số {n}</b>", subject=f"s{n}") for n in range(3)]
    dispatcher = Dispatcher(engine, notifier, clock=FixedClock(NOW), limits=FAST)
    counts = await dispatcher.run_once()
    assert counts.sent == 3
    assert texts(emulator, LEADER) == ["Nhắc việc số 0", "Nhắc việc số 1", "Nhắc việc số 2"]
    assert all(row(engine, i).status == "sent" and row(engine, i).platform_message_id for i in ids)
    assert (await dispatcher.run_once()).sent == 0


async def test_429_waits_exactly_retry_after(engine, emulator, notifier, org):
    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc")
    emulator.inject_faults("sendMessage", "429", retry_after=7)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=FAST)
    counts = await dispatcher.run_once()
    assert (counts.sent, counts.retried) == (0, 1)
    waiting = row(engine, outbox_id)
    assert waiting.status == "pending" and waiting.next_attempt_at == NOW + timedelta(seconds=7)
    assert waiting.attempts == 0  # a 429 is pacing, not a failed attempt
    clock.advance(timedelta(seconds=6.9))
    assert (await dispatcher.run_once()).sent == 0
    clock.advance(timedelta(seconds=0.1))
    assert (await dispatcher.run_once()).sent == 1
    assert [c.status for c in emulator.calls("sendMessage")] == [429, 200]


async def test_429_pauses_every_chat_not_only_the_one_that_got_it(engine, emulator, notifier, org):
    put(engine, org.org_id, org.chats["nong_dan"], "một")
    put(engine, org.org_id, org.chats["phu_nu"], "hai")
    emulator.inject_faults("sendMessage", "429", retry_after=5)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=Limits(per_second=200, private_interval=0, concurrency=1))
    await dispatcher.run_once()
    assert len(emulator.calls("sendMessage")) == 1
    clock.advance(timedelta(seconds=5))
    assert (await dispatcher.run_once()).sent == 2


async def test_500_retries_with_exponential_backoff_then_succeeds(engine, emulator, notifier, org):
    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc")
    emulator.inject_faults("sendMessage", "500", count=2)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=FAST)
    await dispatcher.run_once()
    first = row(engine, outbox_id)
    assert first.status == "pending" and first.attempts == 1 and "Internal Server Error" in (first.last_error or "")
    assert timedelta(seconds=1) <= first.next_attempt_at - NOW <= timedelta(seconds=2)  # base 2 s, equal jitter
    clock.set(first.next_attempt_at)
    await dispatcher.run_once()
    second = row(engine, outbox_id)
    assert second.attempts == 2
    assert timedelta(seconds=2) <= second.next_attempt_at - clock.now() <= timedelta(seconds=4)
    clock.set(second.next_attempt_at)
    assert (await dispatcher.run_once()).sent == 1
    assert row(engine, outbox_id).status == "sent"
    assert texts(emulator, LEADER) == ["Nhắc việc"]


async def test_timeout_is_retried_and_the_message_arrives(engine, emulator, notifier, org):
    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc")
    emulator.inject_faults("sendMessage", "timeout", delay=0.8)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=FAST)
    counts = await dispatcher.run_once()
    assert counts.retried == 1 and row(engine, outbox_id).status == "pending"
    clock.advance(timedelta(seconds=2))
    assert (await dispatcher.run_once()).sent == 1
    await emulator.wait_for_message(LEADER, since=0, timeout=3)
    # Telegram may deliver a request we timed out on, as the emulator does after `delay`: the
    # one duplicate the Bot API cannot let us avoid, never a loss.
    assert 1 <= texts(emulator, LEADER).count("Nhắc việc") <= 2


async def test_403_marks_chat_inactive_stops_sending_and_reports_to_board(engine, emulator, notifier, org):
    blocked = org.chats["nong_dan"]
    first = put(engine, org.org_id, blocked, "Nhắc việc 1", subject="a")
    second = put(engine, org.org_id, blocked, "Nhắc việc 2", subject="b")
    emulator.block(EmulatedUser(id=LEADER, first_name="x"))
    dispatcher = Dispatcher(engine, notifier, clock=FixedClock(NOW), limits=Limits(per_second=200, private_interval=0, concurrency=1))
    counts = await dispatcher.run_once()
    assert counts.blocked == 1
    gone = chat(engine, blocked)
    assert not gone.active and "blocked" in (gone.inactive_reason or "")
    assert {row(engine, first).status, row(engine, second).status} == {"failed"}
    report = texts(emulator, MONITOR)
    assert len(report) == 1 and "bị chặn" in report[0] and "Hội Nông dân xã" in report[0]
    assert len(emulator.calls("sendMessage", chat_id=LEADER)) == 1  # the second was never attempted
    put(engine, org.org_id, blocked, "Nhắc việc 3", subject="c")
    await dispatcher.run_once()
    assert len(emulator.calls("sendMessage", chat_id=LEADER)) == 1


async def test_rejected_message_fails_at_once_and_is_reported(engine, emulator, notifier, org):
    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc <b>hỏng")
    dispatcher = Dispatcher(engine, notifier, clock=FixedClock(NOW), limits=FAST)
    counts = await dispatcher.run_once()
    assert counts.failed == 1 and row(engine, outbox_id).status == "failed"
    report = texts(emulator, MONITOR)
    assert len(report) == 1 and "Gửi tin thất bại" in report[0] and "nhắc việc ngày 03/03/2025" in report[0]


async def test_gives_up_after_max_attempts_and_reports(engine, emulator, notifier, org):
    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc")
    emulator.inject_faults("sendMessage", "500", count=3, chat_id=LEADER)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=Limits(per_second=200, private_interval=0, max_attempts=3))
    for _ in range(3):
        await dispatcher.run_once()
        clock.advance(timedelta(hours=1))
    failed = row(engine, outbox_id)
    assert failed.status == "failed" and failed.attempts == 3
    assert "3 lần thử" in texts(emulator, MONITOR)[0]


async def test_private_chat_gets_at_most_one_message_per_interval(engine, emulator, notifier, org):
    for n in range(3):
        put(engine, org.org_id, org.chats["nong_dan"], f"tin {n}", subject=f"p{n}")
    dispatcher = Dispatcher(engine, notifier, clock=FixedClock(NOW), limits=Limits(per_second=200, private_interval=0.3))
    await dispatcher.run_once()
    stamps = [c.monotonic for c in emulator.calls("sendMessage", chat_id=LEADER)]
    assert len(stamps) == 3
    assert all(b - a >= 0.28 for a, b in zip(stamps, stamps[1:]))


async def test_overall_rate_is_respected_across_chats(engine, emulator, notifier, org):
    users = list(range(5000, 5030))
    register_users(emulator, *users)
    from .helpers import join
    chats = [join(engine, org.org_id, role="leader", unit_key="cuu_chien_binh", user=str(u)) for u in users]
    for pk in chats:
        put(engine, org.org_id, pk, "tin", subject=f"c{pk}")
    dispatcher = Dispatcher(engine, notifier, clock=FixedClock(NOW), limits=Limits(per_second=50, concurrency=8))
    started = time.monotonic()
    assert (await dispatcher.run_once()).sent == 30
    stamps = sorted(c.monotonic for c in emulator.calls("sendMessage"))
    assert stamps[-1] - stamps[0] >= 29 / 50 * 0.95
    assert time.monotonic() - started < 5


class TakenOverNotifier:
    """Simulates a send that outlived its lease: while it hangs, another dispatcher reclaims the row
    and delivers it; then this send fails."""

    def __init__(self, engine, error: Exception) -> None:
        self.engine, self.error, self.chats = engine, error, []

    async def send(self, delivery) -> str:
        from sqlalchemy import update

        self.chats.append(delivery.chat_id)
        if len(self.chats) > 1:
            return "1"  # e.g. the board's report of the block
        with session_scope(self.engine) as s:
            s.execute(update(Outbox).values(status="sent", claimed_by="other", platform_message_id="77"))
        raise self.error


@pytest.mark.parametrize("error", ["transient", "rejected", "blocked"])
async def test_a_late_failure_does_not_requeue_a_row_another_dispatcher_delivered(engine, emulator, org, error):
    from scheduler.notifier import DeliveryBlocked, DeliveryRejected, DeliveryTransient

    outbox_id = put(engine, org.org_id, org.chats["nong_dan"], "Nhắc việc")
    exc = {"transient": DeliveryTransient("timed out"), "rejected": DeliveryRejected("Bad Request"),
           "blocked": DeliveryBlocked("Forbidden: bot was blocked by the user")}[error]
    notifier = TakenOverNotifier(engine, exc)
    clock = FixedClock(NOW)
    dispatcher = Dispatcher(engine, notifier, clock=clock, limits=FAST, worker_id="late")
    await dispatcher.run_once()
    kept = row(engine, outbox_id)
    assert (kept.status, kept.claimed_by, kept.platform_message_id) == ("sent", "other", "77")
    clock.advance(timedelta(hours=1))
    await dispatcher.run_once()
    assert notifier.chats.count(str(LEADER)) == 1  # never sent again
    if error != "blocked":
        assert outbox(engine, kind="delivery_failed") == []  # nothing to report: it was delivered
