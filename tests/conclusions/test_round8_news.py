"""General rules of extraction round 8 (news reports), each on text written for the test: points numbered
"Một là, Hai là", compiling for a report after another verb, a period between a cue and its verb, "Tuyên giáo"
that is no "giao", what a speaker says his body will do, a speech in quotation marks, the reporter's account of
the visit and "tuyệt đối không để xảy ra …" after a task."""

from __future__ import annotations

from datetime import date

from conclusions.extract import _directives
from tests.conclusions.helpers import summaries

_OPEN = "Sáng 12/3, Đảng ủy xã Minh Tiến tổ chức hội nghị giao ban với bí thư các chi bộ thôn quý I năm 2025.\n\n"


def test_points_numbered_in_words_under_a_request_are_tasks() -> None:
    text = _OPEN + (
        "Phát biểu kết luận, đồng chí Bí thư Đảng ủy yêu cầu các chi bộ thôn tập trung thực hiện tốt một số nhiệm vụ:\n\n"
        "Một là, rà soát danh sách đảng viên miễn sinh hoạt, hoàn thành trước ngày 30/4/2025.\n\n"
        "Hai là, vận động hội viên nông dân chuyển đổi cơ cấu cây trồng vụ hè thu.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert [(u, d) for c, u, d in tasks if "đảng viên miễn sinh hoạt" in c] == [(["name:các chi bộ thôn"], date(2025, 4, 30))]
    assert [u for c, u, _ in tasks if "chuyển đổi cơ cấu cây trồng" in c] == [["name:các chi bộ thôn"]]


def test_compiling_after_another_verb_stays_with_its_report() -> None:
    text = _OPEN + (
        "Đồng chí Bí thư giao Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện của các chi bộ, báo cáo Thường trực Đảng ủy.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert [c for c, _, _ in tasks if "báo cáo Thường trực" in c] == [c for c, _, _ in tasks if "theo dõi" in c]


def test_a_period_between_the_cue_and_the_verb_under_a_topic() -> None:
    text = _OPEN + (
        "Đồng chí Bí thư đề nghị Hội Nông dân xã hướng dẫn hội viên làm hồ sơ vay vốn.\n\n"
        "Đối với Ban Văn hóa xã, đồng chí đề nghị trong năm 2025 tổ chức 02 lớp tập huấn về xây dựng thiết chế văn hóa thôn.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    found = [(u, d) for c, u, d in tasks if "thiết chế văn hóa" in c]
    assert found == [(["name:Ban Văn hóa xã"], date(2025, 12, 31))]


def test_tuyen_giao_is_no_directive() -> None:
    text = "Cùng dự có lãnh đạo Ban Tuyên giáo Huyện ủy, Phòng Văn hóa huyện."
    assert _directives(text) == []
    assert len(_directives("Đồng chí giao Ban Tuyên giáo Huyện ủy theo dõi.")) == 1


def test_what_a_speaker_says_his_body_will_do() -> None:
    text = _OPEN + (
        "Đồng chí Bí thư yêu cầu Hội Cựu chiến binh xã rà soát hội viên có hoàn cảnh khó khăn.\n\n"
        "Tiếp thu ý kiến, đồng chí Chủ tịch Hội Cựu chiến binh xã cho biết trong tháng 4, Hội sẽ tổ chức gặp mặt các hội viên cao tuổi.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert not [c for c, _, _ in tasks if c.startswith("Tiếp thu")]
    assert [d for c, _, d in tasks if "gặp mặt các hội viên" in c] == [date(2025, 4, 30)]


def test_a_request_in_quotation_marks() -> None:
    text = _OPEN + (
        "Phát biểu chỉ đạo, đồng chí Bí thư yêu cầu các chi bộ thôn nâng cao chất lượng sinh hoạt chi bộ.\n\n"
        "\"Trước mắt, các chi bộ phối hợp với Ban công tác Mặt trận thôn rà soát hộ nghèo, làm xong trước ngày 15/4/2025\", "
        "đồng chí Bí thư nói.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert [d for c, _, d in tasks if "rà soát hộ nghèo" in c] == [date(2025, 4, 15)]


def test_the_reporters_account_of_the_visit_is_no_task() -> None:
    text = _OPEN + (
        "Đồng chí Bí thư đề nghị Hội Phụ nữ xã như sau:\n"
        "- Tổ chức tập huấn kỹ năng làm kinh tế cho hội viên trong quý II/2025.\n\n"
        "Cùng ngày, đoàn công tác đã làm việc với Chi bộ thôn Đông.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert not [c for c, _, _ in tasks if "Cùng ngày" in c]


def test_what_must_not_come_of_a_task_is_no_task() -> None:
    text = _OPEN + (
        "Đồng chí Bí thư yêu cầu Ban Tổ chức Đảng ủy rà soát quy hoạch cán bộ nhiệm kỳ mới; "
        "tuyệt đối không để xảy ra tình trạng cục bộ địa phương.\n"
    )
    tasks = summaries(text, date(2025, 3, 13))
    assert not [c for c, _, _ in tasks if c.lstrip().startswith("tuyệt đối")]
    assert [c for c, _, _ in tasks if "quy hoạch cán bộ" in c]
