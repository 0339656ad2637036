"""General rules of extraction round 7 for plans (kế hoạch) and their task tables, each on text written for the
test: rows the .docx reader wrote out with "Chủ trì:" cells, headings that name the asked bodies, a plan's own
sentences, and the deadline cells of a table."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.actions import _comma_parts
from conclusions.lexicon import verb_at
from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> tuple[str, list[str], date | None]:
    found = [t for t in tasks if words.lower() in t[0].lower()]
    assert len(found) == 1, (words, tasks)
    return found[0]


_HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN HÒA SƠN\n\nHòa Sơn, ngày 02 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh mùa hè năm 2024\n\n"


def test_rows_written_out_with_labelled_cells_are_read_by_their_labels() -> None:
    text = _HEAD + (
        "Thực hiện chỉ đạo của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:\n\n"
        "II. NỘI DUNG\n\n"
        "Các đợt kiểm tra cụ thể như sau:\n\n"
        "1. Lấy mẫu nước sinh hoạt tại các trạm cấp nước | Chủ trì: Đội kiểm tra số 3 | Thời hạn: Từ 10/4 đến 20/4/2024\n\n"
        "2. Tổng hợp kết quả kiểm tra các bếp ăn | Chủ trì: Phòng Y tế | Phối hợp: Trạm thú y | Thời hạn: Trước 30/4/2024\n"
    )
    tasks = summaries(text, date(2024, 3, 2))
    assert _find(tasks, "Lấy mẫu nước")[1:] == (["name:Đội kiểm tra số 3"], date(2024, 4, 20))
    assert _find(tasks, "Tổng hợp kết quả kiểm tra")[1:] == (["name:Phòng Y tế"], date(2024, 4, 30))
    assert not [t for t in tasks if t[0].startswith("Chủ trì")]


def test_a_table_under_a_lead_in_is_read_by_its_columns_not_run_together() -> None:
    text = _HEAD + (
        "UBND huyện xây dựng Kế hoạch như sau:\n\n"
        "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
        "1 | Phun hóa chất diệt muỗi tại các thôn | Trung tâm Y tế huyện | UBND các xã | Trước 15/5/2024\n"
        "2 | Tuyên truyền phòng bệnh trên loa truyền thanh | Phòng Văn hóa và Thông tin | Các xã | Thường xuyên, cao điểm từ 01/5 đến 30/6/2024\n"
        "3 | Tổ chức Lễ ra quân diệt bọ gậy | Phòng Y tế | Huyện đoàn | Mùng 10 tháng Tư (17/5/2024)\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Y tế có trách nhiệm theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.\n"
    )
    tasks = summaries(text, date(2024, 3, 2))
    assert _find(tasks, "Phun hóa chất")[1:] == (["name:Trung tâm Y tế huyện"], date(2024, 5, 15))
    assert _find(tasks, "Tuyên truyền phòng bệnh")[1:] == (["name:Phòng Văn hóa và Thông tin"], None)  # ongoing
    assert _find(tasks, "Lễ ra quân")[2] == date(2024, 5, 17)  # the date the cell gives in passing
    assert not [t for t in tasks if "|" in t[0]]


def test_headings_naming_the_asked_bodies_head_their_items() -> None:
    text = _HEAD + (
        "Để chủ động phòng, chống dịch bệnh, UBND huyện ban hành Kế hoạch như sau:\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Phòng Y tế (cơ quan thường trực của Ban Chỉ đạo phòng, chống dịch bệnh ở người huyện Hòa Sơn):\n\n"
        "- Tham mưu thành lập các tổ giám sát dịch bệnh tại các xã.\n\n"
        "2. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Nông dân huyện:\n\n"
        "- Vận động hội viên vệ sinh chuồng trại, phát quang bụi rậm.\n\n"
        "3. Đề nghị Báo Hòa Sơn, Đài Truyền thanh huyện\n\n"
        "Mở chuyên trang phòng, chống dịch bệnh mùa hè năm 2024.\n"
    )
    tasks = summaries(text, date(2024, 3, 2))
    assert _find(tasks, "Tham mưu thành lập")[1] == ["name:Phòng Y tế"]
    assert sorted(_find(tasks, "Vận động hội viên")[1]) == ["mttq", "nong_dan"]
    assert _find(tasks, "Mở chuyên trang")[1] == ["name:Báo Hòa Sơn", "name:Đài Truyền thanh huyện"]
    assert not [t for t in tasks if t[0].startswith("Đề nghị")]


def test_bodies_given_the_work_before_and_a_basis_opening_the_item() -> None:
    text = _HEAD + (
        "Để chủ động phòng, chống dịch bệnh, UBND huyện ban hành Kế hoạch như sau:\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Phòng Tài nguyên và Môi trường\n\n"
        "- Căn cứ Kế hoạch này, xây dựng kế hoạch phòng, chống dịch của địa phương trước ngày 20/3/2024.\n\n"
        "2. Các cơ quan được giao chủ trì tại mục II báo cáo tiến độ về Phòng Y tế vào thứ Hai hằng tuần.\n"
    )
    tasks = summaries(text, date(2024, 3, 2))
    assert _find(tasks, "xây dựng kế hoạch phòng")[1:] == (["name:Phòng Tài nguyên và Môi trường"], date(2024, 3, 20))
    assert _find(tasks, "báo cáo tiến độ")[1] == ["name:Các cơ quan"]


def test_a_plans_own_sentences_under_topic_headings_are_tasks() -> None:
    text = (
        "HỘI NÔNG DÂN HUYỆN MỸ LỘC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HỘI NÔNG DÂN XÃ MỸ TÂN                   Độc lập - Tự do - Hạnh phúc\n"
        "Mỹ Tân, ngày 05 tháng 9 năm 2023\n\n"
        "KẾ HOẠCH\nTổ chức Ngày hội nông dân năm 2023\n\n"
        "Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau:\n\n"
        "II. NỘI DUNG HOẠT ĐỘNG\n"
        "1. Hội thi\n"
        "Các chi hội thôn thành lập đội tham gia hội thi kiến thức nhà nông.\n"
        "2. Thăm hỏi hội viên\n"
        "Thăm, tặng quà 10 hội viên cao tuổi có hoàn cảnh khó khăn; hoàn thành trước ngày 15/10/2023.\n"
    )
    tasks = summaries(text, date(2023, 9, 5))
    assert _find(tasks, "thành lập đội")[1] == ["name:Các chi hội thôn"]
    assert _find(tasks, "Thăm, tặng quà")[1:] == (["nong_dan"], date(2023, 10, 15))  # the letterhead body's own
    assert not [t for t in tasks if t[0] in ("Hội thi", "Thăm hỏi hội viên")]  # headings


def test_a_mass_organisations_letter_to_its_own_lower_levels_asks_them() -> None:
    text = (
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM\nSố: 41/HPN-VP\nHà Nam, ngày 03 tháng 4 năm 2024\n\n"
        "Kính gửi: Ban Thường vụ Hội LHPN các huyện, thành phố.\n\n"
        "Ban Thường vụ Hội LHPN tỉnh đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
        "1. Rà soát danh sách hội viên nghèo cần hỗ trợ sinh kế, hoàn thành trong tháng 5/2024.\n"
    )
    assert _find(summaries(text, date(2024, 4, 3)), "Rà soát danh sách")[1] == ["phu_nu"]


@pytest.mark.parametrize(
    ("clause", "parts"),
    [
        ("xây dựng phương án sẵn sàng điều tra, cấp cứu, xử lý các ca bệnh nặng", 1),  # verbs sharing one object
        ("chỉ đạo lực lượng công an phối hợp phát hiện, xử lý các vụ vi phạm", 1),
        ("phối hợp đưa tin, tuyên truyền các hoạt động của Tháng hành động", 1),
        ("tổ chức ngày hội hiến máu tình nguyện, phấn đấu tiếp nhận 200 đơn vị máu", 1),  # the target of the action
    ],
)
def test_commas_that_join_verbs_of_one_object_or_a_target(clause: str, parts: int) -> None:
    assert len(_comma_parts(clause, 0)) == parts


@pytest.mark.parametrize("verb", ["lấy mẫu", "cấp cứu", "phát hiện", "xây mới", "đưa tin"])
def test_field_work_verbs(verb: str) -> None:
    assert verb_at(verb + " các mẫu thực phẩm", 0) == len(verb)


def test_what_an_action_is_done_together_with_is_no_task_of_its_own() -> None:
    text = _HEAD + (
        "Để chủ động phòng, chống dịch bệnh, UBND huyện ban hành Kế hoạch như sau:\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. UBND các xã, thị trấn\n\n"
        "- Tổ chức ra quân tổng vệ sinh môi trường tại các thôn; lồng ghép với ngày Chủ nhật xanh của Đoàn Thanh niên.\n"
    )
    tasks = summaries(text, date(2024, 3, 2))
    assert not [t for t in tasks if t[0].startswith("lồng ghép")]
