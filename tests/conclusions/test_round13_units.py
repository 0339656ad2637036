"""Round 13, units on real pages: the council's committees as a whole are the council; "BCH" before a catalog body
keeps its key; a central board's list of committees ("các Tỉnh ủy, Thành ủy, Đảng ủy trực thuộc Trung ương") and a
head word typed twice still name the board; bare branches ("các chi hội") in a page about a Hội are that Hội; "Phát
biểu giao nhiệm vụ," asks nobody; a district chairman visiting a commune speaks at the district's level; a mass
organisation's leader asking without a name asks the organisation; "cấp ủy Chi bộ, Đảng bộ …" is one addressee.
Text written for the test."""

from __future__ import annotations

from tests.conclusions.helpers import drafts, one, unit_keys


def test_the_council_committees_together_are_the_council() -> None:
    text = """Chiều 5/11, Thường trực HĐND huyện họp giao ban tháng 11. Kết luận giao ban, đồng chí Chủ tịch HĐND huyện đề nghị các ban, tổ HĐND huyện tập trung thẩm tra các báo cáo trình kỳ họp.
Các Ban của HĐND huyện xây dựng kế hoạch hoạt động năm 2026.
Ban Pháp chế HĐND huyện chủ trì giám sát việc giải quyết đơn thư của công dân.
Các Ban HĐND tỉnh tổ chức khảo sát tại các xã trong tháng 12.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "thẩm tra các báo cáo")) == ["hdnd"]
    assert unit_keys(one(tasks, "kế hoạch hoạt động năm 2026")) == ["hdnd"]
    assert unit_keys(one(tasks, "giám sát việc giải quyết đơn thư")) == ["name:Ban Pháp chế HĐND huyện"]
    assert unit_keys(one(tasks, "khảo sát tại các xã")) == ["name:Các Ban HĐND tỉnh"]  # another level's council


def test_what_the_council_committees_did_is_no_task() -> None:
    text = """Chiều 5/11, Thường trực HĐND huyện họp giao ban tháng 11.
Các Ban của HĐND huyện đã hoàn thành kế hoạch giám sát chuyên đề.
"""
    assert drafts(text) == []


def test_the_executive_board_written_short_keeps_the_body_s_key() -> None:
    text = """BCH ĐOÀN HUYỆN AN LẠC
Số: 12-KH/ĐTN
An Lạc, ngày 10 tháng 7 năm 2025
KẾ HOẠCH
Tổ chức hoạt động tri ân tháng 7
BTV Huyện Đoàn đề nghị BCH Đoàn các xã, thị trấn tổ chức đồng loạt các hoạt động tri ân.
BCH Hội Nông dân các xã chủ động tuyên truyền cho hội viên.
BCH Quân sự xã chuẩn bị lực lượng dân quân.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "hoạt động tri ân")) == ["doan_thanh_nien"]
    assert unit_keys(one(tasks, "tuyên truyền cho hội viên")) == ["nong_dan"]
    assert unit_keys(one(tasks, "lực lượng dân quân")) == ["name:BCH Quân sự xã"]  # "Ban Chỉ huy", no catalog body


def test_what_the_executive_board_did_is_no_task() -> None:
    text = """Ngày 30/7/2025, BTV Huyện Đoàn tổng kết tháng 7.
BCH Đoàn các xã, thị trấn đã tổ chức đồng loạt các hoạt động tri ân.
"""
    assert drafts(text) == []


def test_a_central_board_writing_to_the_boards_of_every_province_names_the_board() -> None:
    text = """Chiều 3/9/2025, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị giao ban công tác tuyên truyền.
Phát biểu tại hội nghị, Phó Trưởng ban Tuyên giáo và Dân vận Trung ương đề nghị Ban Tuyên giáo và Dân vận các Tỉnh ủy, Thành ủy, Đảng ủy trực thuộc Trung ương, các tổ chức chính trị - xã hội tập trung, đẩy mạnh tuyên truyền sâu rộng về đại hội Đảng các cấp.
"""
    task = one(drafts(text), "tuyên truyền sâu rộng")
    assert unit_keys(task) == ["tuyen_giao_dan_van", "name:các tổ chức chính trị - xã hội"]


def test_a_head_word_typed_twice_is_read_once() -> None:
    text = """Sáng 5/1/2026, đồng chí Bí thư Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy. Theo đó, Ban Ban Tuyên giáo và Dân vận Tỉnh ủy xác định tiếp tục tham mưu tổ chức học tập nghị quyết.
"""
    assert unit_keys(one(drafts(text), "tham mưu tổ chức học tập")) == ["tuyen_giao_dan_van"]


def test_what_the_board_typed_twice_reported_is_no_task() -> None:
    text = """Sáng 5/1/2026, đồng chí Bí thư Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy. Ban Ban Tuyên giáo và Dân vận Tỉnh ủy đã báo cáo kết quả triển khai nhiệm vụ năm 2025.
"""
    assert drafts(text) == []


