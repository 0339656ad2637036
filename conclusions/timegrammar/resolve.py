"""The one resolution step: a time description becomes the days it may mean, and a deadline its day.

`candidates` lists, in calendar order, the intervals a description can stand for ("tháng 3" →
March of last year, this year, next year…). The deadline is the first candidate that has not
ended before today; a description anchored by its own words ("tuần trước", "15/3/2024") has one
candidate and keeps it even when it is past. A period becomes its last day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from conclusions.calendar import add_working_days
from conclusions.periods import end_of_month, safe_date
from conclusions.timegrammar import lunar
from conclusions.timegrammar.rules.common import MAX_YEAR, MIN_YEAR, add_months, period_of
from conclusions.timegrammar.values import (
    AtClock,
    Bounded,
    CurrentPeriod,
    Dated,
    DateSpec,
    Day,
    DayIn,
    Duration,
    LastOf,
    PartOf,
    Period,
    PeriodSpec,
    Recurring,
    Shifted,
    TetEve,
    Time,
    WeekdaySpec,
    WeekOfMonth,
)

Interval = tuple[date, date, str]  # first day, last day, grain


def _ok(d: date | None) -> bool:
    return d is not None and MIN_YEAR <= d.year <= MAX_YEAR


def _lunar_month_span(month: int, year: int) -> Interval | None:
    first = lunar.from_lunar(1, month, year)
    if first is None:
        return None
    last = lunar.from_lunar(30, month, year) or lunar.from_lunar(29, month, year)
    return (first, last, "month") if last else None


def _date_spec(spec: DateSpec, today: date) -> Iterator[Interval]:
    if spec.lunar:
        here = lunar.to_lunar(today)
        if spec.year is not None:
            years = [spec.year]
        else:
            years = [here.year - 1, here.year, here.year + 1, here.year + 2]
        for y in years:
            if spec.month is not None:
                found = lunar.from_lunar(spec.day, spec.month, y)
                if _ok(found):
                    yield found, found, "day"  # type: ignore[misc]
            else:
                for m in range(1, 13):
                    found = lunar.from_lunar(spec.day, m, y)
                    if _ok(found):
                        yield found, found, "day"  # type: ignore[misc]
        return
    if spec.month is not None:
        years = [spec.year] if spec.year is not None else list(range(today.year - 1, today.year + 5))
        for y in years:
            found = safe_date(y, spec.month, spec.day)
            if _ok(found):
                yield found, found, "day"  # type: ignore[misc]
        return
    for step in range(-1, 14):
        first = add_months(today.replace(day=1), step)
        if first is None:
            continue
        found = safe_date(first.year, first.month, spec.day)
        if _ok(found):
            yield found, found, "day"  # type: ignore[misc]


def _period_spec(spec: PeriodSpec, today: date) -> Iterator[Interval]:
    if spec.lunar:
        base = lunar.to_lunar(today).year
    else:
        base = today.year
    years = [spec.year] if spec.year is not None else [base - 1, base, base + 1, base + 2]
    for y in years:
        if not MIN_YEAR <= y <= MAX_YEAR:
            continue
        if spec.kind == "month":
            if spec.lunar:
                span = _lunar_month_span(spec.index, y)
                if span:
                    yield span
            else:
                yield date(y, spec.index, 1), end_of_month(y, spec.index), "month"
        elif spec.kind == "quarter":
            yield date(y, spec.index * 3 - 2, 1), end_of_month(y, spec.index * 3), "quarter"
        elif spec.kind == "half":
            yield (date(y, 1, 1), date(y, 6, 30), "half") if spec.index == 1 else (date(y, 7, 1), date(y, 12, 31), "half")
        elif spec.kind == "first_months":
            yield date(y, 1, 1), end_of_month(y, spec.index), "span"
        elif spec.kind == "last_months":
            yield date(y, 13 - spec.index, 1), date(y, 12, 31), "span"


def _weekday(spec: WeekdaySpec, today: date) -> Iterator[Interval]:
    ahead = (spec.wd - today.weekday()) % 7
    if spec.mode == "next":
        d = today + timedelta(days=ahead or 7)
    elif spec.mode == "last":
        d = today - timedelta(days=(today.weekday() - spec.wd) % 7 or 7)
    else:
        d = today + timedelta(days=ahead)  # bare or "này": on or after today
    yield d, d, "day"


def _part(part: str, span: Interval) -> Interval | None:
    """The sub-interval `part` of a period ("cuối tuần" ends on Sunday, "giữa tháng" is the 15th)."""
    start, end, grain = span
    if part == "whole" or grain in ("day", "span"):
        return span
    if grain == "week":
        table = {"begin": (0, 0), "mid": (2, 2), "end": (5, 6), "first_half": (0, 2), "second_half": (3, 6)}
        if part not in table:
            return None
        a, b = table[part]
        return start + timedelta(days=a), start + timedelta(days=b), "day"
    if grain == "month":
        last = (end - start).days + 1
        table = {
            "begin": (1, 10), "mid": (15, 15), "end": (21, last), "first_half": (1, 15), "second_half": (16, last),
            "dec1": (1, 10), "dec2": (11, 20), "dec3": (21, last),
        }
        a, b = table[part]
        return start + timedelta(days=a - 1), start + timedelta(days=b - 1), "day"
    months = {"quarter": 3, "half": 6, "year": 12}.get(grain)
    if months is None:
        return None
    # begin / mid / end: first, middle, last third of a quarter or half; the first and last quarter of a year.
    third = 3 if grain == "year" else months // 3
    ranges = {
        "begin": (0, third), "mid": (third, months - third), "end": (months - third, months),
        "first_half": (0, months // 2), "second_half": (months // 2, months),
    }
    if part not in ranges:
        return None
    a, b = ranges[part]
    first = add_months(start, a)
    last_month = add_months(start, b - 1)
    if first is None or last_month is None:
        return None
    if grain == "year" and part == "mid":
        return date(start.year, 6, 1), date(start.year, 6, 30), "month"  # "giữa năm": by the end of June
    return first, end_of_month(last_month.year, last_month.month), "month"


def _shift(d: date, duration: Duration, sign: int) -> date | None:
    amount, unit = duration.amount, duration.unit
    try:
        if unit == "workday":
            return add_working_days(d, sign * int(amount)) if amount.denominator == 1 else None
        if unit == "day":
            return d + timedelta(days=sign * int(amount)) if amount.denominator == 1 else None
        if unit == "week":
            return d + timedelta(days=sign * int(amount * 7))
        months = amount * {"month": 1, "quarter": 3, "year": 12}[unit]
        whole = int(months)
        moved = add_months(d, sign * whole)
        if moved is None:
            return None
        return moved + timedelta(days=sign * int((months - whole) * 30))  # "rưỡi" of a month: 15 days
    except (OverflowError, KeyError):
        return None


def candidates(value: Time, today: date) -> Iterator[Interval]:
    """Every interval `value` may stand for, in calendar order."""
    if isinstance(value, Day):
        yield value.day, value.day, "day"
    elif isinstance(value, Period):
        yield value.start, value.end, value.grain
    elif isinstance(value, DateSpec):
        yield from _date_spec(value, today)
    elif isinstance(value, PeriodSpec):
        yield from _period_spec(value, today)
    elif isinstance(value, CurrentPeriod):
        for step in range(3):
            p = period_of(value.unit, today, step)
            if p is not None:
                yield p.start, p.end, p.grain
    elif isinstance(value, WeekdaySpec):
        yield from _weekday(value, today)
    elif isinstance(value, PartOf):
        for span in candidates(value.of, today):
            part = _part(value.part, span)
            if part is not None:
                yield part
    elif isinstance(value, LastOf):
        gone = [span for span in candidates(value.time, today) if span[1] < today]
        if gone:
            yield gone[-1]
    elif isinstance(value, WeekOfMonth):
        for start, end, _ in candidates(value.of, today):
            if value.n > 0:
                first = start + timedelta(weeks=value.n - 1) - timedelta(days=start.weekday() if value.n > 1 else 0)
                week_end = first + timedelta(days=6 - first.weekday())
            else:
                first = end - timedelta(days=end.weekday())
                week_end = end
            if first <= end:
                yield max(first, start), min(week_end, end), "day"
    elif isinstance(value, DayIn):
        for start, _, _ in candidates(value.of, today):
            d = safe_date(start.year, start.month, value.day)
            if d is not None:
                yield d, d, "day"
    elif isinstance(value, Shifted):
        for start, end, _ in candidates(value.anchor, today):
            d = _shift(end if value.sign > 0 else start, value.duration, value.sign)
            if _ok(d):
                yield d, d, "day"  # type: ignore[misc]
    elif isinstance(value, Dated):
        # The weekday picks between the years a date without one may mean (within a year from
        # today); when it agrees with none of them, the date wins.
        spans = list(candidates(value.time, today))
        agreeing = [s for s in spans if s[0].weekday() == value.wd and today <= s[1] <= today + timedelta(days=366)]
        yield from agreeing or spans
    elif isinstance(value, AtClock):
        yield from candidates(value.time, today)
    elif isinstance(value, TetEve):
        if value.year is not None:
            years = [value.year]
        else:
            years = [lunar.to_lunar(today).year + k for k in range(3)]
        for y in years:
            if MIN_YEAR < y <= MAX_YEAR:
                yield (eve := lunar.lunar_new_year_eve(y)), eve, "day"


def pick(value: Time, today: date) -> Interval | None:
    """The interval meant: the first not ended before today, else the last (a past stated on purpose)."""
    last = None
    for count, span in enumerate(candidates(value, today)):
        if span[1] >= today:
            return span
        last = span
        if count > 60:
            break
    return last


def due_of(value: object, today: date) -> tuple[date | None, bool, str | None, bool] | None:
    """(due, strict_before, recurrence, has_clock) for a top-level reading, or None."""
    strict = False
    recurrence = None
    if isinstance(value, Bounded):
        strict, value = value.strict, value.time
    if isinstance(value, Recurring):
        strict = strict or value.strict
        recurrence = value.recur.kind
        if value.time is None:
            return None, False, recurrence, False
        value = value.time
    if not isinstance(value, Time):
        return None
    span = pick(value, today)
    if span is None:
        return None
    return span[1], strict, recurrence, isinstance(value, AtClock)
