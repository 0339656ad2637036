"""Delivery survives SIGKILL at random moments (SQLite and PostgreSQL), and two instances on
PostgreSQL share the daily check and the outbox without sending anything twice."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
import threading
from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from bot.emulator import BotApiEmulator
from bot.transports.worker import unfinished
from scheduler.daily import run_daily_check
from scheduler.dispatcher import Dispatcher, Limits
from scheduler.outbox import enqueue
from storage.db import make_engine, session_scope
from storage.models import CheckRun, Outbox

from .conftest import register_users
from .helpers import REPO_ROOT, join, seed_org, task

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

NOW = datetime(2025, 3, 10, 1, 0, tzinfo=UTC)
DAY = date(2025, 3, 10)


def fill_outbox(engine, emulator: BotApiEmulator, *, messages: int, chats: int, user_base: int) -> list[str]:
    """`messages` rows spread over `chats` private chats; returns their texts."""
    org = seed_org(engine, units=("nong_dan",), user_base=user_base, monitor=False)
    users = [user_base + 100 + n for n in range(chats)]
    register_users(emulator, *users)
    chat_pks = [join(engine, org.org_id, role="member", unit_key="nong_dan", user=str(u)) for u in users]
    texts = [f"Tin số {n}" for n in range(messages)]
    with session_scope(engine) as s:
        for n, text in enumerate(texts):
            enqueue(s, org_id=org.org_id, chat_id=chat_pks[n % chats], kind="reminder", subject=f"m{n}", for_date=DAY, text=text, now=NOW)
    return texts


def delivered(emulator: BotApiEmulator) -> Counter[str]:
    return Counter(m.text or "" for m in emulator.messages())


async def spawn(database_url: str, emulator: BotApiEmulator, concurrency: int) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.transports.worker", "--database-url", database_url,
        "--api-base-url", emulator.base_url, "--token", emulator.token, "--until-empty",
        "--per-second", "1000", "--private-interval", "0", "--concurrency", str(concurrency), "--lease-seconds", "1",
        cwd=str(REPO_ROOT), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_sigkill_at_random_moments_loses_nothing(engine, database_url, emulator, concurrency):
    texts = fill_outbox(engine, emulator, messages=300, chats=20, user_base=3000)
    rng = random.Random(20250310 + concurrency)
    kills = 0
    while kills < 5:
        worker = await spawn(database_url, emulator, concurrency)
        target = len(emulator.messages()) + rng.randint(5, 40)
        for _ in range(600):  # until it has sent a few more, then kill it mid-flight
            if len(emulator.messages()) >= target or worker.returncode is not None:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(rng.random() * 0.02)
        if worker.returncode is not None:
            break
        worker.send_signal(signal.SIGKILL)
        await worker.wait()
        kills += 1
    final = await spawn(database_url, emulator, concurrency)
    out, err = await asyncio.wait_for(final.communicate(), timeout=60)
    assert final.returncode == 0, err.decode()[-2000:]

    got = delivered(emulator)
    assert set(texts) <= set(got), f"lost: {sorted(set(texts) - set(got))[:10]}"
    duplicates = sum(got.values()) - len(texts)
    print(f"\nconcurrency={concurrency} kills={kills} duplicates={duplicates}")
    assert kills >= 3
    assert duplicates <= kills * concurrency, (duplicates, kills)
    with Session(engine) as s:
        assert {r.status for r in s.exec(select(Outbox))} == {"sent"}


async def test_two_instances_check_and_dispatch_every_message_exactly_once(engine, database_url, emulator, is_postgres_run):
    if not is_postgres_run:
        pytest.skip("two instances share PostgreSQL (FOR UPDATE SKIP LOCKED); SQLite is one process per file")
    orgs = []
    for n in range(6):
        org = seed_org(engine, name=f"Đảng ủy xã {n}", units=("nong_dan", "phu_nu"), user_base=4000 + 200 * n)
        register_users(emulator, 4000 + 200 * n, 4001 + 200 * n, 4099 + 200 * n)
        for k in range(5):
            task(engine, org.org_id, "nong_dan", f"Việc {k}", due=date(2025, 3, 10 + k))
            task(engine, org.org_id, "phu_nu", f"Việc {k}", due=date(2025, 3, 3 + k))
        orgs.append(org.org_id)
    filled = fill_outbox(engine, emulator, messages=200, chats=25, user_base=6000)

    engines = [make_engine(database_url), make_engine(database_url)]
    barrier = threading.Barrier(2)
    results: list[list[str]] = [[], []]

    def instance(n: int) -> None:
        barrier.wait()
        for org_id in orgs:
            results[n].append(run_daily_check(engines[n], org_id=org_id, day=DAY, now=NOW).status)

    threads = [threading.Thread(target=instance, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    await asyncio.to_thread(lambda: [t.join() for t in threads])
    assert sorted(results[0] + results[1]) == ["already_checked"] * 6 + ["ran"] * 6
    with Session(engine) as s:
        assert len(s.exec(select(CheckRun)).all()) == 6
        expected = len(s.exec(select(Outbox)).all())
    assert expected > len(filled)

    from telegram import Bot

    from bot.transports.telegram import TelegramNotifier

    limits = Limits(per_second=1000, private_interval=0, concurrency=4)
    async with Bot(emulator.token, base_url=emulator.api_base_url) as bot_a, Bot(emulator.token, base_url=emulator.api_base_url) as bot_b:
        a = Dispatcher(engines[0], TelegramNotifier(bot_a), limits=limits, worker_id="a")
        b = Dispatcher(engines[1], TelegramNotifier(bot_b), limits=limits, worker_id="b")
        counts = await asyncio.gather(a.run_once(), b.run_once())
    assert counts[0].sent + counts[1].sent == expected and counts[0].sent > 0 and counts[1].sent > 0
    per_chat = Counter((m.chat_id, m.text) for m in emulator.messages())
    assert sum(per_chat.values()) == expected and max(per_chat.values()) == 1
    with Session(engine) as s:
        rows = s.exec(select(Outbox)).all()
    assert {r.status for r in rows} == {"sent"} and {r.claimed_by for r in rows} == {"a", "b"}
    for e in engines:
        e.dispose()


async def test_two_dispatchers_keep_per_chat_pacing_across_instances(engine, database_url, emulator, is_postgres_run):
    """Two dispatchers draining the same chats: the 1 s per private chat (and the group interval)
    hold for both together, measured at the emulator's arrival times."""
    if not is_postgres_run:
        pytest.skip("several dispatcher instances share PostgreSQL; SQLite is one process per file")
    from telegram import Bot

    from bot.emulator import EmulatedChat
    from bot.transports.telegram import TelegramNotifier

    org = seed_org(engine, units=("nong_dan",), user_base=7000, monitor=False)
    users = [7100 + n for n in range(6)]
    register_users(emulator, *users)
    chat_pks = {u: join(engine, org.org_id, role="member", unit_key="nong_dan", user=str(u)) for u in users}
    groups = [-7201, -7202]
    for n, g in enumerate(groups):
        emulator.add_chat(EmulatedChat.group(g, f"Nhóm {n}"))
        chat_pks[g] = join(engine, org.org_id, role="member", unit_key="nong_dan", user=str(7300 + n), chat=str(g),
                           kind="group", title=f"Nhóm {n}")
    per_chat = {**{u: 4 for u in users}, **{g: 3 for g in groups}}
    with session_scope(engine) as s:
        for target, count in per_chat.items():
            for n in range(count):
                enqueue(s, org_id=org.org_id, chat_id=chat_pks[target], kind="reminder", subject=f"{target}:{n}",
                        for_date=DAY, text=f"{target} tin {n}", now=NOW)

    limits = Limits(per_second=1000, private_interval=1.0, group_interval=1.5, concurrency=4)
    engines = [make_engine(database_url), make_engine(database_url)]
    try:
        async with Bot(emulator.token, base_url=emulator.api_base_url) as bot_a, Bot(emulator.token, base_url=emulator.api_base_url) as bot_b:
            a = Dispatcher(engines[0], TelegramNotifier(bot_a), limits=limits, worker_id="a")
            b = Dispatcher(engines[1], TelegramNotifier(bot_b), limits=limits, worker_id="b")
            stop = asyncio.Event()
            runs = [asyncio.create_task(a.run_forever(stop)), asyncio.create_task(b.run_forever(stop))]
            for _ in range(300):  # as in production: both loops run until the outbox is drained
                if not await asyncio.to_thread(unfinished, engine):
                    break
                await asyncio.sleep(0.05)
            stop.set()
            await asyncio.wait_for(asyncio.gather(*runs), timeout=10)
    finally:
        for e in engines:
            e.dispose()

    assert Counter(m.text for m in emulator.messages()) == {f"{t} tin {n}": 1 for t, c in per_chat.items() for n in range(c)}
    with Session(engine) as s:
        rows = s.exec(select(Outbox)).all()
    by_chat: dict[int, set[str]] = {}
    for r in rows:
        by_chat.setdefault(r.chat_id, set()).add(r.claimed_by or "")
    assert any(workers == {"a", "b"} for workers in by_chat.values()), "no chat was served by both instances"
    gaps = {}
    for target, count in per_chat.items():
        stamps = sorted(c.monotonic for c in emulator.calls("sendMessage", chat_id=target))
        assert len(stamps) == count
        gaps[target] = min(later - earlier for earlier, later in zip(stamps, stamps[1:]))
    print("\nmin gap per chat:", {k: round(v, 3) for k, v in gaps.items()})
    assert min(gaps[u] for u in users) >= 0.95, gaps
    assert min(gaps[g] for g in groups) >= 1.45, gaps


