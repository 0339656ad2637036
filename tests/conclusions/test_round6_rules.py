"""General rules of extraction round 6 (issue 10), each on text written for the test: chat-style item marks,
"đ/c" addressees, and deadline words whose date only the time grammar reads (weekday, hour or lunar day
between the word and the date)."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.deadlines import task_deadline
from conclusions.layout import ITEM_MARK
from tests.conclusions.helpers import summaries


@pytest.mark.parametrize("line", ["1/ Nộp báo cáo", "-> các chi bộ nộp", "=> Tổ dân phố rà soát", "→ gửi về", "● Lập danh sách",
                                  "2) Hội Nông dân", "III. Nhiệm vụ", "b) Đoàn Thanh niên"])
def test_item_marks_of_chat_and_scanned_letters(line: str) -> None:
    assert ITEM_MARK.match(line)


@pytest.mark.parametrize("line", ["15/3 hoàn thành", "25/12/2025 họp", "Hội Nông dân xã"])
def test_a_date_or_a_name_opens_no_item(line: str) -> None:
    assert not ITEM_MARK.match(line)


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("nộp chậm nhất 17h thứ 6 ngày 5/12 nhé", date(2025, 12, 5)),
        ("bổ sung gấp trước thứ 4 (3/12)", date(2025, 12, 3)),
        ("trả lời bằng văn bản trước rằm tháng Giêng", date(2026, 3, 3)),
        ("hoàn thành trước ngày 23 tháng Chạp", date(2026, 2, 10)),
        ("báo cáo trước 16h30 ngày 12/12/2025", date(2025, 12, 12)),
    ],
)
def test_deadline_words_with_a_weekday_hour_or_lunar_day(phrase: str, due: date) -> None:
    deadline, _ = task_deadline(phrase, date(2025, 12, 1))
    assert deadline is not None and deadline.due == due, deadline


@pytest.mark.parametrize("phrase", ["trước mắt, tập trung chỉ đạo 3 xã điểm", "trước khi tổ chức đại hội chi bộ",
                                    "làm việc trước Ban Thường vụ vào sáng thứ 2"])
def test_deadline_words_that_state_no_date(phrase: str) -> None:
    deadline, _ = task_deadline(phrase, date(2025, 12, 1))
    assert deadline is None or deadline.due is None, deadline


def test_a_chat_reminder_with_numbered_lines_and_no_full_stops() -> None:
    text = (
        "Nhóm Zalo BCH Đảng bộ xã Tân Hòa\n"
        "Kính gửi các đ/c Bí thư chi bộ,\n"
        "VP Đảng ủy nhắc mấy việc còn chậm ạ:\n\n"
        "1/ Báo cáo sơ kết công tác dân vận quý IV\n"
        "-> các chi bộ gửi bản mềm qua mail VP\n"
        "chậm nhất 17h thứ 6 ngày 12/12 nha\n\n"
        "2/ Nhờ các đ/c BT chi bộ thôn\n"
        "rà soát danh sách đảng viên cao tuổi\n"
        "trước 15/12\n"
    )
    tasks = summaries(text, date(2025, 12, 8))
    assert len(tasks) == 2, tasks
    (send, send_units, send_due), (review, review_units, review_due) = tasks
    assert "gửi bản mềm" in send and send_units == ["name:các chi bộ"] and send_due == date(2025, 12, 12)
    assert "rà soát danh sách" in review and review_units == ["name:các đ/c BT chi bộ thôn"]
    assert review_due == date(2025, 12, 15)


NUMBERED_NOTICE = (
    "HUYỆN ỦY TÂN LẠC\nSố 45-TB/HU\nTân Lạc, ngày 12 tháng 3 năm 2019\nTHÔNG BÁO\n"
    "Kết luận của Ban Thường vụ Huyện ủy tại hội nghị giao ban tháng 3/2019\n\n"
    "Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:\n"
    "1. Về kinh tế - xã hội\n"
    "UBND huyện chỉ đạo Phòng Nông nghiệp và PTNT hướng dẫn nhân dân phòng chống dịch tả lợn châu Phi. Trong đó:\n"
    "- Phòng Tài chính - Kế hoạch bố trí kinh phí mua hóa chất khử trùng;\n"
    "- UBND các xã, thị trấn lập chốt kiểm dịch tại các đầu mối giao thông.\n"
    "2. Về công tác dân vận\n"
    "Đề nghị Ủy ban MTTQ và các đoàn thể huyện tiếp tục tuyên truyền, vận động hội viên tham gia xây dựng nông thôn mới.\n"
    "Năm 2018, Hội Nông dân huyện đã tổ chức 12 lớp tập huấn cho 1.200 hội viên.\n"
    "Thời gian tới, Huyện đoàn phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức ngày hội thanh niên trong tháng 4/2019.\n"
    "Thông báo để các đồng chí biết, thực hiện.\n"
)


def test_details_after_trong_do_are_tasks_of_the_bodies_they_name() -> None:
    tasks = summaries(NUMBERED_NOTICE)
    by_start = {content[:12]: units for content, units, _due in tasks}
    assert by_start["Phòng Tài ch"] == ["name:Phòng Tài chính - Kế hoạch"], tasks
    assert by_start["UBND các xã,"] == ["name:UBND các xã, thị trấn"], tasks


def test_in_a_numbered_notice_a_past_report_is_no_task_and_a_named_body_keeps_its_clause() -> None:
    tasks = summaries(NUMBERED_NOTICE)
    assert not [t for t in tasks if "đã tổ chức 12 lớp" in t[0]], tasks
    youth = [t for t in tasks if "ngày hội thanh niên" in t[0]]
    assert len(youth) == 1 and youth[0][1] == ["doan_thanh_nien"] and youth[0][2] == date(2019, 4, 30), tasks


def test_a_flattened_task_table_is_read_by_its_header() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 210/UBND-KT\nAn Giang, ngày 02 tháng 8 năm 2021\n"
        "Kính gửi: Các sở, ngành tỉnh.\n\nUBND tỉnh đề nghị các cơ quan hoàn thành các nhiệm vụ còn chậm dưới đây:\n"
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn ban đầu | Đề nghị hoàn thành\n"
        "(1) | (2) | (3) | (4) | (5) | (6)\n"
        "1 | Xây dựng đề án phát triển chợ nông thôn | Sở Công Thương | Sở Tài chính | 30/6/2021 | Quý IV/2021\n"
        "2 | Trình phương án giá nước sạch | Sở Tài chính | | 31/5/2021 | Trước 15/9/2021\n"
    )
    tasks = summaries(text)
    rows = {content[:12]: (units, due) for content, units, due in tasks}
    assert rows["Xây dựng đề "] == (["name:Sở Công Thương"], date(2021, 12, 31)), tasks
    assert rows["Trình phương"] == (["name:Sở Tài chính"], date(2021, 9, 15)), tasks
    assert not [t for t in tasks if "Nội dung" in t[0] or t[0].startswith("(")], tasks


def test_an_appendix_after_the_signature_is_read() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSố: 99/UBND-VX\nLâm Đồng, ngày 09 tháng 3 năm 2026\n"
        "Kính gửi: UBND các xã, phường.\n\nĐề nghị UBND các xã, phường thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Bình\n\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
        "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành\n"
        "1\tRà soát trang thiết bị của trạm y tế\tUBND các xã, phường\tTrước ngày 25/3/2026\n"
    )
    tasks = summaries(text)
    assert any(c.startswith("Rà soát trang thiết bị") and u == ["name:UBND các xã, phường"] and d == date(2026, 3, 25)
               for c, u, d in tasks), tasks


def test_word_automatic_numbering_is_read_as_items(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("ỦY BAN MTTQ VIỆT NAM XÃ THANH LÂM")
    document.add_paragraph("Thanh Lâm, ngày 12 tháng 01 năm 2026")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Ban Thường trực đề nghị các tổ chức thành viên thực hiện tốt các nội dung sau:")
    document.add_paragraph("Hội Nông dân xã", style="List Number")
    document.add_paragraph("Vận động hội viên đăng ký xây dựng vườn mẫu.", style="List Bullet")
    document.add_paragraph("Đoàn Thanh niên xã", style="List Number")
    document.add_paragraph("Ra quân dọn vệ sinh đường làng trước ngày 10/02/2026.", style="List Bullet")
    path = tmp_path / "ke_hoach.docx"
    document.save(str(path))
    draft = extract(path)
    got = [(t.content[:9], [u.key for u in t.units], t.deadline.due) for t in draft.tasks]
    assert ("Vận động ", ["nong_dan"], None) in got, got
    assert ("Ra quân d", ["doan_thanh_nien"], date(2026, 2, 10)) in got, got


def test_numbered_headings_that_only_name_bodies_head_their_items() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 512/UBND-TH\nHà Nam, ngày 04 tháng 7 năm 2022\n"
        "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\n\n"
        "Để đẩy nhanh giải ngân vốn đầu tư công, Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Các sở, ban, ngành tỉnh; UBND các huyện, thành phố\n\n"
        "a) Rà soát danh mục dự án chậm giải ngân, gửi Sở Tài chính trước ngày 20/7/2022.\n\n"
        "2. Sở Tài chính\n\n"
        "a) Hướng dẫn chủ đầu tư thủ tục thanh toán vốn.\n\n"
        "b) Tổng hợp tình hình giải ngân, báo cáo UBND tỉnh trước ngày 31/7/2022.\n\n"
        "3. Sở Xây dựng\n\nKiểm tra chất lượng các công trình trọng điểm.\n"
    )
    units = {content[:12]: u for content, u, _ in summaries(text)}
    assert units["Rà soát danh"] == ["name:Các sở, ban, ngành tỉnh", "name:UBND các huyện, thành phố"], units
    assert units["Hướng dẫn ch"] == ["name:Sở Tài chính"] and units["Tổng hợp tìn"] == ["name:Sở Tài chính"], units
    assert units["Kiểm tra chấ"] == ["name:Sở Xây dựng"], units


def test_a_chat_export_with_sender_lines_and_abbreviated_bodies() -> None:
    text = (
        "[07:40, 10/06/2026] Lê Thu Hà - VP UBND xã: Em gửi ý kiến chỉ đạo của đ/c Chủ tịch xã ạ\n"
        "Chỉ đạo cụ thể:\n"
        "- HND hướng dẫn hội viên gia cố bờ bao ao nuôi trong tháng 6\n"
        "- CCB phối hợp Công an xã kiểm tra các điểm đổ rác trộm\n"
        "- ĐTN xã ra quân dọn kênh Ba Xã, hoàn thành trước 20/6\n"
        "[07:45, 10/06/2026] Trần Văn Nam - Thôn 2: Dạ em nhận ạ 👍\n"
    )
    draft = extract(text)
    assert draft.document.issued_on == date(2026, 6, 10)
    got = {t.content[:10]: ([u.key for u in t.units], t.deadline.due) for t in draft.tasks}
    assert got["HND hướng "] == (["nong_dan"], date(2026, 6, 30)), got
    assert got["CCB phối h"][0] == ["cuu_chien_binh"], got
    assert got["ĐTN xã ra "] == (["doan_thanh_nien"], date(2026, 6, 20)), got
    assert not [c for c in got if c.startswith(("Dạ em", "Trần Văn"))], got


def test_a_schedule_keeps_dated_work_of_named_bodies_and_drops_events_and_phases() -> None:
    text = (
        "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY\nTuyên Quang, ngày 24 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Tuyên truyền cuộc bầu cử năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nTạo đồng thuận trong Nhân dân.\n\n"
        "II. CÁC MỐC THỜI GIAN CHÍNH\n"
        "- Giai đoạn 1 (từ ngày 01/12/2025 đến ngày 15/02/2026): tuyên truyền rộng rãi về ý nghĩa cuộc bầu cử.\n"
        "- Ngày 06/01/2026: Lễ kỷ niệm Ngày Tổng tuyển cử đầu tiên.\n"
        "- Trước ngày 10/02/2026: UBND các xã, phường hoàn thành trang trí cổ động trực quan.\n"
    )
    tasks = summaries(text)
    dated = [(u, d) for c, u, d in tasks if "trang trí" in c]
    assert dated == [(["name:UBND các xã, phường"], date(2026, 2, 10))], tasks
    assert not [c for c, _, _ in tasks if "Giai đoạn" in c or "Lễ kỷ niệm" in c], tasks
    assert not [u for _, u, _ in tasks if u == ["name:CÁC MỐC THỜI GIAN CHÍNH"]], tasks


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Thường vụ Huyện ủy ghi nhận, biểu dương sự cố gắng của các xã.",
        "Lễ giao nhận quân của xã dự kiến tổ chức vào ngày 04/3/2026.",
        "Kinh phí thực hiện Kế hoạch từ nguồn Quỹ Vì người nghèo xã.",
        "Người đứng đầu cơ quan chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm giải ngân.",
        "Văn phòng Đảng ủy xã trân trọng đề nghị Bí thư các chi bộ quan tâm, thực hiện.",
    ],
)
def test_praise_announced_events_funding_accountability_and_closings_are_no_tasks(sentence: str) -> None:
    text = ("ĐẢNG ỦY XÃ TÂN HÒA\nTân Hòa, ngày 05 tháng 02 năm 2026\nTHÔNG BÁO\n\nBan Thường vụ kết luận như sau:\n"
            "1. Hội Nông dân xã tổ chức tập huấn kỹ thuật cho hội viên trong tháng 3/2026.\n2. " + sentence + "\n")
    contents = [c for c, _, _ in summaries(text)]
    assert contents and contents[0].startswith("Hội Nông dân xã tổ chức tập huấn"), contents
    assert len(contents) == 1, contents


def test_chat_shorthand_for_bodies_and_branches_under_a_label() -> None:
    text = (
        "[08:02, 03/06/2026] Trần Minh Hiếu - VP UBND P.: Chỉ đạo cụ thể:\n"
        "- KP1, KP2 lập ds các hộ ở khu trũng thấp trước 10/6\n"
        "- P.KT-HT&ĐT chủ trì khơi thông 06 điểm cống, xong trước 20/6\n"
        "- HPN: mỗi chi hội xây dựng 01 mô hình phân loại rác tại nguồn trong tháng 6\n"
    )
    got = {t.content[:12]: ([u.key or u.name for u in t.units], t.deadline.due) for t in extract(text).tasks}
    assert got["KP1, KP2 lập"] == (["KP1, KP2"], date(2026, 6, 10)), got
    assert got["P.KT-HT&ĐT c"] == (["P.KT-HT&ĐT"], date(2026, 6, 20)), got
    assert got["mỗi chi hội "] == (["phu_nu"], date(2026, 6, 30)), got


def test_a_chat_reminder_without_a_colon_lists_its_tasks() -> None:
    text = (
        "📢 VĂN PHÒNG ĐẢNG ỦY XÃ NHẮC VIỆC (ngày 02/12/2025)\n"
        "Kính gửi các đ/c Bí thư chi bộ trực thuộc 🙏\n"
        "VP xin nhắc một số việc cuối năm để các chi bộ chủ động nha ạ ❤️\n\n"
        "+ Các chi bộ nộp bản kiểm điểm tập thể chi ủy năm 2025 về VP trước ngày 10/12 nha 📝\n"
        "+ Cập nhật thông tin đảng viên mới chuyển sinh hoạt đến lên phần mềm Sổ tay đảng viên 📱\n"
    )
    got = [(t.content[:20], t.deadline.due) for t in extract(text).tasks]
    assert ("Các chi bộ nộp bản k", date(2025, 12, 10)) in got, got
    assert any(c.startswith("Cập nhật thông tin") for c, _ in got), got


def test_a_plan_of_its_own_is_read_under_its_duties_heading_for_the_letterhead_body() -> None:
    text = (
        "HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB XÃ AN PHÚ\nSố: 01/KH-CCB\nAn Phú, ngày 08 tháng 01 năm 2024\n\n"
        "KẾ HOẠCH\nCông tác Hội năm 2024\n\nI. KẾT QUẢ NĂM 2023\nNăm 2023, Hội kết nạp 18 hội viên.\n\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Công tác xây dựng tổ chức Hội\n"
        "- Phấn đấu trong 6 tháng đầu năm kết nạp ít nhất 10 hội viên mới.\n"
        "- Sơ kết công tác Hội 6 tháng đầu năm trong tháng 7/2024.\n"
    )
    got = {t.content[:12]: ([u.key for u in t.units], t.deadline.due) for t in extract(text).tasks}
    assert got.get("Sơ kết công ") == (["cuu_chien_binh"], date(2024, 7, 31)), got
    assert not [c for c in got if c.startswith("Công tác xây")], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn huyện có thêm 02 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 05/23 xã.",
        "Tính đến ngày 13/6/2019, bệnh đã xuất hiện tại 87 hộ chăn nuôi của 09 xã.",
        "Nguyên nhân chủ yếu do một số hộ chưa thực hiện các biện pháp an toàn sinh học.",
    ],
)
def test_findings_and_figures_in_a_numbered_notice_are_no_tasks(sentence: str) -> None:
    text = ("HUYỆN ỦY TÂN YÊN\nTân Yên, ngày 12 tháng 3 năm 2018\nTHÔNG BÁO KẾT LUẬN\n\n"
            "Thường trực Huyện ủy kết luận như sau:\n1. " + sentence + "\n"
            "2. UBND huyện chỉ đạo rà soát quy hoạch chung của các xã, hoàn thành trong quý II/2018.\n")
    contents = [c for c, _, _ in summaries(text)]
    assert len(contents) == 1 and contents[0].startswith("UBND huyện chỉ đạo"), contents


def test_a_reports_next_tasks_are_the_reporting_bodys_own() -> None:
    text = (
        "HỘI LHPN TỈNH ĐẮK LẮK\nHỘI LHPN HUYỆN KRÔNG PẮC\nSố: 41/BC-HPN\nKrông Pắc, ngày 20 tháng 6 năm 2016\n\n"
        "BÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2016\n\nI. KẾT QUẢ\nHội đã kết nạp 210 hội viên mới.\n\n"
        "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2016\n"
        "1. Tổ chức Hội thi \"Phụ nữ với pháp luật\" cấp huyện trong quý III/2016.\n\nIII. ĐỀ XUẤT, KIẾN NGHỊ\n"
    )
    got = [([u.key for u in t.units], t.deadline.due) for t in extract(text).tasks]
    assert got == [(["phu_nu"], date(2016, 9, 30))], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Chợ Tết Công đoàn năm 2026: từ ngày 07 đến ngày 08/02/2026 tại Nhà văn hóa công nhân.",
        "Lễ công bố Đề án dự kiến tổ chức cùng Tuần Văn hóa - Du lịch tỉnh vào ngày 19/5/2026.",
        "Đề án được xây dựng công phu, bám sát Nghị quyết Đại hội Đảng bộ tỉnh.",
        "Các chi bộ không hoàn thành đúng thời hạn sẽ bị xem xét khi đánh giá, xếp loại cuối năm.",
        "Các chi hội căn cứ Kế hoạch này triển khai thực hiện.",
        "Bí thư Tỉnh ủy yêu cầu.",
        "PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH",
    ],
)
def test_events_appraisals_consequences_and_titles_are_no_tasks(sentence: str) -> None:
    text = ("ĐẢNG ỦY XÃ TÂN HÒA\nTân Hòa, ngày 05 tháng 01 năm 2026\nTHÔNG BÁO\n\nBan Thường vụ kết luận như sau:\n"
            "1. Hội Nông dân xã tổ chức tập huấn kỹ thuật cho hội viên trong tháng 3/2026.\n2. " + sentence + "\n")
    contents = [c for c, _, _ in summaries(text)]
    assert len(contents) == 1 and contents[0].startswith("Hội Nông dân xã tổ chức tập huấn"), contents


def test_how_often_opening_an_item_keeps_the_item_and_its_recurrence() -> None:
    text = ("HỘI NÔNG DÂN HUYỆN YÊN LẠC\nYên Lạc, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nPhong trào nông dân thi đua năm 2022\n\n"
            "Năm 2021, toàn huyện có 1.250 hộ đạt danh hiệu sản xuất, kinh doanh giỏi.\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Hội Nông dân các xã, thị trấn\n"
            "- Xây dựng kế hoạch thực hiện phong trào ở cơ sở, gửi về Hội Nông dân huyện hồ sơ đề nghị khen thưởng.\n"
            "- Định kỳ hằng quý báo cáo kết quả thực hiện phong trào về Hội Nông dân huyện.\n")
    got = [(t.content[:18], t.deadline.recurrence) for t in extract(text).tasks]
    assert ("báo cáo kết quả th", "quarterly") in got or ("Định kỳ hằng quý b", "quarterly") in got, got
    assert not [c for c, _ in got if c.startswith("khen thưởng")], got


@pytest.mark.parametrize(
    "line",
    [
        "Dạ em nhận ạ 😁 năm ngoái ĐTN cũng làm sân khấu rồi nên chắc ổn ạ",
        "Bên HND làm xong danh sách hội viên nghèo từ tuần trước rồi 👍",
        "Giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm của năm 2025.",
    ],
)
def test_chat_replies_and_statements_of_importance_are_no_tasks(line: str) -> None:
    text = ("ỦY BAN MTTQ VIỆT NAM PHƯỜNG AN BÌNH\nAn Bình, ngày 12 tháng 11 năm 2025\n"
            "Ban Thường trực đề nghị:\n- Hội Nông dân phường gửi danh sách hộ nghèo trước ngày 14/11/2025.\n- " + line + "\n")
    contents = [c for c, _, _ in summaries(text)]
    assert len(contents) == 1 and "gửi danh sách hộ nghèo" in contents[0], contents


def test_a_thi_uy_numbering_its_notices_tu_is_a_district_level_committee() -> None:
    from conclusions.units import detect_level

    assert detect_level("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nTHỊ ỦY AN NHƠN\n*\nSố 215-TB/TU\nAn Nhơn, ngày 14 tháng 8 năm 2019") == "huyen"
    assert detect_level("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nTỈNH ỦY\n*\nSố 215-TB/TU\nQuy Nhơn, ngày 14 tháng 8 năm 2019") == "tinh"
