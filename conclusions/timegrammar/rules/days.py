"""Days and dates: "hôm nay", "mai", "15/3/2026", "ngày 15 tháng sau", "mồng 8 tháng 3"; weekdays and weeks:
"thứ sáu tuần sau", "T2", "chủ nhật này", "thứ năm ngày 7/5", "tuần đầu tiên của tháng 4".
"""

from __future__ import annotations

from datetime import timedelta

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import num, of, time, w
from conclusions.timegrammar.rules.common import (
    COMMA,
    date_spec,
    is_day_level,
    is_month,
    typed_year,
    with_year,
)
from conclusions.timegrammar.values import (
    AtClock,
    CurrentPeriod,
    Dated,
    DateSpec,
    Day,
    DayIn,
    LastOf,
    Num,
    Part,
    Period,
    PeriodSpec,
    Rel,
    Sep,
    TetEve,
    Time,
    Unit,
    Weekday,
    WeekdaySpec,
    WeekOfMonth,
    Word,
)

_RELATIVE_DAYS = {
    "hôm nay": 0, "ngày hôm nay": 0, "bữa nay": 0, "nay": 0, "mai": 1, "ngày mai": 1, "mốt": 2, "ngày mốt": 2,
    "ngày kia": 2, "ngày kìa": 3, "hôm qua": -1, "ngày hôm qua": -1, "hôm kia": -2, "bây giờ": 0, "giờ": 0,
}


def _relative_day(ctx: Context, word: Word) -> Day | None:
    step = _RELATIVE_DAYS.get(word.key)
    return None if step is None else Day(ctx.today + timedelta(days=step))


def _day_number(_: Context, __: Word, n: Num) -> DateSpec | None:
    return date_spec(n.value, None, None, False)


def _numeric_dm(_: Context, d: Num, sep: Sep, m: Num) -> DateSpec | None:
    if d.digits == 0 or m.digits == 0 or d.digits > 2 or m.digits > 2 or sep.char == ":":
        return None
    return date_spec(d.value, m.value, None, False, numeric=True)


def _numeric_year(_: Context, spec: DateSpec, sep: Sep, y: Num) -> Time | None:
    year = typed_year(y)
    if not spec.numeric or spec.year is not None or year is None or sep.char == ":":
        return None
    return with_year(spec, year)


def _day_of_month(_: Context, spec: DateSpec, month: Time) -> Time | None:
    """"ngày 15 tháng 3", "mùng 2 tháng Giêng", "ngày 15 tháng sau"."""
    if spec.month is not None or spec.numeric:
        return None
    if isinstance(month, PeriodSpec) and month.kind == "month":
        return date_spec(spec.day, month.index, month.year, month.lunar or spec.lunar)
    if isinstance(month, (Period, CurrentPeriod)) and is_month(month):
        return DayIn(spec.day, month)
    return None


def _number_of_month(_: Context, n: Num, month: PeriodSpec) -> DateSpec | None:
    """"15 tháng 3", "23 tháng Chạp" (no "ngày" before the number)."""
    if month.kind != "month" or n.digits > 2:
        return None
    return date_spec(n.value, month.index, month.year, month.lunar)


def _holiday_with_date(_: Context, holiday: DateSpec, spec: DateSpec) -> DateSpec | None:
    """"Quốc khánh 2/9", "Quốc khánh 2 tháng 9": the date said again after the name."""
    if holiday.numeric or spec.year is not None or spec.month is None:
        return None
    return holiday if (holiday.day, holiday.month, holiday.lunar) == (spec.day, spec.month, False) else None


def _holiday_year(_: Context, holiday: Time, y: Num) -> Time | None:
    """"Tết Nguyên đán 2026", "Trung thu 2026"."""
    year = y.value if y.digits == 4 else None
    if isinstance(holiday, DateSpec) and holiday.numeric:
        return None
    return with_year(holiday, year) if year is not None else None


def _spec_rel(_: Context, spec: Time, rel: Rel) -> Time | None:
    """"tháng 3 này", "tháng 4 tới", "ngày 20 tới": the next one not past, as without the word;
    "tháng 3 vừa rồi": the last one gone by."""
    if not isinstance(spec, (PeriodSpec, DateSpec)) or spec.year is not None:
        return None
    return LastOf(spec) if rel.step < 0 else spec


def _absorb(_: Context, __: Word, t: Time) -> Time | None:
    return t if is_day_level(t) or isinstance(t, AtClock) else None


def _weekday_number(_: Context, __: Word, n: Num) -> Weekday | None:
    return Weekday(n.value - 2) if 2 <= n.value <= 7 and n.digits <= 1 else None


def _weekday_alone(_: Context, wd: Weekday) -> WeekdaySpec:
    return WeekdaySpec(wd.wd, "bare")


