"""`dondoc run`: refuses to start without a token; with one, polls the Bot API it is pointed at."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from typer.testing import CliRunner

from bot.cli.main import app as cli
from bot.emulator import BotApiEmulator

from .helpers import OUTSIDER, Talk


def test_run_without_token_explains_botfather_and_demo(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert "@BotFather" in result.output and "dondoc demo" in result.output


async def test_run_polls_the_configured_bot_api(tmp_path: Path, database_url: str) -> None:
    async with BotApiEmulator() as emulator:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_BASE_URL": emulator.base_url,
               "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
        env.pop("WEBHOOK_URL", None)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            reply = await Talk(emulator, OUTSIDER).say("/start", timeout=30)
            assert "mã mời" in (reply.text or "")
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        assert emulator.token not in stderr.decode()
