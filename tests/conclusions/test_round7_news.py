"""General rules of extraction round 7 for news reports of giao ban meetings and their reported speech, each on
text written for the test: partners before the verb, topic and situation openers, "được giao" duties, a body as the
topic of a request, exhortations with nothing named, web menus, and deadline words that name no deadline."""

from __future__ import annotations

import importlib
from datetime import date

from conclusions import extract
from conclusions.deadlines import task_deadline
from conclusions.extract import _choose_catalog

actions = importlib.import_module("conclusions.actions")

_NEWS = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÔNG MÂY\n\n"
         "UBND huyện giao ban tháng 9\n\n"
         "Sáng ngày 03/10/2023, Chủ tịch UBND huyện chủ trì hội nghị giao ban thường kỳ tháng 9.\n\n")


def _tasks(text: str, issued_on: date | None = None) -> list[tuple[str, list[str], date | None, str | None]]:
    draft = extract(text, issued_on)
    return [(t.content, [u.key or f"name:{u.name}" for u in t.units], t.deadline.due, t.deadline.recurrence)
            for t in draft.tasks]


def _parts(text: str) -> list[str]:
    return [text[a:b] for a, b in actions._comma_parts(text, 0)]


def test_partners_before_the_verb_do_not_hide_its_object() -> None:
    parts = _parts("phối hợp với Chi cục Thống kê khu vực rà soát số liệu hộ kinh doanh, đôn đốc nộp báo cáo tháng đúng hạn")
    assert len(parts) == 2 and parts[1].startswith("đôn đốc")


def test_verbs_listed_after_viec_share_their_object() -> None:
    parts = _parts("kiểm tra việc thu, nộp, quản lý quỹ hội năm 2023 tại 05 chi hội, hoàn thành trong quý IV/2023")
    assert len(parts) == 1


def test_what_is_directed_opens_a_list_of_actions() -> None:
    parts = _parts("chỉ đạo bảo đảm nguồn nước tưới cho vụ Đông, tăng cường kiểm tra các trạm bơm điện")
    assert len(parts) == 2


def test_a_topic_opener_before_a_subject_and_its_verb() -> None:
    text = _NEWS + ("Về y tế, Chủ tịch UBND huyện yêu cầu Trung tâm Y tế huyện tổ chức tiêm vắc xin cho trẻ em.\n\n"
                    "Về giao thông, Phòng Kinh tế và Hạ tầng khẩn trương sửa chữa cầu treo thôn Bản Mới.\n\n"
                    "Trước tình hình mưa lũ kéo dài, UBND các xã chủ động rà soát các điểm có nguy cơ ngập sâu.")
    tasks = _tasks(text, date(2023, 10, 3))
    assert any("sửa chữa cầu treo" in c and units == ["name:Phòng Kinh tế và Hạ tầng"] for c, units, _, _ in tasks)
    assert any("rà soát các điểm" in c and units == ["name:UBND các xã"] for c, units, _, _ in tasks)


def test_a_duty_given_in_the_passive_is_a_task() -> None:
    text = _NEWS + ("Phòng Nội vụ được giao chuẩn bị hồ sơ thi đua khen thưởng cuối năm của huyện.\n\n"
                    "Năm qua, Phòng Tư pháp được giao tổ chức 12 buổi tuyên truyền và đã hoàn thành.")
    tasks = _tasks(text, date(2023, 10, 3))
    assert [units for c, units, _, _ in tasks if "hồ sơ thi đua" in c] == [["name:Phòng Nội vụ"]]
    assert not any("buổi tuyên truyền" in c for c, _, _, _ in tasks)


def test_the_body_a_request_is_about_is_the_one_asked() -> None:
    text = _NEWS + ("Giao Phòng Tài chính - Kế hoạch rà soát dự toán chi thường xuyên năm 2024.\n\n"
                    "Đối với các trường học trên địa bàn, đồng chí yêu cầu duy trì kiểm tra bếp ăn bán trú hằng tháng, "
                    "nâng cao chất lượng bữa ăn cho học sinh.")
    tasks = _tasks(text, date(2023, 10, 3))
    school = [(c, units, rec) for c, units, _, rec in tasks if "bếp ăn" in c or "chất lượng bữa ăn" in c]
    assert len(school) == 2 and all(units == ["name:các trường học trên địa bàn"] for _, units, _ in school)
    assert [rec for _, _, rec in school] == ["monthly", None]  # how often the first is done is not the second's


def test_an_exhortation_to_everyone_with_nothing_named_is_no_task() -> None:
    text = _NEWS + ("Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ trọng tâm trong tháng 10. "
                    "Đồng chí yêu cầu Phòng Giáo dục và Đào tạo khẩn trương hoàn thành các nhiệm vụ được giao.")
    tasks = _tasks(text, date(2023, 10, 3))
    assert [units for _, units, _, _ in tasks] == [["name:Phòng Giáo dục và Đào tạo"]]


def test_a_web_menu_is_no_task_row() -> None:
    text = ("BÁO ĐIỆN TỬ TỈNH\nThời sự | Kinh tế | Xã hội | Xây dựng Đảng | Văn hóa | Thể thao | Video\n\n" + _NEWS
            + "Giao Phòng Văn hóa và Thông tin tổ chức giải bóng đá thiếu niên năm 2023.")
    tasks = _tasks(text, date(2023, 10, 3))
    assert [c for c, _, _, _ in tasks if "Xây dựng Đảng" in c] == []


def test_when_work_must_not_pile_up_is_no_deadline() -> None:
    assert task_deadline("thanh toán khối lượng hoàn thành, không để dồn vào cuối năm", date(2023, 10, 3))[0] is None
    assert task_deadline("gửi báo cáo vào cuối tháng 10", date(2023, 10, 3))[0] is not None


def test_a_term_with_its_years_leaves_the_period_after_it_a_deadline() -> None:
    found, _ = task_deadline("rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030 trong quý IV/2023", date(2023, 10, 3))
    assert found is not None and found.due == date(2023, 12, 31)
    assert task_deadline("hoàn thiện chỉ tiêu nhiệm kỳ trong năm 2023", date(2023, 10, 3))[0] is None


def test_a_ward_naming_the_merged_board_has_its_key() -> None:
    text = ("ĐẢNG ỦY PHƯỜNG HÒA BÌNH\nChiều 9/2, Đảng ủy phường Hòa Bình họp giao ban. Giao UBND phường rà soát hộ nghèo. "
            "Ủy ban MTTQ Việt Nam phường tổ chức thăm hỏi. Ban Tuyên giáo và Dân vận nắm tình hình dư luận xã hội.")
    keys = {u.key for u in _choose_catalog(None, text, date(2026, 2, 10))[0]}
    assert {"tuyen_giao_dan_van", "xay_dung_dang"} <= keys
    tasks = _tasks(text, date(2026, 2, 10))
    assert [units for c, units, _, _ in tasks if "dư luận" in c] == [["tuyen_giao_dan_van"]]
    plain = text.replace(" Ban Tuyên giáo và Dân vận nắm tình hình dư luận xã hội.", "")
    assert "tuyen_giao_dan_van" not in {u.key for u in _choose_catalog(None, plain, date(2026, 2, 10))[0]}
