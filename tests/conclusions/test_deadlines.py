"""Deadline phrases of notices: every form the issue lists, and what is not a deadline."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.deadlines import find_recurrence, task_deadline

REF = date(2018, 1, 25)


@pytest.mark.parametrize(
    ("phrase", "due", "strict"),
    [
        ("hoàn thành trước ngày 09/02/2018", date(2018, 2, 9), True),
        ("chậm nhất ngày 9-2-2018", date(2018, 2, 9), False),
        ("hoàn thành ngày 09 tháng 02 năm 2018", date(2018, 2, 9), False),
        ("báo cáo trước 15/3", date(2018, 3, 15), True),
        ("hoàn thành trước ngày 6.10", date(2018, 10, 6), True),
        ("trong tháng 02/2018", date(2018, 2, 28), False),
        ("hoàn thành trong quý II/2018", date(2018, 6, 30), False),
        ("hoàn thành trong quý 3/2018", date(2018, 9, 30), False),
        ("trong quý IV.2022", date(2022, 12, 31), False),
        ("trong 6 tháng đầu năm 2018", date(2018, 6, 30), False),
        ("trong 6 tháng cuối năm", date(2018, 12, 31), False),
        ("trong năm 2018", date(2018, 12, 31), False),
        ("tổng kết vào cuối năm", date(2018, 12, 31), False),
        ("trước Tết Nguyên đán", date(2018, 2, 16), True),
        ("trong 5 ngày làm việc", date(2018, 2, 1), False),
        ("trong 10 ngày làm việc kể từ ngày 09/02/2018", date(2018, 3, 2), False),
        ("báo cáo trước 30-8 hằng năm", date(2018, 8, 30), True),
        ("quý I", None, False),
    ],
)
def test_deadline_forms(phrase: str, due: date | None, strict: bool) -> None:
    deadline, _ = task_deadline(phrase, REF)
    if due is None:
        assert deadline is None
    else:
        assert deadline is not None and deadline.due == due and deadline.strict_before is strict


def test_working_days_skip_tet() -> None:
    deadline, _ = task_deadline("trong 10 ngày làm việc kể từ ngày 13/01/2025", date(2025, 1, 10))
    assert deadline and deadline.due == date(2025, 2, 3)


@pytest.mark.parametrize(
    "phrase",
    [
        "theo Quyết định số 780-QĐ/TU ngày 13/9/2017 của Tỉnh ủy",
        "kỷ niệm ngày Quốc tế Phụ nữ 8/3",
        "đưa ra chỉ tiêu phát triển trong năm 2018",
        "khẩn trương, kịp thời, trong thời gian tới, theo đúng kế hoạch",
        "có điều kiện vui xuân đón Tết",
        "Đại hội nhiệm kỳ 2024 - 2029",
    ],
)
def test_not_deadlines(phrase: str) -> None:
    assert task_deadline(phrase, REF)[0] is None


def test_event_relative_deadline_keeps_text_without_date() -> None:
    deadline, _ = task_deadline("triển khai ngay sau khi kết thúc Đại hội", REF)
    assert deadline and deadline.due is None and "sau khi kết thúc Đại hội" in (deadline.text or "")


@pytest.mark.parametrize(
    ("phrase", "recurrence"),
    [
        ("giao ban hàng tháng", "monthly"),
        ("mỗi đơn vị 02 – 04 tin, bài/tháng", "monthly"),
        ("hàng quý kiểm tra", "quarterly"),
        ("mỗi quý một lần", "quarterly"),
        ("hàng tuần", "weekly"),
        ("định kỳ 6 tháng báo cáo", "half_yearly"),
        ("hằng năm tổ chức", "yearly"),
        ("theo quy định", None),
        ("thường xuyên", None),
    ],
)
def test_recurrence(phrase: str, recurrence: str | None) -> None:
    assert find_recurrence(phrase) == recurrence
