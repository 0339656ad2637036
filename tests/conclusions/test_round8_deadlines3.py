"""Round 8, deadlines and recurrence, third pass: general rules, on invented sentences."""

from __future__ import annotations

from datetime import date

from conclusions.deadlines import find_deadlines, period_heading, recurring_day_deadline, task_deadline
from conclusions.extract import extract

REF = date(2025, 3, 4)

NEWS = """UBND xã Tân Phúc giao ban tháng 2, triển khai nhiệm vụ tháng 3 năm 2025
Sáng ngày 04/3/2025, UBND xã Tân Phúc tổ chức hội nghị giao ban đánh giá kết quả tháng 2.
Đồng chí Chủ tịch UBND xã yêu cầu các ban, ngành, đoàn thể tập trung thực hiện một số nhiệm vụ trọng tâm tháng 3 như sau:
Công chức Văn hóa - Xã hội phối hợp với Đoàn Thanh niên xã tổ chức giải bóng chuyền cho thanh niên tại 7/7 thôn.
Công an xã tăng cường tuần tra vào ban đêm ở các chợ.
Các bộ phận chuyên môn gửi báo cáo kết quả công tác tuần về Văn phòng trước 15 giờ thứ Năm hằng tuần.
"""

PRAISE = """Sáng ngày 04/3/2025, Ban Thường trực Ủy ban MTTQ xã họp giao ban.
Đồng chí Chủ tịch Ủy ban MTTQ xã biểu dương các chi hội đã hoàn thành nhiệm vụ trong tháng 2, ghi nhận các ý kiến và kết luận như sau:
Ban Công tác Mặt trận các thôn rà soát danh sách hộ khó khăn về nhà ở.
"""

PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ BÌNH AN
Số: 12-KH/ĐTN                                 Bình An, ngày 04 tháng 3 năm 2025

KẾ HOẠCH
Hoạt động của tuổi trẻ xã Bình An từ tháng 4 đến tháng 5 năm 2025

Ban Chấp hành Đoàn xã đề nghị các chi đoàn thực hiện Kế hoạch hoạt động hai tháng như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò xung kích của đoàn viên, thanh niên.

II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
1. Tháng 4/2025
- Các chi đoàn thôn trồng 300 cây xanh dọc tuyến đê ven sông.
- Chi đoàn trường học tổ chức hội thi kể chuyện về Bác trước ngày thành lập Đoàn 26/3/2026.
2. Tháng 5/2025
- Các chi đoàn thôn vận động thanh niên hiến máu tình nguyện.

III. NHIỆM VỤ CÁC CHI ĐOÀN TRONG THÁNG 6/2025.
1. Chi đoàn thôn Đông khảo sát nhu cầu học nghề của thanh niên.
2. Chi đoàn thôn Tây lập danh sách thanh niên đi làm ăn xa; cập nhật sổ đoàn viên; xong trước ngày 20/4/2025.
"""

LIST = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ BÌNH AN
Số: 14-CV/ĐTN                                 Bình An, ngày 04 tháng 3 năm 2025

Kính gửi: Các chi đoàn trực thuộc.

Ban Thường vụ Đoàn xã đề nghị các chi đoàn thực hiện tốt một số nội dung sau:

1. Công tác ra quân đầu năm
- Các chi đoàn thôn dọn vệ sinh nhà văn hóa thôn.
- Các chi đoàn thôn sửa chữa sân bóng của thôn.
Thời gian hoàn thành các nội dung trên: trước ngày 30/4/2025.

2. Công tác tuyên truyền
- Các chi đoàn tu sửa bảng tin của chi đoàn.
"""


def _due(draft, words: str) -> date | None:
    return next(t.deadline.due for t in draft.tasks if words in t.content)


def test_the_month_a_lead_in_of_the_conclusions_names_dates_the_items_after_it():
    draft = extract(NEWS)
    assert _due(draft, "tăng cường tuần tra vào ban đêm") == date(2025, 3, 31)


def test_a_weekly_duty_takes_neither_its_weekday_nor_the_lead_ins_month():
    draft = extract(NEWS)
    task = next(t for t in draft.tasks if "gửi báo cáo kết quả công tác tuần" in t.content)
    assert task.deadline.recurrence == "weekly"
    assert task.deadline.due is None


def test_the_month_of_work_already_praised_is_no_scope_of_the_list():
    draft = extract(PRAISE, issued_on=date(2025, 3, 4))
    assert _due(draft, "rà soát danh sách hộ khó khăn") is None


def test_so_many_out_of_so_many_places_is_no_date():
    assert not [f for f in find_deadlines("tổ chức giải bóng chuyền tại 7/7 thôn", REF) if f.kind == "date"]
    assert not [f for f in find_deadlines("đạt 12/15 xã", REF) if f.kind == "date"]
    assert [f.due for f in find_deadlines("trước ngày 7/7", REF)] == [date(2025, 7, 7)]


def test_a_date_scanned_with_letters_for_digits_is_read():
    found, _ = task_deadline("nộp hồ sơ trước ngày 3O/4/2025", REF)
    assert found is not None and found.due == date(2025, 4, 30)
    found, _ = task_deadline("hoàn thành trước ngày l5/5/2025", REF)
    assert found is not None and found.due == date(2025, 5, 15)


def test_before_a_named_day_with_its_date_is_a_deadline():
    found, _ = task_deadline("trao quà cho học sinh trước ngày khai giảng 05/9/2025", REF)
    assert found is not None and found.due == date(2025, 9, 5) and found.strict_before


def test_a_heading_that_is_only_a_month_dates_the_items_under_it():
    assert period_heading("1. Tháng 4/2025", REF).due == date(2025, 4, 30)
    assert period_heading("Quý III:", REF).due == date(2025, 9, 30)
    assert period_heading("2. Tháng Thanh niên", REF) is None
    draft = extract(PLAN)
    assert _due(draft, "trồng 300 cây xanh") == date(2025, 4, 30)
    assert _due(draft, "vận động thanh niên hiến máu") == date(2025, 5, 31)


def test_a_heading_in_capitals_ending_with_a_full_stop_is_still_a_heading():
    draft = extract(PLAN)
    assert _due(draft, "khảo sát nhu cầu học nghề") == date(2025, 6, 30)


def test_a_bare_deadline_closing_a_list_of_semicolon_parts_dates_each_part():
    draft = extract(PLAN)
    assert _due(draft, "lập danh sách thanh niên đi làm ăn xa") == date(2025, 4, 20)


def test_a_completion_line_naming_all_the_tasks_above_dates_the_whole_item():
    draft = extract(LIST)
    assert _due(draft, "dọn vệ sinh nhà văn hóa thôn") == date(2025, 4, 30)
    assert _due(draft, "sửa chữa sân bóng của thôn") == date(2025, 4, 30)
    assert _due(draft, "tu sửa bảng tin") is None  # under the next item
    assert not any(t.content.startswith("Thời gian hoàn thành") for t in draft.tasks)


def test_the_day_a_monthly_duty_happens_on_is_no_due_day():
    assert recurring_day_deadline("sinh hoạt chi hội vào ngày 15 hằng tháng", REF, "monthly") is None
    assert recurring_day_deadline("sinh hoạt chi hội ngày 15 hằng tháng", REF, "monthly") is None
    found = recurring_day_deadline("báo cáo kết quả trước ngày 20 hằng tháng", REF, "monthly")
    assert found is not None and found.due == date(2025, 3, 20)
