"""Round 14, precision and due dates on real pages: the work of a period under way told as a review, a body agreeing on
its own work for the next month (and an item naming an earlier period), a report asked without its subject, a file sent
by e-mail, a leaders' work schedule and the label lines under its entries, what a speaker did before what he stressed, a
photo caption, the fields listed after "trong phát triển kinh tế - xã hội", advising on directing, the bodies a
delegation is made of, advising as the way to the action after it, a work named by a pair of verbs, the date of the tasks
a review looks at, and the breakthroughs a congress sets. Text written for the test."""

from __future__ import annotations

from datetime import date

from conclusions.actions import _comma_parts
from conclusions.cues import cues, lead_in_colon
from conclusions.extract import _NOT_WORK
from tests.conclusions.helpers import drafts, one, summaries, unit_keys


def _contents(text: str, issued_on: date | None = None) -> list[str]:
    return [t.content for t in drafts(text, issued_on)]


def _parts(text: str) -> list[str]:
    return [text[s:e].strip(" ,") for s, e in _comma_parts(text, 0)]


# -- the work of a period under way, told in a review -----------------------------------------------------------------

def test_the_work_of_the_month_under_way_is_a_review() -> None:
    text = ("Thường trực HĐND xã Tân Phú họp lệ kỳ tháng 11\n\nChiều ngày 26/11/2024, Thường trực HĐND xã họp lệ kỳ.\n\n"
            "Trong tháng 11 năm 2024, Thường trực HĐND xã chuẩn bị và tổ chức thành công kỳ họp thứ 10 (kỳ họp cuối năm 2024); "
            "tham dự hội nghị tiếp xúc cử tri cuối năm 2024.\n")
    assert _contents(text) == []


def test_the_year_under_way_told_with_its_own_end_is_a_review() -> None:
    text = ("Hội Cựu chiến binh huyện tổng kết công tác năm 2023\n\nNgày 20/12/2023, Hội Cựu chiến binh huyện tổ chức hội nghị.\n\n"
            "Trong năm 2023, Hội Cựu chiến binh huyện mở 12 lớp tập huấn chăn nuôi cho hội viên vào cuối năm 2023.\n")
    assert _contents(text) == []


def test_a_period_under_way_with_a_day_to_finish_by_is_still_a_duty() -> None:
    text = ("Thường trực HĐND xã Tân Phú họp lệ kỳ\n\nNgày 05/11/2024, Thường trực HĐND xã họp lệ kỳ.\n\n"
            "Trong tháng 11 năm 2024, Ban Kinh tế - Xã hội HĐND xã giám sát việc chi trả chế độ cho người có công, "
            "hoàn thành trước ngày 25/11/2024.\n")
    assert any("giám sát việc chi trả" in c for c in _contents(text)), _contents(text)


def test_a_period_that_has_not_begun_is_still_the_work_ahead() -> None:
    text = ("Thường trực HĐND xã Tân Phú họp lệ kỳ\n\nNgày 26/11/2024, Thường trực HĐND xã họp lệ kỳ.\n\n"
            "Trong tháng 12 năm 2024, Thường trực HĐND xã tổ chức kỳ họp thứ 11 vào cuối năm 2024.\n")
    assert any("tổ chức kỳ họp thứ 11" in c for c in _contents(text)), _contents(text)


# -- a body agreeing on its own work for the next month ------------------------------------------------------------------

def test_the_work_a_body_agrees_on_for_a_month_is_its_own_and_dated_by_that_month() -> None:
    text = ("Thường trực HĐND huyện họp lệ kỳ tháng 12\n\nChiều ngày 23/12/2024, Thường trực HĐND huyện họp lệ kỳ.\n\n"
            "Sau khi thảo luận, Thường trực HĐND huyện thống nhất một số nội dung trọng tâm cần thực hiện trong tháng 01 năm "
            "2025 như sau: Tổ chức họp rút kinh nghiệm kỳ họp thứ 12; tổ chức giao ban với Thường trực HĐND các xã; dự hội "
            "nghị tổng kết của các xã cuối năm 2024.\n")
    tasks = drafts(text)
    assert len(tasks) == 3, [t.content for t in tasks]
    assert all(unit_keys(t) == ["hdnd"] for t in tasks), [unit_keys(t) for t in tasks]
    # "cuối năm 2024" names the meetings of late 2024: the list's month dates the item
    assert all(t.deadline.due == date(2025, 1, 31) for t in tasks), [t.deadline.due for t in tasks]


