"""Round 11, precision, units and due dates on real pages: a lead-in's month written "trong tháng …" scopes its
items; a directive naming its bodies one per ";" before their action is one task of all of them; a sentence that
only sends, by a date, the report the task before it asks for is that task's deadline, not a task of its own.
Text written for the test."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from tests.conclusions.helpers import drafts, one


def test_a_lead_in_month_written_with_trong_scopes_the_items() -> None:
    text = """Phát biểu kết luận, đồng chí Bí thư Đảng ủy phường đề nghị tập trung một số công việc trọng tâm cần triển khai trong tháng 10 năm 2024, cụ thể như sau:
- Các khu phố rà soát danh sách hộ nghèo phát sinh.
- Công an phường tăng cường tuần tra bảo đảm an ninh trật tự.
"""
    tasks = drafts(text)
    assert one(tasks, "rà soát danh sách hộ nghèo").deadline.due == date(2024, 10, 31)
    assert one(tasks, "tăng cường tuần tra").deadline.due == date(2024, 10, 31)


def test_a_report_of_the_month_before_the_lead_in_dates_nothing() -> None:
    text = """Sau khi nghe báo cáo kết quả trong tháng 9 năm 2024, đồng chí Chủ tịch UBND xã kết luận như sau:
- Các khu phố rà soát danh sách hộ nghèo phát sinh.
"""
    tasks = drafts(text)
    assert one(tasks, "rà soát danh sách hộ nghèo").deadline.due is None


def test_bodies_listed_one_per_semicolon_share_the_action() -> None:
    text = """Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
Giao các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã; Các Ban Quản lý dự án tỉnh rà soát danh mục công trình chậm tiến độ, báo cáo Sở Tài chính trước ngày 15/8/2023.
"""
    tasks = drafts(text, date(2023, 8, 1))
    task = one(tasks, "rà soát danh mục công trình")
    names = {u.name for u in task.units}
    assert {"các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã", "Các Ban Quản lý dự án tỉnh"} <= names
    assert not any(t.content.startswith("Giao các sở") and "rà soát" not in t.content for t in tasks)


def test_a_sentence_that_sends_the_report_by_a_date_dates_the_report() -> None:
    text = """Sau khi xem xét, Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau:
Giao Phòng Nông nghiệp huyện chủ trì phối hợp với các xã tổng hợp số liệu thiệt hại do mưa lũ, báo cáo kết quả. Yêu cầu hoàn thiện gửi Văn phòng Ủy ban nhân dân huyện trước ngày 12/9/2024.
Giao Phòng Tài chính - Kế hoạch đề xuất nguồn kinh phí hỗ trợ các hộ bị thiệt hại.
"""
    tasks = drafts(text, date(2024, 9, 5))
    report = one(tasks, "tổng hợp số liệu thiệt hại")
    assert report.deadline.due == date(2024, 9, 12)
    assert not any(t.content.startswith("Yêu cầu hoàn thiện") for t in tasks)
    assert one(tasks, "đề xuất nguồn kinh phí").deadline.due is None


def test_a_sending_sentence_after_an_action_without_a_report_stays_apart() -> None:
    text = """Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau:
Giao Phòng Văn hóa huyện kiểm tra các cơ sở kinh doanh karaoke trên địa bàn. Đề nghị gửi danh sách cơ sở vi phạm cho Công an huyện trước ngày 20/10/2024.
"""
    tasks = drafts(text, date(2024, 10, 1))
    assert one(tasks, "kiểm tra các cơ sở kinh doanh").deadline.due is None


def test_a_year_opening_the_speech_scopes_what_it_asks() -> None:
    text = """Chiều 8/1, UBND phường Tân Định tổng kết công tác năm.
Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND quận ghi nhận những kết quả phường đạt được.
Năm 2025, đồng chí Phó Chủ tịch UBND quận đề nghị phường cần sớm hoàn thiện hồ sơ cải tạo chung cư cũ, đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính."""
    tasks = drafts(text, date(2025, 1, 8))
    assert one(tasks, "hồ sơ cải tạo chung cư").deadline.due == date(2025, 12, 31)
    assert one(tasks, "chuyển đổi số").deadline.due == date(2025, 12, 31)


def test_an_aim_of_the_year_opening_the_sentence_dates_nothing() -> None:
    text = """Chiều 8/1, UBND phường Tân Định tổng kết công tác năm.
