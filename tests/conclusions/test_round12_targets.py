"""General rules of extraction round 12 (targets and duties stated without a directive verb), on text written for the
test: after a sentence announcing a body's targets ahead ("… 10 chỉ tiêu cụ thể phấn đấu thực hiện trong năm 2026",
"Đó là một trong những chỉ tiêu của …"), each ';' part of the paragraph (or of the "Cụ thể:" paragraph after it) that
opens with a verb or names a body with "ít nhất N" is a task of that body, dated by the targets' period; shares ("Trên
80% chi hội …") and past parts are not. "đề nghị các đại biểu …" asks the delegates; "đã chỉ đạo các đại biểu … phải …"
tells a duty still to carry out; "các khâu đột phá" after a verb's object is more of that object, no body. Results
and statistics of the same shapes ("đã kết nạp mới 20 hội viên", "có 15 chi hội đạt …", "đạt 105% chỉ tiêu") give no
task."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> list[tuple[str, list[str], date | None]]:
    return [t for t in tasks if words.lower() in t[0].lower()]


_PROGRAMME = """Hội Nông dân xã Tân Phú triển khai nhiệm vụ năm 2026

Tại hội nghị, Hội Nông dân xã đã thông qua chương trình công tác năm 2026 với 10 chỉ tiêu cụ thể phấn đấu thực hiện \
trong năm 2026. Trong đó: 100% cán bộ Hội được bồi dưỡng nghiệp vụ. Trên 80% chi hội ứng dụng công nghệ thông tin \
trong sinh hoạt. Phấn đấu kết nạp mới 30 hội viên trở lên; giới thiệu ít nhất 03 hội viên ưu tú cho Đảng. Xây dựng \
ít nhất 02 mô hình kinh tế tập thể.
"""


def test_targets_after_a_programme_are_the_bodys_work_of_the_year() -> None:
    tasks = summaries(_PROGRAMME, date(2026, 1, 10))
    for words in ("kết nạp mới 30 hội viên", "giới thiệu ít nhất 03 hội viên", "Xây dựng ít nhất 02 mô hình"):
        found = _find(tasks, words)
        assert len(found) == 1, (words, tasks)
        assert found[0][1] == ["nong_dan"] and found[0][2] == date(2026, 12, 31), found
    assert not _find(tasks, "80% chi hội") and not _find(tasks, "được bồi dưỡng"), tasks


_MONTH_TARGETS = """Mỗi chi đoàn ít nhất một công trình thanh niên

Thanh niên – Đó là một trong những chỉ tiêu của Huyện đoàn trong Tháng Thanh niên năm 2026. Chủ đề của tháng là \
“Tuổi trẻ xung kích”.

Cụ thể: Mỗi chi đoàn có ít nhất 01 công trình thanh niên; mỗi cơ sở Đoàn đảm nhận ít nhất 1 phần việc; Huyện đoàn \
trao tặng ít nhất 50 suất quà cho học sinh nghèo.
"""


def test_targets_detailed_after_cu_the_each_give_a_task() -> None:
    tasks = summaries(_MONTH_TARGETS, date(2026, 2, 20))
    for words in ("Mỗi chi đoàn có ít nhất 01 công trình", "đảm nhận ít nhất 1 phần việc", "trao tặng ít nhất 50 suất quà"):
        found = _find(tasks, words)
        assert len(found) == 1 and found[0][1] == ["doan_thanh_nien"], (words, tasks)


def test_targets_met_and_statistics_give_no_task() -> None:
    report = ("Năm 2025, Hội Nông dân xã đã hoàn thành 12/12 chỉ tiêu. Trong đó: kết nạp mới 20 hội viên; giới thiệu "
              "05 hội viên ưu tú cho Đảng; có 15 chi hội đạt vững mạnh.")
    assert summaries(report, date(2026, 1, 10)) == []
    figures = "Năm 2025, Hội Nông dân xã đã kết nạp mới 20 hội viên, có 15 chi hội đạt vững mạnh, đạt 105% chỉ tiêu."
    assert summaries(figures, date(2026, 1, 10)) == []
    after_targets = ("Hội Nông dân xã đã thông qua 8 chỉ tiêu cụ thể phấn đấu thực hiện trong năm 2026. Năm 2025, Hội đã "
                     "kết nạp mới 25 hội viên; có 15 chi hội đạt ít nhất 02 mô hình.")
    assert summaries(after_targets, date(2026, 1, 10)) == []


def test_delegates_asked_to_keep_the_rules_are_addressed() -> None:
    tasks = summaries("Đồng chí Bí thư Tỉnh ủy đề nghị các đại biểu chấp hành nghiêm nội quy của Đại hội; tích cực tham gia "
                   "các phiên thảo luận.", date(2026, 3, 1))
    assert [t[0] for t in tasks] == ["đề nghị các đại biểu chấp hành nghiêm nội quy của Đại hội",
                                     "tích cực tham gia các phiên thảo luận."]
    assert all(t[1] == ["name:các đại biểu"] for t in tasks), tasks
    assert summaries("Tại phiên khai mạc, các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo báo cáo chính trị.",
                  date(2026, 3, 1)) == []


def test_a_past_directive_with_a_duty_still_binds() -> None:
    tasks = summaries("Bên cạnh đó, đồng chí đã chỉ đạo các đại biểu tham dự Đại hội phải chấp hành nghiêm nội quy của Đại "
                   "hội.", date(2026, 3, 1))
    assert len(tasks) == 1 and tasks[0][1] == ["name:các đại biểu tham dự Đại hội"], tasks
    assert summaries("Năm qua, UBND huyện đã chỉ đạo các xã triển khai nhiều giải pháp giảm nghèo.", date(2026, 3, 1)) == []


def test_more_objects_after_a_comma_are_no_subject() -> None:
    tasks = summaries("Lãnh đạo Hội LHPN tỉnh đề nghị các cấp Hội đổi mới nội dung, phương thức hoạt động. Tập trung hoàn thành "
                   "các chỉ tiêu, các khâu đột phá, các nhiệm vụ trọng tâm và kế hoạch toàn khóa thực hiện thắng lợi Nghị quyết "
                   "Đại hội.", date(2026, 3, 1))
    found = _find(tasks, "Tập trung hoàn thành các chỉ tiêu")
    assert len(found) == 1 and found[0][1] == ["phu_nu"], tasks
