"""Counts of units from a day: "3 ngày nữa", "trong vòng 2 tháng", "45 ngày kể từ ngày ký", "5 ngày làm việc",
"trước Tết 1 tuần".
"""

from __future__ import annotations

from fractions import Fraction

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import of, time, w
from conclusions.timegrammar.rules.common import (
    is_day_level,
)
from conclusions.timegrammar.values import (
    AtClock,
    Bounded,
    Day,
    Duration,
    Num,
    Rel,
    Shifted,
    Time,
    Unit,
    Word,
)

_DOC = w("văn bản", "thông báo", "kết luận", "công văn", "quyết định", "kế hoạch")
_REL_FORWARD = of(Rel, when=lambda r: r.step > 0)


def _duration(_: Context, n: Num, unit: Unit) -> Duration | None:
    if n.value <= 0 or n.value > 1000:
        return None
    return Duration(Fraction(n.value), unit.name)


def _half_unit(_: Context, __: Word, unit: Unit) -> Duration | None:
    return Duration(Fraction(1, 2), unit.name) if unit.name in ("week", "month", "year", "day") else None


def _and_half(_: Context, d: object, __: Word) -> Duration | None:
    if isinstance(d, Unit):
        return Duration(Fraction(3, 2), d.name) if d.name in ("week", "month", "year") else None
    if isinstance(d, Duration) and d.amount.denominator == 1:
        return Duration(d.amount + Fraction(1, 2), d.unit)
    return None


def _ahead(ctx: Context, d: Duration, *_: object) -> Shifted:
    return Shifted(d, 1, Day(ctx.today))


def _after(ctx: Context, __: object, d: Duration) -> Shifted:
    return Shifted(d, 1, Day(ctx.today))


def _ago(ctx: Context, d: Duration, __: object) -> Shifted:
    return Shifted(d, -1, Day(ctx.today))


def _ago_prefix(ctx: Context, __: Word, d: Duration) -> Shifted:
    return Shifted(d, -1, Day(ctx.today))


def _from_anchor(_: Context, d: Duration, __: Word, anchor: Time) -> Shifted | None:
    """"45 ngày kể từ ngày ký", "30 ngày kể từ ngày 1/6"."""
    return Shifted(d, 1, anchor) if is_day_level(anchor) else None


def _event_today(ctx: Context, *_: object) -> Day:
    """"ngày ký", "ngày nhận được văn bản": the reference day itself."""
    return Day(ctx.today)


def _relative_to(_: Context, d: Duration, rel: Rel, t: Time) -> Shifted | None:
    """"3 ngày sau Tết", "1 tuần trước Quốc khánh"."""
    if rel.step == 0 or not (is_day_level(t) or isinstance(t, AtClock)):
        return None
    return Shifted(d, 1 if rel.step > 0 else -1, t)


def _before_by(_: Context, b: object, d: Duration) -> Bounded | None:
    """"trước Tết 1 tuần": a week before Tết."""
    if not isinstance(b, Bounded) or not b.strict or not is_day_level(b.time):
        return None
    return Bounded(Shifted(d, -1, b.time), False)


RULES = [
    # counts of units
    Rule("count of a unit (3 ngày, hai tuần)", (of(Num), of(Unit)), _duration),
    Rule("half a unit (nửa tháng)", (w("nửa"), of(Unit)), _half_unit),
    Rule("and a half (một tháng rưỡi)", (of(Duration, Unit), w("rưỡi", "rưởi")), _and_half),
    Rule("count ahead (3 ngày nữa, 2 tuần tới)", (of(Duration), w("nữa")), _ahead),
    Rule("working days alone (5 ngày làm việc)", (of(Duration, when=lambda d: d.unit == "workday"),), _ahead, cost=1),
    Rule("count ahead (2 tuần tới)", (of(Duration), _REL_FORWARD), _ahead),
    Rule("count ahead, more (3 ngày tới nữa)", (of(Duration), _REL_FORWARD, w("nữa")), _ahead),
    Rule("after a count (sau 3 ngày)", (of(Rel, when=lambda r: r.step == 1), of(Duration)), _after),
    Rule("count ago (3 ngày trước)", (of(Duration), of(Rel, when=lambda r: r.step == -1)), _ago),
    Rule("count ago (cách đây 3 ngày)", (w("cách đây"), of(Duration)), _ago_prefix),
    Rule("count from a day (45 ngày kể từ ngày ký)", (of(Duration), w("kể từ", "tính từ", "từ", "kể từ ngày"), time()), _from_anchor),
    Rule("the signing or receiving day", (w("ngày ký", "ngày kí", "ngày ban hành", "ngày nhận", "ngày nhận được"),), _event_today),
    Rule("the signing day of a document", (w("ngày ký", "ngày kí", "ngày ban hành", "ngày nhận", "ngày nhận được"), _DOC), _event_today),
    Rule("count before/after a day (3 ngày sau Tết)", (of(Duration), of(Rel), time()), _relative_to),
    Rule("before a day by a count (trước Tết 1 tuần)", (of(Bounded), of(Duration)), _before_by),
]
