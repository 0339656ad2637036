"""General rules for chat exports and pasted chat notices (round 7), each on text written for the test:
sender stamps in either order, messages that are never captions, "@" mentions and keycap item marks,
"Bổ sung …:" lead-ins, a person labelled by post, and the request particle that ends a typed line."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.cues import lead_in_colon
from conclusions.layout import ITEM_MARK, chat_stamp
from conclusions.normalize import CHAT_PREFIX, paragraphs
from tests.conclusions.helpers import summaries


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("[08:15, 02/04/2025] Lan - VP: nội dung", (2, 4, 2025)),
        ("[08:15 02/04/2025] Lan - VP: nội dung", (2, 4, 2025)),
        ("[02/04/2025 08:15] Văn phòng Đảng ủy:", (2, 4, 2025)),
        ("[02/04 08:15] Văn thư xã:", (2, 4, None)),
    ],
)
def test_chat_stamps_time_or_date_first(line: str, stamp: tuple[int, int, int | None]) -> None:
    m = CHAT_PREFIX.match(line)
    assert m and chat_stamp(m) == stamp


def test_a_sender_line_is_a_paragraph_of_its_own_and_items_with_slash_start_lines() -> None:
    text = "[08:15, 02/04/2025] Lan - VP: Chủ tịch giao như sau:\n1/ Tổ 1 dọn kênh\n2/ Tổ 2 sửa cống\n[08:20, 02/04/2025] Hà: Dạ"
    assert paragraphs(text) == ["[08:15, 02/04/2025] Lan - VP:", "Chủ tịch giao như sau:", "1/ Tổ 1 dọn kênh", "2/ Tổ 2 sửa cống",
                                "[08:20, 02/04/2025] Hà:", "Dạ"]


def test_a_later_message_of_a_chat_with_a_lead_in_is_read_too() -> None:
    text = (
        "[07:30, 09/06/2025] Văn phòng UBND xã: Đồng chí Chủ tịch chỉ đạo như sau:\n"
        "1/ Phòng Kinh tế kiểm tra các tuyến kênh mương trước ngày 12/6/2025\n"
        "2/ Trạm Y tế phun thuốc diệt muỗi ở các tổ dân phố\n"
        "[07:45, 09/06/2025] Trưởng tổ 2: Dạ tổ em nhận ạ\n"
        "[08:05, 09/06/2025] Văn phòng UBND xã: Đề nghị các tổ dân phố gửi danh sách hộ bị ngập cho Văn phòng\n"
    )
    contents = [c for c, _, _ in summaries(text)]
    assert any(c.startswith("Phòng Kinh tế kiểm tra") for c in contents)
    assert any("gửi danh sách hộ bị ngập" in c for c in contents)
    assert not any("nhận ạ" in c for c in contents)


def test_a_reminder_message_without_a_full_stop_is_no_caption() -> None:
    text = (
        "[09:00, 14/05/2025] Văn phòng: Kính gửi các đoàn thể\n"
        "[09:01, 14/05/2025] Văn phòng: Đề nghị các chi hội gửi danh sách hội viên mới cho Văn phòng trong tuần này\n"
    )
    assert any("gửi danh sách hội viên mới" in c for c, _, _ in summaries(text))


@pytest.mark.parametrize("head", ["Bổ sung:", "Bổ sung ý kiến của đ/c Bí thư:", "À bổ sung thêm mấy việc ạ:", "Xin bổ sung thêm:"])
def test_an_addendum_opens_a_list(head: str) -> None:
    assert lead_in_colon(head) == len(head)


def test_an_addendum_is_no_task_its_items_are() -> None:
    text = (
        "[10:00, 03/03/2025] Hằng VP: Bổ sung ý kiến đ/c Chủ tịch:\n"
        "- Phòng Văn hóa - Xã hội rà soát hộ cận nghèo ở thôn 2\n"
        "- Công an xã kiểm tra khu chợ vào ban đêm\n"
    )
    contents = [c for c, _, _ in summaries(text)]
    assert not any(c.startswith("Bổ sung") for c in contents)
    assert any("kiểm tra khu chợ" in c for c in contents)


def test_chat_lines_are_not_wrapped() -> None:
    text = (
        "[10:00, 03/03/2025] Hằng VP: Bổ sung thêm mấy việc:\n"
        "+ Đồng chí Bình (văn phòng) liên hệ Trung tâm Văn hóa mượn loa đài\n"
        "Giờ tập trung: 7h sáng chủ nhật tại sân vận động.\n"
    )
    units = {c: u for c, u, _ in summaries(text)}
    assert any("liên hệ Trung tâm Văn hóa mượn loa đài" in c and "giờ tập trung" not in c.lower() for c in units)


@pytest.mark.parametrize("line", ["1️⃣ @Phòng Kinh tế", "3⃣ Tổ dân phố", "🔟 Các phòng"])
def test_keycap_emoji_mark_items(line: str) -> None:
    assert ITEM_MARK.match(line)


def test_tagged_headings_name_whom_the_lines_under_them_are_for() -> None:
    text = (
        "[08:30 20/10] Văn thư xã:\n"
        "TÓM TẮT Ý KIẾN CHỈ ĐẠO TẠI GIAO BAN\n"
        "Kính gửi các phòng, đơn vị\n"
        "1️⃣ @Trạm Y tế @Hội Phụ nữ xã\n"
        "- tổ chức khám sức khỏe cho người cao tuổi trước 30/10\n"
        "2️⃣ @Trung tâm PVHCC\n"
        "tháng trước còn 5 hồ sơ chậm\n"
        "- giải quyết dứt điểm 5 hồ sơ chậm trước thứ 6 (24/10)\n"
    )
    tasks = summaries(text, date(2025, 10, 20))
    by = {c: u for c, u, _ in tasks}
    exam = next(u for c, u in by.items() if "khám sức khỏe" in c)
    assert exam == ["name:Trạm Y tế", "phu_nu"] or exam == ["name:Trạm Y tế", "name:Hội Phụ nữ xã"]
    assert next(u for c, u in by.items() if "giải quyết dứt điểm" in c) == ["name:Trung tâm PVHCC"]


def test_a_person_named_with_a_post_in_brackets_heads_an_item() -> None:
    text = (
        "[16:00 07/04/2025] Trần Văn Hòa: Anh tóm tắt kết luận giao ban để anh em thực hiện:\n"
        "1. Minh (địa chính): hoàn thiện hồ sơ cấp đất cho 3 hộ, trước ngày 15/4.\n"
        "2. Thảo (văn phòng): tổng hợp báo cáo tháng 4 trước ngày 25/4.\n"
    )
    units = [u for _, u, _ in summaries(text)]
    assert ["name:Minh (địa chính)"] in units and ["name:Thảo (văn phòng)"] in units


def test_the_particle_nhe_makes_a_typed_line_a_request() -> None:
    text = "[17:00 05/05/2025] Trần Văn Hòa: Các tổ dân phố ra quân dọn vệ sinh sáng thứ 7 nhé."
    assert [u for _, u, _ in summaries(text)] == [["name:Các tổ dân phố"]]


def test_carrying_it_out_for_the_sender_is_the_closing_of_a_chat() -> None:
    text = (
        "[17:00 05/05/2025] Trần Văn Hòa: Đề nghị các tổ dân phố nộp báo cáo tháng 5 trước ngày 28/5.\n"
        "Các đ/c triển khai giúp em, có gì vướng báo em ạ\n"
    )
    assert len(summaries(text)) == 1
