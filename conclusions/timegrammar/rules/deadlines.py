"""What makes a time a deadline ("trước", "chậm nhất", "hạn chót", "trong vòng") and repetitions
("hàng tháng", "ngày 25 hằng tháng", "cuối mỗi quý", "định kỳ 6 tháng").
"""

from __future__ import annotations

from dataclasses import replace

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import of, time, w
from conclusions.timegrammar.rules.common import (
    PERIOD_UNITS,
    RECURRENCE,
)
from conclusions.timegrammar.values import (
    Bounded,
    CurrentPeriod,
    Day,
    Duration,
    Marker,
    Num,
    Part,
    PartOf,
    Recur,
    Recurring,
    Sep,
    Shifted,
    Time,
    Unit,
    Word,
)


def _markers(_: Context, a: Marker, b: Marker) -> Marker:
    return Marker(a.strict or b.strict, a.within or b.within)


def _ngay(_: Context, __: Word, m: Marker) -> Marker:
    return m


def _marker_colon(_: Context, m: Marker, sep: Sep) -> Marker | None:
    return m if sep.char == ":" else None


def _bounded(_: Context, m: Marker, t: Time) -> Bounded:
    return Bounded(t, m.strict)


def _bounded_again(_: Context, m: Marker, b: Bounded) -> Bounded:
    return Bounded(b.time, m.strict or b.strict)


def _within_unit(ctx: Context, m: Marker, unit: Unit) -> Bounded | None:
    """"trong tuần", "trong tháng", "trong ngày": the current one."""
    if not m.within:
        return None
    if unit.name == "day":
        return Bounded(Day(ctx.today), False)
    return Bounded(CurrentPeriod(unit.name), False) if unit.name in PERIOD_UNITS else None


def _within_duration(ctx: Context, m: Marker, d: Duration) -> Bounded | None:
    return Bounded(Shifted(d, 1, Day(ctx.today)), False) if m.within else None


def _from_now(_: Context, __: Word, ___: object, b: Bounded) -> Bounded:
    """"từ nay đến cuối tháng" when typed apart ("từ" "nay" "đến …")."""
    return b


def _recur(_: Context, __: Word, unit: Unit) -> Recur | None:
    kind = RECURRENCE.get(unit.name)
    return Recur(kind, unit.name) if kind else None


def _recur_every_n(_: Context, *items: object) -> Recur | None:
    d = next(i for i in items if isinstance(i, Duration))
    if d.unit == "month" and d.amount == 6:
        return Recur("half_yearly", "half")
    if d.amount == 1 and d.unit in RECURRENCE:
        return Recur(RECURRENCE[d.unit], d.unit)
    if d.unit == "month" and d.amount == 3:
        return Recur("quarterly", "quarter")
    return None


def _periodic(_: Context, __: Word, r: Recur) -> Recur:
    return r


def _time_recur(_: Context, t: Time, *rest: object) -> Recurring | None:
    r = rest[-1]
    if not isinstance(r, Recur) or isinstance(t, Shifted):
        return None
    return Recurring(t, r)


def _recur_time(_: Context, r: Recur, *rest: object) -> Recurring | None:
    t = rest[-1]
    return Recurring(t, r) if isinstance(t, Time) and not isinstance(t, Shifted) else None  # type: ignore[arg-type]


def _part_recur(_: Context, part: Part, r: Recur) -> Recurring | None:
    """"cuối mỗi tháng", "đầu hàng tuần"."""
    if r.unit not in PERIOD_UNITS:
        return None
    return Recurring(PartOf(part.name, CurrentPeriod(r.unit)), r)


def _bounded_recurring(_: Context, m: Marker, r: Recurring) -> Recurring:
    return replace(r, strict=m.strict or r.strict)


RULES = [
    # deadlines
    Rule("markers together (chậm nhất là, hoàn thành trước)", (of(Marker), of(Marker)), _markers),
    Rule("ngay (right away) before a marker (ngay trong hôm nay)", (w("ngay"), of(Marker)), _ngay, cost=1),
    Rule("marker and colon (hạn:)", (of(Marker), of(Sep)), _marker_colon),
    Rule("deadline (trước thứ sáu, chậm nhất 15/3)", (of(Marker), time()), _bounded),
    Rule("deadline again (hạn: trước 15/3)", (of(Marker), of(Bounded)), _bounded_again),
    Rule("within the current period (trong tuần)", (of(Marker), of(Unit)), _within_unit),
    Rule("within a count (trong 3 ngày)", (of(Marker), of(Duration)), _within_duration),
    Rule("from now until (từ nay đến …)", (w("từ"), w("nay", "bây giờ", "giờ", "hôm nay"), of(Bounded)), _from_now),
    # repetition
    Rule("every unit (hàng tháng, mỗi tuần)", (w("hàng", "hằng", "mỗi"), of(Unit)), _recur),
    Rule("định kỳ + repetition", (w("định kỳ"), of(Recur)), _periodic),
    Rule("every n units (định kỳ 6 tháng)", (w("định kỳ"), of(Duration)), _recur_every_n),
    Rule("n units once (6 tháng một lần)", (of(Duration), of(Num, when=lambda n: n.value == 1), w("lần")), _recur_every_n),
    Rule("n units per time (6 tháng/lần)", (of(Duration), of(Sep), w("lần")), _recur_every_n),
    Rule("a time every unit (ngày 25 hàng tháng)", (time(), of(Recur)), _time_recur),
    Rule("a time every unit, vào (hàng tháng vào ngày 25)", (of(Recur), of(Marker, when=lambda m: not m.strict), time()), _recur_time),
    Rule("a time every unit (hàng tháng ngày 25)", (of(Recur), time()), _recur_time),
    Rule("part of every unit (cuối mỗi tháng)", (of(Part), of(Recur)), _part_recur),
    Rule("repeating deadline (trước ngày 5 hàng tháng)", (of(Marker), of(Recurring)), _bounded_recurring),
]