Để hoàn thành kế hoạch năm 2025, đồng chí Phó Chủ tịch UBND quận đề nghị phường cần sớm hoàn thiện hồ sơ cải tạo chung cư cũ."""
    tasks = drafts(text, date(2025, 1, 8))
    assert one(tasks, "hồ sơ cải tạo chung cư").deadline.due is None


def test_a_verb_after_a_preposition_is_the_topic_not_a_new_action() -> None:
    text = """Ngày 5/3/2025, đồng chí Chủ tịch UBND huyện làm việc với xã Phú Lương.
Đồng chí Chủ tịch đề nghị xã khẩn trương xây dựng kế hoạch về tổ chức các hoạt động kỷ niệm ngày giải phóng quê hương."""
    tasks = drafts(text, date(2025, 3, 5))
    assert len([t for t in tasks if "kỷ niệm ngày giải phóng" in t.content]) == 1
    assert not any(t.content.startswith("tổ chức các hoạt động") for t in tasks)


def test_a_report_sent_by_a_date_after_the_request_dates_the_request() -> None:
    text = """Ngày 12/4/2024, UBND huyện ban hành Công văn số 512/UBND-VP về tình hình giải quyết đơn thư.
Theo đó, Chủ tịch UBND huyện yêu cầu Trưởng các phòng, ban chuyên môn khẩn trương rà soát, tổng hợp báo cáo kết quả giải quyết đơn thư gửi UBND huyện.

Báo cáo của các cơ quan, đơn vị gửi bằng văn bản về Văn phòng HĐND và UBND huyện trước ngày 25/4/2024.
"""
    tasks = drafts(text)
    report = one(tasks, "kết quả giải quyết đơn thư gửi")
    assert report.deadline.due == date(2024, 4, 25)
    assert not any(t.content.startswith("Báo cáo của các cơ quan") for t in tasks)


def test_a_dated_sending_after_a_request_without_a_report_stays_a_task() -> None:
    text = """Ngày 12/4/2024, UBND huyện ban hành Công văn số 513/UBND-VP.
Theo đó, Chủ tịch UBND huyện yêu cầu Phòng Giáo dục và Đào tạo kiểm tra cơ sở vật chất các trường mầm non.

Gửi danh sách trường học xuống cấp về Phòng Tài chính - Kế hoạch trước ngày 30/4/2024.
"""
    tasks = drafts(text)
    assert one(tasks, "kiểm tra cơ sở vật chất").deadline.due is None


def test_a_field_of_work_after_a_semicolon_goes_on_the_object_before() -> None:
    text = """Ngày 3/6/2025, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị.
Các đồng chí Ủy viên Ban Thường vụ đề nghị Ban soạn thảo bổ sung, phân tích rõ hơn nguyên nhân của hạn chế trong thu hút đầu tư; công tác cải cách hành chính, chuyển đổi số và phát triển kinh tế tư nhân."""
    tasks = drafts(text, date(2025, 6, 3))
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "chuyển đổi số" in tasks[0].content


def test_fields_of_work_listed_one_per_semicolon_stay_tasks() -> None:
    text = """Chiều 28/3/2024, UBND phường tổ chức giao ban. Đồng chí Chủ tịch kết luận một số nhiệm vụ trọng tâm trong tháng 4/2024, bao gồm: công tác phòng cháy chữa cháy tại các khu trọ; công tác quản lý vỉa hè, lòng đường; công tác thu ngân sách trên địa bàn."""
    tasks = drafts(text, date(2024, 3, 28))
    for words in ("phòng cháy chữa cháy", "quản lý vỉa hè", "thu ngân sách"):
        one(tasks, words)


def test_the_lead_day_under_a_page_date_is_the_notice_date() -> None:
    text = """Ban Tuyên giáo Huyện ủy
Thứ hai 14/10/2024
Hướng dẫn tuyên truyền tháng 9/2024

Ngày 28/8, Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 45 về nội dung tuyên truyền tháng 9/2024.
Theo đó, Ban Tuyên giáo Huyện ủy đề nghị cấp ủy các chi bộ trực thuộc thực hiện tốt một số nội dung tuyên truyền trong tháng 9/2024 như sau:
Tuyên truyền kết quả Đại hội Đảng bộ các cấp nhiệm kỳ mới.
"""
    draft = extract(text)
    assert draft.document.issued_on == date(2024, 8, 28)
    assert one(draft.tasks, "kết quả Đại hội Đảng bộ").deadline.due == date(2024, 9, 30)


def test_a_lead_day_later_than_the_page_date_is_of_the_year_before() -> None:
    text = """Tin hoạt động
