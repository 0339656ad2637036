"""Round 12, deadlines, recurrence and directives on real pages: a lead-in's period dates every request of its list,
even after a sentence of its own; "…, định kỳ hằng quý báo cáo …" is a report of its own; a meeting day without its
year takes the year its sentence names; "trong tháng 4 và quý II" is due by the quarter's end; a campaign month
("Tháng Thanh niên") is its month; a bare "Kết luận và giao nhiệm vụ trong tháng 3." scopes what follows; a page's
last request cut mid-sentence is still read; a standing body "chỉ đạo" its own work. Text written for the test."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from conclusions.deadlines import task_deadline
from tests.conclusions.helpers import drafts, one


def _none(tasks: list, words: str) -> None:
    assert not [t for t in tasks if words in t.content], [t.content for t in tasks]


# -- a lead-in's period and a report of its own -------------------------------------------------------------------

_MONTH_LIST = (
    "Ngày 10/5/2024, Thường trực HĐND xã họp giao ban tháng 5. Kết thúc cuộc họp, đồng chí Chủ tịch HĐND xã kết luận "
    "một số việc cần làm trong tháng 6/2024: yêu cầu UBND xã chỉ đạo rà soát hồ sơ đất đai của các hộ dân, định kỳ "
    "hàng quý báo cáo kết quả rà soát. Thường trực HĐND xã chuẩn bị nội dung kỳ họp chuyên đề về ngân sách."
)


def test_a_lead_in_period_dates_the_requests_of_its_list() -> None:
    tasks = drafts(_MONTH_LIST)
    assert one(tasks, "rà soát hồ sơ đất đai").deadline.due == date(2024, 6, 30)
    assert one(tasks, "chuẩn bị nội dung kỳ họp").deadline.due == date(2024, 6, 30)


def test_a_recurring_report_after_an_action_is_its_own_task() -> None:
    tasks = drafts(_MONTH_LIST)
    action = one(tasks, "rà soát hồ sơ đất đai")
    report = one(tasks, "định kỳ hàng quý báo cáo")
    assert action.deadline.recurrence is None and "báo cáo" not in action.content
    assert report.deadline.recurrence == "quarterly" and report.deadline.due is None


def test_a_report_sentence_of_the_month_dates_nothing_after_it() -> None:
    text = (
        "Ngày 10/5/2024, Thường trực HĐND xã họp giao ban. Trong tháng 4/2024, UBND xã đã hoàn thành việc chi trả "
        "trợ cấp. Thường trực HĐND xã đề nghị UBND xã chỉ đạo rà soát hồ sơ đất đai của các hộ dân."
    )
    assert one(drafts(text), "rà soát hồ sơ đất đai").deadline.due is None


def test_a_new_section_ends_the_lead_in_period() -> None:
    text = """KẾ HOẠCH CÔNG TÁC
Ngày 05/7/2018
III. PHƯƠNG HƯỚNG, NHIỆM VỤ
Trong 6 tháng cuối năm 2018, Hội Nông dân xã tập trung thực hiện một số nhiệm vụ trọng tâm sau:
1. Vận động hội viên tham gia mô hình kinh tế tập thể ở các thôn.
IV. KIẾN NGHỊ
1. Đề nghị UBND xã tiếp tục hỗ trợ kinh phí xây dựng nhà văn hóa cho các thôn khó khăn.
"""
    tasks = drafts(text)
    assert one(tasks, "mô hình kinh tế tập thể").deadline.due == date(2018, 12, 31)
    assert one(tasks, "hỗ trợ kinh phí xây dựng").deadline.due is None


# -- the year of a meeting day, pairs of periods, campaign months ---------------------------------------------------

def test_a_meeting_day_takes_the_year_its_sentence_names() -> None:
    text = (
        "Huyện ủy giao ban quý I\n\nSáng 20-3, Thường trực Huyện ủy tổ chức hội nghị giao ban các chi bộ quý I năm 2019. "
        "Một số kiến nghị sẽ được Huyện ủy chỉ đạo các cơ quan chuyên môn tiếp tục giải quyết trong quý II."
    )
    draft = extract(text)
    assert draft.document.issued_on == date(2019, 3, 20)
    assert one(draft.tasks, "tiếp tục giải quyết").deadline.due == date(2019, 6, 30)


def test_a_meeting_day_without_a_year_in_its_sentence_stays_unknown() -> None:
    text = (
        "Huyện ủy giao ban\n\nSáng 20-3, Thường trực Huyện ủy tổ chức hội nghị giao ban các chi bộ. "
        "Huyện ủy chỉ đạo các cơ quan chuyên môn tiếp tục giải quyết trong quý II."
    )
    assert extract(text).document.issued_on is None


def test_a_month_and_a_quarter_are_due_by_the_later() -> None:
    found, _ = task_deadline("tập trung thực hiện các nhiệm vụ trong tháng 4 và quý II năm 2021", date(2021, 4, 5))
    assert found is not None and found.due == date(2021, 6, 30)


def test_two_due_days_still_take_the_first() -> None:
    found, _ = task_deadline("báo cáo sơ kết trước ngày 15/6 và trước ngày 15/11", date(2024, 3, 1))
    assert found is not None and found.due == date(2024, 6, 15)


def test_a_campaign_month_is_its_month() -> None:
    found, _ = task_deadline("hoàn thành các công trình thanh niên trong Tháng Thanh niên năm 2026", date(2026, 2, 20))
    assert found is not None and found.due == date(2026, 3, 31)


def test_a_campaign_month_opening_a_paragraph_dates_that_paragraph_only() -> None:
    text = """Tỉnh Đoàn triển khai Tháng Thanh niên

