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


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("bốn ngày nữa", date(2025, 3, 9)),
        ("hai mươi ngày nữa", date(2025, 3, 25)),
        ("mồng 8 tháng 3", date(2025, 3, 8)),
        ("ngày mười lăm tháng chín", date(2025, 9, 15)),
        ("tháng năm", date(2025, 5, 31)),
        ("một tháng nữa", date(2025, 4, 5)),
        ("trong hai tuần tới", date(2025, 3, 19)),
        ("cuối tuần sau", date(2025, 3, 16)),
        ("đầu tháng Tư", date(2025, 4, 10)),
        ("giữa quý", date(2025, 5, 31)),
        ("nửa cuối tháng", date(2025, 3, 31)),
        ("thứ tư tới", date(2025, 3, 12)),
        ("chủ nhật này", date(2025, 3, 9)),
        ("thứ năm ngày 13/3", date(2025, 3, 13)),
        ("trong vòng 2 tháng", date(2025, 5, 5)),
        ("45 ngày kể từ ngày ký", date(2025, 4, 19)),
        ("trước Rằm tháng Bảy", date(2025, 9, 6)),
        ("mùng 2 Tết", date(2026, 2, 18)),
        ("23 tháng Chạp", date(2026, 2, 10)),
        ("trước ngày Phụ nữ Việt Nam", date(2025, 10, 20)),
        ("trước Trung thu", date(2025, 10, 6)),
        ("trước lễ 30/4", date(2025, 4, 30)),
        ("tháng sáu", date(2025, 6, 30)),
        ("thứ sáu tuần tới", date(2025, 3, 14)),
    ],
)
def test_phrases_the_regex_chain_missed(phrase: str, due: date) -> None:
    d = parse_chat_deadline(phrase, TODAY)
    assert d is not None and d.due == due, d


@pytest.mark.parametrize("text", ["chị Mai gửi", "abc xyz", "31/02/2026", "Em đã gửi báo cáo rồi ạ"])
def test_ordinary_chat_is_no_deadline(text: str) -> None:
    assert parse_chat_deadline(text, TODAY) is None
