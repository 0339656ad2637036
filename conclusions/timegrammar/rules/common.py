"""What the rule modules share: calendar arithmetic, building date specs, and a few word patterns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from conclusions.periods import end_of_month, safe_date
from conclusions.timegrammar.engine import Context
from conclusions.timegrammar.patterns import w
from conclusions.timegrammar.values import (
    CurrentPeriod,
    Dated,
    DateSpec,
    Day,
    DayIn,
    Num,
    Period,
    PeriodSpec,
    Shifted,
    TetEve,
    Time,
    WeekdaySpec,
)

MIN_YEAR, MAX_YEAR = 1900, 2200
PERIOD_UNITS = ("week", "month", "quarter", "year")
RECURRENCE = {"week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "yearly"}
DAYPART = w("sáng", "trưa", "chiều", "tối", "đêm", "khuya")
COMMA = w(",")


def typed_year(n: Num) -> int | None:
    """A year typed as 4 digits, or 2 digits after a date ("15/3/25")."""
    y = n.value + 2000 if n.digits == 2 else n.value
    return y if n.digits in (2, 4) and MIN_YEAR <= y <= MAX_YEAR else None


def monday(d: date) -> date:
    """The Monday opening the week of `d`."""
    return d - timedelta(days=d.weekday())


def add_months(d: date, months: int) -> date | None:
    """`d` moved by whole months, kept inside the month (31/1 + 1 → 28/2); None out of range."""
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return min(date(y, m + 1, 1) + timedelta(days=d.day - 1), end_of_month(y, m + 1))


def period_of(unit: str, today: date, step: int) -> Period | None:
    """The week, month, quarter or year `step` units from the one holding `today`."""
    try:
        if unit == "week":
            start = monday(today) + timedelta(weeks=step)
            return Period(start, start + timedelta(days=6), "week")
        if unit == "month":
            first = add_months(today.replace(day=1), step)
            return Period(first, end_of_month(first.year, first.month), "month") if first else None
        if unit == "quarter":
            first = add_months(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), 3 * step)
            return Period(first, end_of_month(first.year, first.month + 2), "quarter") if first else None
        if unit == "year":
            y = today.year + step
            return Period(date(y, 1, 1), date(y, 12, 31), "year") if MIN_YEAR <= y <= MAX_YEAR else None
        if unit in ("day", "workday"):
            d = today + timedelta(days=step)
            return Period(d, d, "day")
    except (OverflowError, ValueError):
        return None
    return None


def date_spec(day: int, month: int | None, year: int | None, lunar: bool, numeric: bool = False) -> DateSpec | None:
    """A date spec, or None when it can never exist (31/02, 30/02, month 13)."""
    if not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is not None and not lunar:
        if safe_date(year if year is not None else 2000, month, day) is None:  # 2000: a leap year
            return None
    if lunar and day > 30:
        return None
    return DateSpec(day, month, year, lunar, numeric)


def with_year(spec: Time, year: int) -> Time | None:
    """The spec placed in `year` (None when it already has one, or cannot take one)."""
    if isinstance(spec, DateSpec) and spec.year is None and spec.month is not None:
        return date_spec(spec.day, spec.month, year, spec.lunar)
    if isinstance(spec, PeriodSpec) and spec.year is None:
        return replace(spec, year=year) if MIN_YEAR <= year <= MAX_YEAR else None
    if isinstance(spec, TetEve) and spec.year is None:
        return TetEve(year)
    return None


def is_day_level(v: object) -> bool:
    """True for values that stand for one day (a date, a weekday, a count of days…)."""
    return isinstance(v, (Day, DateSpec, WeekdaySpec, Dated, TetEve, DayIn)) or (
        isinstance(v, Shifted) and v.duration.unit in ("day", "workday")
    )


def is_month(v: object) -> bool:
    """True for values that stand for a month ("tháng 3", "tháng sau", "tháng" itself)."""
    return (isinstance(v, PeriodSpec) and v.kind == "month") or (isinstance(v, Period) and v.grain == "month") or (
        isinstance(v, CurrentPeriod) and v.unit == "month"
    )


def year_value(_: Context, v: object) -> int | None:
    """The year named by "năm 2025", "năm nay", "năm sau"… (a Period of grain year)."""
    if isinstance(v, Period) and v.grain == "year":
        return v.start.year
    return None
