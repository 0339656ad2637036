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
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        assert process.returncode == 0, stderr.decode()[-3000:]
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


# --- start-up failures: one line naming the setting, never the token, exit 2 ---------------------

WRONG_TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_secret"


async def _run_until_exit(tmp_path: Path, database_url: str, *, token: str, base_url: str) -> tuple[int, str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": base_url,
           "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    env.pop("WEBHOOK_URL", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode() + err.decode()


async def test_run_with_a_token_the_bot_api_rejects_says_so_in_one_line(tmp_path: Path, database_url: str) -> None:
    async with BotApiEmulator() as emulator:
        code, output = await _run_until_exit(tmp_path, database_url, token=WRONG_TOKEN, base_url=emulator.base_url)
    lines = [line for line in output.splitlines() if line.strip()]
    assert code == 2, output
    assert len(lines) == 1, output
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and "401" in lines[0]
    assert WRONG_TOKEN not in output and WRONG_TOKEN.split(":")[1] not in output


async def test_run_against_an_address_that_is_not_a_bot_api_names_the_setting(tmp_path: Path, database_url: str) -> None:
    async with BotApiEmulator() as emulator:
        # A proxy or web server at the address: 404 for the token's path, or some other 4xx page.
        for base_url in (f"{emulator.base_url}/no-bot-api-here", f"{emulator.base_url}/_emulator"):
            code, output = await _run_until_exit(tmp_path, database_url, token=emulator.token, base_url=base_url)
            lines = [line for line in output.splitlines() if line.strip()]
            assert code == 2, output
            assert len(lines) == 1, output
            assert "TELEGRAM_API_BASE_URL" in lines[0]
            assert emulator.token not in output and emulator.token.split(":")[1] not in output


async def test_run_waits_out_an_unreachable_bot_api_and_starts_when_it_is_back(tmp_path: Path, database_url: str) -> None:
    port = _free_port()
    token = "123456:ABC-unreachable-at-first"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}",
           "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    env.pop("WEBHOOK_URL", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    assert process.stderr is not None
    seen: list[str] = []
    try:
        while len(seen) < 2:  # two tries logged: it is retrying, not crashing
            line = (await asyncio.wait_for(process.stderr.readline(), timeout=60)).decode()
            assert line, f"dondoc run exited while the Bot API was unreachable: {seen}"
            seen.append(line)
        assert all("unreachable" in line and "retrying" in line for line in seen), seen
        assert process.returncode is None
        async with BotApiEmulator(port=port, token=token) as emulator:
            reply = await Talk(emulator, OUTSIDER).say("/start", timeout=60)
            assert "mã mời" in (reply.text or "")
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0
    assert token not in "".join(seen) + rest.decode()


async def test_two_instances_polling_one_token_say_so_in_one_line(tmp_path: Path, database_url: str) -> None:
    async with BotApiEmulator() as emulator:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_BASE_URL": emulator.base_url,
               "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
        env.pop("WEBHOOK_URL", None)
        processes = []
        try:
            for _ in range(2):  # the second starts once the first polls
                processes.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
                ))
                await emulator.wait_for_call("deleteWebhook", timeout=30)  # polling starts right after
            for _ in range(600):  # until one of them has been told by Telegram (409) that the other polls
                if any(c.status == 409 for c in emulator.calls("getUpdates")):
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(3)  # PTB retries a conflicting poll after 1 s, then 1.5 s…
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGINT)
            logs = [(await asyncio.wait_for(p.communicate(), timeout=30))[1].decode() for p in processes]
    assert any(c.status == 409 for c in emulator.calls("getUpdates"))
    text = "\n".join(logs)
    assert "handler failed" not in text, text[-3000:]
    conflict_lines = [line for line in text.splitlines() if "another instance is receiving this bot's updates" in line]
    assert conflict_lines, text[-3000:]
    assert all(log.count("another instance") <= 1 for log in logs), text[-3000:]
    assert emulator.token not in text
