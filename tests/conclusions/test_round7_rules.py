"""General rules of extraction round 7 (issue 10), each on text written for the test: a "Thời gian hoàn thành"
sentence dates the tasks before it, not those after it; the period of a section heading dates the items under it;
an event announced after a task neither joins it nor dates it."""

from __future__ import annotations

from datetime import date

from conclusions import extract
from tests.conclusions.helpers import summaries

NOTICE = """THÔNG BÁO KẾT LUẬN
của đồng chí Bí thư Huyện ủy tại buổi làm việc với Đảng ủy xã Đông Sơn

Ngày 12/3/2021, đồng chí Bí thư Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Đông Sơn. Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy kết luận như sau:

1. Về kết quả
Quý I/2021, xã đã hoàn thành 3 km đường giao thông nông thôn.

2. Về nhiệm vụ thời gian tới
Giao UBND xã chủ trì, phối hợp với Công an xã giải tỏa các điểm lấn chiếm hành lang giao thông. Thời gian hoàn thành trong tháng 5/2021. Đồng thời rà soát, lập danh sách các hộ chưa kê khai đất để vận động kê khai.
Ủy ban MTTQ xã vận động nhân dân hiến đất làm đường liên thôn.
Hội nghị giao ban quý II/2021 dự kiến tổ chức vào ngày 05/7/2021 tại Hội trường Đảng ủy xã.
"""


def test_a_completion_sentence_dates_the_task_before_it_and_not_those_after() -> None:
    tasks = summaries(NOTICE, date(2021, 3, 15))
    assert [(content.split()[0], due) for content, _, due in tasks] == [
        ("Giao", date(2021, 5, 31)), ("Đồng", None), ("Ủy", None)]  # "Đồng thời rà soát …" comes after the completion sentence


def test_an_event_announced_after_a_task_does_not_date_or_join_it() -> None:
    tasks = summaries(NOTICE, date(2021, 3, 15))
    assert not any("Hội nghị giao ban" in content for content, _, _ in tasks)
    assert all(due != date(2021, 7, 5) for _, _, due in tasks)


SECTION = """THÔNG BÁO
Kết luận của Thường trực Đảng ủy phường tại hội nghị giao ban tháng 4/2026

Sau khi nghe báo cáo, đồng chí Bí thư Đảng ủy phường kết luận như sau:

1. Kết quả tháng 3/2026
Các chi bộ đã tổ chức sinh hoạt đúng quy định.

2. Nhiệm vụ trọng tâm tháng 4/2026
2.1. Văn phòng Đảng ủy tổng hợp ý kiến của các chi bộ, báo cáo Thường trực Đảng ủy trước ngày 15/4/2026.
2.2. Ban Xây dựng Đảng hướng dẫn các chi bộ kiện toàn cấp ủy.
2.3. Ủy ban Kiểm tra Đảng ủy phường kiểm tra việc thu, nộp đảng phí tại 03 chi bộ, xong trong quý II/2026.
"""


def test_a_section_heading_period_dates_the_items_without_their_own() -> None:
    tasks = summaries(SECTION, date(2026, 4, 3))
    assert [due for _, _, due in tasks] == [date(2026, 4, 15), date(2026, 4, 30), date(2026, 6, 30)]


PLAN = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ

Số: 15/KH-UBND
An Phú, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Trồng cây xanh trên các tuyến đường liên thôn năm 2026

MỤC ĐÍCH, YÊU CẦU

- Nâng cao ý thức của người dân trong việc bảo vệ cây xanh.

NỘI DUNG THỰC HIỆN

1. Khảo sát các tuyến đường cần trồng cây; hoàn thành trong tháng 3/2026.

2. Cấp phát cây giống cho các thôn trước ngày 15/4/2026.

TỔ CHỨC THỰC HIỆN

3. Phòng Kinh tế

- Chủ trì lập danh sách các tuyến đường trồng cây, xong trước ngày 20/3/2026.

