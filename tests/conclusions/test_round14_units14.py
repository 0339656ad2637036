"""Round 14, units on real pages: the organisation a page is about (its issuer, else the Front or mass organisation its
opening names most) owns its bare "Thường trực Hội", its levels and branches by head ("các cấp bộ Đoàn", "các đơn vị,
Đoàn trực thuộc") and a congress's items that name nobody; "các Ban, Văn phòng Huyện ủy" shares its committee; a
catalog name read past a lower-case word ("Ủy ban kiểm tra Huyện ủy"); the Front bare after party cells; a
delegation's members are no new subject. Text written for the test."""

from __future__ import annotations

from tests.conclusions.helpers import drafts, one, unit_keys, units_of


def test_the_standing_board_of_the_association_a_page_is_about() -> None:
    text = """Sáng 3/12, lãnh đạo huyện đến thăm, chúc mừng Hội Nông dân huyện nhân kỷ niệm ngày thành lập.
Thay mặt lãnh đạo huyện, đồng chí Bí thư Huyện ủy chúc mừng Hội Nông dân huyện và toàn thể hội viên.
Đề nghị Thường trực Hội tiếp tục đổi mới phương thức hoạt động, nâng cao chất lượng sinh hoạt chi hội.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "đổi mới phương thức hoạt động")) == ["nong_dan"]


def test_the_standing_board_variants() -> None:
    women = """Chiều 8/3, Thường trực Huyện ủy làm việc với Hội Liên hiệp Phụ nữ huyện.
Đồng chí Phó Bí thư Huyện ủy ghi nhận kết quả của Hội Liên hiệp Phụ nữ huyện trong năm qua.
Đồng chí yêu cầu Ban Thường vụ Hội tập trung hướng dẫn hội viên phát triển kinh tế hộ gia đình.
"""
    assert units_of(women, "hướng dẫn hội viên") == ["phu_nu"]
    # a Hội's board, on a page about a Đoàn: the head written is not the page's organisation's, kept as written
    youth = """Chiều 26/3, Huyện đoàn tổ chức tuyên dương đoàn viên tiêu biểu.
Phát biểu tại buổi lễ, đồng chí Bí thư Huyện đoàn biểu dương các cơ sở Đoàn có thành tích. Huyện đoàn sẽ tiếp tục phát động phong trào.
Đồng chí đề nghị Thường trực Hội tiếp tục phối hợp tổ chức các hoạt động tình nguyện hè.
"""
    assert units_of(youth, "hoạt động tình nguyện hè") != ["doan_thanh_nien"]


def test_a_congress_s_directions_are_the_work_of_the_association_reported() -> None:
    text = """Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 – 2030 của Hội Cựu chiến binh xã Tân Phú được tổ chức với sự tham dự của 120 đại biểu.
Báo cáo chính trị khẳng định, nhiệm kỳ qua Hội Cựu chiến binh xã Tân Phú đã hoàn thành các chỉ tiêu đề ra.
Ban Chấp hành Hội Cựu chiến binh xã Tân Phú khóa V ra mắt Đại hội.
Đại hội xác định phương hướng của nhiệm kỳ mới là: Xây dựng tổ chức Hội vững mạnh; Vận động hội viên giúp nhau phát triển kinh tế; Tham gia bảo vệ môi trường ở khu dân cư.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "Vận động hội viên")) == ["cuu_chien_binh"]
    assert unit_keys(one(tasks, "bảo vệ môi trường")) == ["cuu_chien_binh"]
    assert not [t for t in tasks if "hoàn thành các chỉ tiêu" in t.content]  # the report of the term past, no task


def test_a_page_naming_two_bodies_as_often_has_no_organisation_of_its_own() -> None:
    text = """Sáng 5/6, Hội Nông dân và Hội Cựu chiến binh xã Tân Phú ký kết chương trình phối hợp.
Theo chương trình, Hội Nông dân và Hội Cựu chiến binh xã cùng tuyên truyền về bảo vệ môi trường.
Đồng chí đề nghị Thường trực Hội tiếp tục quan tâm tổ chức các lớp tập huấn kỹ thuật.
"""
    assert units_of(text, "lớp tập huấn kỹ thuật") == ["name:Thường trực Hội"]


