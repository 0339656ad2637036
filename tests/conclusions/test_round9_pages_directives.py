"""General rules of round 9 for directions and replies on real pages, each on text written for the test: a request
already made ("đã được X chỉ đạo Y …"), a speech going on after "Bắt tay vào …, …", the verbs of what a body was given,
the leaders of a body and a conference's name after a comma, a subject alone before ";", one more cited document
after ";", a title over "các Sở: A, B" with a capital, a report date closing three clauses, the speaker's appeal,
and the monthly conclusions a direction was given in."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from conclusions.addressees import titled_list
from conclusions.catalog import standard_units
from conclusions.deadlines import find_recurrence
from conclusions.units import UnitResolver


def _tasks(text: str, issued_on: date | None = date(2025, 3, 1)) -> list[tuple[str, list[str], date | None]]:
    draft = extract(text, issued_on)
    return [(t.content, [u.key or f"name:{u.name}" for u in t.units], t.deadline.due) for t in draft.tasks]


def test_a_request_already_made_is_reported_not_made_again() -> None:
    text = ("Đơn của hộ bà Lê Thị Hoa đã được UBND tỉnh chỉ đạo UBND huyện Sơn Tây xem xét tại Công văn số 812/UBND-NC "
            "ngày 02/3/2025; yêu cầu UBND huyện Sơn Tây khẩn trương xác minh, giải quyết dứt điểm vụ việc.")
    contents = [c for c, _u, _d in _tasks(text)]
    assert not any("Công văn số 812" in c for c in contents)
    assert any("xác minh, giải quyết dứt điểm" in c for c in contents)


def test_a_speech_goes_on_after_a_phrase_of_when_work_resumes() -> None:
    text = ("Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn thực hiện nghiêm các chỉ đạo của UBND tỉnh. "
            "Bắt tay vào công việc ngay sau kỳ nghỉ lễ, rà soát toàn bộ hồ sơ tồn đọng của quý I. "
            "Hoàn thiện phương án phòng chống hạn mặn trình UBND huyện.")
    contents = [c for c, _u, _d in _tasks(text)]
    assert any(c.startswith("rà soát toàn bộ hồ sơ tồn đọng") for c in contents)
    assert any(c.startswith("Hoàn thiện phương án phòng chống hạn mặn") for c in contents)


def test_verbs_of_what_was_given_and_leaders_of_a_body_are_no_new_action() -> None:
    text = ("Sở Nội vụ yêu cầu các phòng, đơn vị trực thuộc căn cứ lĩnh vực được giao theo dõi, quản lý thực hiện nghiêm "
            "các ý kiến chỉ đạo của Giám đốc Sở, lãnh đạo Sở Nội vụ tại các kết luận hằng tháng.")
    tasks = _tasks(text)
    assert len(tasks) == 1
    assert "lãnh đạo Sở Nội vụ" in tasks[0][0]


def test_the_monthly_conclusions_a_direction_was_given_in_make_no_monthly_task() -> None:
    assert find_recurrence("thực hiện các ý kiến chỉ đạo tại các kết luận hằng tháng, quý") is None
    assert find_recurrence("báo cáo Chủ tịch tại cuộc họp giao ban hằng tuần") == "weekly"


def test_a_conference_named_with_its_two_parts_is_one_object() -> None:
    text = ("Yêu cầu Sở Y tế khẩn trương hoàn thiện các nội dung tại Thông báo kết luận Hội nghị tổng kết công tác "
            "y tế năm 2024, triển khai nhiệm vụ năm 2025.")
    contents = [c for c, _u, _d in _tasks(text)]
    assert len(contents) == 1 and "triển khai nhiệm vụ năm 2025" in contents[0]


def test_a_subject_alone_before_a_semicolon_and_a_cited_document_after_one_are_no_tasks() -> None:
    text = ("Thủ trưởng các cơ quan, đơn vị cấp huyện; Chủ tịch UBND các xã, thị trấn khẩn trương rà soát các hồ sơ "
            "quá hạn tại Kế hoạch số 45/KH-UBND ngày 10/02/2025; Công văn số 301/UBND-VP ngày 20/02/2025 của UBND "
            "huyện bảo đảm đúng tiến độ.")
    tasks = _tasks(text)
    assert len(tasks) == 1
    content, units, _due = tasks[0]
    assert content.startswith("Thủ trưởng các cơ quan, đơn vị cấp huyện;") and "Công văn số 301" in content
    assert len(units) == 2


def test_a_title_over_bodies_of_a_kind_written_with_a_capital() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    text = "Giám đốc các Sở: Công Thương, Xây dựng, Giáo dục và Đào tạo phối hợp kiểm tra an toàn trường học"
    refs, end = titled_list(text, 0, resolver)
    assert [r.name for r in refs] == ["Giám đốc Sở Công Thương", "Giám đốc Sở Xây dựng", "Giám đốc Sở Giáo dục và Đào tạo"]
    assert text[end:].startswith(" phối hợp")


_DIRECTION = """UBND tỉnh đôn đốc bảo đảm an toàn mùa mưa bão
Ngày 10/3/2025, UBND tỉnh ban hành Văn bản số 512/UBND-KT đôn đốc bảo đảm an toàn trong mùa mưa bão.
Giao Sở Nông nghiệp và Môi trường tham mưu UBND tỉnh tổ chức kiểm tra các hồ chứa xung yếu.
Giám đốc các Sở: Công Thương, Xây dựng tập trung chỉ đạo triển khai các giải pháp bảo đảm an toàn điện.
Sở Tài chính, Sở Y tế căn cứ khả năng cân đối ngân sách, tham mưu UBND tỉnh bố trí kinh phí mua sắm trang thiết bị \
cho các trạm y tế xã.
"""


def test_a_title_focusing_its_direction_is_its_own_action() -> None:
    tasks = [t for t in _tasks(_DIRECTION) if "an toàn điện" in t[0]]
    assert len(tasks) == 1
    assert tasks[0][1] == ["name:Giám đốc Sở Công Thương", "name:Giám đốc Sở Xây dựng"]


def test_a_basis_after_the_subject_goes_with_the_action() -> None:
    contents = [c for c, _u, _d in _tasks(_DIRECTION) if "ngân sách" in c or "kinh phí" in c]
    assert len(contents) == 1 and "bố trí kinh phí mua sắm" in contents[0]


def test_a_report_date_closing_three_clauses_dates_the_bare_verbs_before() -> None:
    text = ("UBND tỉnh yêu cầu UBND huyện Đông Sơn kịp thời kiểm tra, giải quyết; thông báo cho công dân và báo cáo "
            "UBND tỉnh trước ngày 15/4/2025.")
    dues = {c: d for c, _u, d in _tasks(text)}
    assert len(dues) == 3 and set(dues.values()) == {date(2025, 4, 15)}


def test_a_report_date_does_not_date_a_substantial_action_two_clauses_before() -> None:
    text = ("Chủ tịch UBND các xã huy động lực lượng giúp Nhân dân khắc phục hậu quả sạt lở; bảo đảm không để người dân "
            "thiếu lương thực; thống kê thiệt hại, gửi Sở Nông nghiệp và Môi trường trước ngày 10/4/2025.")
    dues = {c: d for c, _u, d in _tasks(text)}
    first = next(c for c in dues if c.startswith("Chủ tịch UBND các xã huy động"))
    assert dues[first] is None


def test_the_speakers_appeal_is_no_task() -> None:
    text = ("Kỳ họp thứ Tư HĐND xã khóa XX đã thông qua 6 nghị quyết chuyên đề.\n"
            "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND xã đề nghị UBND xã, các ngành, đoàn thể tập trung triển khai các nghị "
            "quyết vừa thông qua; đồng thời kêu gọi sự chung tay, ủng hộ của Nhân dân trong xây dựng nông thôn mới.\n")
    contents = [c for c, _u, _d in _tasks(text)]
    assert len(contents) == 1 and "kêu gọi" not in contents[0]
