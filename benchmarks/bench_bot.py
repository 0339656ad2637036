"""Bot latency through the local Bot API emulator: /tasks for a unit with 1,000 tasks, and a button
press (the ▶ page button, which re-reads and re-renders the same list and edits the message).

Each sample is the time from the emulator queueing the user's update to the bot's reply (sendMessage
or editMessageText) reaching the emulator: long-poll pickup + handler + database + HTTP, the part
the server controls. Telegram's own network time is not included.

    .venv/bin/python benchmarks/bench_bot.py [--tasks 1000] [--runs 60] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from bot.app import build_application, start_application, stop_application
from bot.emulator import BotApiEmulator, EmulatedUser
from bot.handlers.guards import FloodGuard
from bot.services.base import Services
from storage.access import Actor
from storage.clock import FixedClock
from storage.db import make_engine, session_scope, upgrade
from storage.imports import allocate_task_numbers
from storage.invites import create_invite
from storage.models import Task
from storage.organizations import create_organization, get_unit
from storage.settings import Settings

LEADER = EmulatedUser(id=9001, first_name="Lãnh đạo")
START = datetime(2025, 3, 9, 23, 0, tzinfo=UTC)  # 06:00 in Hà Nội


def seed(url: str, count: int) -> str:
    """An organization whose farmers' union has `count` open tasks; returns a leader invite code."""
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        org = create_organization(session, name="Đảng ủy xã Benchmark", level="xa")
        actor = Actor.system(org.id)  # type: ignore[arg-type]
        unit = get_unit(session, org_id=org.id, ref="nong_dan")  # type: ignore[arg-type]
        first = allocate_task_numbers(session, org_id=org.id, count=count)  # type: ignore[arg-type]
        for offset in range(count):
            due = date(2025, 1, 1) + timedelta(days=offset % 365) if offset % 10 else None
            session.add(Task(org_id=org.id, number=first + offset, unit_id=unit.id, content=f"Nhiệm vụ thử số {offset} " * 4,  # type: ignore[arg-type]
                             due=due, deadline_text=due.strftime("%d/%m/%Y") if due else None, ref=str(offset % 20)))
        code = create_invite(session, actor=actor, role="leader", unit_ref="nong_dan", now=START).code
    engine.dispose()
    return code


def summarize(name: str, samples: list[float]) -> str:
    """Median and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return f"{name:<28} n={len(samples):<4} median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


async def bench(url: str, count: int, runs: int) -> None:
    code = seed(url, count)
    async with BotApiEmulator() as emulator:
        settings = Settings(_env_file=None, telegram_bot_token=emulator.token,  # type: ignore[call-arg]
                            telegram_api_base_url=emulator.base_url, database_url=url)
        engine = make_engine(url)
        services = Services(engine=engine, clock=FixedClock(START))
        # No AIORateLimiter: it paces calls to Telegram's budget, which is not server time.
        application = build_application(settings, services, flood_guard=FloodGuard(rate=1e6, burst=10**6), rate_limiter=False)
        await start_application(application, poll_timeout=5)
        try:
            await emulator.send_text(LEADER, None, f"/start {code}")
            await emulator.wait_for_message(LEADER.id)
            listing_times: list[float] = []
            message = None
            for _ in range(runs):
                started = time.perf_counter()
                await emulator.send_text(LEADER, None, "/tasks")
                message = await emulator.wait_for_message(LEADER.id, timeout=30)
                listing_times.append(time.perf_counter() - started)
            assert message is not None and f"{count} nhiệm vụ" in (message.text or ""), message.text
            press_times: list[float] = []
            for _ in range(runs):
                data = next(b["callback_data"] for b in message.buttons() if b["text"].startswith("Sau"))
                started = time.perf_counter()
                await emulator.press_button(LEADER, None, message.message_id, data)
                message = await emulator.wait_for_message(LEADER.id, lambda m: m.edited, timeout=30)
                press_times.append(time.perf_counter() - started)
        finally:
            await stop_application(application)
            engine.dispose()
    print(f"database: {url.split('://')[0].split('+')[0]}, {count} tasks in the unit, {runs} runs each")
    print(summarize("/tasks (first page)", listing_times))
    print(summarize("button press (▶ next page)", press_times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, scratch_database(args.database_url, Path(tmp)) as url:
        asyncio.run(bench(url, args.tasks, args.runs))


@contextmanager
def scratch_database(url: str | None, tmp: Path) -> Iterator[str]:
    """A fresh SQLite file, or a throw-away schema in the given PostgreSQL database."""
    if not url or not url.startswith("postgres"):
        yield url or f"sqlite:///{tmp / 'bench.db'}"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