def test_bare_branches_in_a_page_about_the_association_are_the_association() -> None:
    text = """Hội LHPN huyện Đông Sơn

Hội LHPN huyện đã hướng dẫn 50 chi hội tổ chức hội nghị chi hội nhiệm kỳ 2021 - 2026. Theo đồng chí Phó Chủ tịch Hội LHPN huyện: Hội đang chỉ đạo các chi hội trên địa bàn khẩn trương tổ chức hội nghị chi hội, phấn đấu hoàn thành trước Tết Nguyên đán.
"""
    assert unit_keys(one(drafts(text), "khẩn trương tổ chức hội nghị")) == ["phu_nu"]


def test_bare_branches_in_the_association_s_own_plan_stay_as_written() -> None:
    text = """HỘI LHPN HUYỆN ĐÔNG SƠN
BCH HỘI LHPN XÃ ĐÔNG HÒA
Số: 05/KH-HPN
Đông Hòa, ngày 02 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động tháng 3 năm 2025
Các chi hội tổ chức gặp mặt hội viên nhân ngày 8/3.
"""
    assert unit_keys(one(drafts(text), "gặp mặt hội viên")) == ["name:Các chi hội"]


def test_what_the_branches_did_is_no_task() -> None:
    text = """Hội LHPN huyện Đông Sơn

Đến nay, các chi hội trên địa bàn đã tổ chức thành công hội nghị chi hội.
"""
    assert drafts(text) == []


def test_the_speech_that_assigns_is_no_addressee() -> None:
    text = """Ngày 2/7/2025, Hội CCB tỉnh tổ chức hội nghị triển khai nhiệm vụ sau sắp xếp.
Phát biểu giao nhiệm vụ, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội CCB tỉnh Trần Văn Bình đề nghị Hội CCB các xã, phường sau khi thành lập cần nhanh chóng ổn định tổ chức; chủ động tham mưu cho đảng ủy xã.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "ổn định tổ chức")) == ["cuu_chien_binh"]
    assert unit_keys(one(tasks, "tham mưu cho đảng ủy")) == ["cuu_chien_binh"]


def test_a_district_chairman_visiting_a_commune_speaks_at_the_district_level() -> None:
    text = """Chủ tịch UBND huyện Lê Văn Hòa làm việc tại UBND xã Tân Lập

Sáng 28/2, đồng chí Lê Văn Hòa, Chủ tịch UBND huyện cùng lãnh đạo các phòng chuyên môn của huyện đã làm việc với UBND xã Tân Lập. Tại buổi làm việc, Chủ tịch UBND xã báo cáo tình hình của xã. Kết luận buổi làm việc, đồng chí Chủ tịch đề nghị UBND xã cần đoàn kết, quyết liệt, đổi mới trong thực hiện nhiệm vụ được giao.
"""
    units = unit_keys(one(drafts(text), "đổi mới trong thực hiện"))
    assert units != ["ubnd"] and len(units) == 1 and units[0].startswith("name:UBND xã")


def test_a_mass_organisation_leader_asking_nobody_by_name_asks_the_organisation() -> None:
    text = """Chiều 28/1/2024, tại Nhà Văn hóa Thanh niên đã diễn ra hội nghị tổng kết công tác chỉ đạo đại hội điểm cấp xã với sự tham dự của Thường trực Hội LHTN Việt Nam thành phố và đại diện các cơ sở Hội trực thuộc.
Phát biểu tại hội nghị, anh Trần Minh Khoa, Phó Bí thư Thành Đoàn, Chủ tịch Hội LHTN Việt Nam thành phố đề nghị nghiên cứu các nội dung, thực hiện hiệu quả công tác chỉ đạo đại hội các đơn vị trực thuộc.
"""
    assert unit_keys(one(drafts(text), "nghiên cứu các nội dung")) == ["lien_hiep_thanh_nien"]


def test_a_government_leader_asking_nobody_by_name_is_not_given_a_body() -> None:
    text = """Chiều 28/1/2024, tại trụ sở UBND tỉnh đã diễn ra hội nghị sơ kết công tác chuyển đổi số.
Phát biểu tại hội nghị, ông Trần Minh Khoa, Phó Chủ tịch UBND tỉnh đề nghị nghiên cứu các nội dung, thực hiện hiệu quả công tác chuyển đổi số.
"""
    task = one(drafts(text), "nghiên cứu các nội dung")
    assert unit_keys(task) == []


def test_the_committees_of_several_kinds_of_party_cell_are_one_addressee() -> None:
    text = """Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy phường đề nghị Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể phường; cấp ủy Chi bộ, Đảng bộ bộ phận trực thuộc tập trung công tác tạo nguồn phát triển đảng viên.
"""
    units = unit_keys(one(drafts(text), "tạo nguồn phát triển đảng viên"))
    assert "name:cấp ủy Chi bộ, Đảng bộ bộ phận trực thuộc" in units
