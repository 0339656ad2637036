"""`dondoc dispatch --once` sends what is waiting: a 429 on the way is waited out (retry_after),
not a reason to stop and leave the queue; a refused token is one line without the token."""

from __future__ import annotations

import asyncio
import os
import sys
from collections import Counter

import pytest
from sqlmodel import Session, select

from storage.models import Outbox

from .helpers import REPO_ROOT
from .test_crash_and_instances import fill_outbox

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def dispatch_once(tmp_path, database_url: str, token: str, base_url: str) -> tuple[int, str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": base_url,
           "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO_ROOT)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli.main", "dispatch", "--once", "--json", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, out.decode() + err.decode()


async def test_dispatch_once_waits_out_a_429_and_sends_everything_waiting(tmp_path, engine, database_url, emulator):
    texts = fill_outbox(engine, emulator, messages=21, chats=21, user_base=9000)
    emulator.inject_faults("sendMessage", "429", count=1, retry_after=1)
    code, output = await dispatch_once(tmp_path, database_url, emulator.token, emulator.base_url)
    assert code == 0, output
    assert Counter(m.text for m in emulator.messages()) == Counter(texts)
    with Session(engine) as s:
        assert {r.status for r in s.exec(select(Outbox))} == {"sent"}
    assert 429 in [c.status for c in emulator.calls("sendMessage")]


async def test_dispatch_once_with_a_rejected_token_says_so_without_the_token(tmp_path, engine, database_url, emulator):
    token = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALD-secret"
    code, output = await dispatch_once(tmp_path, database_url, token, emulator.base_url)
    assert code == 2, output
    assert "TELEGRAM_BOT_TOKEN" in output and token.split(":")[1] not in output
