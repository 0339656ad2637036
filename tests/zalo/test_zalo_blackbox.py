"""Black box: the Zalo emulator and `dondoc run` as two separate processes, driven over HTTP only —
a Zalo leader joins, receives a reminder, and closes the task."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite
from storage.models import Task

from ..bot.helpers import add_tasks, make_world

pytestmark = pytest.mark.slow
TOKEN = "1459232241454765289:blackbox-zalo-secret"
LEADER = "b1b2b3b4b5b6b7b8b9b0"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def texts_to(http: httpx.AsyncClient, base: str, chat_id: str, count: int, timeout: float = 60.0) -> list[str]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        messages = (await http.get(f"{base}/_zalo/messages", params={"chat_id": chat_id})).json()["messages"]
        if len(messages) >= count or loop.time() > deadline:
            return [m["text"] for m in messages]
        await asyncio.sleep(0.2)


async def test_a_zalo_leader_joins_gets_a_reminder_and_closes_the_task(tmp_path: Path, engine: Engine, database_url: str):
    world = make_world(engine)
    today = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    [number] = add_tasks(engine, world.org_id, "nong_dan", [today - timedelta(days=1)], content="Ra quân làm đường")
    with session_scope(engine) as session:  # an invite valid now (the helpers' are dated 2025)
        code = create_invite(session, actor=Actor.system(world.org_id), role="leader", unit_ref="nong_dan",
                             now=datetime.now(UTC)).code
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", "ZALO_BOT_TOKEN": TOKEN,
           "ZALO_API_BASE_URL": base, "DAILY_CHECK_AT": "23:59"}
    for name in ("TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "ZALO_WEBHOOK_URL"):
        env.pop(name, None)
    emulator = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.emulator.zalo", "--port", str(port), "--token", TOKEN, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    bot = None
    try:
        assert emulator.stdout is not None
        await asyncio.wait_for(emulator.stdout.readline(), 30)  # "Zalo Bot API emulator on …"
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli.main", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        async with httpx.AsyncClient(timeout=10) as http:
            await http.post(f"{base}/_zalo/send", json={"user_id": LEADER, "name": "Nguyễn Văn An",
                                                        "text": f"batdau {code}"})
            [welcome] = (await texts_to(http, base, LEADER, 1))[:1]
            assert "Hội Nông dân" in welcome
            check = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli.main", "check-deadlines", "--date", today.isoformat(), cwd=tmp_path, env=env,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            await asyncio.wait_for(check.communicate(), 60)
            reminder = (await texts_to(http, base, LEADER, 2))[1:]
            assert reminder and f"#{number}" in reminder[0] and "quá hạn" in reminder[0], reminder
            await http.post(f"{base}/_zalo/send", json={"user_id": LEADER, "text": f"xong {number} đã ra quân 2 buổi"})
            closed = (await texts_to(http, base, LEADER, 3))[2:]
            assert closed and f"số {number}" in closed[0], closed
        with session_scope(engine) as session:
            task = session.exec(select(Task).where(Task.org_id == world.org_id, Task.number == number)).one()
            assert task.status == "done" and "2 buổi" in (task.result_note or "")
    finally:
        for process in (bot, emulator):
            if process is not None and process.returncode is None:
                process.send_signal(signal.SIGINT)
        if bot is not None:
            _, stderr = await asyncio.wait_for(bot.communicate(), 30)
            assert bot.returncode == 0, stderr.decode()[-3000:]
            assert TOKEN not in stderr.decode()
        await asyncio.wait_for(emulator.communicate(), 30)
