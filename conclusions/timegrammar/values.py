"""The typed values the time grammar builds: words and numbers first, then times, then deadlines.

Times are descriptions, not dates: "tháng 3" stays `PeriodSpec("month", 3)` until the resolution
step (`resolve.py`) picks the March that is meant. Every value is frozen and hashable, so the
chart can tell a new reading from one it already has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction


@dataclass(frozen=True)
class Word:
    """A vocabulary word or fixed phrase, by its toned spelling ("tuần", "chậm nhất")."""

    key: str


@dataclass(frozen=True)
class Sep:
    """A separator inside a written date: "/", "-", "." or ":"."""

    char: str


@dataclass(frozen=True)
class Num:
    """A number; `digits` is how many digits were typed (0 when written in words)."""

    value: int
    digits: int = 0
    tail: bool = False  # "mốt", "lăm", "tư": only after a tens word ("hai mươi mốt")


@dataclass(frozen=True)
class Roman:
    """A Roman numeral I–IV (quarters)."""

    value: int


@dataclass(frozen=True)
class Unit:
    """A unit of time: day, workday, week, month, quarter, year."""

    name: str


@dataclass(frozen=True)
class Rel:
    """A direction relative to now: 0 this (này), +1 next (sau, tới), -1 last (trước, qua)."""

    step: int


@dataclass(frozen=True)
class Part:
    """A part of a period: begin, mid, end, whole, first_half, second_half, dec1–dec3."""

    name: str


@dataclass(frozen=True)
class Marker:
    """Words before a deadline; `strict` for "trước" (done before that day)."""

    strict: bool
    within: bool = False  # "trong", "trong vòng", "tối đa": may also take a duration


@dataclass(frozen=True)
class Duration:
    """An amount of a unit ("hai tuần", "một tháng rưỡi", "5 ngày làm việc")."""

    amount: Fraction
    unit: str


@dataclass(frozen=True)
class Clock:
    """A time of day; it never changes the day, and "trước 16h" is not strict about the day."""

    hour: int
    minute: int = 0


@dataclass(frozen=True)
class Weekday:
    """A day of the week, Monday 0 … Sunday 6, not yet placed in a week."""

    wd: int


@dataclass(frozen=True)
class Recur:
    """A repetition ("hàng tháng"), with the unit it repeats on."""

    kind: str
    unit: str


class Time:
    """Base of every value that describes a day or a period."""


@dataclass(frozen=True)
class Day(Time):
    """One known day ("hôm nay", "ngày mai")."""

    day: date


@dataclass(frozen=True)
class Period(Time):
    """A known period: a week, month, quarter, half, year or any span of days."""

    start: date
    end: date
    grain: str


@dataclass(frozen=True)
class DateSpec(Time):
    """A calendar date, maybe without month or year, solar or lunar ("15/3", "mùng 2 Tết")."""

    day: int
    month: int | None = None
    year: int | None = None
    lunar: bool = False
    numeric: bool = False  # typed as digits with separators ("15/3"): may take "/2025"


@dataclass(frozen=True)
class PeriodSpec(Time):
    """A month, quarter, half, or the first/last n months of a year, maybe without the year."""

    kind: str  # month, quarter, half, first_months, last_months
    index: int
    year: int | None = None
    lunar: bool = False


@dataclass(frozen=True)
class CurrentPeriod(Time):
    """The week, month, quarter or year we are in, when no direction is said ("cuối tháng")."""

    unit: str


@dataclass(frozen=True)
class WeekdaySpec(Time):
    """A weekday placed relative to today: bare/this (on or after today), next (after), last (before)."""

    wd: int
    mode: str


@dataclass(frozen=True)
class PartOf(Time):
    """A part of a period ("cuối tuần sau", "đầu tháng Tư", "nửa cuối tháng")."""

    part: str
    of: Time


@dataclass(frozen=True)
class LastOf(Time):
    """The latest past time a description may mean ("tháng 3 vừa rồi", "ngày 20 vừa qua")."""

    time: Time


@dataclass(frozen=True)
class WeekOfMonth(Time):
    """The n-th week (Monday–Sunday, kept inside the month) of a month; -1 for the last one."""

    n: int
    of: Time


@dataclass(frozen=True)
class DayIn(Time):
    """Day n of a month given relatively ("ngày 15 tháng sau")."""

    day: int
    of: Time


@dataclass(frozen=True)
class Shifted(Time):
    """A time moved by a duration ("3 ngày nữa", "45 ngày kể từ ngày 1/6", "trước Tết 1 tuần")."""

    duration: Duration
    sign: int
    anchor: Time


@dataclass(frozen=True)
class Dated(Time):
    """A date with the weekday said beside it ("thứ năm ngày 7/5")."""

    time: Time
    wd: int


@dataclass(frozen=True)
class AtClock(Time):
    """A day with a time of day ("16h30 ngày 9/1")."""

    time: Time
    clock: Clock


@dataclass(frozen=True)
class TetEve(Time):
    """Giao thừa: the last day of the lunar year, before the Tết of `year`."""

    year: int | None = None


@dataclass(frozen=True)
class Bounded:
    """A time said as a deadline ("trước …", "chậm nhất …", "trong …")."""

    time: Time
    strict: bool


@dataclass(frozen=True)
class Recurring:
    """A repeating deadline, with its first time when one is said ("ngày 25 hàng tháng")."""

    time: Time | None
    recur: Recur
    strict: bool = False
