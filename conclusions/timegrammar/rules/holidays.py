"""Holidays and the lunar calendar: "Quốc khánh 2/9", "mùng 2 Tết", "Rằm tháng Bảy", "23 tháng Chạp",
"15/8 âm lịch", "Tết Nguyên đán 2026".
"""

from __future__ import annotations

from dataclasses import replace

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import of, time, w
from conclusions.timegrammar.rules.common import (
    date_spec,
)
from conclusions.timegrammar.values import (
    DateSpec,
    Num,
    PeriodSpec,
    TetEve,
    Time,
    Word,
)

_HOLIDAY_WORD = w("lễ", "dịp", "ngày lễ", "kỷ niệm", "ngày", "thành lập", "ngày thành lập")


def _holiday_prefix(_: Context, __: Word, t: Time) -> Time | None:
    return t if isinstance(t, (DateSpec, TetEve)) else None


def _lunar(_: Context, t: Time, *__: object) -> Time | None:
    if isinstance(t, DateSpec) and not t.lunar and t.month is not None:
        return date_spec(t.day, t.month, t.year, True)
    if isinstance(t, PeriodSpec) and t.kind == "month" and not t.lunar:
        return replace(t, lunar=True)
    return None


def _ram(_: Context, __: Word) -> DateSpec:
    return DateSpec(15, None, None, True)


def _ram_month(_: Context, __: Word, month: Time) -> DateSpec | None:
    """"Rằm tháng Bảy" is lunar even when the month is a number."""
    if isinstance(month, PeriodSpec) and month.kind == "month":
        return date_spec(15, month.index, month.year, True)
    return None


def _day_of_tet(_: Context, spec: DateSpec, tet: DateSpec) -> Time | None:
    """"mùng 2 Tết", "30 Tết"."""
    if tet != DateSpec(1, 1, None, True) or spec.month is not None or spec.numeric:
        return None
    if spec.day in (29, 30):
        return TetEve()
    return date_spec(spec.day, 1, None, True) if spec.day <= 10 else None


def _number_of_tet(ctx: Context, n: Num, tet: DateSpec) -> Time | None:
    spec = date_spec(n.value, None, None, False)
    return _day_of_tet(ctx, spec, tet) if spec and n.digits <= 2 else None


RULES = [
    # holidays and lunar dates
    Rule("ngày lễ / dịp + holiday", (_HOLIDAY_WORD, time(DateSpec, TetEve)), _holiday_prefix),
    Rule("lunar (âm lịch)", (time(DateSpec, PeriodSpec), w("âm lịch", "âm", "al", "âl")), _lunar),
    Rule("rằm", (w("rằm"),), _ram),
    Rule("rằm of a month (Rằm tháng Bảy)", (w("rằm"), time(PeriodSpec)), _ram_month),
    Rule("day of Tết (mùng 2 Tết)", (of(DateSpec), of(DateSpec)), _day_of_tet),
    Rule("number of Tết (30 Tết)", (of(Num), of(DateSpec)), _number_of_tet),
]
