"""Chat deadline phrases, with and without diacritics."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import parse_chat_deadline

TODAY = date(2025, 3, 5)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("hôm nay", date(2025, 3, 5)),
        ("ngày mai", date(2025, 3, 6)),
        ("ngay mai", date(2025, 3, 6)),
        ("ngày kia", date(2025, 3, 7)),
        ("thứ sáu", date(2025, 3, 7)),
        ("thứ hai", date(2025, 3, 10)),
        ("thứ sáu tuần sau", date(2025, 3, 14)),
        ("thu sau tuan sau", date(2025, 3, 14)),
        ("chủ nhật tuần này", date(2025, 3, 9)),
        ("cuối tuần", date(2025, 3, 9)),
        ("cuối tháng", date(2025, 3, 31)),
        ("cuoi thang", date(2025, 3, 31)),
        ("cuối tháng sau", date(2025, 4, 30)),
        ("3 ngày nữa", date(2025, 3, 8)),
        ("3 ngay nua", date(2025, 3, 8)),
        ("2 tuần nữa", date(2025, 3, 19)),
        ("15/12", date(2025, 12, 15)),
        ("15/12/2025", date(2025, 12, 15)),
        ("ngày 5 tháng 12", date(2025, 12, 5)),
        ("trong quý II/2025", date(2025, 6, 30)),
        ("quy 2", date(2025, 6, 30)),
        ("6 tháng cuối năm", date(2025, 12, 31)),
        ("trong năm 2025", date(2025, 12, 31)),
        ("trước Tết Nguyên đán", date(2026, 2, 17)),
    ],
)
def test_chat_phrases(phrase: str, due: date) -> None:
    d = parse_chat_deadline(phrase, TODAY)
    assert d is not None and d.due == due, d


def test_strict_before_and_recurrence() -> None:
    d = parse_chat_deadline("trước 15/3", TODAY)
    assert d and d.due == date(2025, 3, 15) and d.strict_before
    r = parse_chat_deadline("hàng tháng", TODAY)
    assert r and r.recurrence == "monthly" and r.due is None


def test_nonsense_is_none() -> None:
    assert parse_chat_deadline("xin chào", TODAY) is None
