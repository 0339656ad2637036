"""Benchmark: dispatcher throughput against the local Bot API emulator, as a fraction of the limit.

    python benchmarks/bench_dispatch.py                          # 1,000 messages, 200 private chats, 25/s
    python benchmarks/bench_dispatch.py --per-second 200 --messages 4000
    python benchmarks/bench_dispatch.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench

Queues the messages in a fresh database, then times `Dispatcher.run_once()` sending them through the
real Telegram transport (python-telegram-bot over HTTP) to the emulator. Prints one JSON line with
messages/second, the fraction of the configured overall rate, and the tightest per-chat spacing seen.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from storage.db import is_postgres, make_engine, upgrade  # noqa: E402
from storage.models import Chat, Organization, Outbox  # noqa: E402

NOW = datetime(2025, 3, 10, 1, 0, tzinfo=UTC)


def fill(url: str, messages: int, chats: int) -> list[int]:
    """One organization, `chats` private chats, `messages` pending rows round-robin over them."""
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        if is_postgres(engine):
            conn.execute(text("TRUNCATE outbox, chats, organizations RESTART IDENTITY CASCADE"))
        conn.execute(insert(Organization.__table__), [dict(id=1, name="Bench", level="xa", timezone="Asia/Ho_Chi_Minh", policy={},
                                                          next_task_number=1, created_at=NOW)])
        user_ids = [900_000 + n for n in range(chats)]
        conn.execute(insert(Chat.__table__), [dict(id=n + 1, org_id=1, platform="telegram", chat_id=str(u), kind="private", title="",
                                                   active=True, created_at=NOW) for n, u in enumerate(user_ids)])
        conn.execute(insert(Outbox.__table__), [
            dict(org_id=1, chat_id=n % chats + 1, kind="reminder", subject=f"m{n}", for_date=date(2025, 3, 10),
                 text=f"⏰ <b>Nhắc việc</b> số {n}", parse_mode="HTML", status="pending", attempts=0, next_attempt_at=NOW,
                 created_at=NOW) for n in range(messages)
        ])
    engine.dispose()
    return user_ids


async def run(url: str, messages: int, chats: int, per_second: float, concurrency: int) -> dict:
    """Send everything and measure."""
    from telegram import Bot
    from telegram.request import HTTPXRequest

    from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser
    from bot.transports.telegram import TelegramNotifier
    from scheduler.dispatcher import Dispatcher, Limits

    user_ids = await asyncio.to_thread(fill, url, messages, chats)
    engine = make_engine(url)
    async with BotApiEmulator() as emulator:
        for user_id in user_ids:
            user = EmulatedUser(id=user_id, first_name="U")
            emulator.add_user(user)
            emulator.add_chat(EmulatedChat.private(user))
        request = HTTPXRequest(connection_pool_size=concurrency * 2)
        async with Bot(emulator.token, base_url=emulator.api_base_url, request=request) as bot:
            dispatcher = Dispatcher(engine, TelegramNotifier(bot), limits=Limits(per_second=per_second, concurrency=concurrency))
            started = time.perf_counter()
            counts = await dispatcher.run_once()
            seconds = time.perf_counter() - started
        calls = [c for c in emulator.calls("sendMessage") if c.status == 200]
    per_chat: dict[str, list[float]] = defaultdict(list)
    for call in calls:
        per_chat[str(call.chat_id)].append(call.monotonic)
    gaps = [b - a for stamps in per_chat.values() for a, b in zip(sorted(stamps), sorted(stamps)[1:])]
    stamps = sorted(c.monotonic for c in calls)
    busiest = max(sum(1 for t in stamps[i:] if t < s + 1.0) for i, s in enumerate(stamps)) if stamps else 0
    rate = counts.sent / seconds
    return {
        "database": engine.dialect.name, "messages": messages, "chats": chats, "sent": counts.sent, "seconds": round(seconds, 2),
        "messages_per_second": round(rate, 2), "configured_per_second": per_second,
        "fraction_of_limit": round(rate / per_second, 3), "busiest_1s_window": busiest,
        "min_gap_same_private_chat_s": round(min(gaps), 3) if gaps else None, "concurrency": concurrency,
    }


def main() -> None:
    """Parse options and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file in a temp directory")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--per-second", type=float, default=25.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp(prefix='bench_dispatch_')}/bench.db"
    print(json.dumps(asyncio.run(run(url, args.messages, args.chats, args.per_second, args.concurrency)), ensure_ascii=False))


if __name__ == "__main__":
    main()
