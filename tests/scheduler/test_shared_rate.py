"""DISPATCH_RATE_PER_SECOND is the bot's total: two dispatchers sharing a database stay together
under the overall rate, measured at the Bot API emulator's arrival times (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from sqlmodel import Session, select
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.transports.telegram import TelegramNotifier
from bot.transports.worker import unfinished
from scheduler.dispatcher import Dispatcher, Limits
from storage.db import make_engine
from storage.models import Outbox

from .run_process import wait_until
from .test_crash_and_instances import fill_outbox

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

RATE = 10.0


def _pooled() -> HTTPXRequest:
    return HTTPXRequest(connection_pool_size=16, read_timeout=10.0)


def busiest_second(stamps: list[float]) -> int:
    """The most arrivals in any half-open one-second window."""
    stamps = sorted(stamps)
    return max(sum(1 for t in stamps[i:] if t < start + 1.0) for i, start in enumerate(stamps))


async def test_two_dispatchers_together_keep_the_overall_rate(engine, database_url, emulator):
    texts = fill_outbox(engine, emulator, messages=40, chats=40, user_base=9700)
    limits = Limits(per_second=RATE, private_interval=0.0, group_interval=0.0, idle_poll=0.2)
    engines = [make_engine(database_url), make_engine(database_url)]
    try:
        # The transport as the worker builds it (a connection pool per dispatcher, not PTB's default of one
        # connection): with one connection, paced sends queue inside the HTTP client and leave it together.
        async with Bot(emulator.token, base_url=emulator.api_base_url, request=_pooled()) as bot_a, \
                Bot(emulator.token, base_url=emulator.api_base_url, request=_pooled()) as bot_b:
            a = Dispatcher(engines[0], TelegramNotifier(bot_a), limits=limits, worker_id="a")
            b = Dispatcher(engines[1], TelegramNotifier(bot_b), limits=limits, worker_id="b")
            stop = asyncio.Event()
            runs = [asyncio.create_task(a.run_forever(stop)), asyncio.create_task(b.run_forever(stop))]
            await wait_until(lambda: not unfinished(engine))  # as in production: both run until drained
            stop.set()
            await asyncio.wait_for(asyncio.gather(*runs), timeout=30)
    finally:
        for e in engines:
            e.dispose()
    with Session(engine) as s:
        workers = Counter(r.claimed_by for r in s.exec(select(Outbox)))
    assert workers["a"] > 0 and workers["b"] > 0, f"one instance did all the work: {workers}"
    assert Counter(m.text for m in emulator.messages()) == Counter(texts)
    peak = busiest_second([c.monotonic for c in emulator.calls("sendMessage")])
    print(f"\nbusiest second with two instances at DISPATCH_RATE_PER_SECOND={RATE:g}: {peak} messages")
    assert peak <= RATE + 2, peak  # two instances each at the full rate would reach twice RATE
