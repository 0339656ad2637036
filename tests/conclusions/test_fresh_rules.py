"""General rules from the fresh documents' error classes, each on sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.addressees import resolve, split_units
from conclusions.catalog import MODEL_2025, standard_units
from conclusions.extract import _choose_catalog
from conclusions.layout import is_chrome
from conclusions.normalize import ascii_fold
from conclusions.units import UnitResolver


def _tasks(text: str, issued_on: date | None = None) -> list[tuple[str, list[str], date | None, str | None]]:
    draft = extract(text, issued_on)
    return [(t.content, [u.key or f"name:{u.name}" for u in t.units], t.deadline.due, t.deadline.recurrence)
            for t in draft.tasks]


@pytest.mark.parametrize(
    "line",
    [
        "In bài viết | Gửi bạn bè | Quay lại",
        "Tải về: 215_KH-UBND.pdf",
        "Thông tin chi tiết xem tại văn bản đính kèm.",
        "Gửi email",
        "Thứ Sáu, 14/03/2025 | 09:15   In trang | Gửi email",
    ],
)
def test_web_page_chrome(line: str) -> None:
    assert is_chrome(ascii_fold(line))


def test_a_task_table_row_is_not_chrome() -> None:
    assert not is_chrome(ascii_fold("Tập huấn cán bộ | Hội Nông dân xã | Trước 30/6/2025"))


def test_chrome_lines_after_a_notice_are_no_tasks() -> None:
    text = ("UBND tỉnh có ý kiến chỉ đạo như sau:\n\n1. Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\n"
            "Thông tin chi tiết xem tại văn bản đính kèm.\n\nTải về: 77_UBND-VX.pdf\nIn bài viết | Gửi bạn bè | Quay lại\n")
    tasks = _tasks(text, date(2024, 3, 1))
    assert [t[0][:7] for t in tasks] == ["kiểm tr"] or len(tasks) == 1


def test_catalog_model_follows_the_document_date() -> None:
    old, _ = _choose_catalog(None, "Đảng ủy xã Tân Phú, ngày 3 tháng 3 năm 2024. Hội Nông dân xã tổ chức tập huấn.")
    new, _ = _choose_catalog(None, "Đảng ủy xã Tân Phú, ngày 3 tháng 9 năm 2025. Hội Nông dân xã tổ chức tập huấn.")
    assert "xay_dung_dang" not in {u.key for u in old}
    assert {u.key for u in new} == {u.key for u in standard_units("xa", model=MODEL_2025)}


def test_catalog_model_follows_post_2025_bodies_without_a_date() -> None:
    text = "Thường trực Đảng ủy xã kết luận. Giao Ban Xây dựng Đảng tham mưu kế hoạch kiểm tra."
    catalog, _ = _choose_catalog(None, text)
    assert "xay_dung_dang" in {u.key for u in catalog}


def test_a_given_catalog_is_kept() -> None:
    units = standard_units("huyen")
    catalog, _ = _choose_catalog(units, "ngày 3 tháng 9 năm 2025, Ban Xây dựng Đảng …")
    assert catalog == units


def test_province_document_naming_special_zones_stays_provincial() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH\nngày 05 tháng 11 năm 2025\nChủ tịch UBND các xã, phường, đặc khu "
            "rà soát thiệt hại. Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động ủng hộ.")
    catalog, _ = _choose_catalog(None, text)
    assert any(u.name.endswith("tỉnh") for u in catalog)


def test_a_written_collective_subject_is_kept_as_written() -> None:
    text = ("Đảng ủy xã kết luận như sau:\n1. Các chi bộ ấp tổ chức họp chuyên đề về an ninh trật tự, "
            "gửi biên bản về Văn phòng Đảng ủy trước ngày 20/12.\n")
    tasks = _tasks(text, date(2024, 11, 4))
    assert tasks and tasks[0][1] == ["name:Các chi bộ ấp"]


def test_a_name_with_a_colon_heads_its_items() -> None:
    text = ("Chủ tịch UBND huyện yêu cầu:\n1. Hiệu trưởng các trường tiểu học:\n"
            "- Rà soát cơ sở vật chất trước năm học mới;\n- Phân công giáo viên trực hè tại trường.\n")
    tasks = _tasks(text, date(2024, 6, 3))
    assert len(tasks) == 2
    assert all(t[1] == ["name:Hiệu trưởng các trường tiểu học"] for t in tasks)


def test_the_joint_office_is_one_unit() -> None:
    assert split_units("Văn phòng HĐND và UBND thị xã") == ["Văn phòng HĐND và UBND thị xã"]
    assert len(split_units("Phòng Tư pháp và UBND các xã")) == 2


def test_a_unit_name_stops_at_its_verb() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    from conclusions.addressees import addressees_at

    refs, _ = addressees_at("Văn phòng Huyện ủy ra thông báo kết luận hội nghị.", 0, resolver)
    assert refs[0].key == "van_phong"
    refs, _ = addressees_at("Phòng Tài nguyên và Môi trường đăng tải danh sách hộ dân.", 0, resolver)
    assert refs[0].name == "Phòng Tài nguyên và Môi trường"


def test_branches_of_the_youth_union_are_the_youth_union() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    for name in ("Đoàn các xã, thị trấn", "Đoàn xã Bình Minh", "Đoàn Khối cơ quan huyện", "Các cơ sở đoàn"):
        assert [r.key for r in resolve([name], resolver)] == ["doan_thanh_nien"], name


def test_a_plan_lead_in_opens_its_list() -> None:
    text = ("Hội Cựu chiến binh xã tổ chức sơ kết. Thời gian tới, Hội sẽ tập trung thực hiện các nội dung sau:\n"
            "- Vận động hội viên tham gia giữ gìn an ninh trật tự;\n- Tổ chức gặp mặt truyền thống trong tháng 12/2024.\n")
    tasks = _tasks(text, date(2024, 7, 1))
    assert [t[0][:8] for t in tasks] == ["Vận động", "Tổ chức "]
    assert all(t[1] == ["cuu_chien_binh"] for t in tasks)


def test_purposes_of_a_plan_are_no_tasks_and_its_duties_are() -> None:
    text = ("Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Nâng cao ý thức của đoàn viên về bảo vệ môi trường.\n- Các hoạt động phải an toàn, tiết kiệm.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Các cơ sở đoàn căn cứ kế hoạch này xây dựng kế hoạch của đơn vị, "
            "gửi về Huyện đoàn trước ngày 20/6/2024.\n\nBan Thường vụ Huyện đoàn mong muốn các cơ sở đoàn phát huy kết quả.\n")
    tasks = _tasks(text, date(2024, 6, 5))
    assert len(tasks) == 1, tasks
    assert tasks[0][1] == ["doan_thanh_nien"] and tasks[0][2] == date(2024, 6, 20)


def test_sending_the_result_by_a_time_is_part_of_the_action() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu:\n- Chủ tịch UBND các xã rà soát số hộ bị ngập, "
            "gửi Sở Tài chính trước 16 giờ ngày 12/10/2025.\n")
    tasks = _tasks(text, date(2025, 10, 9))
    assert len(tasks) == 1 and tasks[0][2] == date(2025, 10, 12)


def test_reporting_when_something_happens_is_part_of_the_duty() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu:\n- Thủ trưởng các sở, ngành bố trí lực lượng trực 24/24 giờ, "
            "báo cáo ngay về Văn phòng UBND tỉnh khi có sự cố.\n")
    assert len(_tasks(text, date(2025, 10, 9))) == 1


def test_a_subject_directing_another_body_under_a_directive_lead_in() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu:\n- Giám đốc Sở Công Thương chỉ đạo Quản lý thị trường kiểm tra giá cả, "
            "hoàn thành trước ngày 30/10/2025; Giám đốc Sở Tư pháp rà soát các văn bản quy phạm pháp luật.\n")
    tasks = _tasks(text, date(2025, 10, 9))
    assert [t[1] for t in tasks] == [["name:Giám đốc Sở Công Thương"], ["name:Giám đốc Sở Tư pháp"]]


def test_own_next_action_after_directing_keeps_its_subject_and_recurrence() -> None:
    text = ("UBND tỉnh có ý kiến như sau:\n1. Chủ tịch UBND các huyện chỉ đạo UBND các xã lập tổ kiểm tra tại các chợ; "
            "thực hiện báo cáo tình hình hằng tuần về Sở Công Thương.\n")
    tasks = _tasks(text, date(2024, 5, 6))
    assert len(tasks) == 2
    assert tasks[0][3] is None and tasks[1][3] == "weekly"
    assert tasks[1][1] == ["name:Chủ tịch UBND các huyện"]


def test_a_monthly_row_with_a_part_of_the_month_has_no_single_date() -> None:
    text = ("Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:\nNội dung | Đơn vị thực hiện | Thời gian\n"
            "Ra quân dọn vệ sinh đường làng | Đoàn các xã | Hằng tháng (cuối tháng)\n")
    tasks = _tasks(text, date(2024, 6, 5))
    assert tasks and tasks[0][2] is None and tasks[0][3] == "monthly"


def test_reporting_to_a_superior_by_a_date_is_a_task_that_shares_its_date_with_the_action() -> None:
    text = ("Ban Thường vụ Huyện ủy kết luận như sau:\n1. Ban Tổ chức Huyện ủy rà soát quy hoạch cán bộ các xã, "
            "báo cáo Thường trực Huyện ủy trong tháng 5/2024.\n")
    tasks = _tasks(text, date(2024, 4, 2))
    assert [t[2] for t in tasks] == [date(2024, 5, 31), date(2024, 5, 31)]  # round 7: the report is its own deliverable


def test_a_report_with_its_own_object_stays_a_task() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở rà soát các nhiệm vụ được giao "
            "và báo cáo kết quả về Chủ tịch UBND tỉnh trước ngày 20/7/2024.")
    tasks = _tasks(text, date(2024, 7, 2))
    assert any(t[0].startswith("báo cáo kết quả") for t in tasks)


def test_table_deadline_column_wins_over_an_event_in_the_task() -> None:
    text = ("Văn phòng Tỉnh ủy đề nghị các cơ quan hoàn thành các nhiệm vụ sau:\n"
            "STT | Nội dung | Cơ quan chủ trì | Thời hạn\n"
            "1 | Đánh giá hoạt động của các hội sau khi sắp xếp | Ủy ban MTTQ Việt Nam tỉnh | Tháng 5/2026\n"
            "2 | Cập nhật danh sách hội viên | Hội Nông dân tỉnh | Hằng tháng, trước ngày 10\n")
    tasks = _tasks(text, date(2026, 3, 2))
    assert [(t[2], t[3]) for t in tasks] == [(date(2026, 5, 31), None), (date(2026, 3, 10), "monthly")]


def test_an_opinion_lead_in_opens_its_list() -> None:
    text = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Sở Xây dựng chỉ đạo các đơn vị thi công bảo đảm an toàn; "
            "tổng hợp tiến độ các công trình hằng tuần.\n")
    tasks = _tasks(text, date(2025, 3, 3))
    assert [t[1] for t in tasks] == [["name:Sở Xây dựng"], ["name:Sở Xây dựng"]]
    assert tasks[1][3] == "weekly"


def test_a_second_action_with_its_own_period_is_its_own_task() -> None:
    text = ("Ban Thường vụ Đảng ủy kết luận như sau:\n1. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã "
            "giải tỏa các điểm họp chợ lấn chiếm lòng đường; tăng cường tuần tra ban đêm (từ 01/6 đến 31/7/2026).\n")
    tasks = _tasks(text, date(2026, 5, 4))
    assert [t[2] for t in tasks] == [None, date(2026, 7, 31)]


def test_a_recurring_second_action_keeps_its_recurrence_alone() -> None:
    text = ("Ban Thường vụ Đảng ủy kết luận như sau:\n1. Văn phòng Đảng ủy chủ trì rà soát quy chế làm việc; "
            "định kỳ hàng quý tổng hợp tình hình thực hiện kết luận.\n")
    tasks = _tasks(text, date(2026, 5, 4))
    assert [t[3] for t in tasks] == [None, "quarterly"]


def test_a_closing_report_after_a_semicolon_is_its_own_task_with_the_actions_body_and_date() -> None:
    text = ("Ban Thường vụ Đảng ủy kết luận như sau:\n1. Hội Nông dân xã rà soát hộ nghèo trong hội viên; "
            "báo cáo kết quả trước ngày 30/6/2026.\n")
    tasks = _tasks(text, date(2026, 5, 4))
    assert [(t[1], t[2]) for t in tasks] == [(["nong_dan"], date(2026, 6, 30))] * 2  # round 7: the report is a deliverable


def test_an_exhortation_to_play_a_role_is_no_task_of_its_own() -> None:
    text = ("Chủ tịch Ủy ban MTTQ kết luận, nhiệm vụ trọng tâm gồm:\n"
            "- Hội Nông dân tỉnh cần phát huy vai trò trung tâm, vận động hội viên tham gia bảo hiểm xã hội tự nguyện.\n")
    tasks = _tasks(text, date(2026, 1, 20))
    assert len(tasks) == 1 and "bảo hiểm" in tasks[0][0]


def test_closing_a_campaign_by_a_date_ends_the_action() -> None:
    text = ("Chủ tịch Ủy ban MTTQ kết luận, nhiệm vụ trọng tâm gồm:\n"
            "- Hội Liên hiệp Phụ nữ tỉnh tổ chức Tháng hành động vì bình đẳng giới, tổng kết trong tháng 12/2026.\n")
    tasks = _tasks(text, date(2026, 10, 5))
    assert len(tasks) == 1 and tasks[0][2] == date(2026, 12, 31)


def test_the_bodies_named_above_are_the_ones_named() -> None:
    text = ("Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm việc với Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh.\n\n"
            "Đồng chí Chủ tịch kết luận, nhiệm vụ trọng tâm gồm:\n- Hội Nông dân tỉnh mở lớp dạy nghề cho hội viên.\n\n"
            "Các tổ chức chính trị - xã hội nêu trên báo cáo kết quả về Ban Thường trực trước ngày 25/3/2026.\n")
    tasks = _tasks(text, date(2026, 1, 20))
    report = [t for t in tasks if t[0].startswith("Các tổ chức") or "báo cáo kết quả" in t[0]]
    assert report and sorted(report[0][1]) == ["cuu_chien_binh", "nong_dan"]


def test_riêng_before_a_subject_and_opinions_listed_as_nouns() -> None:
    text = ("Kết luận hội nghị, Chủ tịch UBND xã yêu cầu Công an xã tăng cường tuần tra ban đêm. "
            "Riêng Văn phòng HĐND và UBND xã tổng hợp ý kiến, kiến nghị của cử tri, "
            "báo cáo lãnh đạo UBND xã trước ngày 15 hằng tháng.")
    tasks = _tasks(text, date(2025, 11, 3))
    office = [t for t in tasks if t[1] == ["name:Văn phòng HĐND và UBND xã"]]
    assert len(office) == 1 and office[0][3] == "monthly" and office[0][2] == date(2025, 11, 15)


def test_the_visiting_body_sets_the_level_of_a_news_report() -> None:
    from conclusions.units import detect_level

    text = ("Thường trực Huyện ủy Tân Lạc làm việc với Đảng ủy xã Phú Cường\n\n"
            "Ngày 5/4, Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Phú Cường. "
            "Ban Tổ chức Huyện ủy hướng dẫn xã chuẩn bị nhân sự đại hội chi bộ.")
    assert detect_level(text) == "huyen"


def test_a_priority_is_how_the_action_is_done_not_a_new_action() -> None:
    text = ("Bí thư Huyện ủy yêu cầu Đảng ủy xã tập trung lãnh đạo hoàn thành các tiêu chí còn lại, "
            "ưu tiên tiêu chí thu nhập và nhà ở dân cư.")
    assert len(_tasks(text, date(2024, 4, 5))) == 1


def test_the_aims_end_at_the_next_numbered_section_whatever_its_case() -> None:
    text = ("Ban Chấp hành Hội Nông dân xã xây dựng kế hoạch như sau:\nI. Mục đích, yêu cầu\n"
            "- Nâng cao nhận thức của hội viên về chuyển đổi số.\nII. Nội dung thực hiện\n"
            "1. Hội Nông dân xã tổ chức 2 lớp tập huấn chuyển đổi số cho hội viên trong quý III/2024.\n")
    tasks = _tasks(text, date(2024, 6, 5))
    assert len(tasks) == 1 and tasks[0][2] == date(2024, 9, 30)


def test_the_walker_skips_a_plans_aims_too() -> None:
    text = ("Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Phát huy vai trò của đoàn viên trong xây dựng nông thôn mới.\n"
            "2. Các hoạt động phải thiết thực, hiệu quả.\nII. NHIỆM VỤ\n"
            "1. Huyện đoàn tổ chức lễ ra quân chiến dịch tình nguyện trước ngày 20/6/2024.\n")
    tasks = _tasks(text, date(2024, 6, 5))
    assert len(tasks) == 1 and tasks[0][2] == date(2024, 6, 20)


def test_an_economic_special_zone_of_2018_keeps_the_old_catalog() -> None:
    text = "Huyện ủy Vân Đồn, ngày 5 tháng 3 năm 2018. Hội Nông dân huyện tuyên truyền về đặc khu kinh tế."
    catalog, _ = _choose_catalog(None, text)
    assert "tuyen_giao_dan_van" not in {u.key for u in catalog}


# -- whom an unnamed request goes to (issue 10): the đoàn thể only in a Front or mass-organisation document --

_UBND_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY\nSố: 45/UBND-VP\nSông Mây, ngày 10 tháng 3 năm 2024\n"
              "V/v chuẩn bị mùa mưa bão\n")


def test_an_unnamed_request_of_a_district_letter_goes_to_nobody() -> None:
    text = (_UBND_HEAD + "Để chủ động ứng phó mùa mưa bão, UBND huyện yêu cầu như sau:\n"
            "1. Các đơn vị rà soát phương án sơ tán dân ở vùng trũng thấp, xong trước ngày 30/4/2024.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert tasks and all(not units or all(not u.startswith(("mttq", "nong_dan", "phu_nu")) for u in units)
                         for _, units, _, _ in tasks)
    assert not any({"mttq", "nong_dan", "cuu_chien_binh"} & set(units) for _, units, _, _ in tasks)


def test_an_unnamed_request_of_a_letter_goes_to_whom_it_is_sent() -> None:
    text = (_UBND_HEAD + "Kính gửi:\n- Phòng Nông nghiệp và Môi trường;\n- Công an huyện.\n"
            "UBND huyện đề nghị khẩn trương rà soát phương án sơ tán dân ở vùng trũng thấp, xong trước ngày 30/4/2024.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert tasks
    assert all(not {"mttq", "nong_dan", "phu_nu"} & set(units) for _, units, _, _ in tasks)
    assert any("name:Phòng Nông nghiệp và Môi trường" in units for _, units, _, _ in tasks)


def test_only_a_front_or_mass_organisation_document_defaults_to_the_doan_the() -> None:
    from conclusions import pipeline
    from conclusions.audience import front_document

    resolver = UnitResolver(standard_units("huyen"), "huyen")
    front = ("ỦY BAN MTTQ VIỆT NAM\nHUYỆN SÔNG MÂY\nSố: 12/TB-MTTQ\n"
             "Ban Thường trực thông báo kết luận như sau:\n1. Tuyên truyền về hiến máu tình nguyện.\n")
    sent_to = _UBND_HEAD + "Kính gửi:\n- Hội Nông dân huyện;\n- Hội Cựu chiến binh huyện.\nĐề nghị phối hợp tuyên truyền.\n"
    plain = _UBND_HEAD + "Kính gửi:\n- Phòng Nội vụ;\n- Công an huyện.\nĐề nghị khẩn trương rà soát.\n"
    for text, expected in ((front, True), (sent_to, True), (plain, False)):
        doc = pipeline.make_document(text)
        pipeline.run(doc, resolver, stop="clauses")
        assert front_document(doc, resolver) is expected, text


def test_the_trade_unions_grassroots_branches_are_the_unions_work() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    assert [u.key for u in resolve(split_units("Các công đoàn cơ sở"), resolver)] == ["lien_doan_lao_dong"]


def test_the_office_of_a_catalog_board_is_that_board() -> None:
    resolver = UnitResolver(standard_units("tinh", model=MODEL_2025), "tinh")
    refs, _ = resolver.run_at("Cơ quan Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tổng hợp ý kiến", 0)
    assert [r.key for r in refs] == ["tuyen_giao_dan_van"]


def test_a_bare_standing_board_is_the_issuing_bodys() -> None:
    text = ("Chiều 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa An tổ chức hội nghị triển khai cuộc vận động. "
            "Ban Thường trực sẽ chủ trì giám sát việc bình xét hộ cận nghèo trong tháng 12/2024.")
    tasks = _tasks(text, date(2024, 11, 6))
    assert any(units == ["mttq"] and "giám sát" in content for content, units, _, _ in tasks)


def test_a_title_over_a_list_of_offices_names_each_office() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    from conclusions.addressees import addressees_at
    refs, _ = addressees_at("Trưởng các phòng: Nội vụ, Văn hóa và Thông tin căn cứ chức năng rà soát hồ sơ", 0, resolver)
    assert [r.name for r in refs] == ["Trưởng phòng Nội vụ", "Trưởng phòng Văn hóa và Thông tin"]
    refs, _ = addressees_at("Giám đốc: Sở Y tế, Sở Tài chính theo thẩm quyền thẩm định hồ sơ", 0, resolver)
    assert [r.name for r in refs] == ["Giám đốc Sở Y tế", "Giám đốc Sở Tài chính"]


def test_a_voters_request_quoted_in_the_reply_is_no_task() -> None:
    text = ("TRẢ LỜI KIẾN NGHỊ CỬ TRI\nCâu 2. Cử tri xã Phú Lâm kiến nghị: Cầu treo thôn 3 đã hư hỏng, đề nghị tỉnh sớm "
            "đầu tư xây mới.\nTrả lời:\nUBND tỉnh giao Sở Xây dựng khảo sát, lập phương án đầu tư cầu treo thôn 3 "
            "trong quý I/2025.")
    tasks = _tasks(text, date(2024, 11, 20))
    assert not any("đề nghị tỉnh" in content for content, _, _, _ in tasks)
    assert any("name:Sở Xây dựng" in units or "khảo sát" in content for content, units, _, _ in tasks)


def test_after_an_action_closed_by_its_day_the_next_semicolon_part_is_another_action() -> None:
    text = (_UBND_HEAD + "Chủ tịch UBND huyện yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
            "1. Phòng Nội vụ tham mưu kiện toàn Ban Chỉ huy phòng chống thiên tai, trình Chủ tịch UBND huyện trước "
            "ngày 20/3/2024; rà soát, bổ sung vật tư cứu hộ cho các xã ven sông.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert len(tasks) == 2 and all(units == ["name:Phòng Nội vụ"] for _, units, _, _ in tasks)
    assert tasks[0][2] == date(2024, 3, 20) and tasks[1][0].startswith("rà soát")


def test_a_clauses_next_sentence_keeps_its_subject() -> None:
    text = (_UBND_HEAD + "Chủ tịch UBND huyện yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
            "1. Trưởng các thôn tổ chức cho các hộ ven rừng ký cam kết phòng cháy. Danh sách hộ đã ký gửi về UBND huyện "
            "trước ngày 25/3/2024.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert any(content.startswith("Danh sách") and units == ["name:Trưởng các thôn"] for content, units, _, _ in tasks)


def test_a_figure_under_the_lead_in_is_no_task() -> None:
    text = (_UBND_HEAD + "Chủ tịch UBND huyện kết luận như sau:\n"
            "1. Năm 2023, toàn huyện có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12/15 xã.\n"
            "2. Phòng Nông nghiệp hướng dẫn các xã hoàn thiện hồ sơ đề nghị công nhận trước ngày 30/6/2024.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert [c for c, _, _, _ in tasks if "toàn huyện có thêm" in c] == []
    assert any("hoàn thiện hồ sơ" in c for c, _, _, _ in tasks)


def test_balancing_funds_is_an_action() -> None:
    text = ("Trả lời:\nĐề nghị UBND xã Tân Hòa cân đối nguồn vốn đầu tư công của xã, ưu tiên bố trí cho các thôn "
            "chưa có nhà văn hóa; đồng thời vận động các doanh nghiệp đóng góp xã hội hóa.")
    tasks = _tasks(text, date(2025, 11, 20))
    assert len(tasks) == 2


def test_a_clause_opening_with_a_proposal_names_whom_it_is_put_to() -> None:
    text = (_UBND_HEAD + "Chủ tịch UBND huyện yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
            "1. Đề xuất Ủy ban MTTQ Việt Nam huyện chỉ đạo Hội Cựu chiến binh huyện vận động hội viên tham gia "
            "tuần tra bảo vệ đê.\n")
    tasks = _tasks(text, date(2024, 3, 10))
    assert len(tasks) == 1 and tasks[0][1] == ["mttq"]


def test_the_closing_ask_with_its_trouble_tail_is_no_task() -> None:
    from conclusions.cues import is_restatement

    assert is_restatement("Yêu cầu Thủ trưởng các cơ quan nghiêm túc thực hiện; trong quá trình thực hiện nếu có "
                          "khó khăn, vướng mắc kịp thời báo cáo UBND huyện để được hướng dẫn./.")
    assert not is_restatement("Yêu cầu Thủ trưởng các cơ quan rà soát hồ sơ; nếu có vướng mắc báo cáo UBND huyện.")


def test_a_trade_union_named_first_is_the_subject_of_its_bullet() -> None:
    text = ("Ngày 3/12/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị giao ban. Kết luận hội nghị, đồng chí Chủ tịch "
            "yêu cầu các cấp công đoàn thực hiện tốt các nội dung, cụ thể:\n"
            "- Công đoàn các Khu kinh tế tỉnh phối hợp với Sở Nội vụ nắm tình hình tiền lương tại 4 doanh nghiệp, "
            "báo cáo trước ngày 20/12;\n")
    tasks = _tasks(text, date(2024, 12, 3))
    assert any(units == ["lien_doan_lao_dong"] or any("Công đoàn" in u for u in units) for _, units, _, _ in tasks)
    assert any(due == date(2024, 12, 20) for _, _, due, _ in tasks)


def test_the_period_opening_a_plan_sentence_is_its_deadline_but_not_of_a_repeated_check() -> None:
    text = ("Ngày 3/12/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị giao ban với công đoàn các ngành. "
            "Về phía Liên đoàn Lao động tỉnh, dự kiến trong quý I/2025, Ban Thường vụ sẽ tổ chức hội nghị đối thoại "
            "với công nhân; đồng thời hằng quý kiểm tra việc thực hiện thỏa ước tại 3 doanh nghiệp.")
    tasks = _tasks(text, date(2024, 12, 3))
    talk = [t for t in tasks if "đối thoại" in t[0]]
    check = [t for t in tasks if "thỏa ước" in t[0]]
    assert talk and talk[0][1] == ["lien_doan_lao_dong"] and talk[0][2] == date(2025, 3, 31)
    assert check and check[0][2] is None and check[0][3] == "quarterly"


def test_a_repeated_verb_with_a_short_object_is_one_list_not_two_actions() -> None:
    text = ("Ngày 10/12/2025, Ủy ban MTTQ Việt Nam xã Hòa An tổ chức hội nghị. Dự kiến, trong quý I/2026, Ủy ban MTTQ "
            "xã sẽ tổ chức hội nghị lấy ý kiến góp ý xây dựng Đảng, xây dựng chính quyền.")
    tasks = _tasks(text, date(2025, 12, 10))
    assert len(tasks) == 1 and tasks[0][0].endswith("xây dựng chính quyền.") and tasks[0][2] == date(2026, 3, 31)


def test_a_linking_adverb_is_no_action_of_its_own() -> None:
    text = ("Chiều 4/11/2025, UBND tỉnh họp bàn về giải phóng mặt bằng. Sở Xây dựng phải làm việc với Công ty Điện lực "
            "để di dời 4 cột điện; song song đó, đôn đốc nhà thầu tăng ca vào ban đêm.")
    tasks = _tasks(text, date(2025, 11, 4))
    assert not any(content.strip(" ,.").lower() == "song song đó" for content, _, _, _ in tasks)
    assert any(content.startswith("đôn đốc nhà thầu") or "đôn đốc nhà thầu" in content for content, _, _, _ in tasks)
