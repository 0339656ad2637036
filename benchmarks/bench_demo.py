"""Seconds per simulated day of `dondoc demo`, in its two forms.

- **script**: `dondoc demo --script --days N` as a user runs it, for two values of N; the seconds
  per day are the slope (t(long) − t(short)) / (long − short), so start-up, the setup through the
  bot and the scripted actions cancel out.
- **page**: the chat page's "+7 ngày" (POST /_demo/advance {"days": 7}) against a demo world set
  up in this process, timed from the request to its answer.

    .venv/bin/python benchmarks/bench_demo.py                    # script 7 and 21 days, page +7 days, 3 runs
    .venv/bin/python benchmarks/bench_demo.py --short 7 --long 28 --runs 1

Prints one JSON line (median of the runs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def script_seconds(days: int) -> float:
    """Wall seconds of one `dondoc demo --script --days N` process (its own temporary database)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATABASE_URL", None)
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "demo", "--script", "--days", str(days), "--db", str(Path(tmp) / "demo.db")],
            check=True, capture_output=True, env=env, cwd=tmp,
        )
        return time.perf_counter() - started


async def page_seconds(days: int) -> float:
    """Seconds the page's advance request takes for `days` days on a freshly set-up demo world."""
    from bot.demo.world import DemoWorld

    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        world = DemoWorld(Path(tmp) / "demo.db")
        await world.start()
        try:
            await world.ensure_setup()
            async with aiohttp.ClientSession() as http:
                started = time.perf_counter()
                async with http.post(world.emulator.base_url + "/_demo/advance", json={"days": days}) as response:
                    response.raise_for_status()
                    await response.json()
                return time.perf_counter() - started
        finally:
            await world.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", type=int, default=7)
    parser.add_argument("--long", type=int, default=21)
    parser.add_argument("--page-days", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    short, long_ = [], []
    page = []
    for _ in range(args.runs):
        short.append(script_seconds(args.short))
        long_.append(script_seconds(args.long))
        page.append(asyncio.run(page_seconds(args.page_days)))
    t_short, t_long, t_page = statistics.median(short), statistics.median(long_), statistics.median(page)
    print(json.dumps({
        "script_days": [args.short, args.long],
        "script_seconds": [round(t_short, 2), round(t_long, 2)],
        "script_seconds_per_day": round((t_long - t_short) / (args.long - args.short), 3),
        "page_days": args.page_days,
        "page_seconds": round(t_page, 2),
        "page_seconds_per_day": round(t_page / args.page_days, 3),
        "runs": args.runs,
    }))


if __name__ == "__main__":
    main()
