"""General rules added after measuring the extractor on held-out documents (c15–c19)."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.catalog import standard_units
from conclusions.deadlines import is_ongoing, recurring_day_deadline, task_deadline
from conclusions.evaluate import evaluate
from conclusions.structure import build_tree, walk
from conclusions.units import UnitResolver, detect_level

REF = date(2024, 10, 7)


@pytest.mark.parametrize(
    ("phrase", "due", "strict"),
    [
        ("báo cáo trước 17 giờ ngày 20/10/2024", date(2024, 10, 20), True),
        ("gửi trước 16h00 ngày 15/11", date(2024, 11, 15), True),
        ("hoàn thành tới ngày 30/11/2024", date(2024, 11, 30), False),  # "tới" is "until", not "tối" (evening)
        ("hoàn thành trong 3 tháng đầu năm 2025", date(2025, 3, 31), False),
        ("thực hiện trong 3 tháng cuối năm 2024", date(2024, 12, 31), False),
        ("hoàn thành trong quý IV.2024", date(2024, 12, 31), False),
        ("xong trước ngày 6.11", date(2024, 11, 6), True),
        ("xong trước 30-11", date(2024, 11, 30), True),
    ],
)
def test_deadline_forms(phrase: str, due: date, strict: bool) -> None:
    found, _ = task_deadline(phrase, REF)
    assert found is not None and found.due == due and found.strict_before is strict


@pytest.mark.parametrize(
    "phrase",
    [
        "Tối ngày 20/10/2024, hội nghị diễn ra",  # a meeting time
        "Lễ hội đền ngày 10/11/2024",  # "đền" (temple) folds to "đến" (until)
        "trồng cây ngày 19/5/2025",  # "trồng" (plant) folds to "trong" (within)
        "nhiệm vụ trọng tâm quý IV",
    ],
)
def test_tone_folded_look_alikes_are_no_deadline(phrase: str) -> None:
    assert task_deadline(phrase, REF)[0] is None


def test_monthly_task_with_a_day_is_due_on_its_next_day() -> None:
    d = recurring_day_deadline("báo cáo hàng tháng, trước ngày 25", date(2025, 4, 14), "monthly")
    assert d and d.due == date(2025, 4, 25) and d.strict_before and d.recurrence == "monthly"
    assert recurring_day_deadline("Hàng tháng, trước ngày 20", date(2024, 11, 21), "monthly").due == date(2024, 12, 20)
    assert recurring_day_deadline("hàng tháng, trước ngày 31", date(2025, 2, 1), "monthly").due == date(2025, 2, 28)
    assert recurring_day_deadline("trước ngày 25", date(2025, 4, 14), None) is None


def test_ongoing_task_takes_no_section_period() -> None:
    assert is_ongoing("Hội Cựu chiến binh tỉnh chỉ đạo các cấp hội tham gia, thực hiện thường xuyên.")
    assert is_ongoing("Thường xuyên")
    assert not is_ongoing("Xây dựng kế hoạch, thường xuyên dự sinh hoạt với các chi hội")
    text = (
        "Số 12-TB/HU\nLộc Sơn, ngày 10 tháng 3 năm 2025\nBan Thường vụ Huyện ủy kết luận như sau:\n"
        "II. NHIỆM VỤ QUÝ II NĂM 2025\n1. Hội Nông dân huyện tổ chức tập huấn cho hội viên.\n"
        "2. Hội Cựu chiến binh huyện tham gia giữ gìn an ninh trật tự, thực hiện thường xuyên.\n"
    )
    tasks = extract(text).tasks
    assert [t.deadline.due for t in tasks] == [date(2025, 6, 30), None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phòng Nông nghiệp và Phát triển nông thôn phối hợp với", "Phòng Nông nghiệp và Phát triển nông thôn"),
        ("Ban Thanh tra nhân dân xã giám sát", "Ban Thanh tra nhân dân xã"),
        ("Văn phòng HĐND và UBND huyện theo dõi", "Văn phòng HĐND và UBND huyện"),
        ("UBND các xã, thị trấn chỉ đạo", "UBND các xã, thị trấn"),
        ("Trung tâm Học tập cộng đồng xã tổ chức", "Trung tâm Học tập cộng đồng xã"),
        ("Sở Y tế triển khai", "Sở Y tế"),
    ],
)
def test_unknown_unit_names_are_kept_whole(text: str, name: str) -> None:
    refs, _ = UnitResolver(standard_units("huyen"), "huyen").run_at(text, 0)
    assert [(r.key, r.name) for r in refs] == [(None, name)]


def test_unit_runs_split_at_a_second_unit_and_keep_the_party_office() -> None:
    r = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = r.run_at("Phòng Tư pháp và Hội Nông dân huyện tổ chức", 0)
    assert [x.key or x.name for x in refs] == ["Phòng Tư pháp", "nong_dan"]
    assert [x.key for x in r.run_at("Văn phòng Huyện ủy theo dõi", 0)[0]] == ["van_phong"]


def test_level_words_are_compared_with_their_tones() -> None:
    # "tình nguyện" folds to "tinh …", "phương án" to "phường"; neither names a level.
    assert detect_level("Đoàn Thanh niên tình nguyện; thanh niên tình nguyện; Hội Nông dân huyện") == "huyen"
    r = UnitResolver(standard_units("huyen"), "huyen")
    assert [x.key for x in r.run_at("Hội Nông dân phương án", 0)[0]] == ["nong_dan"]


def test_three_digit_clause_numbers() -> None:
    items = walk(build_tree(["99. Một việc.", "100. Việc khác.", "100.1. Việc con.", "101. Việc nữa."]))
    assert [i.ref for i in items] == ["99", "100", "100.1", "101"]
    assert walk(build_tree(["150/QĐ-UBND ngày 3/3/2025"]))[0].kind == "para"


def test_briefing_meeting_is_not_an_assignment_and_consequences_assign_nothing() -> None:
    text = (
        "Sáng ngày 04/10, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban công tác dân vận, Mặt trận và các đoàn thể.\n\n"
        "Đồng chí Bí thư đề nghị Hội Nông dân huyện tổ chức tập huấn cho hội viên trước ngày 30/10/2024.\n\n"
        "Quá thời hạn nêu trên, Ban Dân vận Huyện ủy sẽ tổng hợp, báo cáo Thường trực Huyện ủy xem xét, xử lý.\n"
    )
    tasks = extract(text, issued_on=REF).tasks
    assert [t.units[0].key for t in tasks] == ["nong_dan"]


def test_document_number_is_not_a_cited_one() -> None:
    info = extract("Tin tức\n\nĐoàn thể triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.").document
    assert info.number is None
    assert extract("ỦY BAN NHÂN DÂN\nSố: 146/TB-UBND\nThông báo").document.number == "146/TB-UBND"


def test_evaluate_can_score_a_subset() -> None:
    score = evaluate(only="c1[5-9]*")
    assert score.documents == 5