05/01/2025
Ngày 27/12, UBND xã tổ chức hội nghị tổng kết năm 2024. Chủ tịch UBND xã đề nghị các thôn rà soát hộ nghèo trước ngày 15/01/2025.
"""
    assert extract(text).document.issued_on == date(2024, 12, 27)


def test_two_posts_of_the_same_bodies_are_one_addressee() -> None:
    text = """Chiều 10/9/2025, Chủ tịch UBND thành phố ký công điện về ứng phó mưa lớn.
Theo đó, Chủ tịch UBND thành phố yêu cầu giám đốc, thủ trưởng các sở, ban, ngành thành phố theo dõi chặt chẽ diễn biến mưa lũ, chủ động phương án sơ tán người dân."""
    tasks = drafts(text, date(2025, 9, 10))
    task = one(tasks, "theo dõi chặt chẽ diễn biến")
    assert [u.name for u in task.units] == ["giám đốc, thủ trưởng các sở, ban, ngành thành phố"]


def test_a_post_with_its_own_body_stays_apart() -> None:
    text = """Chiều 10/9/2025, Chủ tịch UBND tỉnh ký công điện về ứng phó mưa lớn.
Theo đó, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch UBND các xã theo dõi chặt chẽ diễn biến mưa lũ."""
    tasks = drafts(text, date(2025, 9, 10))
    names = {u.name for u in one(tasks, "theo dõi chặt chẽ diễn biến").units}
    assert names == {"Giám đốc Sở Nông nghiệp và Môi trường", "Chủ tịch UBND các xã"}


def test_the_newly_elected_committee_is_the_congress_body() -> None:
    text = """Hội Nông dân xã Tân Hòa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028.
Phát biểu chỉ đạo Đại hội, đồng chí Bí thư Đảng ủy xã ghi nhận kết quả Hội Nông dân xã đạt được, đồng thời đề nghị Ban Chấp hành khóa mới tiếp tục đổi mới nội dung, phương thức hoạt động; hỗ trợ nông dân liên kết sản xuất theo chuỗi giá trị."""
    tasks = drafts(text, date(2023, 5, 20))
    for words in ("đổi mới nội dung", "liên kết sản xuất"):
        assert [u.key for u in one(tasks, words).units] == ["nong_dan"]


def test_documents_cited_of_the_district_do_not_make_a_commune_notice_a_district_one() -> None:
    text = """Đảng ủy xã Tân Phước tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng tháng 10.
Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị một số công việc trọng tâm trong tháng 11 năm 2024 như sau:
- Các ấp thực hiện tốt Nghị quyết số 05-NQ/HU của Huyện ủy và Nghị quyết của Ban Thường vụ Huyện ủy về phát triển sản xuất.
- Giao Ủy ban nhân dân xã chỉ đạo rà soát các công trình giao thông nông thôn xuống cấp.
"""
    tasks = drafts(text, date(2024, 10, 28))
    assert [u.key for u in one(tasks, "rà soát các công trình giao thông").units] == ["ubnd"]


def test_a_district_notice_numbered_as_such_stays_a_district_one() -> None:
    from conclusions.units import detect_level

    text = """HUYỆN ỦY BÌNH SƠN
Số 45-TB/HU
THÔNG BÁO KẾT LUẬN của Ban Thường vụ Huyện ủy tại buổi làm việc với Đảng ủy xã Bình Minh
Thực hiện Kết luận số 12-KL/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy kết luận như sau:"""
    assert detect_level(text) == "huyen"


def test_a_prompt_report_with_no_object_stays_with_the_watch_before_it() -> None:
    text = """Chiều 20/10/2025, đồng chí Chủ tịch UBND xã kiểm tra tình hình ngập úng tại các thôn.
Đồng chí đề nghị các thôn tăng cường kiểm tra các tuyến đê bao, báo cáo ngay về UBND xã để kịp thời xử lý."""
    tasks = drafts(text, date(2025, 10, 20))
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "báo cáo ngay" in tasks[0].content


def test_a_report_with_its_own_object_is_a_task_of_its_own() -> None:
    text = """Chiều 20/10/2025, đồng chí Chủ tịch UBND xã kiểm tra tình hình ngập úng tại các thôn.
