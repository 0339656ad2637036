"""Splitting "/giahan N <deadline> <reason>" when the user types no separator."""

from datetime import date

import pytest

from bot.services.deadline_phrase import split_deadline

TODAY = date(2026, 1, 8)


@pytest.mark.parametrize(
    "text,phrase,reason,due",
    [
        ("31/01/2026 chờ UBND xã cho ý kiến", "31/01/2026", "chờ UBND xã cho ý kiến", date(2026, 1, 31)),
        ("thứ sáu tuần sau chờ kinh phí", "thứ sáu tuần sau", "chờ kinh phí", date(2026, 1, 16)),
        ("31/1 lý do: chờ kinh phí", "31/1", "chờ kinh phí", date(2026, 1, 31)),
        ("3 ngày nữa do thiếu người", "3 ngày nữa", "thiếu người", date(2026, 1, 11)),
    ],
)
def test_deadline_and_reason_are_split_without_separator(text, phrase, reason, due):
    found = split_deadline(text, TODAY)
    assert found is not None
    assert (found.phrase, found.reason, found.deadline.due) == (phrase, reason, due)