- Nạo vét rãnh thoát nước dọc tuyến đường trục xã.

4. Trưởng các thôn

- Vận động người dân nhận chăm sóc cây trước nhà.
"""


def test_a_plans_items_under_capital_headings_and_unit_headings() -> None:
    tasks = summaries(PLAN)
    assert [(content.split()[0], units, due) for content, units, due in tasks] == [
        ("Khảo", ["ubnd"], date(2026, 3, 31)),  # the plan's own items are the issuer's
        ("Cấp", ["ubnd"], date(2026, 4, 15)),
        ("Chủ", ["name:Phòng Kinh tế"], date(2026, 3, 20)),  # bullets under "3. Phòng Kinh tế", after bullets of an earlier section
        ("Nạo", ["name:Phòng Kinh tế"], None),
        ("Vận", ["name:Trưởng các thôn"], None),
    ]


REPORTS = """THÔNG BÁO KẾT LUẬN
của Thường trực Huyện ủy tại hội nghị giao ban tháng 9/2023

Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy kết luận như sau:

1. Hội Nông dân huyện phối hợp với Ngân hàng Chính sách xã hội huyện rà soát các tổ vay vốn yếu kém, báo cáo Thường trực Huyện ủy trước ngày 20/10/2023.
2. Liên đoàn Lao động huyện nắm tình hình việc làm của công nhân các doanh nghiệp; định kỳ hằng quý báo cáo Ban Dân vận Huyện ủy.
3. Văn phòng Huyện ủy tổng hợp kết quả thực hiện các kết luận, báo cáo Ban Thường vụ Huyện ủy.
4. Ban Tổ chức Huyện ủy theo dõi, đôn đốc; tổng hợp, báo cáo Thường trực Huyện ủy kết quả thực hiện.
"""


def test_a_report_after_an_action_is_its_own_task_and_shares_its_deadline() -> None:
    tasks = summaries(REPORTS, date(2023, 9, 28))
    assert [(content.split(",")[0][:40], units, due) for content, units, due in tasks] == [
        ("Hội Nông dân huyện phối hợp với Ngân hàn", ["nong_dan"], date(2023, 10, 20)),
        ("báo cáo Thường trực Huyện ủy trước ngày ", ["nong_dan"], date(2023, 10, 20)),
        ("Liên đoàn Lao động huyện nắm tình hình v", ["lien_doan_lao_dong"], None),
        ("định kỳ hằng quý báo cáo Ban Dân vận Huy", ["lien_doan_lao_dong"], None),
        # compiling is the report; verbs without their own object share it: one task each
        ("Văn phòng Huyện ủy tổng hợp kết quả thực", ["van_phong"], None),
        ("Ban Tổ chức Huyện ủy theo dõi", ["to_chuc"], None),
    ]
    assert [t.deadline.recurrence for t in extract(REPORTS, date(2023, 9, 28)).tasks][2:4] == [None, "quarterly"]


def test_a_person_and_her_titles_are_one_addressee() -> None:
    from conclusions.addressees import split_units

    assert split_units("đồng chí Lò Thị Hoa, Phó Chủ tịch UBND xã") == ["đồng chí Lò Thị Hoa, Phó Chủ tịch UBND xã"]
    assert split_units("Đồng chí Vi Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh trực tiếp") == [
        "Đồng chí Vi Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"]
    assert split_units("đồng chí Hà Văn An, Trưởng Công an xã và đồng chí Lục Thị Mai, Chủ tịch Hội LHPN xã") == [
        "đồng chí Hà Văn An, Trưởng Công an xã", "đồng chí Lục Thị Mai, Chủ tịch Hội LHPN xã"]
    tasks = summaries("Giao đồng chí Lò Thị Hoa, Phó Chủ tịch UBND xã trực tiếp chỉ đạo việc giải phóng mặt bằng khu tái định cư.",
                   date(2026, 3, 2))
    assert [units for _, units, _ in tasks] == [["name:đồng chí Lò Thị Hoa, Phó Chủ tịch UBND xã"]]


SECTION_MORE = """THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Đảng ủy xã tại hội nghị giao ban tháng 3/2026

