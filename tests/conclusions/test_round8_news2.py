"""General rules of extraction round 8 (news reports, second pass), each on text written for the test: a dated
report to a superior after an action that is not compiling is a task of its own, a compiled report stays one
task, and a half-year phrase between a request and those asked does not hide them."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries

_NEWS_REPORT = """BÁO TIN TỨC ĐIỆN TỬ
Thứ Hai, 02/03/2026

(TTĐT) - Sáng 2/3, đồng chí Phó Chủ tịch UBND tỉnh làm việc với xã Hòa Bình về tình hình sản xuất.

Kết luận buổi làm việc, đồng chí Phó Chủ tịch UBND tỉnh giao Sở Giao thông vận tải kiểm tra hiện trạng cầu treo qua suối Nậm Khê, báo cáo UBND tỉnh trước ngày 30/4/2026.
"""


def test_dated_report_after_an_action_is_its_own_task() -> None:
    tasks = summaries(_NEWS_REPORT, date(2026, 3, 2))
    contents = [c for c, _, _ in tasks]
    assert any(c.startswith("kiểm tra hiện trạng cầu treo") or "kiểm tra hiện trạng cầu treo" in c for c in contents)
    report = [t for t in tasks if t[0].startswith("báo cáo UBND tỉnh")]
    assert report and report[0][2] == date(2026, 4, 30)
    assert not any("kiểm tra hiện trạng" in c and "báo cáo UBND tỉnh" in c for c in contents)


_COMPILED = """BÁO TIN TỨC ĐIỆN TỬ
Thứ Hai, 02/03/2026

(TTĐT) - Sáng 2/3, đồng chí Phó Chủ tịch UBND tỉnh làm việc với xã Hòa Bình về tình hình sản xuất.

Kết luận buổi làm việc, đồng chí Phó Chủ tịch UBND tỉnh giao Văn phòng UBND tỉnh tổng hợp ý kiến của các sở về dự án thủy lợi, báo cáo UBND tỉnh trước ngày 30/4/2026.
"""


def test_report_of_what_was_compiled_stays_one_task() -> None:
    tasks = summaries(_COMPILED, date(2026, 3, 2))
    assert len(tasks) == 1
    assert "tổng hợp ý kiến" in tasks[0][0] and "báo cáo UBND tỉnh" in tasks[0][0]


_HALF_YEAR = """BÁO TIN TỨC ĐIỆN TỬ
Thứ Sáu, 07/07/2028

(TTĐT) - Ngày 7/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận 6 tháng đầu năm 2028.

Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Tỉnh ủy biểu dương các đơn vị, đồng thời đề nghị 6 tháng cuối năm 2028, Hội Cựu chiến binh các huyện tập trung một số nội dung:

Một là, tiếp tục tuyên truyền truyền thống cách mạng cho học sinh các trường trung học.

Hai là, vận động hội viên tham gia giữ gìn an ninh trật tự ở khu dân cư.
"""


def test_half_year_before_those_asked() -> None:
    tasks = summaries(_HALF_YEAR, date(2028, 7, 7))
    assert len(tasks) == 2
    assert all(units == ["cuu_chien_binh"] for _, units, _ in tasks)
