"""Round 12, how a list of addressees is cut into units: places of two levels after "các huyện" are one unit each;
a bare UBND before "Ban Chỉ huy … các huyện, thị xã, thành phố" takes those places; "thiên tai và tìm kiếm cứu nạn",
"dự án đầu tư xây dựng công trình" stay inside a name; "chính quyền" after "các cấp, ngành", a company or a party
cell with its own words after a qualified collective, and "công an xã, tổ …, bộ phận …" are separate bodies;
"Ban Tuyên giáo các huyện, thị, thành phố" is the party board; a directive's list is read whole, its first name
included; the joint office "Văn phòng HĐND và UBND huyện" is a body of its own after "các Ban".
Text written for the test."""

from __future__ import annotations

from tests.conclusions.helpers import drafts, one


def _units(task) -> list[str]:
    return sorted(u.key or f"name:{u.name}" for u in task.units)


def test_places_of_two_levels_after_one_level_word_are_one_unit_each() -> None:
    text = "Phó Chủ tịch UBND tỉnh yêu cầu các huyện Tân An, Phú Lộc và TX Hòa Bình khẩn trương rà soát danh sách hộ nghèo.\n"
    assert _units(one(drafts(text), "rà soát danh sách")) == [
        "name:TX Hòa Bình", "name:huyện Phú Lộc", "name:huyện Tân An"]


def test_places_of_one_level_stay_one_unit() -> None:
    text = "Phó Chủ tịch UBND tỉnh yêu cầu UBND các huyện Tân An, Phú Lộc khẩn trương rà soát danh sách hộ nghèo.\n"
    assert _units(one(drafts(text), "rà soát danh sách")) == ["name:UBND các huyện Tân An, Phú Lộc"]


def test_what_places_did_is_no_task() -> None:
    text = "Năm qua, các huyện Tân An, Phú Lộc và TX Hòa Bình đã rà soát danh sách hộ nghèo.\n"
    assert drafts(text) == []


def test_a_bare_committee_takes_the_places_of_the_board_after_it() -> None:
    text = ("Sở Nông nghiệp và Môi trường đề nghị UBND, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn các huyện, "
            "thị xã, thành phố và các đơn vị liên quan triển khai phương án bảo vệ các tuyến đê xung yếu.\n")
    assert _units(one(drafts(text), "triển khai phương án")) == [
        "name:Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn các huyện, thị xã, thành phố",
        "name:UBND các huyện, thị xã, thành phố", "name:các đơn vị liên quan"]


def test_the_investment_board_is_named_whole() -> None:
    text = ('"Trước tình trạng thi công chậm, ngày 12/9, UBND xã Tân Lập đã ban hành Văn bản số 120/UBND-KT gửi Ban Quản lý '
            "dự án đầu tư xây dựng công trình Giao thông tỉnh Nam Định đề nghị chỉ đạo, đôn đốc các nhà thầu huy động thêm "
            'nhân lực, máy móc, đẩy nhanh tiến độ thi công các hạng mục còn lại" - ông Trần Văn Bình cho biết.\n')
    assert _units(one(drafts(text), "đôn đốc các nhà thầu")) == [
        "name:Ban Quản lý dự án đầu tư xây dựng công trình Giao thông tỉnh Nam Định"]


def test_a_project_board_building_works_is_an_action_after_its_name() -> None:
    text = "Giao Ban Quản lý dự án xây dựng kế hoạch giải ngân vốn đầu tư công năm 2026.\n"
    assert _units(one(drafts(text), "kế hoạch giải ngân")) == ["name:Ban Quản lý dự án"]


def test_the_government_is_apart_from_the_levels_and_sectors() -> None:
    text = ("Ban Thường vụ Thành ủy đề nghị các cấp, ngành, chính quyền và các tổ chức chính trị - xã hội thành phố "
            "đẩy mạnh tuyên truyền về Đại hội.\n")
    units = _units(one(drafts(text), "đẩy mạnh tuyên truyền"))
    assert "name:chính quyền" in units and "name:các cấp, ngành" in units


def test_party_committees_and_government_stay_one_pair() -> None:
    text = "Ban Thường vụ Huyện ủy đề nghị cấp ủy, chính quyền các xã, thị trấn đẩy mạnh tuyên truyền về Đại hội.\n"
    assert _units(one(drafts(text), "đẩy mạnh tuyên truyền")) == ["name:cấp ủy, chính quyền các xã, thị trấn"]


