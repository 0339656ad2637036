"""General unit rules of round 7 (fresh9), each on text written for the test: a "Kính gửi:" list read line by
line, a mass organisation's bloc branch, the Youth Union's cells, a labelled body named in full, and a mass
organisation's own department."""

from __future__ import annotations

from conclusions.addressees import resolve
from conclusions.units import UnitResolver, merged_units
from tests.conclusions.helpers import units_of

_LETTER = """HỘI NÔNG DÂN TỈNH HÒA AN
Số: 12/CV-HND

Hòa An, ngày 05 tháng 3 năm 2024

Kính gửi:
- Hội Nông dân các huyện, thị xã;
- Hội Nông dân Khối doanh nghiệp tỉnh.

Thường trực Hội Nông dân tỉnh đề nghị các đơn vị thực hiện một số nội dung sau:
1. Rà soát danh sách hội viên nghèo, gửi về Văn phòng Hội trước ngày 20/3/2024.
2. Tổ chức tập huấn kỹ thuật trồng lúa cho hội viên.
"""


def test_a_kinh_gui_list_is_read_line_by_line() -> None:
    assert units_of(_LETTER, "Rà soát danh sách hội viên") == ["nong_dan"]


def test_a_mass_organisation_of_a_bloc_is_that_organisation() -> None:
    resolver = UnitResolver(merged_units(), "tinh")
    assert [r.key for r in resolve(["Hội Nông dân Khối các cơ quan tỉnh"], resolver)] == ["nong_dan"]


def test_the_youth_unions_cells_are_the_youth_union() -> None:
    resolver = UnitResolver(merged_units(), "xa")
    assert [r.key for r in resolve(["Các chi đoàn trực thuộc"], resolver)] == ["doan_thanh_nien"]
    assert [r.key for r in resolve(["Mỗi chi đoàn thôn"], resolver)] == ["doan_thanh_nien"]


_NOTICE = """HỘI LHPN TỈNH HÒA AN
Số: 40/TB-HPN

Hòa An, ngày 10 tháng 4 năm 2024

THÔNG BÁO
Kết luận của Thường trực Hội LHPN tỉnh tại hội nghị giao ban quý I năm 2024

Đồng chí Chủ tịch Hội LHPN tỉnh kết luận như sau:
1. Đối với các ban chuyên môn cơ quan Hội LHPN tỉnh:
a) Ban Chính sách - Luật pháp: tham mưu tổ chức đối thoại chính sách tại hai huyện trong tháng 5/2024.
b) Ban Tuyên giáo: biên tập bản tin phụ nữ hằng quý.
c) Ban Phát triển kinh tế phụ nữ vùng cao: đôn đốc thu hồi nợ quá hạn vốn vay.
"""


def test_a_label_naming_one_body_in_full_heads_its_item() -> None:
    assert units_of(_NOTICE, "tham mưu tổ chức đối thoại") == ["name:Ban Chính sách - Luật pháp"]
    assert units_of(_NOTICE, "đôn đốc thu hồi nợ") == ["name:Ban Phát triển kinh tế phụ nữ vùng cao"]


def test_a_bare_department_in_a_mass_organisations_notice_is_its_own() -> None:
    assert units_of(_NOTICE, "biên tập bản tin") == ["name:Ban Tuyên giáo"]
