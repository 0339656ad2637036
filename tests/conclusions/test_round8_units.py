"""Round 8, units (who is responsible): general rules, each shown on invented sentences."""

from __future__ import annotations

from datetime import date

from conclusions.addressees import addressees_at
from conclusions.catalog import standard_units
from conclusions.extract import extract
from conclusions.units import UnitResolver


def _keys(task) -> list[str]:
    return [u.key or "name:" + u.name for u in task.units]


def _task(draft, words: str):
    return next(t for t in draft.tasks if words in t.content)


def test_a_party_board_of_many_communes_keeps_its_key() -> None:
    resolver = UnitResolver(standard_units("xa", model="2025"), "tinh")
    refs, _ = resolver.run_at("Ban Xây dựng Đảng các đảng ủy xã, phường, đặc khu tổng hợp", 0)
    assert [r.key for r in refs] == ["xay_dung_dang"]
    refs, _ = addressees_at("Ban Xây dựng Đảng các xã, phường rà soát danh sách", 0, resolver)
    assert [r.key for r in refs] == ["xay_dung_dang"]


def test_a_mass_body_of_other_places_keeps_its_key_except_in_that_body_s_own_document() -> None:
    """"Hội Nông dân các xã" in a district committee's notice is the Hội (the README's "any level"); in the district
    Front's own notice, "Ban Thường trực Ủy ban MTTQ các xã" are its lower levels, a body of their own; the government
    of another level ("UBND các xã") is never the issuing level's."""
    from conclusions.model import UnitRef

    resolver = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = resolver.run_at("Hội Nông dân các xã, thị trấn rà soát hội viên", 0)
    assert [r.key for r in refs] == ["nong_dan"]
    refs, _ = resolver.run_at("Khối dân vận các xã, thị trấn duy trì giao ban", 0)
    assert [r.key for r in refs] == ["dan_van"]
    refs, _ = resolver.run_at("UBND các xã, thị trấn rà soát", 0)
    assert refs and refs[0].key is None
    resolver.issuer = UnitRef("mttq", "Ủy ban MTTQ Việt Nam huyện")
    refs, _ = resolver.run_at("Ban Thường trực Ủy ban MTTQ Việt Nam các xã rà soát hộ nghèo", 0)
    assert refs and refs[0].key is None and "các xã" in refs[0].name
    resolver.issuer = UnitRef("dan_van", "Ban Dân vận Huyện ủy")
    refs, _ = resolver.run_at("Khối dân vận các xã, thị trấn duy trì giao ban", 0)
    assert refs and refs[0].key is None
    refs, _ = resolver.run_at("Ban Dân vận các huyện ủy báo cáo", 0)
    assert [r.key for r in refs] == ["dan_van"]


def test_a_conditional_clause_is_no_body() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = addressees_at("Trường hợp chưa kịp tiến độ, đề nghị báo cáo rõ lý do", 0, resolver)
    assert refs == []


TEXT_BOARD = """TỈNH ỦY HÀ LAM
Số: 41-TB/TU
THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị giao ban quý III năm 2023
Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Ban Nội chính Tỉnh ủy theo dõi, đôn đốc việc giải quyết các vụ tranh chấp đất rừng kéo dài, báo cáo trước ngày 30/11/2023.
2. Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thu, nộp đảng phí tại các đảng bộ trực thuộc trong quý IV/2023.
"""


def test_a_named_internal_affairs_board_is_its_key_before_2025_too() -> None:
    draft = extract(TEXT_BOARD, date(2023, 10, 9))
    assert _keys(_task(draft, "tranh chấp đất rừng")) == ["noi_chinh"]


TEXT_PLAN = """HỘI NÔNG DÂN XÃ AN BÌNH
Số: 12-KH/HND
KẾ HOẠCH
Phát triển hội viên năm 2024
I. NHIỆM VỤ VÀ PHÂN CÔNG
1. Ban Thường vụ Hội Nông dân xã
- Giao chỉ tiêu kết nạp hội viên cho từng chi hội trước ngày 20/3/2024.
2. Chi hội trưởng các chi hội
- Rà soát danh sách nông dân chưa vào Hội, gửi Ban Thường vụ Hội xã trước ngày 10/4/2024.
- Thu hội phí theo quý, nộp về Hội xã đúng hạn.
"""


def test_a_title_of_the_branch_heads_heads_the_items_under_it() -> None:
    draft = extract(TEXT_PLAN, date(2024, 3, 1))
    assert _keys(_task(draft, "chưa vào Hội")) == ["name:Chi hội trưởng các chi hội"]


TEXT_UNION = """LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ LAM
Số: 30/KH-LĐLĐ
KẾ HOẠCH
Tổ chức Tháng hành động năm 2024
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo LĐLĐ tỉnh
- Tham mưu Ban Thường vụ hướng dẫn công đoàn các cấp triển khai Kế hoạch này.
- Phối hợp với Báo Hà Lam, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền về Tháng hành động.
- Tổng hợp kết quả, báo cáo Tổng Liên đoàn trước ngày 10/6/2024.
2. Ủy ban Kiểm tra LĐLĐ tỉnh: kiểm tra việc sử dụng kinh phí công đoàn tại một số đơn vị trong quý II/2024.
3. LĐLĐ các huyện, thị xã, thành phố; Công đoàn ngành Giáo dục; Công đoàn các Khu kinh tế tỉnh
- Xây dựng kế hoạch cụ thể, gửi về LĐLĐ tỉnh trước ngày 15/4/2024.
- Báo cáo kết quả về LĐLĐ tỉnh trước ngày 05/6/2024.
"""


def test_partners_after_phoi_hop_are_no_subject() -> None:
    draft = extract(TEXT_UNION, date(2024, 3, 20))
    heading = _keys(_task(draft, "Tham mưu Ban Thường vụ"))
    assert heading and not any("Đài" in k or "Báo" in k for k in heading)
    assert _keys(_task(draft, "mở chuyên mục")) == heading
    assert _keys(_task(draft, "báo cáo Tổng Liên đoàn")) == heading


def test_a_heading_listing_bodies_with_semicolons_heads_its_items() -> None:
    draft = extract(TEXT_UNION, date(2024, 3, 20))
    assert _keys(_task(draft, "Xây dựng kế hoạch cụ thể")) == ["lien_doan_lao_dong"]
    assert _keys(_task(draft, "Báo cáo kết quả về LĐLĐ")) == ["lien_doan_lao_dong"]
