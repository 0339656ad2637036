"""The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.

The published astronomical method (new moons and the sun's longitude after Jean Meeus,
"Astronomical Algorithms", chapter 49 with all its periodic terms, as laid out for the Vietnamese calendar by Hồ Ngọc Đức): a lunar
month starts on the day of the new moon in Hà Nội time, month 11 holds the winter solstice, and a
year with 13 months repeats the first month that contains no major solar term. Written here
rather than taken from a package: it is about a hundred lines, needs no table, and the tests hold
it to the `holidays` package's Tết and Giỗ Tổ dates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

TIMEZONE = 7.0  # Asia/Ho_Chi_Minh; the Chinese calendar uses UTC+8, which is why some Tết differ.
_JD_OFFSET = 1721425  # date.toordinal() + this = Julian day number
_SYNODIC = 29.530588853
_K0 = 2415021.076998695  # the new moon of 1900-01-01, the origin of the lunation count


@dataclass(frozen=True)
class LunarDate:
    """A day of the lunar calendar; `leap` marks the repeated (nhuận) month."""

    day: int
    month: int
    year: int
    leap: bool = False


def _jd(d: date) -> int:
    return d.toordinal() + _JD_OFFSET


def _from_jd(jd: int) -> date:
    return date.fromordinal(jd - _JD_OFFSET)


_PLANETARY = (  # Meeus table 49.B: (coefficient, constant, rate per lunation)
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)


def _delta_t_days(year: float) -> float:
    """TT − UT in days (Espenak and Meeus polynomials; a minute off changes no calendar day here)."""
    t = year - 2000
    if 1986 <= year < 2005:
        s = 63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3 + 0.000651814 * t**4 + 0.00002373599 * t**5
    elif 2005 <= year < 2050:
        s = 62.92 + 0.32217 * t + 0.005589 * t**2
    elif 1961 <= year < 1986:
        u = year - 1975
        s = 45.45 + 1.067 * u - u**2 / 260 - u**3 / 718
    elif 2050 <= year < 2150:
        s = -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)
    else:
        s = -20 + 32 * ((year - 1820) / 100) ** 2
    return s / 86400


def _new_moon(k: int) -> float:
    """Julian day (UT, fractional) of the k-th new moon after 1900-01-01 (Meeus, chapter 49)."""
    k -= 1237  # Meeus counts lunations from the new moon of 2000-01-06
    t = k / 1236.85
    dr = math.pi / 180
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = (2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3) * dr
    mp = (201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4) * dr
    f = (160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4) * dr
    om = (124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3) * dr
    sin = math.sin
    jde += (
        -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
        + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
        - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
        - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
        - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
        + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
        + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
    )
    jde += sum(c * sin((a + rate * k - (0.009173 * t**2 if i == 0 else 0)) * dr) for i, (c, a, rate) in enumerate(_PLANETARY))
    return jde - _delta_t_days(2000 + k / 12.3685)


@lru_cache(maxsize=4096)
def _new_moon_day(k: int) -> int:
    """Julian day number of the day (local time) holding the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + TIMEZONE / 24)


def _sun_longitude_sector(jdn: int) -> int:
    """Which of the 12 major solar terms (30° sectors) the sun is in at the start of day `jdn`."""
    t = (jdn - 0.5 - TIMEZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= math.pi * 2 * math.floor(longitude / (math.pi * 2))
    return math.floor(longitude / math.pi * 6)


@lru_cache(maxsize=512)
def _month11(year: int) -> int:
    """Julian day number of the first day of lunar month 11 (the one holding the winter solstice) of `year`."""
    off = _jd(date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC)
    nm = _new_moon_day(k)
    if _sun_longitude_sector(nm) >= 9:
        nm = _new_moon_day(k - 1)
    return nm


def _leap_month_offset(a11: int) -> int:
    """Months after month 11 until the first month without a major solar term (the leap month)."""
    k = math.floor((a11 - _K0) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_longitude_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_longitude_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


def to_lunar(d: date) -> LunarDate:
    """Convert a Gregorian date to the Vietnamese lunar calendar."""
    day_number = _jd(d)
    k = math.floor((day_number - _K0) / _SYNODIC)
    month_start = _new_moon_day(k + 1)
    if month_start > day_number:
        month_start = _new_moon_day(k)
    a11 = _month11(d.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = _month11(d.year - 1)
    else:
        lunar_year = d.year + 1
        b11 = _month11(d.year + 1)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_day, lunar_month, lunar_year, leap)


def from_lunar(day: int, month: int, year: int, leap: bool = False) -> date | None:
    """Convert a lunar date to Gregorian; None when that day or leap month does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1800 <= year <= 2300):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _K0) / _SYNODIC)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11)
        leap_month = leap_off - 2
        if leap_month < 0:
            leap_month += 12
        if leap and month != leap_month:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    start = _new_moon_day(k + off)
    if day > _new_moon_day(k + off + 1) - start:
        return None  # day 30 of a 29-day month
    return _from_jd(start + day - 1)


def tet(year: int) -> date:
    """Return the first day of Tết Nguyên đán of lunar `year` (which starts in Gregorian `year`)."""
    found = from_lunar(1, 1, year)
    assert found is not None
    return found


def lunar_new_year_eve(year: int) -> date:
    """Return the last day (giao thừa) of the lunar year before Tết of `year`."""
    return tet(year) - timedelta(days=1)