async def spawn_with_lease(database_url: str, emulator: BotApiEmulator, *, lease: float, concurrency: int) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.transports.worker", "--database-url", database_url,
        "--api-base-url", emulator.base_url, "--token", emulator.token, "--until-empty",
        "--per-second", "1000", "--private-interval", "0", "--concurrency", str(concurrency), "--lease-seconds", str(lease),
        cwd=str(REPO_ROOT), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )


async def test_after_sigkill_a_restarted_dispatcher_reclaims_at_once_and_duplicates_at_most_the_sends_in_flight(
    engine, database_url, emulator
):
    """With the production lease (120 s; here an hour, so waiting it out would hang the test), a
    process started after a SIGKILL on the same host takes the dead one's claimed rows back at once.
    Every send is held 0.3 s by the Bot API, so a full `concurrency` of sends is in flight at each kill."""
    concurrency = Limits().concurrency
    texts = fill_outbox(engine, emulator, messages=120, chats=40, user_base=5000)
    emulator.inject_faults("sendMessage", "timeout", count=100_000, delay=0.3)
    kills = 0
    for _ in range(3):
        worker = await spawn_with_lease(database_url, emulator, lease=3600, concurrency=concurrency)
        target = len(emulator.messages()) + 10
        for _ in range(1200):
            if len(emulator.messages()) >= target:
                break
            await asyncio.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        await worker.wait()
        kills += 1
    emulator.clear_faults()
    final = await spawn_with_lease(database_url, emulator, lease=3600, concurrency=concurrency)
    try:
        out, err = await asyncio.wait_for(final.communicate(), timeout=60)  # waiting out the lease would take an hour
    finally:
        if final.returncode is None:
            final.kill()
            await final.wait()
    assert final.returncode == 0, err.decode()[-2000:]
    got = delivered(emulator)
    assert set(got) == set(texts)
    duplicates = sum(got.values()) - len(texts)
    print(f"\nconcurrency={concurrency}: {duplicates} duplicates after {kills} SIGKILLs ({duplicates / kills:.1f} per crash)")
    assert duplicates <= kills * concurrency, (duplicates, kills)
    with Session(engine) as s:
        assert {r.status for r in s.exec(select(Outbox))} == {"sent"}
