"""The scheduler inside `dondoc run`: APScheduler as the clock, the ledger as the memory.

`start()` registers a cron job at DAILY_CHECK_AT for each time zone in use (generous misfire grace,
coalescing), runs today's missed checks at once (the ledger says which), and starts the dispatcher
loop. Every trigger calls `run_all_due_checks`, which is safe to call any number of times: a check
already in the ledger is never run again. The jobs live in memory on purpose — re-adding a persistent
job at start with `replace_existing=True` would silently drop a missed run, and the ledger already
remembers what ran.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, time

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlmodel import Session

from scheduler import queries
from scheduler.daily import CheckReport, run_all_due_checks, run_daily_check
from scheduler.dispatcher import DB_ERRORS, Dispatcher, Limits, one_line
from scheduler.notifier import Notifier
from storage.clock import Clock, SystemClock, local_today
from storage.settings import Settings

log = logging.getLogger(__name__)

#: A check missed by up to 12 hours still runs when the process comes back the same day.
MISFIRE_GRACE = 12 * 3600
#: Organizations created later, or with another time zone or check time, are caught by this sweep.
SWEEP_MINUTES = 10
#: The longest a stop waits for the dispatcher's sends in flight (each is bounded by HTTP timeouts).
STOP_TIMEOUT = 30


class SchedulerService:
    """Daily checks plus the dispatcher, started and stopped with the bot (or on their own)."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        notifier: Notifier,
        *,
        clock: Clock | None = None,
        limits: Limits | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock or SystemClock()
        # DISPATCH_RATE_PER_SECOND is the bot's total: every instance reserves its send slots in the database.
        limits = limits or Limits(per_second=settings.dispatch_rate_per_second)
        self.dispatcher = Dispatcher(engine, notifier, clock=self.clock, limits=limits, worker_id=worker_id)
        self.scheduler: AsyncIOScheduler | None = None
        self._stop = asyncio.Event()
        self._dispatch_task: asyncio.Task[None] | None = None
        self._check_lock = asyncio.Lock()
        self._checks_failed = 0  # scheduled checks that found the database away, since it last worked

    @property
    def check_at(self) -> time:
        """The configured local time of the daily check."""
        return self.settings.daily_check_time

    def timezones(self) -> list[str]:
        """Every time zone the daily check must fire in: the setting's and each organization's."""
        with Session(self.engine) as session:
            zones = {tz for _, tz, _ in queries.all_orgs(session)}
        return sorted(zones | {self.settings.timezone})

    async def start(self) -> None:
        """Register the cron jobs, run missed checks for today, and start the dispatcher loop."""
        if self.scheduler is not None:
            return
        scheduler = AsyncIOScheduler(timezone=self.settings.zone)
        for zone in await asyncio.to_thread(self.timezones):
            scheduler.add_job(
                self._scheduled_checks,
                CronTrigger(hour=self.check_at.hour, minute=self.check_at.minute, timezone=zone),
                id=f"daily-check:{zone}", name=f"Daily deadline check ({zone})",
                misfire_grace_time=MISFIRE_GRACE, coalesce=True, max_instances=1, replace_existing=True,
            )
        scheduler.add_job(
            self._scheduled_checks, IntervalTrigger(minutes=SWEEP_MINUTES), id="daily-check:sweep",
            misfire_grace_time=MISFIRE_GRACE, coalesce=True, max_instances=1, replace_existing=True,
        )
        scheduler.start()
        self.scheduler = scheduler
        self._stop.clear()
        await self.run_due_checks()  # the catch-up: today's time has passed and today's row is missing
        self._dispatch_task = asyncio.create_task(self.dispatcher.run_forever(self._stop), name="dondoc-dispatcher")

    async def stop(self) -> None:
        """Stop the jobs, then the dispatcher: it claims nothing more, finishes and records the sends
        in flight and hands back what it claimed but did not send. Call it while the notifier can
        still send (before the bot's HTTP client is closed)."""
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        self.dispatcher.request_stop()
        self._stop.set()
        if self._dispatch_task is not None:
            try:
                # A send in flight ends within the HTTP timeouts; this is only a last resort.
                await asyncio.wait_for(self._dispatch_task, timeout=STOP_TIMEOUT)
            except TimeoutError:
                log.warning("dispatcher did not stop within %d s; its claimed messages go back at the next start", STOP_TIMEOUT)
                self._dispatch_task.cancel()
            self._dispatch_task = None

    def wake_dispatcher(self) -> None:
        """Send what was just enqueued without waiting for the next poll."""
        self.dispatcher.wake()

    async def run_due_checks(self) -> list[CheckReport]:
        """Run every organization's check whose time has come today and is not in the ledger."""
        async with self._check_lock:
            reports = await asyncio.to_thread(run_all_due_checks, self.engine, now=self.clock.now(), check_at=self.check_at)
        if any(r.total for r in reports):
            self.wake_dispatcher()
        return reports

    async def _scheduled_checks(self) -> None:
        """What the cron and sweep jobs run: `run_due_checks`, with a database outage said in one line
        when it starts and one when a check runs again (the sweep is the backoff), not a traceback."""
        try:
            await self.run_due_checks()
        except DB_ERRORS as error:
            self._checks_failed += 1
            if self._checks_failed == 1:
                log.warning("daily check postponed: database unavailable (%s); trying again every %d minutes",
                            one_line(error), SWEEP_MINUTES)
            return
        if self._checks_failed:
            log.warning("daily check running again: the database is back after %d failed tries", self._checks_failed)
            self._checks_failed = 0

    async def run_check_now(self, day: date | None = None) -> list[CheckReport]:
        """Run the check of every organization for `day` (default: each one's today), ignoring the time."""
        now = self.clock.now()

        def run_all() -> list[CheckReport]:
            with Session(self.engine) as session:
                orgs = queries.all_orgs(session)
            reports = []
            for org_id, tz, _ in orgs:
                try:
                    org_day = day or local_today(now, tz)
                    reports.append(run_daily_check(self.engine, org_id=org_id, day=org_day, now=now))
                except Exception:  # as in the scheduled sweep: one broken organization must not stop the others
                    log.exception("daily check failed for org %s (day %s)", org_id, day or "today")
            return reports

        async with self._check_lock:
            reports = await asyncio.to_thread(run_all)
        if any(r.total for r in reports):
            self.wake_dispatcher()
        return reports

    def next_check_at(self) -> datetime | None:
        """When the next cron-triggered check fires (for logs and `/status`)."""
        if self.scheduler is None:
            return None
        times = [job.next_run_time for job in self.scheduler.get_jobs() if job.id != "daily-check:sweep" and job.next_run_time]
        return min(times) if times else None
