"""General unit rules of round 8 (units, fourth pass), each on text written for the test: fields whose name has a
comma inside, the fields a post answers for, "mỗi quý" as no body, a role after a board, a section in brackets, the
party committee over the Front and the mass bodies, a person heading an item, "nông thôn" as no village, and a branch
office ("Chi nhánh …") as a body."""

from __future__ import annotations

from conclusions.addressees import resolve, split_units
from conclusions.units import UnitResolver, merged_units
from tests.conclusions.helpers import units_of


def test_a_field_with_a_comma_inside_is_one_name() -> None:
    assert split_units("Hội đồng bồi thường, hỗ trợ, tái định cư huyện") == ["Hội đồng bồi thường, hỗ trợ, tái định cư huyện"]
    assert split_units("Cán bộ phụ trách lao động, thương binh và xã hội") == ["Cán bộ phụ trách lao động, thương binh và xã hội"]


def test_the_fields_of_a_post_stay_with_it() -> None:
    assert split_units("Công chức phụ trách giao thông, thủy lợi") == ["Công chức phụ trách giao thông, thủy lợi"]


def test_a_special_zone_closes_a_list_of_levels() -> None:
    assert split_units("Trạm khuyến nông xã, phường, đặc khu") == ["Trạm khuyến nông xã, phường, đặc khu"]


_PLAN = """HỘI CỰU CHIẾN BINH XÃ AN BÌNH

KẾ HOẠCH
Hoạt động năm 2024

II. NHIỆM VỤ
1. Giữ nền nếp họp chi hội vào ngày 10 hằng tháng; mỗi quý tổ chức ít nhất 01 buổi nói chuyện truyền thống cho hội viên.
"""


def test_each_quarter_names_no_body() -> None:
    assert "name:mỗi quý" not in units_of(_PLAN, "buổi nói chuyện truyền thống")


def test_a_role_after_a_board_is_not_its_name() -> None:
    resolver = UnitResolver(merged_units(), "huyen")
    assert [r.key for r in resolve(["Ban Tổ chức Huyện ủy làm cơ quan thường trực"], resolver)] == ["to_chuc"]


def test_a_section_in_brackets_is_the_office_itself() -> None:
    resolver = UnitResolver(merged_units(), "tinh")
    assert [r.key for r in resolve(["Văn phòng Tỉnh ủy (Phòng Hành chính)"], resolver)] == ["van_phong"]


def test_the_party_committee_of_the_front_and_mass_bodies_is_one_name() -> None:
    resolver = UnitResolver(merged_units(), "tinh")
    refs, _ = resolver.run_at("Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh lãnh đạo các chi bộ trực thuộc", 0)
    assert [r.name for r in refs] == ["Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh"]
    assert split_units("Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh") == ["Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh"]


_NOTICE = """ỦY BAN NHÂN DÂN
XÃ SƠN HÀ
Số: 15/TB-UBND

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 3

Chủ tịch UBND xã kết luận như sau:
1. Phòng Văn hóa - Xã hội:
a) Đồng chí Hoàng Văn Khải, công chức phụ trách văn hóa: kiểm tra các điểm kinh doanh dịch vụ internet trước ngày 20/3/2024.
2. Về Chương trình xây dựng nông thôn mới
- Đề nghị hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn trước ngày 30/4/2024.
3. Chi nhánh Trung tâm Phát triển quỹ đất huyện:
- Bàn giao mốc giới khu tái định cư cho UBND xã trước ngày 25/3/2024.
"""


def test_a_person_with_a_lower_case_post_heads_the_item() -> None:
    assert units_of(_NOTICE, "kiểm tra các điểm kinh doanh") == ["name:Đồng chí Hoàng Văn Khải, công chức phụ trách văn hóa"]


def test_the_countryside_is_no_village() -> None:
    assert "name:thôn mới" not in units_of(_NOTICE, "hoàn thiện hồ sơ đề nghị công nhận")


def test_a_branch_office_heads_its_items() -> None:
    assert units_of(_NOTICE, "Bàn giao mốc giới") == ["name:Chi nhánh Trung tâm Phát triển quỹ đất huyện"]
