"""Time as a parameter: only a `Clock` reads the real time, so tests and the demo move time freely."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    """Something that tells the current time (timezone-aware)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; used by tests and the demo's simulated days."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to `when`."""
        if when.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = when

    def advance(self, delta: timedelta) -> None:
        """Move forward by `delta`."""
        self._now += delta


def local_today(now: datetime, tz: str) -> date:
    """The calendar date at `now` in time zone `tz` (an organization's day)."""
    return now.astimezone(ZoneInfo(tz)).date()
