"""The dispatcher: sends pending outbox rows through a `Notifier`, paced and retried.

A row is claimed (`sending`, `claimed_at`, attempts + 1) and committed before it is sent, and marked
`sent` right after. If the process dies in between, the row stays `sending` and another pass
reclaims it once its lease expires: it is sent at most once more (the unavoidable case: sent but not
recorded) and never lost. On PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`, so several
dispatchers share the outbox; on SQLite the claim is a conditional UPDATE that only one writer wins.

Pacing is our own (PTB's `AIORateLimiter` has no per-private-chat limit and retries nothing):
one message per `private_interval` per private chat and one per `group_interval` per group, for all
dispatchers together — a dispatcher takes the chat in the database together with the row
(`Chat.pace_until`, see `queries.claim_chats`), so a chat has one message in flight at a time across
instances and the next one waits for the interval after the previous send ended. The overall
`per_second` rate is paced in each process: with N instances, give each 25/N. Database work runs in
a thread so the bot's event loop stays responsive.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from scheduler import outcomes, queries
from scheduler.notifier import Delivery, Notifier
from scheduler.retry import BLOCKED, RETRY, RetryDecision, retry_decision
from storage.clock import Clock, SystemClock
from storage.db import is_postgres, session_scope
from storage.models import Outbox

__all__ = ["DispatchCounts", "Dispatcher", "Limits", "RetryDecision", "retry_decision"]

log = logging.getLogger(__name__)


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

    def to_dict(self) -> dict[str, int]:
        """JSON form for the CLI."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class _Job:
    outbox_id: int
    chat_pk: int
    chat_kind: str
    attempts: int
    delivery: Delivery


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
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._lock_rows = is_postgres(engine)
        self._next_slot = 0.0  # loop time of the next free slot under the overall rate
        self._pace_lock = asyncio.Lock()
        self._paused_until: datetime | None = None  # after a 429: the platform wants silence
        self._wake = asyncio.Event()

    # --- public ----------------------------------------------------------------------------

    def wake(self) -> None:
        """Look at the outbox now (something was just enqueued)."""
        self._wake.set()

    async def run_once(self) -> DispatchCounts:
        """Send every row that is due now (waiting out per-chat pacing) and return the counts."""
        counts = DispatchCounts()
        semaphore = asyncio.Semaphore(self.limits.concurrency)
        while True:
            batch = await asyncio.to_thread(self._claim_batch, counts)
            if batch.jobs:
                # Every claimed job finishes (and records its outcome) before an error surfaces.
                results = await asyncio.gather(*(self._deliver(job, counts, semaphore) for job in batch.jobs), return_exceptions=True)
                errors = [r for r in results if isinstance(r, BaseException)]
                if errors:
                    raise errors[0]
            elif batch.cooling is not None:
                await asyncio.sleep(batch.cooling)
            elif not batch.more:
                return counts
            else:
                await asyncio.sleep(0.01)  # lost every claim to another dispatcher: let it commit

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Keep draining until `stop` is set; sleeps until the next due row, a `wake()` or a poll."""
        while not stop.is_set():
            self._wake.clear()
            try:
                await self.run_once()
                timeout = await asyncio.to_thread(self._seconds_to_next)
            except Exception:  # the database may be briefly away; keep the loop alive
                log.exception("dispatcher pass failed; retrying shortly")
                timeout = 5.0
            waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            try:
                await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    # --- claiming --------------------------------------------------------------------------

    def _paused(self, now: datetime) -> bool:
        return self._paused_until is not None and now < self._paused_until

    def _claim_batch(self, counts: DispatchCounts) -> _Batch:
        now = self.clock.now()
        if self._paused(now):
            return _Batch()
        expired = now - self.limits.lease
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
        for row in chosen.values():
            if row[0] in won:
                record = texts[row[0]]
                batch.jobs.append(_Job(
                    outbox_id=row[0], chat_pk=row[1], chat_kind=row[4], attempts=record.attempts,
                    delivery=Delivery(platform=row[2], chat_id=row[3], text=record.text,
                                      parse_mode=record.parse_mode, reply_markup=record.reply_markup),
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
            # A chat cooling down after a send is waited for here; one held longer is in flight at
            # another dispatcher (or at a dead one, until the lease ends): `run_forever` comes back.
            if wait is not None and wait <= self._longest_interval() + 1.0:
                batch.cooling = max(0.01, wait)
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

    async def _pace(self) -> None:
        """Wait for a slot under the overall rate (the chat's own interval is the claim's business)."""
        async with self._pace_lock:
            loop_now = self._loop_time()
            slot = max(loop_now, self._next_slot)
            self._next_slot = slot + 1.0 / self.limits.per_second
        if slot > loop_now:
            await asyncio.sleep(slot - loop_now)

    async def _deliver(self, job: _Job, counts: DispatchCounts, semaphore: asyncio.Semaphore) -> None:
        async with semaphore:
            if self._paused(self.clock.now()):
                # Another send just got a 429: hand the row back untouched rather than provoke another.
                assert self._paused_until is not None
                delay = (self._paused_until - self.clock.now()).total_seconds()
                await asyncio.to_thread(
                    outcomes.reschedule, self.engine, outbox_id=job.outbox_id, now=self.clock.now(), delay=delay,
                    error="paused after 429", count_attempt=False, worker_id=self.worker_id, chat_pk=job.chat_pk,
                )
                counts.retried += 1
                return
            await self._pace()
            try:
                message_id = await self.notifier.send(job.delivery)
            except Exception as error:  # every failure goes through the pure decision
                await self._handle_failure(job, error, counts)
                return
            # Recorded inside the semaphore: at most `concurrency` rows are ever sent-but-unrecorded,
            # which bounds the duplicates a crash can cause. The chat's interval starts now.
            await asyncio.to_thread(
                outcomes.mark_sent, self.engine, outbox_id=job.outbox_id, now=self.clock.now(), message_id=str(message_id),
                chat_pk=job.chat_pk, pace=self._interval(job.chat_kind),
            )
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
            await asyncio.to_thread(
                outcomes.reschedule, self.engine, outbox_id=job.outbox_id, now=now, delay=decision.delay,
                error=decision.reason, count_attempt=decision.counts_as_attempt, worker_id=self.worker_id,
                chat_pk=job.chat_pk, pace=pace,
            )
            counts.retried += 1
        elif decision.action == BLOCKED:
            await asyncio.to_thread(
                outcomes.mark_blocked, self.engine, outbox_id=job.outbox_id, now=now, error=decision.reason,
                worker_id=self.worker_id, pace=pace,
            )
            counts.blocked += 1
        else:
            await asyncio.to_thread(
                outcomes.mark_failed, self.engine, outbox_id=job.outbox_id, now=now, error=decision.reason,
                worker_id=self.worker_id, chat_pk=job.chat_pk, pace=pace,
            )
            counts.failed += 1
