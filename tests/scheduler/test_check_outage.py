"""The daily check while the database is away (SQLite and PostgreSQL): the scheduled sweep says so
in one line, not a traceback per try, and runs the check once the database is back."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from sqlmodel import Session, select

from scheduler.service import SchedulerService
from storage.clock import FixedClock
from storage.models import CheckRun
from storage.settings import load_settings

from .helpers import seed_org
from .outage import outage_for

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

NOW = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội, after the 07:30 check time


async def sweep(service: SchedulerService) -> None:
    """Fire the scheduler's sweep job now and wait until it has run."""
    assert service.scheduler is not None
    done = asyncio.Event()
    listener = lambda _event: done.set()  # noqa: E731
    service.scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    service.scheduler.modify_job("daily-check:sweep", next_run_time=datetime.now(UTC))
    await asyncio.wait_for(done.wait(), timeout=30)
    service.scheduler.remove_listener(listener)


async def test_daily_check_in_a_database_outage_says_so_once_and_runs_when_it_is_back(engine, database_url, notifier, caplog):
    caplog.set_level(logging.INFO)
    settings = load_settings(_env_file=None, database_url=database_url)
    async with outage_for(database_url) as outage:
        service = SchedulerService(outage.engine, settings, notifier, clock=FixedClock(NOW))
        await service.start()
        try:
            seed_org(engine)  # due now, not yet checked: the next sweep runs it
            outage.cut()
            for _ in range(3):
                await sweep(service)
            outage.restore()
            await sweep(service)
        finally:
            await service.stop()
    with Session(engine) as s:
        assert len(s.exec(select(CheckRun)).all()) == 1, "the check did not run once the database was back"
    ours = [r for r in caplog.records if r.name.startswith(("scheduler", "apscheduler")) and r.levelno >= logging.WARNING]
    assert not [r for r in ours if r.exc_info], [r.getMessage() for r in ours if r.exc_info]
    messages = [r.getMessage() for r in ours]
    assert sum("daily check postponed: database unavailable" in m for m in messages) == 1, messages
    assert sum("daily check running again" in m and "3 failed tries" in m for m in messages) == 1, messages