def test_the_work_to_be_carried_out_in_a_month_opens_a_list() -> None:
    assert lead_in_colon("UBND xã thống nhất các nội dung cần triển khai trong tháng 3/2025 như sau: Rà soát hộ nghèo") is not None
    assert lead_in_colon("Ban Thường vụ thống nhất những việc phải làm trong quý II như sau: Kiểm tra") is not None
    assert lead_in_colon("Hội nghị đã thảo luận các nội dung như sau: Kiểm tra") is None  # no work named


def test_an_item_with_a_day_of_its_own_keeps_it_under_the_month() -> None:
    text = ("Thường trực HĐND huyện họp lệ kỳ tháng 12\n\nChiều ngày 23/12/2024, Thường trực HĐND huyện họp lệ kỳ.\n\n"
            "Thường trực HĐND huyện thống nhất một số nội dung cần thực hiện trong tháng 01 năm 2025 như sau: Tổ chức giám "
            "sát việc chi trả trợ cấp Tết, hoàn thành trước ngày 10/01/2025; dự hội nghị tổng kết của các xã cuối năm 2024.\n")
    tasks = drafts(text)
    assert one(tasks, "giám sát việc chi trả").deadline.due == date(2025, 1, 10)
    assert one(tasks, "dự hội nghị tổng kết").deadline.due == date(2025, 1, 31)


# -- a report asked without its subject -------------------------------------------------------------------------------------

def test_a_report_asked_in_the_passive_dates_the_task_before_and_is_no_bare_heading() -> None:
    text = ("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao các sở, ngành theo chức năng, nhiệm vụ "
            "được giao, rà soát những nội dung còn khác nhau trong dự thảo Nghị quyết. Báo cáo yêu cầu gửi về Văn phòng UBND "
            "tỉnh trước 14 giờ, ngày 05/12/2017.\n")
    tasks = summaries(text, date(2017, 12, 4))
    assert not any(c.strip(" .") == "Báo cáo" for c, _, _ in tasks), tasks
    assert [d for c, _, d in tasks if "rà soát những nội dung" in c] == [date(2017, 12, 5)], tasks
    assert [d for c, _, d in tasks if "gửi về Văn phòng UBND tỉnh" in c] == [date(2017, 12, 5)], tasks


def test_the_figures_asked_in_the_passive_are_a_deliverable_too() -> None:
    text = ("Đồng chí Chủ tịch UBND huyện yêu cầu các xã, thị trấn thống kê số hộ bị thiệt hại do mưa lũ. Số liệu đề nghị "
            "gửi về Phòng Nông nghiệp huyện trước ngày 20/10/2025.\n")
    tasks = summaries(text, date(2025, 10, 14))
    assert [d for c, _, d in tasks if "thống kê số hộ" in c] == [date(2025, 10, 20)], tasks
    assert any("gửi về Phòng Nông nghiệp" in c for c, _, _ in tasks), tasks


# -- a file sent by e-mail, a contact line --------------------------------------------------------------------------------

def test_a_file_sent_to_a_mailbox_is_how_the_report_travels() -> None:
    assert _NOT_WORK.match("Gửi kèm file vào hòm thư: vanphong@example.gov.vn.")
    assert _NOT_WORK.match("đồng thời gửi bản mềm qua thư điện tử tonghop@example.vn")
    assert _NOT_WORK.match("Email: phongnoivu@example.gov.vn")
    assert not _NOT_WORK.match("Các đơn vị gửi báo cáo về Văn phòng trước ngày 15/12/2025")


