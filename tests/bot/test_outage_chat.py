"""A database outage seen from the chat (SQLite and PostgreSQL): each user whose update fails is
told in Vietnamese to retry in a few minutes, and the operator's log says it in one line when the
database goes and one when it is back — no traceback per update."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot import texts
from bot.app import build_application, start_application, stop_application
from bot.emulator import BotApiEmulator
from bot.services.base import Services
from storage.clock import FixedClock
from storage.settings import Settings
from tests.scheduler.outage import outage_for

from .helpers import LEADER, MEMBER, OTHER_LEADER, START, Talk, World

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def wait_for_log(caplog: pytest.LogCaptureFixture, words: str, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if any(words in r.getMessage() for r in caplog.records):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"no log line with {words!r} within {timeout} s")


async def test_a_database_outage_is_told_to_users_and_logged_once_when_it_goes_and_once_when_it_is_back(
    emulator: BotApiEmulator, settings: Settings, database_url: str, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with outage_for(database_url) as outage:
        # The bot works on the outage's engine (behind the proxy on PostgreSQL, failing fast on SQLite).
        application = build_application(settings, Services(engine=outage.engine, clock=FixedClock(START)))
        await start_application(application, poll_timeout=1)
        try:
            outage.cut()
            during = [(Talk(emulator, user), world.codes[code])
                      for user, code in ((LEADER, "leader"), (MEMBER, "member"), (OTHER_LEADER, "other_leader"))]
            for talk, code in during:
                reply = await talk.say(f"/start {code}", timeout=20)
                assert reply.text == texts.DATABASE_BUSY, reply.text
            assert not any("database back" in r.getMessage() for r in caplog.records)
            outage.restore()
            leader, code = during[0]
            welcome = await leader.say(f"/start {code}", timeout=20)
            assert "Chào mừng" in (welcome.text or ""), welcome.text
            await wait_for_log(caplog, "database back")
        finally:
            await stop_application(application)

    ours = [r for r in caplog.records if r.name.startswith("bot") and r.levelno >= logging.WARNING]
    assert not [r.getMessage() for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()], "a traceback in the log"
    down = [r for r in ours if "database unavailable" in r.getMessage()]
    back = [r.getMessage() for r in ours if "database back" in r.getMessage()]
    assert len(down) == 1 and down[0].levelno == logging.WARNING, [r.getMessage() for r in ours]
    assert "\n" not in down[0].getMessage() and not [r for r in ours if emulator.token in r.getMessage()]
    assert len(back) == 1 and "3 updates failed meanwhile" in back[0], back
    assert len(ours) == 2, [r.getMessage() for r in ours]
    for talk, _ in during:  # each user was answered once, with the Vietnamese "busy", not the apology
        answers = [m.text for m in emulator.messages(talk.chat.id)]
        assert answers.count(texts.DATABASE_BUSY) == 1 and texts.APOLOGY not in answers, answers