def test_the_youth_union_s_levels_and_branches_by_head() -> None:
    text = """Chiều 12/1, Thành đoàn tổ chức tổng kết công tác năm.
Bí thư Thành ủy yêu cầu Thành đoàn và các cấp bộ Đoàn cần đổi mới cách tổ chức phong trào tình nguyện.
Kết luận hội nghị, đồng chí Bí thư Thành đoàn đề nghị các đơn vị, Đoàn trực thuộc triển khai việc lấy ý kiến đoàn viên về dự thảo văn kiện.
Các Đoàn trực thuộc rà soát danh sách đoàn viên trước ngày 20/1/2026.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "đổi mới cách tổ chức")) == ["doan_thanh_nien"]
    assert unit_keys(one(tasks, "lấy ý kiến đoàn viên")) == ["doan_thanh_nien"]
    assert unit_keys(one(tasks, "rà soát danh sách đoàn viên")) == ["doan_thanh_nien"]


def test_the_boards_and_the_office_share_their_committee() -> None:
    text = """Chiều 2/7, Thường trực Huyện ủy họp giao ban quý III.
Đồng chí Phó Bí thư Thường trực Huyện ủy yêu cầu các Ban, Văn phòng Huyện ủy tham mưu tổ chức tốt hội nghị sơ kết.
Tỉnh ủy giao các ban, Văn phòng Tỉnh ủy chuẩn bị nội dung làm việc với các huyện.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "hội nghị sơ kết")) == ["name:các Ban Huyện ủy", "van_phong"]
    assert unit_keys(one(tasks, "nội dung làm việc")) == ["name:các ban Tỉnh ủy", "van_phong"]


def test_the_inspection_committee_written_in_lower_case() -> None:
    text = """Chiều 2/7, Thường trực Huyện ủy họp giao ban quý III.
Đồng chí Bí thư Huyện ủy giao Ban Tổ chức Huyện ủy rà soát quy hoạch cán bộ; Ủy ban kiểm tra Huyện ủy theo dõi kết quả giải quyết đơn thư.
Ủy ban kiểm tra Huyện ủy cần hoàn thành việc giám sát chuyên đề trong quý III/2020.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "giải quyết đơn thư")) == ["kiem_tra"]
    assert unit_keys(one(tasks, "giám sát chuyên đề")) == ["kiem_tra"]
    report = """Sáng 10/7, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm.
Trong 6 tháng, Ủy ban kiểm tra Huyện ủy đã kiểm tra 5 tổ chức đảng và 12 đảng viên.
"""
    assert drafts(report) == []  # what it did, no task


def test_the_front_bare_after_party_cells() -> None:
    text = """Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và các đoàn thể huyện tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên.
Đảng ủy xã yêu cầu các chi bộ, Mặt trận và các đoàn thể xã tuyên truyền việc bầu cử đến từng hộ gia đình.
Thủ trưởng các cơ quan, đơn vị khối Đảng, Mặt trận, đoàn thể huyện đề xuất nhu cầu đào tạo cán bộ.
"""
    tasks = drafts(text)
    assert "mttq" in unit_keys(one(tasks, "quán triệt Chỉ thị"))
    assert "name:cấp ủy các chi bộ, đảng bộ cơ sở" in unit_keys(one(tasks, "quán triệt Chỉ thị"))
    assert "mttq" in unit_keys(one(tasks, "việc bầu cử"))
    assert "mttq" not in unit_keys(one(tasks, "nhu cầu đào tạo"))  # the heads of the bloc's bodies, one addressee


def test_a_delegation_s_members_are_no_new_subject() -> None:
    text = """Liên đoàn Lao động tỉnh sẽ tổ chức các đoàn lãnh đạo Tỉnh ủy, Mặt trận Tổ quốc, Liên đoàn Lao động tỉnh thăm, tặng quà công nhân dịp Tết.
Hội Nông dân huyện sẽ thành lập đoàn công tác Huyện ủy, Hội Nông dân huyện đi kiểm tra mô hình kinh tế ở các xã.
Hội Nông dân huyện sẽ tổ chức đoàn công tác thăm các hộ nghèo, UBND các xã chuẩn bị danh sách hộ được thăm.
"""
    tasks = drafts(text)
    assert unit_keys(one(tasks, "tặng quà công nhân")) == ["lien_doan_lao_dong"]
    assert unit_keys(one(tasks, "kiểm tra mô hình kinh tế")) == ["nong_dan"]
    # a verb after the delegation's word: the list that follows is another subject
    assert unit_keys(one(tasks, "chuẩn bị danh sách")) == ["name:UBND các xã"]
