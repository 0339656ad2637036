"""Periods: "tuần sau", "tháng Tư", "quý II/2026", "6 tháng đầu năm", "năm ngoái"; and their parts:
"cuối tuần", "đầu tháng sau", "nửa cuối tháng", "giữa quý".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import of, time, w
from conclusions.timegrammar.rules.common import (
    MAX_YEAR,
    MIN_YEAR,
    PERIOD_UNITS,
    is_day_level,
    period_of,
    typed_year,
    with_year,
    year_value,
)
from conclusions.timegrammar.values import (
    AtClock,
    CurrentPeriod,
    DateSpec,
    Day,
    Num,
    Part,
    PartOf,
    Period,
    PeriodSpec,
    Rel,
    Roman,
    Sep,
    TetEve,
    Time,
    Unit,
    Word,
)


def _unit_rel(ctx: Context, unit: Unit, rel: Rel) -> Period | None:
    if unit.name not in PERIOD_UNITS:
        return None
    return period_of(unit.name, ctx.today, rel.step)


def _rel_again(_: Context, rel: Rel, __: Word) -> Rel | None:
    """"tuần sau nữa": one more step in the same direction."""
    return Rel(rel.step + (1 if rel.step > 0 else -1)) if rel.step else None


def _sang_period(_: Context, __: Word, p: Period) -> Period | None:
    """"sang tuần sau", "sang năm sau": the period itself."""
    return p


def _sang(ctx: Context, __: Word, unit: Unit) -> Period | None:
    """"sang tuần", "sang tháng", "sang năm": the next one."""
    return period_of(unit.name, ctx.today, 1) if unit.name in PERIOD_UNITS else None


def _month_number(_: Context, __: Word, n: Num) -> PeriodSpec | None:
    if not 1 <= n.value <= 12 or n.digits > 2:
        return None
    return PeriodSpec("month", n.value)


def _month_word(_: Context, word: Word) -> PeriodSpec:
    return PeriodSpec("month", 1 if word.key == "tháng giêng" else 12, lunar=True)


def _quarter(_: Context, __: Word, n: object) -> PeriodSpec | None:
    value = n.value if isinstance(n, (Num, Roman)) else 0
    if isinstance(n, Num) and n.digits > 1:
        return None
    return PeriodSpec("quarter", value) if 1 <= value <= 4 else None


def _spec_sep_year(_: Context, spec: Time, sep: Sep, y: Num) -> Time | None:
    year = typed_year(y)
    if year is None or y.digits != 4 or sep.char == ":" or not isinstance(spec, PeriodSpec):
        return None
    return with_year(spec, year)


def _spec_year(ctx: Context, spec: Time, year: Time) -> Time | None:
    y = year_value(ctx, year)
    return None if y is None else with_year(spec, y)


def _joined_periods(_: Context, first: PeriodSpec, __: Word, second: PeriodSpec) -> Time | None:
    """"tháng 01 và tháng 02/2026", "quý I, quý II/2026": two periods of one kind said together end with the later."""
    if first.kind != second.kind or first.kind not in ("month", "quarter") or first.lunar or second.lunar:
        return None
    if first.year is not None and second.year is not None:
        return second if (second.year, second.index) > (first.year, first.index) else first
    if first.year is not None:  # "tháng 12/2025 và tháng 01" reads as the next one
        return replace(second, year=first.year + (second.index < first.index))
    return second if second.year is not None or second.index > first.index else None


def _joined_numbers(_: Context, first: PeriodSpec, __: Word, n: object, sep: Sep, y: Num) -> Time | None:
    """"tháng 11, 12/2025", "quý III, IV/2025": a second number with the year shares the first's kind."""
    value = n.value if isinstance(n, (Num, Roman)) else 0
    year = typed_year(y)
    if first.kind not in ("month", "quarter") or first.year is not None or sep.char != "/" or year is None or y.digits != 4:
        return None
    if not first.index < value <= (12 if first.kind == "month" else 4):
        return None
    return PeriodSpec(first.kind, value, year)


def _year_number(_: Context, __: Word, n: Num) -> Period | None:
    y = n.value if n.digits == 4 else None
    if y is None or not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return Period(date(y, 1, 1), date(y, 12, 31), "year")


def _months_of_year(ctx: Context, n: Num, __: Unit, part: Part, year: object) -> Time | None:
    """"6 tháng đầu năm", "9 tháng đầu năm 2025", "sáu tháng cuối năm"."""
    if __.name != "month" or not 1 <= n.value <= 11 or part.name not in ("begin", "end"):
        return None
    kind = "first_months" if part.name == "begin" else "last_months"
    if isinstance(year, Unit):
        return PeriodSpec(kind, n.value) if year.name == "year" else None
    y = year_value(ctx, year)
    return PeriodSpec(kind, n.value, y) if y is not None else None


