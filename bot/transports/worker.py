"""A standalone dispatcher process (used by the crash test and the benchmark):

    python -m bot.transports.worker --database-url URL --api-base-url http://127.0.0.1:8081 --token T

Sends through the real Telegram transport. With `--until-empty` it keeps draining until no row is
pending or in flight (waiting out leases left by a killed predecessor), then prints the counts as
JSON and exits; otherwise it runs until interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from scheduler.dispatcher import DispatchCounts, Dispatcher, Limits
from storage.db import make_engine
from storage.models import Outbox


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m bot.transports.worker", description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--api-base-url", required=True, help="Bot API server, e.g. the emulator's base URL")
    parser.add_argument("--token", required=True)
    parser.add_argument("--worker-id", default=None)
    parser.add_argument("--per-second", type=float, default=25.0)
    parser.add_argument("--private-interval", type=float, default=1.0)
    parser.add_argument("--group-interval", type=float, default=3.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--lease-seconds", type=float, default=120.0)
    parser.add_argument("--until-empty", action="store_true", help="drain, wait out leases, print counts, exit")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def unfinished(engine: Engine) -> int:
    """Rows still pending or in flight."""
    with Session(engine) as session:
        return session.execute(select(func.count()).select_from(Outbox).where(col(Outbox.status).in_(("pending", "sending")))).scalar_one()


async def run(args: argparse.Namespace) -> DispatchCounts:
    """Build the bot and the dispatcher and drain (or serve) the outbox."""
    from telegram import Bot
    from telegram.request import HTTPXRequest

    from bot.transports.telegram import TelegramNotifier

    engine = make_engine(args.database_url)
    limits = Limits(
        per_second=args.per_second, private_interval=args.private_interval, group_interval=args.group_interval,
        concurrency=args.concurrency, lease=timedelta(seconds=args.lease_seconds),
    )
    base = args.api_base_url.rstrip("/")
    request = HTTPXRequest(connection_pool_size=max(8, args.concurrency * 2), read_timeout=10.0)
    bot = Bot(args.token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot", request=request)
    total = DispatchCounts()
    async with bot:
        dispatcher = Dispatcher(engine, TelegramNotifier(bot), limits=limits, worker_id=args.worker_id)
        if not args.until_empty:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            await dispatcher.run_forever(stop)
            return total
        while True:
            counts = await dispatcher.run_once()
            for name, value in counts.to_dict().items():
                setattr(total, name, getattr(total, name) + value)
            if not await asyncio.to_thread(unfinished, engine):
                return total
            await asyncio.sleep(0.05)  # rows in flight elsewhere, or waiting for a lease or a retry


def main(argv: list[str] | None = None) -> None:
    """Entry point."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # request URLs contain the token
    counts = asyncio.run(run(args))
    print(json.dumps(counts.to_dict()), flush=True)


if __name__ == "__main__":
    main()
