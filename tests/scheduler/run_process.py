"""Start `dondoc run` as a real process against the emulator, for the start-up, shutdown and
outage tests."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.emulator import BotApiEmulator

from .helpers import REPO_ROOT


async def start_run(tmp_path: Path, database_url: str, *, token: str, base_url: str, **env: str) -> asyncio.subprocess.Process:
    """`dondoc run` (long polling) with these settings; stdout and stderr piped."""
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": base_url,
                   "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO_ROOT), **env}
    environment.pop("WEBHOOK_URL", None)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def start_run_on(tmp_path: Path, database_url: str, emulator: BotApiEmulator, **env: str) -> asyncio.subprocess.Process:
    """`dondoc run` pointed at `emulator`."""
    return await start_run(tmp_path, database_url, token=emulator.token, base_url=emulator.base_url, **env)


async def wait_until(predicate, *, timeout: float = 60.0, step: float = 0.05) -> None:  # type: ignore[no-untyped-def]
    """Poll `predicate` (a plain function) until it is true; fail after `timeout` seconds."""
    for _ in range(int(timeout / step)):
        if await asyncio.to_thread(predicate):
            return
        await asyncio.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s")