def _half_of_year(ctx: Context, __: Word, part: Part, year: object) -> Time | None:
    """"nửa năm đầu", "nửa năm cuối năm nay"."""
    if part.name not in ("begin", "end"):
        return None
    second = part.name == "end"
    if isinstance(year, Unit):
        return PeriodSpec("half", 2 if second else 1) if year.name == "year" else None
    y = year_value(ctx, year)
    return PeriodSpec("half", 2 if second else 1, y) if y is not None else None


def _half_of_year_short(_: Context, __: Word, year: Unit, part: Part) -> Time | None:
    if year.name != "year" or part.name not in ("begin", "end"):
        return None
    return PeriodSpec("half", 2 if part.name == "end" else 1)


def _nua_part(_: Context, __: Word, part: Part) -> Part | None:
    return {"begin": Part("first_half"), "end": Part("second_half")}.get(part.name)


def _part_of_unit(_: Context, part: Part, unit: Unit) -> Time | None:
    return PartOf(part.name, CurrentPeriod(unit.name)) if unit.name in PERIOD_UNITS else None


def _part_of_time(_: Context, part: Part, t: Time) -> Time | None:
    if isinstance(t, (Period, PeriodSpec, CurrentPeriod)):
        return PartOf(part.name, t)
    if part.name == "whole" and (is_day_level(t) or isinstance(t, AtClock)):
        return t  # "đến hết ngày 20/3"
    return None


def _end_on_a_day(_: Context, part: Part, t: Time) -> Time | None:
    """"(hạn) cuối 30/6": the day itself (what is left of "hạn cuối 30/6" once /giao has split at "hạn")."""
    return t if part.name == "end" and isinstance(t, (DateSpec, Day)) and (not isinstance(t, DateSpec) or t.month) else None


RULES = [
    # periods
    Rule("unit and direction (tuần sau, tháng này, năm ngoái)", (of(Unit), of(Rel)), _unit_rel),
    Rule("direction once more (sau nữa)", (of(Rel), w("nữa")), _rel_again),
    Rule("sang + unit (sang tuần, sang năm)", (w("sang"), of(Unit)), _sang),
    Rule("sang + period (sang tuần sau)", (w("sang"), time(Period)), _sang_period),
    Rule("month (tháng 3, tháng Tư)", (w("tháng"), of(Num)), _month_number),
    Rule("lunar month names (tháng Giêng, tháng Chạp)", (w("tháng giêng", "tháng chạp"),), _month_word),
    Rule("quarter (quý II, quý 2, Q3)", (w("quý", "q"), of(Num, Roman)), _quarter),
    Rule("period / year (tháng 3/2026, quý II/2026)", (time(PeriodSpec), of(Sep), of(Num)), _spec_sep_year),
    Rule("time of a year (tháng 3 năm 2026, Tết năm sau)", (time(PeriodSpec, DateSpec, TetEve), time(Period)), _spec_year),
    Rule("year (năm 2026)", (w("năm"), of(Num)), _year_number),
    Rule("two periods said together (tháng 01 và tháng 02/2026)", (time(PeriodSpec), w("và", ","), time(PeriodSpec)), _joined_periods),
    Rule("two numbers of one period kind (tháng 11, 12/2025)", (time(PeriodSpec), w("và", ","), of(Num, Roman), of(Sep), of(Num)),
         _joined_numbers),
    Rule("first/last months of a year (6 tháng đầu năm)", (of(Num), of(Unit), of(Part), of(Unit, Period)), _months_of_year),
    Rule("half of a year (nửa năm đầu)", (w("nửa"), of(Part), of(Unit, Period)), _half_of_year),
    Rule("half of a year short (nửa năm đầu)", (w("nửa"), of(Unit), of(Part)), _half_of_year_short),
    Rule("nửa đầu / nửa cuối", (w("nửa"), of(Part)), _nua_part),
    # parts of periods
    Rule("part of the current period (cuối tuần, đầu tháng)", (of(Part), of(Unit)), _part_of_unit),
    Rule("part of a period (cuối tháng sau, đầu quý III)", (of(Part), time()), _part_of_time),
    Rule("cuối + a date (hạn cuối 30/6)", (of(Part), time()), _end_on_a_day, cost=1),
]
