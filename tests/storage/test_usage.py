"""The Zalo quota's month follows Vietnam's calendar, not UTC's."""

from __future__ import annotations

from datetime import UTC, datetime

from storage.usage import month_of


def test_a_send_late_on_the_last_utc_evening_of_a_month_counts_in_vietnams_next_month() -> None:
    assert month_of(datetime(2026, 11, 30, 18, 30, tzinfo=UTC)) == "2026-12"  # 01:30 on 1/12 in Hà Nội
    assert month_of(datetime(2026, 11, 30, 16, 59, tzinfo=UTC)) == "2026-11"
    assert month_of(datetime(2026, 11, 30, 18, 30)) == "2026-12"  # naive moments are UTC
