"""The dispatcher: sends pending outbox rows through a `Notifier`, paced and retried.

A row is claimed (`sending`, `claimed_at`, attempts + 1) and committed before it is sent, and marked
`sent` right after. If the process dies in between, the row stays `sending` and another pass
reclaims it once its lease expires — at once when the claimer was a process of this host that is no
longer running (`queries.reclaim_dead`): it is sent at most once more (the unavoidable case: sent but
not recorded, at most `concurrency` rows per crash) and never lost. On PostgreSQL the candidates are
read `FOR UPDATE SKIP LOCKED`, so several dispatchers share the outbox; on SQLite the claim is a
conditional UPDATE that only one writer wins.

When the database is away, what was sent is kept in memory and recorded as soon as it is back
(before anything is claimed again), so an outage duplicates nothing; no new send starts until then.
Stopping (`request_stop`) stops claiming at once; sends in flight finish and are recorded, claimed
rows not yet sent go back to the queue without using up an attempt.

Pacing is our own (PTB's `AIORateLimiter` has no per-private-chat limit and retries nothing):
one message per `private_interval` per private chat and one per `group_interval` per group, for all
dispatchers together — a dispatcher takes the chat in the database together with the row
(`Chat.pace_until`, see `queries.claim_chats`), so a chat has one message in flight at a time across
instances and the next one waits for the interval after the previous send ended. The overall
`per_second` rate is shared the same way: each claimed batch reserves its send slots in the database
(`queries.reserve_send_slots`), so the setting is the bot's total whatever the number of instances.
Database work runs in a thread so the bot's event loop stays responsive.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, col, select

from scheduler import outcomes, queries
from scheduler.notifier import Delivery, DeliveryBlocked, DeliveryRejected, DeliveryRetryAfter, Notifier
from scheduler.retry import BLOCKED, RETRY, RetryDecision, retry_decision
from storage.clock import Clock, SystemClock
from storage.db import is_postgres, session_scope
from storage.models import Outbox

__all__ = ["DatabaseUnavailable", "DispatchCounts", "Dispatcher", "Limits", "RetryDecision", "retry_decision"]

log = logging.getLogger(__name__)

#: The key of the overall rate in `send_rates`: one Telegram bot (Zalo will have its own).
RATE_KEY = "telegram"

#: Tells this process from an earlier one with the same pid on the same host (a restarted container).
PROCESS_NONCE = uuid.uuid4().hex[:6]

#: How often a running dispatcher looks for rows left `sending` by a dead process of its host (at
#: its start, and then this often: another instance on the host may have been killed).
RECLAIM_EVERY = 10.0

#: Errors that mean "the database is away" (connection refused or lost, locked, timed out).
DB_ERRORS = (OperationalError, DBAPIError)


class DatabaseUnavailable(Exception):
    """The database could not be reached; what was sent meanwhile is kept until it is back."""


def one_line(error: BaseException) -> str:
    """The first line of an error, for one-line logs (SQLAlchemy appends SQL and a link)."""
    original = getattr(error, "orig", None) or error
    text = (str(original).strip().splitlines() or [""])[0]
    return f"{type(original).__name__}: {text}"[:300]


@dataclass(frozen=True)
class Limits:
    """Pacing, retry and lease settings of a dispatcher."""

    per_second: float = 25.0
    private_interval: float = 1.0
    group_interval: float = 3.0  # 20 per minute
    batch_size: int = 25
    concurrency: int = 8
    lease: timedelta = timedelta(seconds=120)  # longer than any send can take (HTTP timeouts are ~5–20 s)
    max_attempts: int = 8
    backoff_base: float = 2.0
    backoff_cap: float = 900.0
    idle_poll: float = 30.0  # also picks up rows other processes enqueue without calling wake()


@dataclass
class DispatchCounts:
    """What one `run_once` did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    skipped: int = 0
    released: int = 0  # claimed but handed back unsent (stop requested, or the database went away)

    def to_dict(self) -> dict[str, int]:
        """JSON form for the CLI."""
        return dict(self.__dict__)

    def add(self, other: DispatchCounts) -> None:
        """Add `other`'s counts to these."""
        for name, value in other.__dict__.items():
            setattr(self, name, getattr(self, name) + value)


