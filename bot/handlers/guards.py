"""Protections around every handler: per-user flood control, the global error handler, and the
database-outage state they share (one log line when the database goes, one when it is back)."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DataError, IntegrityError, ProgrammingError
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.handlers.common import Context, answer_quietly
from scheduler.dispatcher import DB_ERRORS, one_line

log = logging.getLogger(__name__)


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class FloodGuard:
    """A token bucket per user: bursts of `burst` actions, then `rate` per second. Runs in handler
    group -2 (before every other handler) and stops the update (ApplicationHandlerStop) so one flooding user costs almost nothing."""

    def __init__(self, rate: float = 1.0, burst: int = 10, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: dict[int, _Bucket] = {}

    def allow(self, user_id: int) -> tuple[bool, bool]:
        """(allowed, warn): whether to serve this action and whether to tell the user to slow down."""
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) > 50_000:
                self._buckets.clear()  # bounded memory; a reset only forgives
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn

    async def __call__(self, update: object, context: Context) -> None:
        """Let the update through, or answer politely (once per slow-down) and stop it."""
        if not isinstance(update, Update) or update.effective_user is None:
            return
        allowed, warn = self.allow(update.effective_user.id)
        if allowed:
            return
        if update.callback_query is not None:
            await answer_quietly(update.callback_query, texts.SLOW_DOWN)
        elif warn and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, texts.SLOW_DOWN)
        raise ApplicationHandlerStop


#: SQLAlchemy errors that blame the statement, not the database's availability: bugs, full traceback.
STATEMENT_ERRORS = (IntegrityError, ProgrammingError, DataError)


def database_unavailable(error: BaseException | None) -> BaseException | None:
    """The database error behind `error` (itself or an explicit `raise … from` cause) when it means
    the database is away — connection refused or lost, locked, timed out — else None."""
    for _ in range(5):
        if error is None:
            return None
        if isinstance(error, DB_ERRORS) and not isinstance(error, STATEMENT_ERRORS):
            return error
        error = error.__cause__
    return None


class DatabaseOutage:
    """What the chat sees of a database outage, so the log says it in two lines, not a traceback
    per update (as the dispatcher and the daily sweep do).

    The error handler calls `failed` for each update that failed because the database is away: the
    first logs a WARNING with the database's cause, the others are only counted. The outage ends
    (`back`: one line with the count) at the first update handled successfully — `handled` runs as a
    TypeHandler in `LAST_GROUP`, which an update reaches only if no handler stopped it, and the error
    handler stops each update that failed on the database — or at the next error, with an update,
    that is not the database's. Updates of other chats run concurrently, so one that was already past
    the database when it went away may end the outage early: then the next failure opens a new one."""

    #: The handler group of `handled`: after every handler of the bot.
    LAST_GROUP = 1000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.since: float | None = None
        self.failed_updates = 0

    def failed(self, cause: str) -> None:
        """An update failed because the database is away (`cause`: the database's one-line error)."""
        self.failed_updates += 1
        if self.since is None:
            self.since = self.clock()
            log.warning("database unavailable (%s); users are asked to retry in a few minutes, "
                        "one line when it is back", cause)

    def back(self) -> None:
        """The database answers again: say so once, with how many updates failed meanwhile."""
        if self.since is None:
            return
        log.warning("database back after %.0f s, %d updates failed meanwhile",
                    self.clock() - self.since, self.failed_updates)
        self.since, self.failed_updates = None, 0

    async def handled(self, update: object, context: Context) -> None:
        """TypeHandler callback in `LAST_GROUP`: this update went through without a database error."""
        self.back()


def error_handler(token: str | None, outage: DatabaseOutage | None = None) -> Callable[[object, Context], object]:
    """The global error handler: log the failure without the token, apologize, keep running. When
    the database is away, `outage` logs it once and the user is told to retry in a few minutes."""
    outage = outage or DatabaseOutage()

    def redact(text: str) -> str:
        return text.replace(token, "<token>") if token else text

    async def tell(update: object, text: str, context: Context) -> None:
        if not isinstance(update, Update):
            return
        try:
            if update.callback_query is not None:
                await answer_quietly(update.callback_query, text)
            if update.effective_chat is not None:
                await context.bot.send_message(update.effective_chat.id, text)
        except TelegramError:
            log.warning("could not send the apology for update %s", update.update_id)

    async def on_error(update: object, context: Context) -> None:
        error = context.error
        database_error = database_unavailable(error)
        if database_error is not None:
            outage.failed(redact(one_line(database_error)))
            await tell(update, texts.DATABASE_BUSY, context)
            raise ApplicationHandlerStop  # this update is over: its later handler groups would fail alike
        if isinstance(update, Update):
            outage.back()  # the handler got past the database, or failed before reaching it
        trace = "".join(traceback.format_exception(error)) if error else "unknown error"
        log.error("handler failed for update %s:\n%s", getattr(update, "update_id", "?"), redact(trace))
        await tell(update, texts.APOLOGY, context)

    return on_error
