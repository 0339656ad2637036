"""General rules of extraction round 7 (notices, MTTQ and mass-organisation documents), each on text written
for the test: a mass organisation's own notice speaks to its own levels, its bare standing board is its own,
a letterhead title naming many bodies names no issuer, a topic label before the subject, bare "các công đoàn"."""

from __future__ import annotations

from datetime import date

from conclusions.addressees import resolve
from conclusions.catalog import standard_units
from conclusions.model import UnitRef
from conclusions.units import UnitResolver
from tests.conclusions.helpers import summaries

_HOI_ND = """HỘI NÔNG DÂN HUYỆN AN PHÚ              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
  BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ AN LẠC          Độc lập - Tự do - Hạnh phúc
              ***
     Số: 07/TB-HND                      An Lạc, ngày 12 tháng 4 năm 2024

THÔNG BÁO
Kết luận hội nghị Ban Chấp hành Hội Nông dân xã quý I năm 2024

Ngày 10/4/2024, Ban Chấp hành Hội Nông dân xã An Lạc họp đánh giá công tác quý I năm 2024.

Đồng chí Chủ tịch Hội Nông dân xã kết luận như sau:

1. Các chi hội nông dân ấp vận động hội viên đăng ký danh hiệu sản xuất kinh doanh giỏi, xong trước ngày 30/4/2024.

2. Ban Thường vụ Hội tổng hợp danh sách hội viên vay vốn, gửi Hội Nông dân huyện trước ngày 15/5/2024.

3. Chế độ thông tin: Ban Thường vụ Hội báo cáo kết quả quý II về Hội Nông dân huyện trước ngày 20/6/2024.
"""



def test_a_mass_organisations_own_notice_gives_its_branches_to_itself() -> None:
    tasks = summaries(_HOI_ND)
    branches = next(t for t in tasks if "đăng ký danh hiệu" in t[0])
    assert branches[1] == ["nong_dan"]  # not the Front and every đoàn thể


def test_a_bare_standing_board_is_the_issuers_own() -> None:
    tasks = summaries(_HOI_ND)
    board = next(t for t in tasks if "tổng hợp danh sách hội viên" in t[0])
    assert board[1] == ["nong_dan"]


def test_a_topic_label_before_the_subject() -> None:
    tasks = summaries(_HOI_ND)
    report = next(t for t in tasks if "báo cáo kết quả quý II" in t[0])
    assert report[1] == ["nong_dan"] and report[2] == date(2024, 6, 20)


def test_a_title_naming_many_bodies_names_no_issuer() -> None:
    text = """THÔNG BÁO
Kết luận hội nghị giao ban Mặt trận và các đoàn thể xã quý II năm 2024

Ngày 28/6/2024, Thường trực Đảng ủy xã họp giao ban với Mặt trận và các đoàn thể xã. Thường trực Đảng ủy kết luận như sau:

1. Tiếp tục vận động Nhân dân tham gia giữ gìn vệ sinh môi trường khu dân cư.
"""
    tasks = summaries(text)
    assert tasks and "nong_dan" in tasks[0][1] and "mttq" in tasks[0][1]


def test_bare_cac_cong_doan_are_the_unions_branches() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    resolver.issuer = UnitRef("lien_doan_lao_dong", "Liên đoàn Lao động tỉnh")
    assert [r.key for r in resolve(["các công đoàn"], resolver)] == ["lien_doan_lao_dong"]


def test_the_office_of_the_front_committee_is_not_the_party_office() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = resolver.run_at("Văn phòng Ủy ban MTTQ huyện tổng hợp ý kiến", 0)
    assert [r.key for r in refs] == [None] and refs[0].name.startswith("Văn phòng Ủy ban MTTQ")


def test_the_party_cadre_board_of_a_committee_is_one_name() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    refs, _ = resolver.run_at("Ban cán sự đảng UBND tỉnh chỉ đạo rà soát", 0)
    assert [(r.key, r.name) for r in refs] == [(None, "Ban cán sự đảng UBND tỉnh")]


def test_a_label_with_an_aside_heads_its_sentence() -> None:
    text = """THÔNG BÁO
Kết luận giao ban Ban Thường trực Ủy ban MTTQ xã tháng 11 năm 2025

Ban Thường trực Ủy ban MTTQ xã kết luận như sau:

1. Hội Nông dân xã (thành viên Ủy ban MTTQ xã): phối hợp với Trạm Khuyến nông tổ chức tập huấn kỹ thuật trồng rau an toàn trong tháng 12/2025.
"""
    tasks = summaries(text, date(2025, 11, 20))
    assert tasks and tasks[0][1] == ["nong_dan"]
