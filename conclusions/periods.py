"""Calendar arithmetic for administrative periods: last days of months, quarters, halves and years."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date or None when it does not exist on the calendar (31/02, month 13…)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def end_of_month(year: int, month: int) -> date:
    """Return the last day of `month` in `year`."""
    return date(year, month, _cal.monthrange(year, month)[1])


def end_of_quarter(year: int, quarter: int) -> date:
    """Return the last day of quarter 1–4 of `year`."""
    return end_of_month(year, quarter * 3)


def end_of_half(year: int, second: bool) -> date:
    """Return 30/06 (first half) or 31/12 (second half) of `year`."""
    return date(year, 12, 31) if second else date(year, 6, 30)


def end_of_year(year: int) -> date:
    """Return 31/12 of `year`."""
    return date(year, 12, 31)


def end_of_week(d: date) -> date:
    """Return the Sunday closing the week (Monday–Sunday) that contains `d`."""
    return d + timedelta(days=6 - d.weekday())


def quarter_number(token: str) -> int | None:
    """Parse a quarter written in Roman ("II") or Arabic ("2") numerals."""
    token = token.strip().lower()
    if token in ROMAN:
        return ROMAN[token]
    if token.isdigit() and 1 <= int(token) <= 4:
        return int(token)
    return None


def full_year(token: str | None, default: int | None) -> int | None:
    """Expand a written year ("2018", "18") or fall back to `default`."""
    if not token:
        return default
    y = int(token)
    if y < 100:
        y += 2000
    return y if 1900 <= y <= 2200 else None  # "năm 9999" is no real deadline year