def test_companies_and_party_cells_after_a_qualified_collective_are_their_own() -> None:
    text = ("Phó Chủ tịch UBND huyện đề nghị các cơ quan đơn vị trực thuộc tỉnh, công ty doanh nghiệp hoạt động trên địa bàn "
            "huyện, cấp ủy chi bộ các thôn bản tích cực tham gia Tháng hành động vì an toàn thực phẩm.\n")
    assert _units(one(drafts(text), "tham gia Tháng hành động")) == [
        "name:các cơ quan đơn vị trực thuộc tỉnh", "name:công ty doanh nghiệp hoạt động trên địa bàn huyện",
        "name:cấp ủy chi bộ các thôn bản"]


def test_the_basic_level_after_party_committees_is_no_new_body() -> None:
    text = "Ban Thường vụ Huyện ủy đề nghị cấp ủy các đảng bộ, chi bộ cơ sở hoàn thành dự thảo báo cáo chính trị.\n"
    assert _units(one(drafts(text), "dự thảo báo cáo")) == ["name:cấp ủy các đảng bộ, chi bộ cơ sở"]


def test_teams_named_by_their_work_are_separate_bodies() -> None:
    text = ("3. Giao công an xã, tổ quản lý trật tự đô thị, tổ kiểm tra liên ngành, bộ phận địa chính, môi trường phối hợp "
            "với các thôn tổ chức giải tỏa các điểm lấn chiếm vỉa hè.\n")
    assert _units(one(drafts(text), "giải tỏa các điểm")) == [
        "name:bộ phận địa chính, môi trường", "name:công an xã", "name:tổ kiểm tra liên ngành",
        "name:tổ quản lý trật tự đô thị"]


def test_the_propaganda_boards_of_the_districts_and_towns_are_the_board() -> None:
    text = ("Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện, thị, thành phố tổ chức tuyên truyền kỷ niệm "
            "Ngày thành lập Đảng.\n")
    assert _units(one(drafts(text), "tổ chức tuyên truyền")) == ["tuyen_giao"]


def test_the_first_name_before_a_comma_is_an_addressee_not_an_aside() -> None:
    text = ("Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các Đảng ủy trực thuộc Tỉnh ủy, MTTQ và các đoàn thể chính trị - xã "
            "hội tỉnh lãnh đạo, chỉ đạo đẩy mạnh tuyên truyền dự thảo văn kiện Đại hội.\n")
    units = _units(one(drafts(text), "đẩy mạnh tuyên truyền"))
    assert "name:các Đảng ủy trực thuộc Tỉnh ủy" in units and "mttq" in units
    assert "nong_dan" not in units


def test_the_joint_office_after_the_boards_is_one_list_and_one_task() -> None:
    text = ("Thường trực HĐND huyện giao các Ban, Văn phòng HĐND và UBND huyện giúp Thường trực chuẩn bị tốt nội dung "
            "khảo sát.\n")
    tasks = drafts(text)
    task = one(tasks, "chuẩn bị tốt nội dung")
    assert len(tasks) == 1
    assert "name:Văn phòng HĐND và UBND huyện" in _units(task)


def test_a_second_subject_after_those_asked_and_their_action_is_its_own_task() -> None:
    text = ("UBND xã yêu cầu các thôn nghiêm túc thực hiện kế hoạch dọn vệ sinh, Văn phòng UBND xã tổng hợp kết quả báo cáo "
            "Chủ tịch UBND xã.\n")
    tasks = drafts(text)
    assert _units(one(tasks, "dọn vệ sinh")) == ["name:các thôn"]
    assert _units(one(tasks, "tổng hợp kết quả")) == ["name:Văn phòng UBND xã"]


def test_a_team_with_its_action_is_not_named_by_the_action() -> None:
    text = "Đảng ủy xã đề nghị các chi bộ, tổ tổ chức ra quân làm đường giao thông nông thôn.\n"
    assert _units(one(drafts(text), "ra quân")) == ["name:các chi bộ, tổ"]


def test_titled_lists_before_and_after_a_semicolon_share_one_action() -> None:
    text = ("Giám đốc các sở: Y tế, Giáo dục và Đào tạo; Chủ tịch UBND các huyện, thị xã, thành phố theo chức năng, nhiệm vụ "
            "tiếp tục theo dõi sát tình hình dịch bệnh.\n")
    tasks = drafts(text)
    assert len(tasks) == 1
    assert "name:Chủ tịch UBND các huyện, thị xã, thành phố" in _units(tasks[0])
