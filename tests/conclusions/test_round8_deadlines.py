"""Round 8, deadlines and recurrence: general rules, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.attach import own_deadline
from conclusions.deadlines import dated_by_event, find_deadlines, find_recurrence, task_deadline
from conclusions.extract import extract

REF = date(2025, 11, 3)

NOTICE = """ỦY BAN NHÂN DÂN XÃ HOÀNG MAI
Số 88/UBND                                   Hoàng Mai, ngày 03 tháng 11 năm 2025

Kính gửi: Ủy ban MTTQ xã; Hội Nông dân xã.

Để chuẩn bị tốt việc hỗ trợ hộ cận nghèo, UBND xã đề nghị:
1. Ủy ban MTTQ xã rà soát danh sách hộ cận nghèo ở 6 thôn; công khai danh sách tại nhà văn hóa các thôn, hoàn thành trước ngày 25/11/2025.
2. Hội Nông dân xã vận động hội viên tham gia tổ hợp tác; tổng hợp kết quả, báo cáo UBND xã tại phiên họp thường kỳ tháng 12/2025.
"""


def _due(draft, words: str) -> date | None:
    return next(t.deadline.due for t in draft.tasks if words in t.content)


def test_a_date_closing_a_pair_of_clauses_dates_both():
    draft = extract(NOTICE)
    assert _due(draft, "rà soát danh sách hộ cận nghèo") == date(2025, 11, 25)
    assert _due(draft, "công khai danh sách") == date(2025, 11, 25)


def test_mới_is_not_mỗi():
    assert find_recurrence("rà soát danh mục công trình khởi công mới năm 2026") is None
    assert find_recurrence("tổ chức gặp mặt mỗi năm một lần") == "yearly"


def test_a_month_word_ending_in_hang_is_not_hằng():
    assert find_recurrence("nộp báo cáo sơ kết 9 tháng năm 2025 về Văn phòng") is None
    assert find_recurrence("hằng năm tổ chức tuyên dương") == "yearly"


def test_a_monthly_allowance_is_not_a_monthly_duty():
    assert find_recurrence("lập danh sách người cao tuổi hưởng trợ cấp hằng tháng ở các thôn") is None
    assert find_recurrence("lập danh sách người hưởng lương hưu, trợ cấp BHXH hằng tháng") is None
    assert find_recurrence("hằng tháng cập nhật danh sách người hưởng trợ cấp") == "monthly"


def test_theo_quý_repeats_every_quarter():
    assert find_recurrence("Thu quỹ hội theo quý, nộp về Ban Thường vụ") == "quarterly"
    assert find_recurrence("xử lý theo quy định của pháp luật") is None


def test_a_word_ending_in_han_is_no_deadline_word():
    assert task_deadline("tổ chức các hoạt động Tháng Nhân đạo năm 2026", REF)[0] is None
    assert task_deadline("hoàn thành việc cấp thẻ trong năm 2026", REF)[0].due == date(2026, 12, 31)


def test_two_due_days_of_one_duty_give_the_first():
    found, _ = task_deadline("gửi báo cáo về Hội trước ngày 10/6/2026 (sơ kết) và trước ngày 10/12/2026 (tổng kết)", REF)
    assert found.due == date(2026, 6, 10)
    found, _ = task_deadline("báo cáo định kỳ trước ngày 20/6 và ngày 20/12", date(2026, 1, 5))
    assert found.due == date(2026, 6, 20)


def test_the_month_of_the_meeting_a_report_is_for():
    assert own_deadline("tổng hợp, báo cáo Thường trực tại phiên họp thường kỳ tháng 12/2025", REF).due == date(2025, 12, 31)
    assert own_deadline("quán triệt Nghị quyết trong kỳ sinh hoạt chi bộ tháng 01/2026", REF).due == date(2026, 1, 31)
    # the day stated wins over the meeting it prepares
    stated = own_deadline("hoàn chỉnh dự thảo trước ngày 20/11/2025 để trình hội nghị thường kỳ tháng 12/2025", REF)
    assert stated.due == date(2025, 11, 20)
    assert _due(extract(NOTICE), "báo cáo UBND xã tại phiên họp") == date(2025, 12, 31)


def test_an_item_dated_by_its_event():
    assert dated_by_event("tổ chức giải chạy việt dã (khai mạc ngày 23/11/2025)", REF)
    assert dated_by_event("tham gia giám sát ngày hội ngày 18/11/2025", REF)
    assert not dated_by_event("sinh hoạt chuyên đề theo Hướng dẫn số 07-HD/ĐU ngày 20/11/2025", REF)
    assert not dated_by_event("tuyên truyền kỷ niệm 80 năm Ngày truyền thống (20/11/1945 - 20/11/2025)", REF)
    assert not dated_by_event("vận động hội viên tham gia bảo hiểm y tế", REF)


def test_an_item_dated_by_its_event_takes_no_period_from_its_heading():
    text = """ĐẢNG ỦY XÃ HOÀNG MAI
Số 17-TB/ĐU                                   Hoàng Mai, ngày 03 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban

II. NHIỆM VỤ TRỌNG TÂM THÁNG 11/2025
1. Đoàn Thanh niên xã phối hợp với Trung tâm Văn hóa xã tổ chức giải chạy việt dã (khai mạc ngày 23/11/2025).
2. Hội Nông dân xã tuyên truyền, vận động hội viên tham gia bảo hiểm y tế.
"""
    draft = extract(text)
    assert _due(draft, "giải chạy việt dã") is None
    assert _due(draft, "bảo hiểm y tế") == date(2025, 11, 30)


@pytest.mark.parametrize(("phrase", "due"), [
    ("tháng 01 và tháng 02/2026", date(2026, 2, 28)),
    ("tháng 11, 12/2025", date(2025, 12, 31)),
    ("quý I và quý II/2026", date(2026, 6, 30)),
    ("quý III, IV/2025", date(2025, 12, 31)),
    ("tháng 12/2025 và tháng 01/2026", date(2026, 1, 31)),
])
def test_two_periods_said_together_end_with_the_later(phrase: str, due: date) -> None:
    from conclusions.timegrammar import parse_deadline

    found = parse_deadline(phrase, date(2025, 10, 6))
    assert found is not None and found.due == due


def test_a_section_of_two_months_dates_its_items_by_the_later() -> None:
    text = (
        "UBND XÃ TÂN AN\nTân An, ngày 12 tháng 01 năm 2026\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã\n"
        "2. Nhiệm vụ trọng tâm tháng 01 và tháng 02/2026:\n"
        "a) Phòng Kinh tế hướng dẫn Nhân dân gieo cấy lúa Đông Xuân đúng lịch thời vụ.\n"
    )
    (task,) = extract(text.encode()).tasks
    assert task.deadline is not None and task.deadline.due == date(2026, 2, 28)


def test_when_the_work_was_given_is_no_deadline() -> None:
    found = find_deadlines("rà soát, lưu ý các nhiệm vụ được giao trong quý I, quý II năm 2019 chưa hoàn thành", date(2019, 7, 2))
    assert not [f for f in found if f.marked]
    (pair,) = [f for f in find_deadlines("hoàn thành trong tháng 11, 12/2025", date(2025, 10, 6)) if f.marked]
    assert pair.due == date(2025, 12, 31)
