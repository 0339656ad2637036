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


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_run_in_webhook_mode_verifies_the_secret_on_every_request(tmp_path: Path, database_url: str) -> None:
    import httpx

    port = _free_port()
    hook = f"http://127.0.0.1:{port}/dondoc-hook"
    async with BotApiEmulator() as emulator:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_BASE_URL": emulator.base_url,
               "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", "WEBHOOK_URL": hook,
               "WEBHOOK_SECRET": "s3cret-Token_value", "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port)}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            registered = await emulator.wait_for_call("setWebhook", timeout=30)
            assert registered.params.get("url") == hook
            assert registered.params.get("secret_token") == "s3cret-Token_value"
            # Telegram (the emulator) posts updates with the secret header: the bot answers.
            reply = await Talk(emulator, OUTSIDER).say("/start", timeout=30)
            assert "mã mời" in (reply.text or "")
            # Anyone else posting to the webhook without the secret is refused, and nothing is answered.
            forged = {"update_id": 999999, "message": {"message_id": 1, "date": 0, "text": "/start",
                      "chat": {"id": 4242, "type": "private"}, "from": {"id": 4242, "is_bot": False, "first_name": "X"}}}
            async with httpx.AsyncClient() as client:
                missing = await client.post(hook, json=forged)
                wrong = await client.post(hook, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
            assert missing.status_code == 403 and wrong.status_code == 403
            await asyncio.sleep(0.5)
            assert emulator.messages(4242) == []
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        assert emulator.token not in stderr.decode()
