"""General rules of extraction round 8 (letters, UBND summaries and units), each on text written for the test:
a titled list of bodies followed by a second subject after ";", a recurring report after an action of its own,
a reporter's byline under a web article, and "theo yêu cầu của X" (whose request, not a request)."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.addressees import titled_list
from conclusions.catalog import standard_units
from conclusions.layout import is_chrome
from conclusions.normalize import ascii_fold
from conclusions.units import UnitResolver

_NOTICE = """UBND TỈNH HÒA SƠN
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống rét cho đàn gia súc
Ngày 05/01/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:
1. Giám đốc các sở: Y tế, Công Thương; Chủ tịch UBND các huyện, thành phố tiếp tục theo dõi sát diễn biến giá cả thị trường; \
định kỳ thứ Hai hằng tuần báo cáo UBND tỉnh tình hình cung ứng hàng hóa.
2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; định kỳ hằng tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.
Minh Châu (tổng hợp)
"""


def _tasks(text: str, issued_on: date | None = None) -> list[tuple[str, list[str], str | None]]:
    draft = extract(text, issued_on)
    return [(t.content, [u.key or f"name:{u.name}" for u in t.units], t.deadline.recurrence) for t in draft.tasks]


def test_titled_list_takes_the_second_subject_after_a_semicolon() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    text = "Giám đốc các sở: Y tế, Công Thương; Chủ tịch UBND các huyện, thành phố tiếp tục theo dõi tình hình"
    refs, end = titled_list(text, 0, resolver)
    assert [r.name for r in refs][-1] == "Chủ tịch UBND các huyện, thành phố"
    assert len(refs) == 3 and text[end:].startswith(" tiếp tục")


def test_titled_list_alone_keeps_its_end() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    text = "Giám đốc các sở: Y tế, Công Thương; tổ chức kiểm tra"
    refs, end = titled_list(text, 0, resolver)
    assert len(refs) == 2 and text[end:].startswith(";")


def test_recurring_report_after_an_action_with_its_object_is_a_task_of_its_own() -> None:
    tasks = _tasks(_NOTICE, date(2025, 1, 6))
    first = next(t for t in tasks if "theo dõi sát diễn biến" in t[0])
    report = next(t for t in tasks if t[0].startswith("định kỳ thứ Hai hằng tuần báo cáo"))
    assert "name:Chủ tịch UBND các huyện, thành phố" in first[1] and report[1] == first[1]
    assert first[2] is None and report[2] == "weekly"


def test_recurring_report_after_bare_oversight_stays_one_task() -> None:
    tasks = _tasks(_NOTICE, date(2025, 1, 6))
    office = [t for t in tasks if any("Văn phòng UBND tỉnh" in u for u in t[1])]
    assert len(office) == 1 and office[0][2] == "monthly"


def test_byline_closing_a_web_article_is_no_task() -> None:
    assert not any("Minh Châu" in t[0] for t in _tasks(_NOTICE, date(2025, 1, 6)))


@pytest.mark.parametrize("line", ["Minh Châu (tổng hợp)", "Hoàng Long (lược ghi)", "Thu Trang (TH)"])
def test_bylines_are_page_chrome(line: str) -> None:
    assert is_chrome(ascii_fold(line))


@pytest.mark.parametrize("line", ["Báo cáo kết quả về Ban Tổ chức (qua email)", "Hội Nông dân xã (chủ trì)"])
def test_other_parenthesised_lines_are_not_bylines(line: str) -> None:
    assert not is_chrome(ascii_fold(line))


def test_whose_request_is_no_directive() -> None:
    from conclusions.extract import Extractor

    ex = Extractor(standard_units("huyen"), "huyen", None)
    text = "Để kịp tiến độ theo yêu cầu của Ban Tuyên giáo Tỉnh ủy, Ban Tuyên giáo Huyện ủy đề nghị Hội Nông dân huyện thực hiện như sau:"
    refs, by_verb, _ = ex.explicit_units(text)
    assert [r.key for r in refs] == ["nong_dan"] and by_verb