def test_a_mailbox_line_after_a_report_is_no_task() -> None:
    text = ("Đồng chí Chánh Văn phòng yêu cầu các phòng tổng hợp kết quả thực hiện nhiệm vụ năm 2025, gửi về Phòng Tổng hợp "
            "trước ngày 10/12/2025. Gửi kèm file vào hòm thư: tonghop@example.gov.vn.\n")
    contents = _contents(text, date(2025, 12, 1))
    assert any("tổng hợp kết quả" in c for c in contents), contents
    assert not any("hòm thư" in c for c in contents), contents


# -- a leaders' work schedule -----------------------------------------------------------------------------------------------

_SCHEDULE = ("LỊCH CÔNG TÁC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH\n(Tuần thứ 12 từ ngày 16/3/2026 đến ngày 20/3/2026)\n"
             "THỨ HAI (16/3/2026):\n* SÁNG: 1. Chủ tịch, các Phó Chủ tịch UBND phường: Thực hiện mô hình “Cà phê sáng với doanh "
             "nghiệp”. (Giao Văn phòng HĐND và UBND phường bố trí phòng tiếp)\nThành phần tham dự: Đại diện Phòng Kinh tế, Phòng Văn hóa – Xã hội, Công an phường.\n"
             "Địa điểm: tại Trụ sở UBND phường.\n2. Phó Chủ tịch UBND phường Lê Văn Hùng:\n14 giờ 00’: Kiểm tra công trình "
             "trường mầm non. (Giao Phòng Kinh tế chuẩn bị hồ sơ)\nThành phần tham dự: ông Trần Văn Nam – Trưởng Phòng Kinh tế.\n")


def test_a_schedule_keeps_only_what_it_gives_others_to_prepare() -> None:
    contents = _contents(_SCHEDULE)
    assert len(contents) == 2, contents
    assert any("bố trí phòng tiếp" in c for c in contents), contents
    assert any("chuẩn bị hồ sơ" in c for c in contents), contents
    assert not any("Thực hiện mô hình" in c or "Kiểm tra công trình" in c for c in contents), contents


def test_the_attendees_line_is_a_sentence_of_its_own() -> None:
    tasks = drafts(_SCHEDULE)
    assert all("Thành phần" not in t.content for t in tasks), [t.content for t in tasks]
    assert unit_keys(one(tasks, "bố trí phòng tiếp")) == ["name:Văn phòng HĐND và UBND phường"]
    assert one(tasks, "bố trí phòng tiếp").content.endswith("phòng tiếp")  # not the bracket that closed the "(Giao …)"


def test_a_leader_label_outside_a_schedule_still_heads_tasks() -> None:
    text = ("THÔNG BÁO PHÂN CÔNG NHIỆM VỤ\n\nUBND xã thông báo phân công nhiệm vụ như sau:\n"
            "1. Phó Chủ tịch UBND xã: Chỉ đạo rà soát hộ nghèo, hộ cận nghèo năm 2026.\n")
    assert any("rà soát hộ nghèo" in c for c in _contents(text)), _contents(text)


# -- what a speaker did before what he stressed -----------------------------------------------------------------------------

def test_what_the_speaker_did_before_stressing_is_no_task() -> None:
    text = ("Phát biểu tại buổi sinh hoạt, đồng chí Bí thư Đảng ủy phường đánh giá cao công tác chuẩn bị. Đồng chí đề nghị "
            "Chi bộ tiếp tục làm tốt công tác phát triển đảng viên.\n\nThông tin về tình hình kinh tế - xã hội của phường năm "
            "2025 và định hướng năm 2026, đồng chí nhấn mạnh vai trò hạt nhân của chi bộ; đề nghị tiếp tục vận động Nhân dân "
            "hiến đất làm đường; quan tâm chăm lo gia đình chính sách.\n")
    contents = _contents(text)
    assert not any(c.startswith(("Thông tin về tình hình", "định hướng năm 2026")) for c in contents), contents
    assert any("vận động Nhân dân hiến đất" in c for c in contents), contents
    assert any("chăm lo gia đình chính sách" in c for c in contents), contents