Đồng chí đề nghị các thôn tăng cường kiểm tra các tuyến đê bao, báo cáo số hộ bị ngập về UBND xã trước ngày 25/10/2025."""
    tasks = drafts(text, date(2025, 10, 20))
    assert one(tasks, "báo cáo số hộ bị ngập").deadline.due == date(2025, 10, 25)
    assert "báo cáo" not in one(tasks, "kiểm tra các tuyến đê bao").content


def test_a_headline_line_is_not_joined_to_the_dated_lead_under_it() -> None:
    text = """Phát biểu tại buổi làm việc, đồng chí Bí thư Đảng ủy xã đề nghị Hội Cựu chiến binh xã rà soát, cập nhật danh sách hội viên có hoàn cảnh khó khăn.
Đảng ủy xã Hòa Bình làm việc với Hội Cựu chiến binh xã về kết quả sau sắp xếp
Sáng 15/8/2025, Đoàn công tác Đảng ủy xã Hòa Bình làm việc với Hội Cựu chiến binh xã nhằm đánh giá kết quả hoạt động và định hướng nhiệm vụ thời gian tới."""
    tasks = drafts(text, date(2025, 8, 15))
    assert [t.content for t in tasks if "danh sách hội viên" in t.content]
    assert not any("làm việc với" in t.content or "định hướng nhiệm vụ" in t.content for t in tasks), [t.content for t in tasks]


def test_a_line_cut_before_the_day_still_joins() -> None:
    from conclusions.layout import _joinable

    assert _joinable("Ủy ban MTTQ xã đề nghị các chi hội hoàn thành việc rà soát hộ nghèo chậm nhất vào", "Ngày 20/11/2025, …")
    assert not _joinable("Đảng ủy xã Hòa Bình làm việc với Hội Cựu chiến binh xã về kết quả sau sắp xếp",
                         "Sáng 15/8/2025, Đoàn công tác Đảng ủy xã làm việc với Hội Cựu chiến binh xã.")


def test_the_lead_and_its_partners_are_no_action_before_the_verb() -> None:
    text = """Ngày 2/12/2024, UBND tỉnh có văn bản chỉ đạo xử lý các cơ sở khai thác cát trái phép.
Theo đó, UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì phối hợp với Công an tỉnh và UBND các huyện, thị xã liên quan, kiểm tra, xử lý dứt điểm các bến bãi tập kết cát không phép."""
    tasks = drafts(text, date(2024, 12, 2))
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "xử lý dứt điểm các bến bãi" in tasks[0].content


def test_a_lead_summing_up_the_document_is_not_a_task_when_its_requests_follow() -> None:
    text = """Chủ tịch UBND tỉnh vừa ký ban hành Công điện số 09/CĐ-UBND yêu cầu các sở, ngành và UBND các huyện chủ động ứng phó với đợt rét đậm, rét hại.
Theo đó, Chủ tịch UBND tỉnh yêu cầu UBND các huyện chỉ đạo các xã hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho gia súc."""
    tasks = drafts(text, date(2025, 1, 6))
    assert not any("ứng phó với đợt rét" in t.content for t in tasks), [t.content for t in tasks]
    one(tasks, "che chắn chuồng trại")


def test_a_lead_summing_up_the_document_stays_when_nothing_follows() -> None:
    text = """Chủ tịch UBND tỉnh vừa ký ban hành Công điện số 09/CĐ-UBND yêu cầu các sở, ngành và UBND các huyện chủ động ứng phó với đợt rét đậm, rét hại."""
    tasks = drafts(text, date(2025, 1, 6))
    one(tasks, "ứng phó với đợt rét")


def test_clearing_and_handling_share_their_object() -> None:
    text = """Ngày 3/3/2025, UBND phường ban hành thông báo về lập lại trật tự vỉa hè.
Giao Công an phường phối hợp với các tổ dân phố tổ chức giải tỏa, xử lý các điểm lấn chiếm vỉa hè trên địa bàn phường."""
    tasks = drafts(text, date(2025, 3, 3))
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "xử lý các điểm lấn chiếm" in tasks[0].content


def test_keeping_up_a_tradition_is_the_spirit_asked_not_work() -> None:
    text = """Ngày 12/12/2025, Hội Cựu chiến binh xã tổng kết công tác năm.
Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy xã đề nghị Hội tiếp tục phát huy truyền thống “Bộ đội Cụ Hồ”, vận động hội viên tham gia giữ gìn an ninh trật tự ở khu dân cư."""
    tasks = drafts(text, date(2025, 12, 12))
    assert not any(t.content.rstrip("” .").endswith("Bộ đội Cụ Hồ") for t in tasks), [t.content for t in tasks]
    one(tasks, "giữ gìn an ninh trật tự")
