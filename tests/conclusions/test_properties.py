"""Properties: extraction never raises on arbitrary text and only returns real calendar dates."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conclusions import extract, parse_chat_deadline

FRAGMENTS = [
    "Kết luận như sau:", "1. ", "II. ", "- ", "Hội Nông dân huyện", "đề nghị các đoàn thể", "giao Ban Dân vận",
    "trước ngày 31/02/2018", "chậm nhất ngày 29-2-2019", "trong quý V/2018", "trong tháng 13/2018", "6.10",
    "trong 99 ngày làm việc", "trước Tết Nguyên đán", "hàng tháng", ";", ".", ":", "\n\n", "**", "*", "Nơi nhận:",
    "ngày 0 tháng 0 năm 0000", "trong năm 9999", "quý IV.2022", "30-8", "Huyện\nđoàn",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extract_never_raises_on_any_text(text: str) -> None:
    draft = extract(text, issued_on=date(2018, 1, 25))
    for task in draft.tasks:
        assert task.deadline.due is None or isinstance(task.deadline.due, date)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join), st.dates(date(1950, 1, 1), date(2150, 1, 1)))
def test_notice_like_text_gives_real_dates(text: str, issued: date) -> None:
    draft = extract(text, issued_on=issued)
    for task in draft.tasks:
        due = task.deadline.due
        assert due is None or date(due.year, due.month, due.day) == due
        assert due is None or due >= issued  # never scheduled in the past


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.dates(date(1950, 1, 1), date(2150, 1, 1)))
def test_chat_parser_never_raises(phrase: str, today: date) -> None:
    d = parse_chat_deadline(phrase, today)
    assert d is None or d.due is None or isinstance(d.due, date)
