"""Which clauses are tasks, round 8 (third pass), each rule on text written for the test: pictograph bullets
of chats, numbered points of a chat message, posts by their capitals, headings over lettered items, a remark
between a lead-in and its numbered headings, paragraphs between a notice's clauses, the meeting's decisions
after an opening phrase, where a body stands now, and lines only for information."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from conclusions.cues import is_meeting_decision
from conclusions.extract import _between_clauses
from conclusions.layout import ITEM_MARK
from conclusions.model import Deadline, Evidence, TaskDraft
from conclusions.pipeline import make_document


def _tasks(text: str, issued_on: date | None = None) -> list[tuple[str, list[str]]]:
    draft = extract(text, issued_on)
    return [(t.content, [u.key or f"name:{u.name}" for u in t.units]) for t in draft.tasks]


def test_a_pictograph_opens_a_point_of_a_chat_message() -> None:
    assert ITEM_MARK.match("📌 Đ/c Lan chuẩn bị hội trường").group(0) == "📌 "
    assert ITEM_MARK.match("👉 Các chi hội nộp hội phí") is not None
    assert ITEM_MARK.match("Các chi hội nộp hội phí") is None


_CHAT = """UBND XÃ B - CÔNG VIỆC

[10/06 08:00] Phạm Văn Khoa - CT UB: Chào ae, tôi giao việc tuần này
[10/06 08:02] Phạm Văn Khoa - CT UB: 1/ Phòng VH rà soát danh sách hộ cận nghèo thôn Đồng Mới gửi lên nhóm
[10/06 08:04] Phạm Văn Khoa - CT UB: 2/ TC lập dự toán sửa nhà văn hóa thôn Đồng Cũ
[10/06 08:05] Trần Thị Mai TC: Dạ em nhận ạ
"""


def test_a_numbered_point_of_a_chat_message_with_a_name_and_a_verb_is_a_task() -> None:
    tasks = _tasks(_CHAT, date(2025, 6, 10))
    assert any("rà soát danh sách hộ cận nghèo" in c and u == ["name:Phòng VH"] for c, u in tasks)


def test_a_post_by_its_capitals_before_a_verb_is_who_acts_in_a_chat() -> None:
    tasks = _tasks(_CHAT, date(2025, 6, 10))
    assert any("lập dự toán" in c and u == ["name:TC"] for c, u in tasks)
    assert not any(c.startswith("Dạ") for c, _ in tasks)


_LETTER = """ĐOÀN XÃ C
Số: 01-CV/ĐTN                              C, ngày 02 tháng 3 năm 2025
V/v các hoạt động tháng 3

Kính gửi: Các chi đoàn trực thuộc.

Thực hiện kế hoạch của Huyện đoàn, Ban Thường vụ Đoàn xã đề nghị các chi đoàn thực hiện một số nội dung sau:

Năm trước, toàn xã có 120 đoàn viên tham gia các phần việc thanh niên.

1. Phong trào thanh niên tình nguyện
- Các chi đoàn tổ chức dọn vệ sinh kênh mương nội đồng.
- Đoàn viên các chi đoàn tham gia trồng cây ven đường liên thôn.

2. Ngày hội đoàn viên của các chi đoàn thôn (26/3)
a) Các chi đoàn tổ chức giải kéo co cho đoàn viên.
b) Mỗi chi đoàn cử 05 đoàn viên dự mít tinh tại xã.
"""


def test_a_remark_between_a_lead_in_and_its_numbered_headings_does_not_end_the_list() -> None:
    tasks = _tasks(_LETTER)
    assert any("dọn vệ sinh kênh mương" in c for c, _ in tasks)
    assert any("trồng cây ven đường" in c for c, _ in tasks)
    assert not any("120 đoàn viên" in c for c, _ in tasks)


def test_a_numbered_heading_over_lettered_items_is_a_heading() -> None:
    tasks = _tasks(_LETTER)
    assert any("giải kéo co" in c for c, _ in tasks)
    assert not any(c.startswith("Ngày hội đoàn viên") for c, _ in tasks)


def _draft(content: str, start: int, end: int, reason: str) -> TaskDraft:
    return TaskDraft(ref=None, content=content, units=[], coordinating_units=[], deadline=Deadline(),
                     evidence=Evidence(content, start, end), reasons=(reason,))


def test_a_sentence_between_the_walker_s_clauses_that_it_left_is_the_pipeline_s() -> None:
    text = "1. A làm việc một. 2. Về việc hai. Đề nghị B làm việc hai ngay. B sẽ làm thêm việc ba. 3. C làm việc bốn."
    doc = make_document(text)
    walked = [_draft("A làm việc một.", 3, 18, "walker"), _draft("C làm việc bốn.", 90, 105, "walker")]
    read = [_draft("Đề nghị B làm việc hai ngay.", 35, 63, "directive 'đề nghị' naming its addressee"),
            _draft("B sẽ làm thêm việc ba.", 64, 86, "subject followed by a modal ('cần', 'sẽ', 'có trách nhiệm' …)"),
            _draft("A làm việc một.", 3, 18, "subject and action in a directive speech")]
    added = [t.content for t in _between_clauses(walked, read, doc)]
    assert added == ["Đề nghị B làm việc hai ngay."]


def test_the_meeting_s_decision_after_an_opening_phrase_is_no_task() -> None:
    assert is_meeting_decision("Thực hiện Chỉ thị số 12-CT/TU, Ban Thường vụ Huyện ủy thống nhất ban hành Kế hoạch tổ chức hội nghị.")
    assert not is_meeting_decision("Thực hiện Chỉ thị số 12-CT/TU, Ban Thường vụ Huyện ủy giao Ban Tổ chức xây dựng kế hoạch.")


_REVIEW = """HỘI NÔNG DÂN XÃ E
Số: 03-TB/HND                              E, ngày 10 tháng 11 năm 2025

THÔNG BÁO
Kết luận giao ban quý IV

Chủ tịch Hội Nông dân xã kết luận như sau:

1. Chi hội thôn Bắc duy trì 04 tổ hợp tác; Chi hội thôn Nam đang chuẩn bị hội thi nhà nông giỏi vào ngày 20/11/2025.

2. Các chi hội nộp hội phí quý IV về Hội Nông dân xã trước ngày 30/11/2025.

👉 Thông tin thêm để các chi hội nắm: quý III toàn xã kết nạp 15 hội viên.
"""


def test_where_a_body_stands_now_is_no_task() -> None:
    tasks = _tasks(_REVIEW)
    assert not any("đang chuẩn bị" in c for c, _ in tasks)
    assert any("nộp hội phí quý IV" in c for c, _ in tasks)


def test_a_line_only_for_information_is_no_task() -> None:
    tasks = _tasks(_REVIEW)
    assert not any("Thông tin thêm" in c for c, _ in tasks)
