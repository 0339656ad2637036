"""SchedulerService: the cron job's settings, the missed-run catch-up at start, and the CLI."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from bot.cli.main import app
from bot.emulator import BotApiEmulator
from scheduler.dispatcher import Limits
from scheduler.service import MISFIRE_GRACE, SchedulerService
from storage.clock import FixedClock
from storage.models import CheckRun
from storage.settings import Settings

from .conftest import register_users
from .helpers import outbox, seed_org, task

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

MONDAY_0800 = datetime(2025, 3, 10, 1, 0, tzinfo=UTC)  # 08:00 in Hanoi
MONDAY_0700 = datetime(2025, 3, 10, 0, 0, tzinfo=UTC)


def ledger(engine) -> list[date]:
    with Session(engine) as s:
        return [r.day for r in s.exec(select(CheckRun))]


@pytest.fixture
def org(engine, emulator: BotApiEmulator):
    seeded = seed_org(engine, units=("nong_dan",))
    register_users(emulator, 1000, 1099)
    task(engine, seeded.org_id, "nong_dan", "Báo cáo sơ kết", due=date(2025, 3, 11))
    return seeded


async def wait_sent(engine, count: int, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if len(outbox(engine, status="sent")) >= count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"not sent: {[(r.kind, r.status) for r in outbox(engine)]}")


async def test_started_after_check_time_runs_the_missed_check_once(engine, notifier, emulator, org):
    service = SchedulerService(engine, Settings(database_url="sqlite://"), notifier, clock=FixedClock(MONDAY_0800),
                               limits=Limits(per_second=100, private_interval=0))
    await service.start()
    try:
        assert ledger(engine) == [date(2025, 3, 10)]
        await wait_sent(engine, 2)  # the unit's reminder and the Monday digest
        assert len(emulator.messages(1000)) == 1 and len(emulator.messages(1099)) == 1
        job = service.scheduler.get_job("daily-check:Asia/Ho_Chi_Minh")  # type: ignore[union-attr]
        fields = {f.name: str(f) for f in job.trigger.fields}
        assert (fields["hour"], fields["minute"], str(job.trigger.timezone)) == ("7", "30", "Asia/Ho_Chi_Minh")
        assert job.misfire_grace_time == MISFIRE_GRACE and job.coalesce is True
        # The cron firing later the same day finds the ledger row and does nothing.
        assert await service.run_due_checks() == []
    finally:
        await service.stop()
    again = SchedulerService(engine, Settings(database_url="sqlite://"), notifier, clock=FixedClock(MONDAY_0800))
    await again.start()
    await again.stop()
    assert ledger(engine) == [date(2025, 3, 10)] and len(outbox(engine)) == 2


async def test_started_before_check_time_waits_for_the_cron(engine, notifier, org):
    clock = FixedClock(MONDAY_0700)
    service = SchedulerService(engine, Settings(database_url="sqlite://"), notifier, clock=clock)
    await service.start()
    try:
        assert ledger(engine) == []
        next_run = service.next_check_at()
        assert next_run is not None and (next_run.hour, next_run.minute) == (7, 30)
        clock.set(MONDAY_0800)
        # Fire the registered job now, as APScheduler would at 07:30.
        job = service.scheduler.get_job("daily-check:Asia/Ho_Chi_Minh")  # type: ignore[union-attr]
        job.modify(next_run_time=datetime.now(UTC))
        service.scheduler.wakeup()  # type: ignore[union-attr]
        for _ in range(100):
            if ledger(engine):
                break
            await asyncio.sleep(0.05)
        assert ledger(engine) == [date(2025, 3, 10)]
    finally:
        await service.stop()


async def test_run_check_now_for_a_given_day(engine, notifier, org):
    service = SchedulerService(engine, Settings(database_url="sqlite://"), notifier, clock=FixedClock(MONDAY_0700))
    reports = await service.run_check_now(date(2025, 3, 4))
    assert [(r.day, r.enqueued) for r in reports] == [(date(2025, 3, 4), {"reminder": 1})]
    assert (await service.run_check_now(date(2025, 3, 4)))[0].status == "already_checked"


def test_cli_check_deadlines_json_then_nothing_twice(engine, database_url, monkeypatch):
    org = seed_org(engine, units=("nong_dan",))
    task(engine, org.org_id, "nong_dan", "Báo cáo", due=date(2025, 3, 11))
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    dry = runner.invoke(app, ["check-deadlines", "--date", "2025-03-10", "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    data = json.loads(dry.stdout)
    assert data["dry_run"] is True and data["organizations"][0]["enqueued"] == {"reminder": 1, "weekly_digest": 1}
    real = json.loads(runner.invoke(app, ["check-deadlines", "--date", "2025-03-10", "--org", str(org.org_id), "--json"]).stdout)
    assert real["organizations"][0]["status"] == "ran" and real["organizations"][0]["total"] == 2
    twice = json.loads(runner.invoke(app, ["check-deadlines", "--date", "2025-03-10", "--json"]).stdout)
    assert twice["organizations"][0]["status"] == "already_checked" and twice["organizations"][0]["enqueued"] == {}
    bad = runner.invoke(app, ["check-deadlines", "--date", "10/03/2025"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_cli_dispatch_without_token_is_one_clear_line(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["dispatch", "--once"])
    assert result.exit_code == 2 and "TELEGRAM_BOT_TOKEN" in result.output
    assert len(result.output.strip().splitlines()) == 1


async def test_run_check_now_goes_on_past_a_broken_organization(engine, notifier, org):
    from storage.db import session_scope
    from storage.models import Organization
    from storage.organizations import create_organization

    with session_scope(engine) as s:
        broken = create_organization(s, name="Đảng ủy xã Hỏng", level="xa")
        broken.timezone = "Mars/Olympus"  # e.g. edited by hand; its check cannot even compute "today"
        s.add(broken)
    service = SchedulerService(engine, Settings(database_url="sqlite://"), notifier, clock=FixedClock(MONDAY_0700))
    reports = await service.run_check_now()
    assert [r.org_id for r in reports] == [org.org_id]
    with Session(engine) as s:
        assert s.get(Organization, org.org_id) is not None


def test_dispatch_rate_comes_from_settings(engine, notifier):
    service = SchedulerService(engine, Settings(database_url="sqlite://", dispatch_rate_per_second=12.5), notifier)
    assert service.dispatcher.limits.per_second == 12.5
