"""General rules of extraction round 8 on which clauses are tasks, each on text written for the test: a
fragment that only sends what the action before produced (with or without a date, by e-mail), "xong trước …",
a plan's targets and its legal basis, past work told with its date, and a chat's "a"/"c" before a given name."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from conclusions.actions import _COPY_CHANNEL, _DELIVERY, _SEND_ONLY
from conclusions.combine import reports_only
from conclusions.cues import is_purpose_heading


def _tasks(text: str, issued_on: date | None = None) -> list[tuple[str, date | None]]:
    return [(t.content, t.deadline.due) for t in extract(text, issued_on).tasks]


_HEAD = "HỘI NÔNG DÂN\nXÃ AN THẠNH\n\nAn Thạnh, ngày 05 tháng 3 năm 2024\n\nCÔNG VĂN\nVề việc chuẩn bị hội nghị sơ kết\n\n"


def test_sending_with_a_purpose_or_an_aside_with_commas_is_no_task_of_its_own() -> None:
    assert _DELIVERY.match("gửi Phòng Nội vụ trước ngày 12/4/2024 để thẩm định, trình Chủ tịch ký.")
    assert _DELIVERY.match("gửi về Văn phòng (qua bộ phận một cửa, tổ tổng hợp) trước 15 giờ ngày 02/4/2024.")
    assert _DELIVERY.match("chi hội nộp về Hội xã chậm nhất ngày 20/4/2024.")
    assert not _DELIVERY.match("báo cáo kết quả về Hội xã chậm nhất ngày 20/4/2024.")  # a report is a deliverable


def test_a_clause_after_a_semicolon_that_only_sends_the_result_dates_the_action() -> None:
    assert _SEND_ONLY.match(" gửi bảng tổng hợp về Ban Thường vụ trước ngày 18/4/2024.")
    assert _SEND_ONLY.match(" hồ sơ gửi trước ngày 18/4/2024.")
    assert _SEND_ONLY.match(" trình Thường trực trước ngày 18/4/2024.")
    assert _COPY_CHANNEL.match(" bản mềm gửi qua hộp thư điện tử hoinongdan@example.vn.")
    assert _COPY_CHANNEL.match(" đồng thời gửi bản điện tử qua hệ thống quản lý văn bản.")
    text = _HEAD + (
        "Đề nghị các chi hội thực hiện một số nội dung sau:\n\n"
        "- Thống kê số hội viên tham gia mô hình chăn nuôi an toàn sinh học; gửi bảng thống kê về Hội xã trước ngày 25/3/2024.\n"
        "- Chọn 02 hộ sản xuất giỏi để biểu dương tại hội nghị; xong trước ngày 28/3/2024.\n"
    )
    tasks = _tasks(text, date(2024, 3, 5))
    assert [t for t in tasks if t[0].lower().startswith(("gửi", "xong"))] == []
    assert any(c.startswith("Thống kê số hội viên") and due == date(2024, 3, 25) for c, due in tasks)
    assert any(c.startswith("Chọn 02 hộ") and due == date(2024, 3, 28) for c, due in tasks)


def test_a_plans_targets_are_no_tasks() -> None:
    assert is_purpose_heading("II. CHỈ TIÊU")
    assert is_purpose_heading("2. Mục tiêu, chỉ tiêu cụ thể:")
    assert not is_purpose_heading("III. NHIỆM VỤ VÀ GIẢI PHÁP")
    text = (
        "HỘI CỰU CHIẾN BINH\nXÃ BÌNH LỘC\n\nBình Lộc, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\nCông tác hội năm 2024\n\n"
        "Thực hiện Kế hoạch số 07-KH/CCBH ngày 02/01/2024 của Hội Cựu chiến binh huyện.\n\n"
        "I. CHỈ TIÊU\n\n"
        "- Kết nạp thêm ít nhất 20 hội viên mới.\n"
        "- Nâng tổng quỹ hội lên 150 triệu đồng.\n\n"
        "II. NHIỆM VỤ\n\n"
        "- Tổ chức tọa đàm về truyền thống của đơn vị, hoàn thành trong quý II/2024.\n"
    )
    contents = [c for c, _ in _tasks(text, date(2024, 1, 10))]
    assert any(c.startswith("Tổ chức tọa đàm") for c in contents)
    assert not any(c.startswith(("Kết nạp thêm", "Nâng tổng quỹ", "Thực hiện Kế hoạch")) for c in contents)


def test_work_done_on_a_past_day_is_told_not_asked() -> None:
    assert reports_only("Hội đã tổ chức thành công hội nghị điển hình tiên tiến vào ngày 12/12/2023.")
    assert not reports_only("Danh sách đã duyệt gửi về Hội xã trước ngày 12/12/2023.")


def test_a_chat_names_a_person_after_a_short_kinship_word() -> None:
    text = (
        "[08:10 04/3/2024] Lê Văn Sơn - PCT: Anh em lưu ý mấy việc sau\n"
        "[08:12 04/3/2024] Lê Văn Sơn - PCT: c Loan kiểm tra lại danh sách hộ cận nghèo thôn Đồng Bến, báo cáo trước thứ 6\n"
        "[08:13 04/3/2024] Phạm Thị Loan: Dạ em nhận ạ\n"
    )
    contents = [c for c, _ in _tasks(text, date(2024, 3, 4))]
    assert any("kiểm tra lại danh sách hộ cận nghèo" in c for c in contents), contents
