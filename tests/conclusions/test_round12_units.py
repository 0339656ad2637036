"""Round 12, units on real pages: "các cấp bộ đoàn" and "các cấp Hội, cán bộ, hội viên" are the organisation the
text is about; a noun phrase of activities ("Các hoạt động trọng điểm sẽ …") is never a unit; "Bộ này" and "lãnh
đạo, công chức phòng" are the body of that kind named before; "X được yêu cầu <verb>" puts the duty on X.
Text written for the test."""

from __future__ import annotations

from tests.conclusions.helpers import drafts, one, unit_keys


def test_every_level_of_the_youth_union_is_the_youth_union() -> None:
    text = """Tháng Thanh niên năm nay, Ban Thường vụ Tỉnh đoàn xác định 8 chỉ tiêu và 12 hoạt động cấp tỉnh.
Các cấp bộ đoàn cần củng cố tổ chức cơ sở Đoàn, đổi mới sinh hoạt chi đoàn.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "củng cố tổ chức cơ sở")) == ["doan_thanh_nien"]
    assert unit_keys(one(tasks, "đổi mới sinh hoạt chi đoàn")) == ["doan_thanh_nien"]


def test_what_every_level_of_the_youth_union_did_is_no_task() -> None:
    text = """Tháng Thanh niên năm ngoái, Ban Thường vụ Tỉnh đoàn đã tổng kết 8 chỉ tiêu.
Các cấp bộ đoàn đã củng cố tổ chức cơ sở Đoàn, đổi mới sinh hoạt chi đoàn.
"""
    assert drafts(text) == []


def test_every_level_of_the_association_and_its_members_is_the_association() -> None:
    text = """Phát biểu tại hội nghị, lãnh đạo Hội LHPN huyện nhấn mạnh: Năm 2025, các cấp Hội đã hoàn thành các chỉ tiêu đề ra. Thời gian tới, đề nghị các cấp Hội, cán bộ, hội viên, phụ nữ nêu cao tinh thần trách nhiệm, đổi mới nội dung sinh hoạt chi hội.
"""
    assert unit_keys(one(drafts(text), "đổi mới nội dung sinh hoạt")) == ["phu_nu"]


def test_activities_the_text_will_focus_on_are_its_body_s_work() -> None:
    text = """Ngày 10/1/2026, Hội LHPN tỉnh tổ chức hội nghị Ban Chấp hành lần thứ hai. Hội LHPN tỉnh đã thông qua quy chế làm việc của Ban Chấp hành.
Các hoạt động trọng điểm sẽ tập trung vào việc tổ chức mừng Đảng, mừng Xuân; kỷ niệm Ngày Quốc tế Phụ nữ 8-3.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "tổ chức mừng Đảng")) == ["phu_nu"]
    assert all(not u.name.lower().startswith("các hoạt động") for t in tasks for u in t.units)


def test_activities_that_were_the_focus_are_no_task() -> None:
    text = """Ngày 10/1/2026, Hội LHPN tỉnh tổ chức hội nghị tổng kết năm 2025.
Các hoạt động trọng điểm đã tập trung vào việc tổ chức mừng Đảng, mừng Xuân.
"""
    assert drafts(text) == []


def test_staff_of_a_bare_office_are_the_office_named_before() -> None:
    text = """Chiều 5/8, Phó Chủ tịch UBND phường làm việc với phòng Kinh tế. Phát biểu tại buổi làm việc, đồng chí ghi nhận sự cố gắng của tập thể phòng Kinh tế; đồng thời yêu cầu lãnh đạo, công chức phòng tiếp tục nâng cao trách nhiệm, chủ động thực hiện nhiệm vụ được giao.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "nâng cao trách nhiệm")) == ["name:phòng Kinh tế"]
    assert unit_keys(one(tasks, "chủ động thực hiện nhiệm vụ")) == ["name:phòng Kinh tế"]


def test_what_the_staff_of_an_office_reported_is_no_task() -> None:
    text = """Chiều 5/8, Phó Chủ tịch UBND phường làm việc với phòng Kinh tế. Lãnh đạo, công chức phòng đã báo cáo kết quả công tác 6 tháng đầu năm.
"""
    assert drafts(text) == []


def test_this_ministry_is_the_ministry_of_the_topic_not_the_bodies_asked_before() -> None:
    text = """Thủ tướng yêu cầu các Bộ, cơ quan, địa phương kiểm điểm, làm rõ trách nhiệm tập thể, cá nhân liên quan.
Đối với Bộ Xây dựng, cơ quan đầu mối về quy hoạch, Thủ tướng yêu cầu Bộ này chủ trì, khẩn trương rà soát các dự án chậm tiến độ, báo cáo trong tháng 9 năm 2025.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "rà soát các dự án")) == ["name:Bộ Xây dựng"]
    assert unit_keys(one(tasks, "kiểm điểm")) == ["name:các Bộ, cơ quan, địa phương"]


def test_bodies_asked_in_the_passive_are_the_ones_to_act() -> None:
    text = """Ngày 20/1/2026, UBND xã tổ chức hội nghị triển khai nhiệm vụ dịp Tết. Các cơ quan, đơn vị được yêu cầu chủ động xử lý tình huống phát sinh trong dịp Tết.
"""
    assert unit_keys(one(drafts(text), "xử lý tình huống phát sinh")) == ["name:Các cơ quan, đơn vị"]


def test_bodies_asked_before_who_have_done_it_have_no_task() -> None:
    text = """Ngày 20/1/2026, UBND xã tổ chức hội nghị tổng kết. Năm qua, các cơ quan, đơn vị đã được yêu cầu rà soát hồ sơ đất đai và đã hoàn thành.
"""
    assert drafts(text) == []
