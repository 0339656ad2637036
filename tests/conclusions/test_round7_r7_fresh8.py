"""General rules of extraction round 7 (fresh8), each on text written for the test: a task table annexed after
the signature of a notice, its section rows and wrapped cells, "Thứ nhất, …" points under a request, a chat
that goes on after a document pasted into it, and the chat spelling "trc" of "trước"."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.deadlines import task_deadline
from conclusions.layout import ITEM_MARK
from tests.conclusions.helpers import summaries

_NOTICE = (
    "UBND HUYỆN TÂY SƠN\nVĂN PHÒNG\nTây Sơn, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n"
    "Chủ tịch UBND huyện kết luận như sau:\n\n"
    "1. Phòng Nội vụ rà soát biên chế các đơn vị sự nghiệp, báo cáo trước ngày 20/3/2024.\n\n"
    "2. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện.\n\n"
    "Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Văn Bình\n\n\n"
)


def test_a_task_table_annexed_after_the_signature_with_section_rows() -> None:
    text = _NOTICE + (
        "DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN\n(Kèm theo Thông báo số 12/TB-VP ngày 05/3/2024)\n\n"
        "STT\tNội dung nhiệm vụ\tThời hạn hoàn thành\n"
        "I\tPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\t\n"
        "1\tKiểm tra hiện trạng sử dụng đất của các hộ tại cụm công nghiệp\tTrước 25/3/2024\n"
        "II\tPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\t\n"
        "2\tLập phương án sửa chữa phòng học xuống cấp ở các trường tiểu học\tTrong tháng 4/2024\n"
    )
    tasks = summaries(text)
    rows = {c: (u, d) for c, u, d in tasks if c.startswith(("Kiểm tra hiện trạng", "Lập phương án"))}
    assert len(rows) == 2, tasks
    (units1, due1), (units2, due2) = rows.values()
    assert [u.lower() for u in units1] == ["name:phòng tài nguyên và môi trường"] and due1 == date(2024, 3, 25)
    assert [u.lower() for u in units2] == ["name:phòng giáo dục và đào tạo"] and due2 == date(2024, 4, 30)


def test_cells_wrapped_over_the_lines_under_their_row() -> None:
    text = _NOTICE + (
        "PHỤ LỤC PHÂN CÔNG THỰC HIỆN\n\n"
        "TT | Nội dung công việc              | Cơ quan        | Thời gian\n"
        "   |                                 | chủ trì        | hoàn thành\n"
        "1  | Tổ chức tập huấn nghiệp vụ cho  | Phòng Văn hóa  | Trước\n"
        "   | cán bộ văn hóa các xã            | và Thông tin   | 28/3/2024\n"
    )
    tasks = summaries(text)
    row = [(u, d) for c, u, d in tasks if c.startswith("Tổ chức tập huấn")]
    assert row == [(["name:Phòng Văn hóa và Thông tin"], date(2024, 3, 28))], tasks
    assert not any(c.strip().startswith(("chủ trì", "cán bộ văn hóa")) for c, _, _ in tasks), tasks


@pytest.mark.parametrize("line", ["Thứ nhất, tăng cường công tác tuyên truyền", "Thứ tư, làm tốt công tác"])
def test_ordinal_points_open_items(line: str) -> None:
    assert ITEM_MARK.match(line)


@pytest.mark.parametrize("line", ["Thứ hai, ngày 15/3/2024", "Thứ Hai, 15/3/2024"])
def test_a_weekday_opens_no_item(line: str) -> None:
    assert not ITEM_MARK.match(line)


def test_ordinal_points_after_a_request_without_a_colon() -> None:
    text = (
        "Chủ tịch tỉnh làm việc với huyện Đông Sơn\n\n"
        "Chiều 10/3, Chủ tịch UBND tỉnh làm việc với lãnh đạo huyện Đông Sơn về tình hình kinh tế - xã hội.\n\n"
        "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị UBND huyện Đông Sơn tập trung thực hiện một số nhiệm vụ trọng tâm.\n\n"
        "Thứ nhất, tập trung giải phóng mặt bằng các dự án giao thông, hoàn thành trong quý II/2024.\n\n"
        "Thứ hai, rà soát quy hoạch các khu dân cư mới trên địa bàn.\n"
    )
    tasks = summaries(text, date(2024, 3, 10))
    points = [(u, d) for c, u, d in tasks if c.startswith(("tập trung giải phóng", "rà soát quy hoạch"))]
    assert points == [(["name:UBND huyện Đông Sơn"], date(2024, 6, 30)), (["name:UBND huyện Đông Sơn"], None)], tasks


def test_a_chat_goes_on_after_a_pasted_document() -> None:
    text = (
        "Nhóm Zalo: ĐOÀN THỂ XÃ AN BÌNH\n\n"
        "[02/3/2024 08:00] Nguyễn Văn An - CT UBMTTQ xã:\n"
        "THÔNG BÁO\nBan Thường trực thống nhất nhiệm vụ tháng 3 như sau:\n"
        "1. Hội Nông dân xã: rà soát hộ nghèo có nhu cầu vay vốn, gửi danh sách trước ngày 10/3/2024.\n"
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Văn An\n"
        "[02/3/2024 09:15] Nguyễn Văn An - CT UBMTTQ xã: Kết luận họp Ban Thường trực sáng nay:\n"
        "1/ Hội LHPN xã nộp báo cáo sơ kết quý I trước ngày 25/3 nha.\n"
    )
    tasks = summaries(text)
    assert any("nộp báo cáo sơ kết quý I" in c and d == date(2024, 3, 25) for c, _, d in tasks), tasks


@pytest.mark.parametrize(("phrase", "due"), [("soạn kế hoạch, xong trc 25/3 nha", date(2024, 3, 25)),
                                             ("nộp báo cáo trc 5/4", date(2024, 4, 5))])
def test_trc_is_a_chat_spelling_of_truoc(phrase: str, due: date) -> None:
    deadline, _ = task_deadline(phrase, date(2024, 3, 1))
    assert deadline is not None and deadline.due == due, deadline
