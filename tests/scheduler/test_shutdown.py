"""A normal stop of `dondoc run` (SIGTERM) with messages queued: the dispatcher stops claiming,
finishes and records its sends in flight, hands back what it claimed but did not send (without using
up an attempt), and only then is the bot's HTTP client closed; a restart sends the rest, once."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter

import pytest
from sqlmodel import Session, select

from bot.transports.worker import unfinished
from storage.models import Outbox

from .run_process import start_run_on, wait_until
from .test_crash_and_instances import fill_outbox

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def test_sigterm_with_messages_queued_finishes_in_flight_and_hands_back_the_rest(tmp_path, engine, database_url, emulator):
    texts = fill_outbox(engine, emulator, messages=80, chats=80, user_base=8000)
    # Every send is held 0.4 s by the Bot API, so several are in flight when the signal arrives.
    emulator.inject_faults("sendMessage", "timeout", count=10_000, delay=0.4)
    process = await start_run_on(tmp_path, database_url, emulator)
    try:
        await wait_until(lambda: len(emulator.messages()) >= 5)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    log = stderr.decode()
    assert process.returncode == 0, log[-3000:]
    assert "not initialized" not in log, log[-3000:]

    with Session(engine) as s:
        rows = s.exec(select(Outbox)).all()
    delivered = Counter(m.text for m in emulator.messages())
    assert not [r.id for r in rows if r.status == "sending"], "claimed rows left to wait out the lease"
    assert {r.text for r in rows if r.status == "sent"} == set(delivered)  # every send in flight was recorded
    pending = [r for r in rows if r.status == "pending"]
    assert pending, "the stop came too late to leave anything queued"
    assert all(r.attempts == 0 for r in pending), [(r.id, r.attempts, r.last_error) for r in pending if r.attempts]

    emulator.clear_faults()
    again = await start_run_on(tmp_path, database_url, emulator)
    try:
        await wait_until(lambda: not unfinished(engine))
    finally:
        again.send_signal(signal.SIGTERM)
        await asyncio.wait_for(again.communicate(), timeout=60)
    assert Counter(m.text for m in emulator.messages()) == Counter(texts)
