"""Protections around every handler: per-user flood control and the global error handler."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.handlers.common import Context, answer_quietly

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


def error_handler(token: str | None) -> Callable[[object, Context], object]:
    """The global error handler: log the failure without the token, apologize, keep running."""

    async def on_error(update: object, context: Context) -> None:
        error = context.error
        trace = "".join(traceback.format_exception(error)) if error else "unknown error"
        if token:
            trace = trace.replace(token, "<token>")
        log.error("handler failed for update %s:\n%s", getattr(update, "update_id", "?"), trace)
        if not isinstance(update, Update):
            return
        try:
            if update.callback_query is not None:
                await answer_quietly(update.callback_query, texts.APOLOGY)
            if update.effective_chat is not None:
                await context.bot.send_message(update.effective_chat.id, texts.APOLOGY)
        except TelegramError:
            log.warning("could not send the apology for update %s", update.update_id)

    return on_error
