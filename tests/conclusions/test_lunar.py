"""The Vietnamese lunar calendar (UTC+7) against the `holidays` package, and against itself."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from conclusions.timegrammar.lunar import LunarDate, from_lunar, tet, to_lunar


def _vn(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("VN", years=year, language="en_US").items())


@pytest.mark.parametrize("year", range(1990, 2051))
def test_tet_matches_the_holidays_package(year: int) -> None:
    official = [d for d, name in _vn(year).items() if name == "Lunar New Year"]
    assert official == [tet(year)]
    assert to_lunar(tet(year)) == LunarDate(1, 1, year)


def test_gio_to_matches_the_holidays_package_where_it_is_listed() -> None:
    checked = 0
    for year in range(1990, 2051):
        listed = [d for d, name in _vn(year).items() if "Hung Kings" in name and "observed" not in name.lower()]
        if listed:
            assert listed[0] == from_lunar(10, 3, year), year
            checked += 1
    assert checked >= 40


def test_every_day_converts_back_and_forth() -> None:
    day = date(1995, 1, 1)
    while day < date(2035, 1, 1):
        lunar = to_lunar(day)
        assert from_lunar(lunar.day, lunar.month, lunar.year, lunar.leap) == day
        day += timedelta(days=5)


def test_days_and_leap_months_that_do_not_exist() -> None:
    assert from_lunar(1, 6, 2025, leap=True) is not None  # 2025 repeats the sixth month
    assert from_lunar(1, 5, 2025, leap=True) is None
    assert from_lunar(1, 1, 2026, leap=True) is None
    assert from_lunar(31, 1, 2026) is None
    lengths = {from_lunar(30, m, 2026) is None for m in range(1, 13)}
    assert lengths == {True, False}  # some months have 29 days, some 30