@dataclass(frozen=True)
class _Job:
    outbox_id: int
    chat_pk: int
    chat_kind: str
    attempts: int
    delivery: Delivery
    slot: float = 0.0  # loop time of this send's slot under the overall rate (shared through the database)


@dataclass
class _Batch:
    jobs: list[_Job] = field(default_factory=list)
    cooling: float | None = None  # seconds until a cooling chat may receive again, if rows wait for that
    more: bool = False  # rows were due but not taken this time


class Dispatcher:
    """Drains the outbox; `run_once` returns when nothing is due, `run_forever` keeps going."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        *,
        clock: Clock | None = None,
        limits: Limits | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.engine = engine
        self.notifier = notifier
        self.clock = clock or SystemClock()
        self.limits = limits or Limits()
        # host:pid:process:dispatcher — what `queries.reclaim_dead` reads to tell a dead claimer.
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{PROCESS_NONCE}:{uuid.uuid4().hex[:4]}"
        self._lock_rows = is_postgres(engine)
        self._next_slot = 0.0  # loop time of the next free slot under the overall rate
        self._pace_lock = asyncio.Lock()
        self._paused_until: datetime | None = None  # after a 429: the platform wants silence
        self._wake = asyncio.Event()
        self._stopping = False
        self._recovered_at: float | None = None  # when rows left by dead processes of this host were last looked for
        # Outcomes that could not be written while the database was away, in order; written
        # (`_flush`) before anything else is claimed. Sent ids among them are what keeps an outage
        # from duplicating anything.
        self._unrecorded: list[tuple[str, Callable[[], Any]]] = []
        self._db_down = False
        self._outage_since: float | None = None
        self._outage_failures = 0
        self._outage_recorded_late = 0
        self._outage_sent_late = 0
        self._outage_cause = ""  # the database's own words when it first failed

    # --- public ----------------------------------------------------------------------------

    def wake(self) -> None:
        """Look at the outbox now (something was just enqueued)."""
        self._wake.set()

    def request_stop(self) -> None:
        """Claim nothing more; sends in flight finish, claimed rows not yet sent go back unsent."""
        self._stopping = True
        self._wake.set()

    @property
    def stopping(self) -> bool:
        """True once `request_stop` was called."""
        return self._stopping

    async def run_once(self) -> DispatchCounts:
        """Send every row that is due now (waiting out per-chat pacing) and return the counts.
        Raises `DatabaseUnavailable` when the database is away (nothing sent is forgotten)."""
        counts = DispatchCounts()
        semaphore = asyncio.Semaphore(self.limits.concurrency)
        while not self._stopping:
            await self._flush()
            try:
                batch = await asyncio.to_thread(self._claim_batch, counts)
            except DB_ERRORS as error:
                raise DatabaseUnavailable(one_line(error)) from error
            if batch.jobs:
                # Every claimed job finishes (and records its outcome) before an error surfaces.
                results = await asyncio.gather(*(self._deliver(job, counts, semaphore) for job in batch.jobs), return_exceptions=True)
                errors = [r for r in results if isinstance(r, BaseException)]
                if self._db_down:
                    raise DatabaseUnavailable("could not record delivery outcomes")
                if errors:
                    raise errors[0]
            elif batch.cooling is not None:
                await asyncio.sleep(batch.cooling)
            elif not batch.more:
                return counts
            else:
                await asyncio.sleep(0.01)  # lost every claim to another dispatcher: let it commit
        await self._flush()
        return counts

    async def drain(self, *, max_retry_wait: float = 60.0) -> DispatchCounts:
        """Send what is waiting and return when nothing is left that is due soon: waits out a 429's
        `retry_after` (however long) and retries due within `max_retry_wait` seconds."""
        total = DispatchCounts()
        idle = 0  # passes that sent nothing although a row looked due (another dispatcher took it)
        while not self._stopping and idle < 100:
            counts = await self.run_once()
            total.add(counts)
            idle = 0 if counts.sent or counts.retried else idle + 1
            now = self.clock.now()
            if self._paused(now):
                assert self._paused_until is not None
                await asyncio.sleep((self._paused_until - now).total_seconds())
                continue
            with Session(self.engine) as session:
                upcoming = queries.next_wakeup(session, now=now, lease=self.limits.lease)
            if upcoming is None:
                return total
            wait = (upcoming - now).total_seconds()
            if wait > max_retry_wait:
                return total
            await asyncio.sleep(max(0.01, wait))
        return total

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Keep draining until `stop` is set; sleeps until the next due row, a `wake()` or a poll.
        While the database is away: one line when it goes, backoff, one line when it is back."""
        watcher = asyncio.ensure_future(self._stop_when(stop))
        try:
            while not stop.is_set() and not self._stopping:
                self._wake.clear()
                try:
                    await self.run_once()
                    timeout = await asyncio.to_thread(self._seconds_to_next)
                    self._database_back()
                except (DatabaseUnavailable, *DB_ERRORS) as error:
                    timeout = self._database_away(error)
                except Exception:  # a bug, not an outage: say it in full, then keep the loop alive
                    log.exception("dispatcher pass failed; retrying shortly")
                    timeout = 5.0
                if self._stopping:
                    break
                waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
                try:
                    await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for waiter in waiters:
                        waiter.cancel()
        finally:
            watcher.cancel()
        try:
            await self._flush()
        except DatabaseUnavailable:
            log.error("stopping with %d delivery outcomes unrecorded: the database is still away", len(self._unrecorded))

    async def _stop_when(self, stop: asyncio.Event) -> None:
        await stop.wait()
        self.request_stop()

    # --- database outages -----------------------------------------------------------------

    def _database_away(self, error: BaseException) -> float:
        """Log the outage once, count the failed passes, return the backoff before the next try."""
        self._outage_failures += 1
        if self._outage_since is None:
            self._outage_since = time.monotonic()
            log.warning("database unavailable (%s); retrying with backoff, nothing new is sent meanwhile",
                        self._outage_cause or one_line(error.__cause__ or error))
        return min(30.0, 0.5 * 2 ** min(self._outage_failures - 1, 6))

    def _database_back(self) -> None:
        if self._outage_since is None:
            return
        log.warning(
            "database back after %.0f s: %d dispatcher passes failed meanwhile; recorded late: %d sends, %d other outcomes",
            time.monotonic() - self._outage_since, self._outage_failures, self._outage_sent_late,
            self._outage_recorded_late - self._outage_sent_late,
        )
        self._outage_since, self._outage_failures, self._outage_recorded_late, self._outage_sent_late = None, 0, 0, 0
        self._outage_cause = ""

    async def _record(self, label: str, write: Callable[[], Any]) -> None:
        """Write one outcome now, or keep it for `_flush` when the database is away."""
        if not self._unrecorded:
            try:
                await asyncio.to_thread(write)
                return
            except DB_ERRORS as error:
                if not self._db_down:
                    self._outage_cause = one_line(error)
                    log.debug("could not record %s: %s", label, self._outage_cause)
        self._db_down = True
        self._unrecorded.append((label, write))

    async def _flush(self) -> None:
        """Write the outcomes kept during an outage, in order; `DatabaseUnavailable` if still away."""
        while self._unrecorded:
            label, write = self._unrecorded[0]
            try:
                await asyncio.to_thread(write)
            except DB_ERRORS as error:
                self._db_down = True
                raise DatabaseUnavailable(one_line(error)) from error
            self._unrecorded.pop(0)
            self._outage_recorded_late += 1
            self._outage_sent_late += label.startswith("sent ")
        self._db_down = False

    # --- claiming --------------------------------------------------------------------------

    def _paused(self, now: datetime) -> bool:
        return self._paused_until is not None and now < self._paused_until

    def _claim_batch(self, counts: DispatchCounts) -> _Batch:
        now = self.clock.now()
        if self._paused(now):
            return _Batch()
        expired = now - self.limits.lease
        if self._recovered_at is None or self._loop_time() - self._recovered_at >= RECLAIM_EVERY:
            with session_scope(self.engine) as session:
                reclaimed = queries.reclaim_dead(session, worker_id=self.worker_id, now=now)
            if reclaimed:
                log.warning("reclaimed %d messages left in flight by a stopped process of this host", reclaimed)
            self._recovered_at = self._loop_time()
        batch = _Batch()
        inactive: list[int] = []
        worn_out: list[int] = []
        chosen: dict[int, Any] = {}
        with session_scope(self.engine) as session:
            candidates = queries.outbox_candidates(
                session, now=now, lease_expired_before=expired, limit=self.limits.batch_size * 2, lock=self._lock_rows,
            )
            for row in candidates:
                outbox_id, chat_pk, _platform, _chat_id, _kind, active, status, attempts = row
                if not active:
                    inactive.append(outbox_id)
                elif status == "sending" and attempts >= self.limits.max_attempts:
                    worn_out.append(outbox_id)  # the process died while sending it, again and again
                elif chat_pk not in chosen and len(chosen) < self.limits.batch_size:
                    chosen[chat_pk] = row
                else:
                    batch.more = True
            # One message in flight per chat across every instance: take the chats first, then
            # only the rows of the chats we won.
            chats = queries.claim_chats(
                session, chat_ids=list(chosen), hold=self.limits.lease.total_seconds(), lock=self._lock_rows
            )
            won = set(queries.claim_outbox(
                session, ids=[r[0] for pk, r in chosen.items() if pk in chats], now=now, lease_expired_before=expired,
                worker_id=self.worker_id,
            ))
            for pk, r in chosen.items():
                if pk in chats and r[0] not in won:
                    queries.release_chat(session, chat_id=pk, after=0.0)  # the row went elsewhere meanwhile
            texts = {
                r.id: r for r in session.exec(select(Outbox).where(col(Outbox.id).in_(won)))  # type: ignore[call-overload]
            } if won else {}
            interval = 1.0 / self.limits.per_second
            first = queries.reserve_send_slots(session, key=RATE_KEY, count=len(won), interval=interval) if won else 0.0
            first += self._loop_time()
        for row in chosen.values():
            if row[0] in won:
                record = texts[row[0]]
                batch.jobs.append(_Job(
                    outbox_id=row[0], chat_pk=row[1], chat_kind=row[4], attempts=record.attempts,
                    delivery=Delivery(platform=row[2], chat_id=row[3], text=record.text,
                                      parse_mode=record.parse_mode, reply_markup=record.reply_markup),
                    slot=first + len(batch.jobs) * interval,
                ))
            else:
                batch.more = True  # another dispatcher took the row or the chat between our read and our claim
        if inactive:
            outcomes.skip_inactive(self.engine, outbox_ids=inactive)
            counts.skipped += len(inactive)
            batch.more = True
        for outbox_id in worn_out:
            outcomes.mark_failed(self.engine, outbox_id=outbox_id, now=now, error="dừng giữa chừng khi đang gửi quá nhiều lần")
            counts.failed += 1
            batch.more = True
        if not batch.jobs and not batch.more:
            with Session(self.engine) as session:
                wait = queries.chat_wait(session, now=now, lease_expired_before=expired)
                # A chat whose pause ended between the read of candidates and now (a slow machine) is
                # no longer "cooling", but its row is due: go round again rather than return with it unsent.
                ready_now = wait is None and queries.row_ready(session, now=now, lease_expired_before=expired)
            # A chat cooling down after a send is waited for here; one held longer is in flight at
            # another dispatcher (or at a dead one, until the lease ends): `run_forever` comes back.
            if wait is not None and wait <= self._longest_interval() + 1.0:
                batch.cooling = max(0.01, wait)
            elif ready_now:
                batch.more = True
        return batch

    def _longest_interval(self) -> float:
        return max(self.limits.private_interval, self.limits.group_interval)

    def _interval(self, chat_kind: str) -> float:
        return self.limits.private_interval if chat_kind == "private" else self.limits.group_interval

    @staticmethod
    def _loop_time() -> float:
        return time.monotonic()

    def _seconds_to_next(self) -> float:
        now = self.clock.now()
        with Session(self.engine) as session:
            upcoming = queries.next_wakeup(session, now=now, lease=self.limits.lease)
            wait = queries.chat_wait(session, now=now, lease_expired_before=now - self.limits.lease)
        if self._paused(now):
            assert self._paused_until is not None
            upcoming = max(upcoming, self._paused_until) if upcoming else self._paused_until
        seconds = [self.limits.idle_poll]
        if upcoming is not None:
            seconds.append((upcoming - now).total_seconds())
        if wait is not None:
            # A chat held by a send in flight elsewhere is released within about a send's time, not
            # at the end of the lease: look again after an interval.
            seconds.append(min(wait, max(1.0, self._longest_interval())))
        return max(0.05, min(seconds))

    # --- sending ---------------------------------------------------------------------------

    async def _pace(self, job: _Job) -> None:
        """Wait for the job's slot under the overall rate, reserved with every instance's, and keep
        this process's own sends apart too (the chat's own interval is the claim's business).

        A slot that went by while the job waited (a slow send ahead of it, a loaded machine, an event
        loop that woke late) is not used: sending then would bunch with the other instances' sends in
        their own slots, so the job takes a fresh slot from the shared rate and waits again.
        """
        interval = 1.0 / self.limits.per_second
        reserved = job.slot
        for attempt in range(3):  # a loop that is late every time still sends, after the third slot
            if reserved < self._loop_time() - interval:
                reserved = await self._reserve_fresh_slot(interval)
            async with self._pace_lock:
                loop_now = self._loop_time()
                slot = max(loop_now, self._next_slot, reserved)
                self._next_slot = slot + interval
            if slot > loop_now:
                await asyncio.sleep(slot - loop_now)
            if self._loop_time() - slot <= interval or reserved == 0.0 or attempt == 2:
                return  # on time (or the database is away: this process's spacing is all there is)
            reserved = -1.0  # woke too late: reserve again

    async def _reserve_fresh_slot(self, interval: float) -> float:
        """One send slot from the shared rate, as loop time. With the database away the job is not sent
        (`_deliver` hands it back once `_pace` returns): a send that starts now could not be recorded, and
        no new send starts during an outage."""
        def reserve() -> float:
            with session_scope(self.engine) as session:
                return queries.reserve_send_slots(session, key=RATE_KEY, count=1, interval=interval)
        try:
            return await asyncio.to_thread(reserve) + self._loop_time()
        except DB_ERRORS as error:
            log.debug("could not reserve a send slot: %s", one_line(error))
            if not self._db_down:
                self._outage_cause = one_line(error)
            self._db_down = True
            return 0.0

    async def _release(self, job: _Job, counts: DispatchCounts, reason: str) -> None:
        """Hand a claimed row back unsent, without using up an attempt."""
        now = self.clock.now()
        await self._record(f"release of outbox {job.outbox_id}", lambda: outcomes.reschedule(
            self.engine, outbox_id=job.outbox_id, now=now, delay=0.0, error=reason, count_attempt=False,
            worker_id=self.worker_id, chat_pk=job.chat_pk,
        ))
        counts.released += 1

    async def _deliver(self, job: _Job, counts: DispatchCounts, semaphore: asyncio.Semaphore) -> None:
        async with semaphore:
            if self._stopping or self._db_down:
                # Stopping, or the database went away: start no new send (it could not be recorded).
                await self._release(job, counts, "stopped before sending" if self._stopping else "database unavailable")
                return
            if self._paused(self.clock.now()):
                # Another send just got a 429: hand the row back untouched rather than provoke another.
                assert self._paused_until is not None
                delay = (self._paused_until - self.clock.now()).total_seconds()
                now = self.clock.now()
                await self._record(f"reschedule of outbox {job.outbox_id}", lambda: outcomes.reschedule(
                    self.engine, outbox_id=job.outbox_id, now=now, delay=delay,
                    error="paused after 429", count_attempt=False, worker_id=self.worker_id, chat_pk=job.chat_pk,
                ))
                counts.retried += 1
                return
            await self._pace(job)
            if self._stopping or self._db_down:
                await self._release(job, counts, "stopped before sending" if self._stopping else "database unavailable")
                return
            try:
                message_id = await self.notifier.send(job.delivery)
            except Exception as error:  # every failure goes through the pure decision
                if self._stopping and not isinstance(error, (DeliveryRetryAfter, DeliveryBlocked, DeliveryRejected)):
                    # Our own shutdown (a closed client, a cancelled request) is not the message's fault.
                    await self._release(job, counts, f"stopped while sending: {one_line(error)}")
                    return
                await self._handle_failure(job, error, counts)
                return
            # Recorded inside the semaphore: at most `concurrency` rows are ever sent-but-unrecorded,
            # which bounds the duplicates a crash can cause. The chat's interval starts now. If the
            # database is away, the id is kept in memory and recorded when it is back.
            now = self.clock.now()
            await self._record(f"sent outbox {job.outbox_id}", lambda: outcomes.mark_sent(
                self.engine, outbox_id=job.outbox_id, now=now, message_id=str(message_id),
                chat_pk=job.chat_pk, pace=self._interval(job.chat_kind),
            ))
        counts.sent += 1

    async def _handle_failure(self, job: _Job, error: Exception, counts: DispatchCounts) -> None:
        limits = self.limits
        decision = retry_decision(error, job.attempts, max_attempts=limits.max_attempts, base=limits.backoff_base, cap=limits.backoff_cap)
        now = self.clock.now()
        pace = self._interval(job.chat_kind)  # the request reached the platform (or may have): pace it as a send
        log.warning("delivery of outbox %s failed (%s): %s", job.outbox_id, decision.action, decision.reason)
        if decision.action == RETRY:
            if not decision.counts_as_attempt:
                self._paused_until = max(self._paused_until or now, now + timedelta(seconds=decision.delay))
            await self._record(f"retry of outbox {job.outbox_id}", lambda: outcomes.reschedule(
                self.engine, outbox_id=job.outbox_id, now=now, delay=decision.delay,
                error=decision.reason, count_attempt=decision.counts_as_attempt, worker_id=self.worker_id,
                chat_pk=job.chat_pk, pace=pace,
            ))
            counts.retried += 1
        elif decision.action == BLOCKED:
            await self._record(f"block of outbox {job.outbox_id}", lambda: outcomes.mark_blocked(
                self.engine, outbox_id=job.outbox_id, now=now, error=decision.reason,
                worker_id=self.worker_id, pace=pace,
            ))
            counts.blocked += 1
        else:
            await self._record(f"failure of outbox {job.outbox_id}", lambda: outcomes.mark_failed(
                self.engine, outbox_id=job.outbox_id, now=now, error=decision.reason,
                worker_id=self.worker_id, chat_pk=job.chat_pk, pace=pace,
            ))
            counts.failed += 1