Ngày 20/02/2026, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị triển khai Tháng Thanh niên năm 2026.

Trong Tháng Thanh niên, các cấp bộ đoàn cần đẩy mạnh tuyên truyền truyền thống cách mạng cho đoàn viên.

Các cấp bộ đoàn cần củng cố tổ chức cơ sở đoàn ở các thôn, khu phố.
"""
    tasks = drafts(text)
    assert one(tasks, "đẩy mạnh tuyên truyền").deadline.due == date(2026, 3, 31)
    assert one(tasks, "củng cố tổ chức cơ sở").deadline.due is None


def test_a_campaign_month_named_in_the_object_opens_nothing() -> None:
    text = """KẾ HOẠCH
Ngày 10/02/2026
III. TỔ CHỨC THỰC HIỆN
- Tổng hợp kết quả Tháng Thanh niên, báo cáo Ban Thường vụ Huyện đoàn trước ngày 05/4/2026.
"""
    tasks = drafts(text)
    assert one(tasks, "Tổng hợp kết quả Tháng Thanh niên").deadline.due == date(2026, 4, 5)


def test_a_bare_sentence_naming_the_month_of_the_tasks_scopes_the_request_after_it() -> None:
    text = (
        "Ngày 24/02/2021, Ban Thường trực Ủy ban MTTQ phường họp giao ban tháng 02.\n\nKết luận và giao nhiệm vụ trong "
        "tháng 3. Đồng chí Chủ tịch Ủy ban MTTQ phường yêu cầu Ban công tác Mặt trận các khu dân cư tổ chức tốt hội "
        "nghị nhân dân ở khu dân cư."
    )
    assert one(drafts(text), "tổ chức tốt hội nghị nhân dân").deadline.due == date(2021, 3, 31)


def test_a_report_of_the_month_in_a_sentence_scopes_nothing() -> None:
    text = (
        "Ngày 24/02/2021, Ban Thường trực Ủy ban MTTQ phường họp giao ban.\n\nKết quả tháng 3 năm trước đạt khá. "
        "Đồng chí Chủ tịch Ủy ban MTTQ phường yêu cầu Ban công tác Mặt trận các khu dân cư tổ chức tốt hội nghị nhân dân."
    )
    assert one(drafts(text), "tổ chức tốt hội nghị nhân dân").deadline.due is None


# -- requests the page cut, split or joined --------------------------------------------------------------------------

def test_a_request_cut_where_the_page_ends_is_read() -> None:
    text = (
        "Ngày 20/9/2025, Thủ tướng ký công điện về giải ngân vốn đầu tư công.\n\nĐặc biệt, Thủ tướng yêu cầu Bộ Tài "
        "chính phải định kỳ báo cáo Thủ tướng vào sáng thứ sáu hàng tuần về tình hình phân"
    )
    task = one(drafts(text), "định kỳ báo cáo Thủ tướng")
    assert task.deadline.recurrence == "weekly"


def test_a_photo_caption_at_the_end_stays_a_caption() -> None:
    text = (
        "Ngày 20/9/2025, Ủy ban MTTQ xã tổ chức hội nghị.\n\nỦy ban MTTQ xã đề nghị các chi hội rà soát danh sách hộ "
        "nghèo trước ngày 30/9/2025.\n\nĐồng chí Chủ tịch Ủy ban MTTQ xã phát biểu tại hội nghị"
    )
    tasks = drafts(text)
    assert len(tasks) == 1 and "rà soát danh sách" in tasks[0].content


def test_the_words_after_the_state_of_a_thing_are_not_a_second_action() -> None:
    text = (
        "Ngày 20/9/2025, Thủ tướng ký công điện.\n\nThủ tướng yêu cầu Bộ Tài chính báo cáo Thủ tướng hàng tuần về tình "
        "hình phân bổ và giải ngân vốn đầu tư công của các bộ, địa phương."
    )
    tasks = drafts(text)
    assert len(tasks) == 1 and tasks[0].deadline.recurrence == "weekly"


def test_setting_out_measures_after_and_is_its_own_action() -> None:
    text = (
        "Ngày 20/9/2025, Chính phủ họp.\n\nThủ tướng yêu cầu các bộ, cơ quan, địa phương kiểm điểm, làm rõ trách nhiệm "
        "của tập thể, cá nhân liên quan và đề ra giải pháp khắc phục trong thời gian tới."
    )
    tasks = drafts(text)
    assert one(tasks, "đề ra giải pháp khắc phục")
    assert one(tasks, "làm rõ trách nhiệm")


def test_goals_already_set_out_are_no_action() -> None:
    text = (
        "Ngày 05/4/2021, UBND huyện họp thường kỳ.\n\nChủ tịch UBND huyện yêu cầu các phòng đẩy nhanh tiến độ thực hiện "
        "các nhiệm vụ, giải pháp đã được Huyện ủy, HĐND, UBND huyện đề ra."
    )
    tasks = drafts(text)
    assert len(tasks) == 1 and "đẩy nhanh tiến độ" in tasks[0].content


def test_a_paragraph_line_whose_end_was_lost_does_not_swallow_the_next_item() -> None:
    long_line = ("Theo dõi sát tình hình vận hành của bộ máy chính quyền địa phương hai cấp, việc thực hiện các quy định về "
                 "phân cấp, phân quyền, phân định thẩm quyền giữa chính quyền cấp tỉnh và cấp xã, kịp thời tổng hợp khó "
                 "khăn, vướng mắc của các xã, phường, các cơ quan chuyên môn để đề xuất cấp có thẩm quyền có giải pháp "
                 "tháo gỡ, bảo đảm bộ máy vận hành thông suốt.")
    text = (
        "Chính phủ yêu cầu Ủy ban nhân dân các tỉnh thực hiện các nhiệm vụ sau:\n" + long_line + "\n"
        "Khẩn trương tháo gỡ khó khăn, vướng mắc trong thực hiện thủ tục hành chính, chuyển đổi số ở giai đoạn đầu vận "
        "hành mô hình chính quyền địa phương hai cấp trên địa bàn\n"
        "Tổ chức thực hiện hiệu quả Nghị định về cơ chế một cửa tại các xã, phường, bảo đảm công khai, minh bạch."
    )
    tasks = drafts(text)
    assert one(tasks, "tháo gỡ khó khăn, vướng mắc trong thực hiện")
    assert one(tasks, "Tổ chức thực hiện hiệu quả Nghị định")


def test_the_ends_of_wrapped_lines_still_join() -> None:
    text = (
        "Đề nghị UBND các xã rà soát, thống kê toàn bộ các hộ dân đang sinh sống\n"
        "trong vùng có nguy cơ sạt lở đất, báo cáo UBND huyện trước ngày 15/10/2025.\n"
    )
    tasks = drafts(text, date(2025, 10, 1))
    assert one(tasks, "rà soát, thống kê toàn bộ các hộ dân").content.count("sạt lở") == 1


# -- directives ----------------------------------------------------------------------------------------------------

def test_a_standing_body_directing_its_own_work_does_it() -> None:
    text = (
        "Thường trực HĐND tỉnh họp phiên thứ 12.\n\nVề nhiệm vụ tháng tới, Thường trực HĐND tỉnh chỉ đạo tiếp tục chuẩn "
        "bị nội dung, tài liệu cho kỳ họp thứ 9; hoàn thiện báo cáo tổng hợp ý kiến của cử tri; đôn đốc UBND tỉnh chỉ "
        "đạo các sở trả lời kiến nghị của cử tri trước kỳ họp."
    )
    tasks = drafts(text)
    for words in ("chuẩn bị nội dung, tài liệu", "hoàn thiện báo cáo tổng hợp", "đôn đốc UBND tỉnh chỉ đạo các sở"):
        assert [u.key for u in one(tasks, words).units] == ["hdnd"]


def test_a_standing_body_that_chose_someone_directs_nothing() -> None:
    text = (
        "Huyện ủy chuẩn bị đại hội chi bộ.\n\nĐồng thời, Ban Thường vụ Huyện ủy cũng chọn Chi bộ Trường THPT số 1 chỉ "
        "đạo tổ chức đại hội điểm của huyện."
    )
    _none(drafts(text), "tổ chức đại hội điểm")


def test_the_basis_of_the_request_is_no_task() -> None:
    text = (
        "Ngày 05/4/2021, UBND huyện họp thường kỳ.\n\nChủ tịch UBND huyện yêu cầu các cơ quan thuộc UBND huyện căn cứ "
        "vào chức năng, nhiệm vụ và tình hình thực tế của từng đơn vị, tập trung triển khai các nhiệm vụ trọng tâm."
    )
    tasks = drafts(text)
    assert len(tasks) == 1 and "tập trung triển khai" in tasks[0].content
