"""General rules of extraction round 7 for letters (công văn, đôn đốc): a named person with a post, requests inside
one item, bodies listed line by line and pointed back to, clauses after ";" that only send or forbid, cited
requests that are already overdue, and the signature formula opening a sentence of the body."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.actions import _BARE_WORK_END
from conclusions.addressees import split_units
from conclusions.deadlines import is_deadline_sentence
from conclusions.lexicon import verb_at
from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> tuple[str, list[str], date | None]:
    return next(t for t in tasks if words in t[0])


@pytest.mark.parametrize(
    ("phrase", "units"),
    [
        ("đồng chí Lê Văn Tám, Phó Chủ tịch UBND thị trấn", ["đồng chí Lê Văn Tám, Phó Chủ tịch UBND thị trấn"]),
        ("đồng chí Hà Thị Năm, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức",
         ["đồng chí Hà Thị Năm, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức"]),
        ("Phòng Nội vụ, Chủ tịch UBND các xã", ["Phòng Nội vụ", "Chủ tịch UBND các xã"]),
        ("Hội Cựu chiến binh xã Yên Mỹ, xã Yên Hòa", ["Hội Cựu chiến binh xã Yên Mỹ, xã Yên Hòa"]),
    ],
)
def test_a_named_person_keeps_the_post_after_the_name(phrase: str, units: list[str]) -> None:
    assert split_units(phrase) == units


def test_the_same_level_is_no_second_partner() -> None:
    assert split_units("Phòng Y tế cùng cấp") == ["Phòng Y tế cùng cấp"]


@pytest.mark.parametrize("phrase", ["thương lượng với chủ doanh nghiệp", "sử dụng quỹ xã hội", "thu quỹ đoàn phí năm nay"])
def test_verbs_of_a_union_letter(phrase: str) -> None:
    assert verb_at(phrase, 0) > 0


LETTER = (
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÔNG MÃ\n"
    "Số: 12/LĐLĐ\n"
    "Sông Mã, ngày 02 tháng 3 năm 2024\n\n"
    "Kính gửi: Ban Chấp hành các công đoàn cơ sở.\n\n"
    "Ban Thường vụ Liên đoàn Lao động huyện đề nghị Ban Chấp hành các công đoàn cơ sở thực hiện các nội dung sau:\n\n"
    "1. Chủ động nắm bắt tình hình việc làm của đoàn viên; đề nghị chủ doanh nghiệp trả đủ lương tháng 2 cho người lao động.\n\n"
    "2. Rà soát danh sách đoàn viên mất việc làm; gửi về Liên đoàn Lao động huyện trước ngày 20/3/2024.\n\n"
    "3. Tuyên truyền người lao động giữ gìn an toàn giao thông; tuyệt đối không uống rượu bia khi lái xe, không chở quá số người.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VT.\n"
)


def test_a_request_inside_one_item_does_not_pass_to_the_next_items() -> None:
    tasks = summaries(LETTER)
    assert _find(tasks, "Rà soát danh sách")[1] == ["lien_doan_lao_dong"]
    assert _find(tasks, "Tuyên truyền người lao động")[1] == ["lien_doan_lao_dong"]


def test_a_clause_that_only_sends_dates_the_one_before() -> None:
    tasks = summaries(LETTER)
    assert _find(tasks, "Rà soát danh sách")[2] == date(2024, 3, 20)
    assert not [t for t in tasks if t[0].startswith("gửi về")]


def test_what_must_not_be_done_belongs_to_the_message_before() -> None:
    tasks = summaries(LETTER)
    assert not [t for t in tasks if t[0].startswith("tuyệt đối không")]
    assert "không uống rượu bia" in _find(tasks, "Tuyên truyền người lao động")[0]


REMINDER = (
    "UBND HUYỆN ĐỒNG XUÂN\n"
    "VĂN PHÒNG HĐND VÀ UBND\n"
    "Số: 90/VP\n"
    "Đồng Xuân, ngày 10 tháng 4 năm 2023\n\n"
    "Kính gửi: Các cơ quan, đơn vị có tên dưới đây.\n\n"
    "Ngày 15/3/2023, UBND huyện ban hành Công văn số 410/UBND về việc báo cáo quý I, trong đó yêu cầu các cơ quan, "
    "đơn vị gửi báo cáo về UBND huyện trước ngày 05/4/2023.\n\n"
    "Thừa lệnh Chủ tịch UBND huyện, Văn phòng HĐND và UBND huyện đôn đốc như sau:\n\n"
    "1. Các đơn vị chưa gửi báo cáo quý I, gồm:\n"
    "+ Phòng Giáo dục và Đào tạo;\n"
    "+ Ban Quản lý dự án đầu tư xây dựng huyện;\n"
    "+ Phòng Y tế: 04 nhiệm vụ.\n"
    "Đề nghị Thủ trưởng các đơn vị trên khẩn trương gửi báo cáo trước ngày 14/4/2023.\n\n"
    "Riêng Phòng Nội vụ đã gửi báo cáo nhưng còn thiếu phụ lục, đề nghị bổ sung trước ngày 12/4/2023.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VT.\n"
)


def test_the_on_behalf_formula_opening_a_sentence_is_body_not_signature() -> None:
    tasks = summaries(REMINDER)
    assert _find(tasks, "khẩn trương gửi báo cáo")[2] == date(2023, 4, 14)


def test_the_bodies_listed_line_by_line_are_those_pointed_back_to() -> None:
    units = _find(summaries(REMINDER), "khẩn trương gửi báo cáo")[1]
    assert units == ["name:Phòng Giáo dục và Đào tạo", "name:Ban Quản lý dự án đầu tư xây dựng huyện", "name:Phòng Y tế"]


def test_a_count_under_a_body_is_no_task() -> None:
    assert not [t for t in summaries(REMINDER) if t[0].startswith("04 nhiệm vụ")]


def test_the_body_singled_out_is_the_one_asked() -> None:
    assert _find(summaries(REMINDER), "bổ sung")[1] == ["name:Phòng Nội vụ"]


def test_a_request_quoted_from_a_cited_document_and_overdue_is_no_task() -> None:
    assert not [t for t in summaries(REMINDER) if "trước ngày 05/4/2023" in t[0]]


def test_two_kinds_of_work_share_the_object_after_them() -> None:
    assert _BARE_WORK_END.search("Báo cáo kết quả công tác quản lý")
    assert not _BARE_WORK_END.search("Báo cáo kết quả kiểm tra các xã")


def test_a_lunar_gloss_leaves_a_deadline_sentence_alone() -> None:
    assert is_deadline_sentence("hoàn thành trước ngày 04/02/2024 (tức ngày 25 tháng Chạp).", date(2024, 1, 10))