def test_what_was_stressed_after_a_report_heard_is_no_task() -> None:
    text = ("Đồng chí Chủ tịch UBND xã yêu cầu các thôn rà soát danh sách hộ nghèo.\n\nNghe báo cáo kết quả công tác quý III, "
            "ông Nguyễn Văn Hải khẳng định tầm quan trọng của công tác dân vận; đề nghị các thôn tổ chức đối thoại với Nhân dân.\n")
    contents = _contents(text)
    assert not any(c.startswith("Nghe báo cáo") for c in contents), contents
    assert any("tổ chức đối thoại với Nhân dân" in c for c in contents), contents


# -- a photo caption ---------------------------------------------------------------------------------------------------------

def test_a_headline_repeated_as_a_photo_caption_is_no_task() -> None:
    assert _NOT_WORK.match("Hội Nông dân tỉnh cần đổi mới phương thức vận động hội viên - Ảnh 1.")
    assert _NOT_WORK.match("Tuổi trẻ huyện cần tiên phong chuyển đổi số – Ảnh 2")
    assert not _NOT_WORK.match("Hội Nông dân tỉnh cần đổi mới phương thức vận động hội viên.")


# -- the fields listed after "trong phát triển kinh tế - xã hội" ------------------------------------------------------------

def test_the_fields_after_economic_development_are_one_list() -> None:
    assert _parts("nâng cao vai trò của hội viên trong phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh") == [
        "nâng cao vai trò của hội viên trong phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh"]
    assert len(_parts("phát huy vai trò của thanh niên trong quá trình phát triển kinh tế-xã hội, giữ vững quốc phòng, an ninh "
                      "của địa phương")) == 1
    # asked as work of their own, they are two
    assert len(_parts("đẩy mạnh phát triển kinh tế - xã hội của xã, bảo đảm quốc phòng, an ninh trên địa bàn")) == 2


def test_an_outcome_tail_after_the_fields_is_no_task() -> None:
    text = ("Ban Thường vụ Huyện ủy đề nghị các đoàn thể huyện tuyên truyền sâu rộng về vai trò của các hội khoa học trong "
            "phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, nâng cao đời sống nhân dân.\n")
    contents = _contents(text)
    assert len(contents) == 1, contents


# -- advising on directing ---------------------------------------------------------------------------------------------------

def test_advising_on_directing_is_no_directive() -> None:
    assert not [c for c in cues("Tiếp tục nắm chắc tình hình Nhân dân để tham mưu chỉ đạo giải quyết kịp thời.")
                if c.word == "chỉ đạo"]
    assert not [c for c in cues("Ban Dân vận Huyện ủy tham mưu chỉ đạo đẩy mạnh công tác dân vận chính quyền.")
                if c.word == "chỉ đạo"]
    assert [c for c in cues("Đồng chí Bí thư chỉ đạo các chi bộ rà soát đảng viên.") if c.word == "chỉ đạo"]


def test_a_sentence_advising_on_directing_is_one_task() -> None:
    text = ("Đồng chí Bí thư Huyện ủy yêu cầu các Ban Huyện ủy tham mưu tổ chức tốt hội nghị sơ kết. Tiếp tục nắm chắc tư "
            "tưởng của cán bộ, đảng viên để tham mưu chỉ đạo giải quyết kịp thời.\n")
    contents = _contents(text)
    assert len([c for c in contents if "nắm chắc tư tưởng" in c]) == 1, contents


# -- the bodies a delegation is made of ---------------------------------------------------------------------------------------

def test_the_bodies_of_a_delegation_are_no_new_subject() -> None:
    text = ("Liên đoàn Lao động tỉnh cũng sẽ tổ chức các đoàn lãnh đạo Tỉnh ủy, Mặt trận Tổ quốc, Liên đoàn Lao động tỉnh "
            "thăm, tặng quà công nhân có hoàn cảnh khó khăn.\n")
    tasks = drafts(text)
    assert len(tasks) == 1, [t.content for t in tasks]
    assert unit_keys(tasks[0]) == ["lien_doan_lao_dong"]