Đồng chí Bí thư Đảng ủy xã kết luận như sau:

II. NHIỆM VỤ TRỌNG TÂM THÁNG 3/2026
1. Ban Xây dựng Đảng
- Tham mưu phân công cấp ủy viên phụ trách các chi bộ sau khi sáp nhập thôn.
2. UBND xã
- Chuẩn bị đầy đủ tờ trình trình kỳ họp HĐND xã (dự kiến tổ chức ngày 28/3/2026), gửi Ban Thường vụ cho ý kiến trước ngày 20/3/2026.
3. Các chi bộ trực thuộc
- Tổ chức sinh hoạt chuyên đề quý I; gửi biên bản sinh hoạt về Ban Xây dựng Đảng chậm nhất ngày 25/3/2026.
4. Thống nhất chủ trương để UBND xã sử dụng nhà văn hóa thôn cũ làm điểm trường mầm non.
"""


def test_a_condition_an_aside_an_agreement_and_a_sent_record() -> None:
    tasks = summaries(SECTION_MORE, date(2026, 3, 3))
    assert [(content.split()[0], units, due) for content, units, due in tasks] == [
        ("Tham", ["xay_dung_dang"], date(2026, 3, 31)),  # "sau khi …" has no date: the section's period bounds it
        ("Chuẩn", ["ubnd"], date(2026, 3, 20)),  # the event in parentheses does not make it an announcement
        ("Tổ", ["name:Các chi bộ trực thuộc"], date(2026, 3, 25)),
        ("gửi", ["name:Các chi bộ trực thuộc"], date(2026, 3, 25)),  # a record of its own, sent on: a second task
        ("Thống", ["ubnd"], date(2026, 3, 31)),  # agreed for the UBND to do: the UBND's task
    ]


REPORT = """ỦY BAN MTTQ VIỆT NAM
XÃ TÂN AN

BÁO CÁO
Kết quả công tác Mặt trận năm 2025

I. KẾT QUẢ THỰC HIỆN
Năm 2025, Ủy ban MTTQ xã đã vận động được 320 triệu đồng ủng hộ Quỹ "Vì người nghèo".

PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Vận động ủng hộ Quỹ "Vì người nghèo" năm 2026 đạt từ 350 triệu đồng trở lên.
- Tổ chức hội nghị hiệp thương giới thiệu người ứng cử, hoàn thành trong quý I/2026.
"""


def test_the_period_of_a_duties_heading_bounds_the_items_under_it() -> None:
    assert [due for _, _, due in summaries(REPORT, date(2025, 12, 16))] == [date(2026, 12, 31), date(2026, 3, 31)]


def test_each_action_after_a_semicolon_with_its_own_object_is_a_task() -> None:
    text = ("Ban Thường vụ Huyện ủy kết luận như sau:\n"
            "1. Đề nghị Hội Nông dân huyện tiếp tục chỉ đạo đại hội chi hội; chuẩn bị tốt văn kiện, nhân sự cho Đại hội Hội "
            "Nông dân huyện; triển khai thực hiện từ huyện đến cơ sở.\n"
            "2. Đề nghị Liên đoàn Lao động huyện rà soát tình hình lao động tại các doanh nghiệp; thực hiện sớm, kịp thời.\n")
    tasks = summaries(text, date(2018, 1, 10))
    assert [(content.split()[0], units) for content, units, _ in tasks] == [
        ("Đề", ["nong_dan"]), ("chuẩn", ["nong_dan"]),  # "triển khai thực hiện từ … đến …" says where, no task
        ("Đề", ["lien_doan_lao_dong"]),  # "thực hiện sớm, kịp thời" says how
    ]
