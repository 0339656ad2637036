"""Clock times attached to a day: "16h30 ngày 9/1", "8 giờ sáng thứ hai", "chiều mai", "trước 17h".
"""

from __future__ import annotations

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import of, time, w
from conclusions.timegrammar.rules.common import (
    COMMA,
    DAYPART,
    is_day_level,
)
from conclusions.timegrammar.values import (
    AtClock,
    Clock,
    Day,
    Marker,
    Num,
    Sep,
    Time,
    Word,
)


def _clock(_: Context, h: Num, __: object, *rest: object) -> Clock | None:
    minute = 0
    for item in rest:
        if isinstance(item, Num):
            minute = item.value
        elif isinstance(item, Word) and item.key in ("rưỡi", "rưởi"):
            minute = 30
    if not 0 <= h.value <= 24 or not 0 <= minute <= 59 or h.digits > 2:
        return None
    return Clock(h.value, minute)


def _clock_colon(_: Context, h: Num, sep: Sep, m: Num) -> Clock | None:
    if sep.char != ":" or m.digits != 2 or not 0 <= h.value <= 24 or not 0 <= m.value <= 59:
        return None
    return Clock(h.value, m.value)


def _clock_daypart(_: Context, c: Clock, __: Word) -> Clock:
    return c


def _clock_today(ctx: Context, c: Clock) -> AtClock:
    return AtClock(Day(ctx.today), c)


def _clock_then_day(_: Context, c: Clock, *rest: object) -> AtClock | None:
    t = rest[-1]
    return AtClock(t, c) if is_day_level(t) else None  # type: ignore[arg-type]


def _day_then_clock(_: Context, t: Time, *rest: object) -> AtClock | None:
    c = rest[-1]
    return AtClock(t, c) if is_day_level(t) and isinstance(c, Clock) else None


def _daypart_day(_: Context, __: Word, t: Time) -> Time | None:
    return t if is_day_level(t) else None


def _day_daypart(_: Context, t: Time, __: Word) -> Time | None:
    return t if is_day_level(t) else None


RULES = [
    # clock times
    Rule("clock (16h30, 8 giờ)", (of(Num), w("h", "giờ", "g")), _clock),
    Rule("clock with minutes (16h30)", (of(Num), w("h", "giờ", "g"), of(Num)), _clock),
    Rule("clock with minutes (16 giờ 30 phút)", (of(Num), w("h", "giờ", "g"), of(Num), w("phút")), _clock),
    Rule("clock and a half (8 giờ rưỡi)", (of(Num), w("h", "giờ", "g"), w("rưỡi", "rưởi")), _clock),
    Rule("clock with colon (16:30)", (of(Num), of(Sep), of(Num)), _clock_colon),
    Rule("clock and day part (8h sáng)", (of(Clock), DAYPART), _clock_daypart),
    Rule("clock today (trước 17h)", (of(Clock),), _clock_today, cost=1),
    Rule("clock of a day (16h30 ngày 9/1)", (of(Clock), time()), _clock_then_day),
    Rule("clock of a day (16h30, ngày 9/1)", (of(Clock), COMMA, time()), _clock_then_day),
    Rule("day at a clock (thứ sáu lúc 9h)", (time(), of(Marker, when=lambda m: not m.strict), of(Clock)), _day_then_clock),
    Rule("day at a clock (thứ sáu 9h)", (time(), of(Clock)), _day_then_clock),
    Rule("day part of a day (sáng mai, chiều thứ sáu)", (DAYPART, time()), _daypart_day),
    Rule("day then day part (thứ sáu tối)", (time(), DAYPART), _day_daypart, cost=1),
]