def test_a_team_formed_of_several_offices_is_one_task() -> None:
    text = ("UBND huyện sẽ thành lập tổ công tác gồm Phòng Tài chính, Phòng Nội vụ, Thanh tra huyện kiểm tra việc quản lý "
            "quỹ tại các xã.\n")
    tasks = drafts(text)
    assert len(tasks) == 1, [t.content for t in tasks]


def test_a_new_body_after_a_plain_action_is_still_a_new_subject() -> None:
    text = ("Đồng chí Chủ tịch yêu cầu Phòng Tài chính rà soát nguồn kinh phí, Phòng Nội vụ hoàn thiện hồ sơ khen thưởng.\n")
    tasks = drafts(text)
    assert unit_keys(one(tasks, "hoàn thiện hồ sơ")) == ["name:Phòng Nội vụ"]


# -- advising as the way to the action after it -------------------------------------------------------------------------------

def test_advising_the_bodies_named_is_the_way_to_the_next_action() -> None:
    text = ("Hội Liên hiệp Phụ nữ tỉnh đề nghị Hội Phụ nữ các xã chủ động, tham mưu, báo cáo cấp ủy, chính quyền, tổ chức "
            "Chương trình “Xuân yêu thương” năm 2026.\n")
    contents = _contents(text)
    assert len(contents) == 1, contents
    text = ("Đồng chí Bí thư đề nghị Đoàn Thanh niên xã tham mưu cho Đảng ủy, xây dựng kế hoạch ra quân tình nguyện hè.\n")
    contents = _contents(text)
    assert len(contents) == 1, contents


# -- a work named by a pair of verbs ----------------------------------------------------------------------------------------

def test_a_work_named_by_a_pair_of_verbs_is_one() -> None:
    assert len(_parts("chú trọng công tác tham mưu, đề xuất lãnh đạo Văn phòng giải quyết công việc")) == 1
    assert len(_parts("tăng cường công tác kiểm tra, giám sát việc thực hiện chính sách bảo hiểm")) == 1
    assert len(_parts("đẩy mạnh công tác tuyên truyền, tổ chức hội thi tìm hiểu pháp luật")) == 2


# -- the date of the tasks a review looks at ---------------------------------------------------------------------------------

def test_reviewing_the_tasks_due_this_month_has_no_date_of_its_own() -> None:
    text = ("Đồng chí Chánh Văn phòng yêu cầu các phòng khẩn trương rà soát, tổng hợp các nhiệm vụ cần hoàn thành trong tháng "
            "12.\n")
    tasks = summaries(text, date(2025, 12, 2))
    assert [d for c, _, d in tasks if "rà soát" in c] == [None], tasks
    text = "Đồng chí Chủ tịch yêu cầu các xã kiểm tra các công trình phải hoàn thành trong quý IV/2025.\n"
    tasks = summaries(text, date(2025, 10, 2))
    assert [d for c, _, d in tasks if "kiểm tra" in c] == [None], tasks


def test_a_review_to_finish_by_a_day_keeps_its_date() -> None:
    text = "Đồng chí Chủ tịch yêu cầu các phòng rà soát các hồ sơ tồn đọng, hoàn thành trước ngày 15/12/2025.\n"
    tasks = summaries(text, date(2025, 12, 2))
    assert [d for c, _, d in tasks if "rà soát" in c] == [date(2025, 12, 15)], tasks


# -- the breakthroughs a congress sets ----------------------------------------------------------------------------------------

def test_the_breakthroughs_of_a_term_are_listed_tasks() -> None:
    text = ("Nhiệm kỳ 2025-2030, Ban Chấp hành Hội Nông dân xã tập trung thực hiện 2 khâu đột phá sau: Nâng cao chất lượng "
            "sinh hoạt chi hội; Tập trung xây dựng mô hình kinh tế tập thể.\n")
    contents = _contents(text)
    assert any("chất lượng sinh hoạt chi hội" in c for c in contents), contents
    assert any("mô hình kinh tế tập thể" in c for c in contents), contents