def _weekday_rel(_: Context, wd: Weekday, rel: Rel) -> WeekdaySpec:
    return WeekdaySpec(wd.wd, {0: "this", 1: "next", -1: "last"}[max(-1, min(1, rel.step))])


def _weekday_in_week(_: Context, wd: Weekday, week: Time) -> Time | None:
    if isinstance(week, Period) and week.grain == "week":
        return Day(week.start + timedelta(days=wd.wd))
    if isinstance(week, CurrentPeriod) and week.unit == "week":
        return WeekdaySpec(wd.wd, "this")
    return None


def _date_and_weekday(ctx: Context, t: Time, wd: Weekday) -> Time | None:
    """"ngày 13/3 (thứ sáu)": the weekday said after the date."""
    return _weekday_and_date(ctx, wd, t)


def _week_of_month(_: Context, __: Word, n: object, *rest: object) -> Time | None:
    """"tuần đầu tiên của tháng 4", "tuần thứ hai tháng sau", "tuần cuối tháng"."""
    month = rest[-1]
    if isinstance(month, Unit):
        month = CurrentPeriod(month.name)
    if not is_month(month):
        return None
    if isinstance(n, Word):
        index = {"đầu tiên": 1, "đầu": 1, "cuối": -1, "cuối cùng": -1}.get(n.key)
    elif isinstance(n, Part):
        index = {"begin": 1, "end": -1}.get(n.name)
    else:
        index = n.value if isinstance(n, Num) and 1 <= n.value <= 5 else None
    return WeekOfMonth(index, month) if index else None  # type: ignore[arg-type]


def _ordinal(_: Context, __: Word, n: object) -> Num | None:
    """"thứ hai" as the second (of weeks), "thứ nhất" as the first."""
    if isinstance(n, Word):
        return Num(1) if n.key == "nhất" else None
    return Num(n.value) if isinstance(n, Num) and 1 <= n.value <= 5 else None


def _weekday_and_date(_: Context, wd: Weekday, *rest: object) -> Time | None:
    t = rest[-1]
    if isinstance(t, (DateSpec, Day)) or (isinstance(t, AtClock) and isinstance(t.time, (DateSpec, Day))):
        return Dated(t, wd.wd)  # type: ignore[arg-type]
    return None


RULES = [
    # days
    Rule("relative day (hôm nay, mai, mốt, ngày kia)", (w(*tuple(_RELATIVE_DAYS)),), _relative_day),
    Rule("day number (ngày 15, mùng 2)", (w("ngày", "mùng", "mồng", "hôm"), num(1, 31)), _day_number),
    Rule("numeric date (15/3)", (num(1, 31), of(Sep), num(1, 12)), _numeric_dm),
    Rule("numeric date with year (15/3/2026)", (of(DateSpec), of(Sep), of(Num)), _numeric_year),
    Rule("day of month (ngày 15 tháng 3)", (of(DateSpec), time()), _day_of_month),
    Rule("number of month (15 tháng 3)", (num(1, 31), of(PeriodSpec)), _number_of_month),
    Rule("ngày before a day (ngày 15/3, ngày mai, mùng 8/3)", (w("ngày", "hôm", "bữa", "mùng", "mồng"), time()), _absorb),
    Rule("a holiday and its date (Quốc khánh 2/9)", (of(DateSpec), of(DateSpec)), _holiday_with_date),
    Rule("a holiday and its year (Tết Nguyên đán 2026)", (time(DateSpec, TetEve), of(Num)), _holiday_year),
    # weekdays and weeks
    Rule("a month this/next (tháng 3 này, tháng 4 tới)", (time(PeriodSpec, DateSpec), of(Rel)), _spec_rel),
    Rule("ordinal (thứ hai, thứ nhất)", (w("thứ"), of(Num, Word)), _ordinal, cost=1),
    Rule("week of a month (tuần đầu tiên của tháng 4)", (w("tuần"), of(Num, Word, Part), w("của"), of(Time, Unit)), _week_of_month),
    Rule("week of a month (tuần cuối tháng)", (w("tuần"), of(Num, Word, Part), of(Time, Unit)), _week_of_month),
    Rule("weekday (thứ sáu, thứ 6, T6)", (w("thứ", "t"), of(Num)), _weekday_number),
    Rule("weekday alone", (of(Weekday),), _weekday_alone),
    Rule("weekday this/next (thứ tư tới)", (of(Weekday), of(Rel)), _weekday_rel),
    Rule("weekday of a week (thứ sáu tuần sau)", (of(Weekday), time()), _weekday_in_week),
    Rule("weekday with a date (thứ năm ngày 7/5)", (of(Weekday), time()), _weekday_and_date),
    Rule("weekday, date (thứ năm, 7/5)", (of(Weekday), COMMA, time()), _weekday_and_date),
    Rule("date then weekday (ngày 13/3 (thứ sáu))", (time(DateSpec, Day), of(Weekday)), _date_and_weekday),
]
