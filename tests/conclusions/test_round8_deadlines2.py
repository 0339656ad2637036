"""Round 8, deadlines and recurrence, second pass: general rules, on invented sentences."""

from __future__ import annotations

from datetime import date

from conclusions.attach import dates_event
from conclusions.deadlines import repeats_within, task_deadline
from conclusions.extract import extract

REF = date(2025, 11, 3)

PLAN = """ỦY BAN NHÂN DÂN XÃ AN HÒA
Số: 21/KH-UBND                               An Hòa, ngày 10 tháng 4 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng ngừa, không để dịch bệnh lây lan.

II. NHIỆM VỤ

A. CÔNG VIỆC CHUẨN BỊ, HOÀN THÀNH TRONG THÁNG 5/2026
1. Rà soát tổng đàn gia súc ở các thôn; lập sổ theo dõi tiêm phòng.
2. Tổ chức hội thi tuyên truyền viên giỏi vào ngày 12/5/2026 tại hội trường xã; mời lãnh đạo các thôn dự.

B. CÔNG TÁC TUYÊN TRUYỀN VỀ PHÒNG BỆNH CHO GIA SÚC
3. Tuyên truyền cách phòng bệnh cho gia súc trên loa truyền thanh của xã; phát tờ rơi đến các hộ chăn nuôi.
"""


def _due(draft, words: str) -> date | None:
    return next(t.deadline.due for t in draft.tasks if words in t.content)


def test_a_section_heading_with_a_period_dates_the_items_under_it_until_the_next_section():
    draft = extract(PLAN)
    assert _due(draft, "Rà soát tổng đàn gia súc") == date(2026, 5, 31)
    assert _due(draft, "lập sổ theo dõi tiêm phòng") == date(2026, 5, 31)
    assert _due(draft, "phát tờ rơi đến các hộ") is None  # the next section names no period


def test_the_rest_of_an_item_dated_by_its_event_takes_no_section_period():
    draft = extract(PLAN)
    assert _due(draft, "Tổ chức hội thi tuyên truyền viên") is None
    assert _due(draft, "mời lãnh đạo các thôn dự") is None


def test_the_window_a_weekly_duty_repeats_in_is_no_deadline():
    text = "báo cáo tình hình vào thứ Năm hằng tuần trong thời gian từ ngày 01/12/2025 đến ngày 31/01/2026"
    found, _ = task_deadline(text, REF)
    assert repeats_within(text, found)
    once = "tổ chức tiêm phòng đợt 2, thực hiện từ nay đến ngày 31/01/2026"
    assert not repeats_within(once, task_deadline(once, REF)[0])  # no repetition: a deadline
    count_down = "hằng tuần báo cáo tiến độ, từ nay đến ngày 31/01/2026"
    assert not repeats_within(count_down, task_deadline(count_down, REF)[0])  # "từ nay": counts down to a deadline


def test_the_day_an_event_is_expected_is_not_the_preparations_deadline():
    own, event = dates_event("Văn phòng chuẩn bị nội dung, điều kiện tổ chức Hội nghị tổng kết năm, dự kiến vào ngày 20/12/2025", REF)
    assert own is None and event
    own, event = dates_event("Văn phòng gửi báo cáo tổng kết vào ngày 20/12/2025", REF)
    assert own is not None and own.due == date(2025, 12, 20) and not event
    own, _ = dates_event("tổ chức Hội thao, dự kiến tổ chức trong tháng 12/2025", REF)  # a period stays a deadline
    assert own is not None and own.due == date(2025, 12, 31)


CHAT = """NHÓM CÔNG TÁC THÔN ĐÔNG
——— Thứ Hai, 03/11/2025 ———

[08:10] VP UBND xã - Lan
Đề nghị các trưởng thôn rà soát danh sách hộ nghèo, gửi về VP trước 16h thứ Tư 05/11.

——— Thứ Ba, 04/11 ———

[07:30] VP UBND xã - Lan
Thôn 2, thôn 5 khẩn trương gửi danh sách trước 17h hôm nay để VP kịp tổng hợp ạ.
"""


def test_a_chat_day_divider_gives_the_day_its_messages_count_from():
    draft = extract(CHAT)
    assert _due(draft, "khẩn trương gửi danh sách") == date(2025, 11, 4)
