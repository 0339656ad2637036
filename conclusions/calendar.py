"""Working days in Vietnam: weekends and public holidays (Tết included) from the `holidays` package."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _vn_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("VN", years=year).keys())


def is_holiday(d: date) -> bool:
    """Return True when `d` is a Vietnamese public holiday (including substituted days off)."""
    return d in _vn_holidays(d.year)


def is_working_day(d: date) -> bool:
    """Return True when `d` is a Monday–Friday that is not a public holiday."""
    return d.weekday() < 5 and not is_holiday(d)


def add_working_days(d: date, n: int) -> date:
    """Return the date `n` working days after `d` (before it when `n` is negative); `d` itself is not counted."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    current = d
    while remaining:
        current += timedelta(days=step)
        if is_working_day(current):
            remaining -= 1
    return current


def previous_working_day(d: date) -> date:
    """Return the last working day strictly before `d`."""
    current = d - timedelta(days=1)
    while not is_working_day(current):
        current -= timedelta(days=1)
    return current


@lru_cache(maxsize=64)
def lunar_new_year(year: int) -> date | None:
    """Return the first day of Tết Nguyên đán in Gregorian `year`, or None outside the lunar tables."""
    if not 1901 <= year <= 2099:
        return None
    for day, name in holidays.country_holidays("VN", years=year, language="en_US").items():
        if name == "Lunar New Year":
            return day
    return None


def next_lunar_new_year(after: date) -> date | None:
    """Return the first Tết Nguyên đán on or after `after` (None outside the lunar tables)."""
    tet = lunar_new_year(after.year)
    if tet is not None and tet >= after:
        return tet
    return lunar_new_year(after.year + 1)
