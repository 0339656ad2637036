"""Round 8, units second pass (who is responsible): general rules, each shown on invented sentences."""

from __future__ import annotations

from conclusions.addressees import addressees_at, split_units
from conclusions.catalog import standard_units
from conclusions.extract import extract
from conclusions.units import UnitResolver


def _keys(task) -> list[str]:
    return [u.key or "name:" + u.name for u in task.units]


def _task(draft, words: str):
    return next(t for t in draft.tasks if words in t.content)


def test_the_verb_lanh_dao_alone_is_no_body() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    assert addressees_at("Lãnh đạo tổ chức tốt ngày hội văn hóa các dân tộc", 0, resolver) == ([], 0)
    assert addressees_at("Lãnh đạo, chỉ đạo các chi bộ rà soát đảng viên", 0, resolver) == ([], 0)
    refs, _ = addressees_at("Lãnh đạo Phòng Nội vụ rà soát hồ sơ", 0, resolver)
    assert refs


def test_a_lead_in_closing_the_clause_gives_its_sub_items_its_body() -> None:
    text = (
        "HUYỆN ỦY AN PHÚ\nSố 45-TB/HU\n\nTHÔNG BÁO\nKết luận làm việc với Đảng ủy xã Bình Minh\n\n"
        "Đồng chí Bí thư Huyện ủy kết luận như sau:\n\n"
        "1. Nhiệm vụ thời gian tới\n\n"
        "Đề nghị Ban Thường vụ Đảng ủy xã Bình Minh tập trung thực hiện tốt các nhiệm vụ sau:\n\n"
        "a) Lãnh đạo hoàn thành tiêu chí giao thông nông thôn trước ngày 30/10/2024.\n\n"
        "b) Vận động Nhân dân hiến đất mở rộng đường liên xóm trong quý IV/2024.\n"
    )
    draft = extract(text)
    for words in ("hoàn thành tiêu chí giao thông", "hiến đất mở rộng"):
        assert _keys(_task(draft, words)) == ["name:Ban Thường vụ Đảng ủy xã Bình Minh"]


def test_names_end_before_a_weekday_or_a_recurrence() -> None:
    resolver = UnitResolver(standard_units("xa"), "xa")
    refs, end = addressees_at("Văn phòng Đảng ủy thứ Sáu hằng tuần tổng hợp số liệu", 0, resolver)
    assert [r.key for r in refs] == ["van_phong"]
    refs, _ = addressees_at("Tổ dân phố số 3 hằng tháng báo cáo tình hình", 0, resolver)
    assert refs and "hằng" not in refs[0].name


def test_new_verbs_end_a_name() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = addressees_at("Phòng Văn hóa và Thông tin định hướng nội dung tuyên truyền", 0, resolver)
    assert [r.name for r in refs] == ["Phòng Văn hóa và Thông tin"]
    refs, _ = addressees_at("Phòng Tài chính - Kế hoạch trích kinh phí hỗ trợ các hộ", 0, resolver)
    assert [r.name for r in refs] == ["Phòng Tài chính - Kế hoạch"]


def test_lists_of_bodies_split_and_phong_chong_stays_whole() -> None:
    assert split_units("Trung tâm Y tế huyện, Quỹ Bảo trợ trẻ em huyện") == ["Trung tâm Y tế huyện", "Quỹ Bảo trợ trẻ em huyện"]
    assert split_units("TDP 2, TDP 9") == ["TDP 2", "TDP 9"]
    assert split_units("Đài Truyền thanh huyện, Báo Nhân Dân") == ["Đài Truyền thanh huyện", "Báo Nhân Dân"]
    assert split_units("Ban Chỉ huy phòng, chống thiên tai huyện") == ["Ban Chỉ huy phòng, chống thiên tai huyện"]


def test_a_verb_between_two_names_ends_the_run() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    refs, _ = resolver.run_at("Đảng ủy Sở Y tế lãnh đạo UBND tỉnh chuẩn bị kinh phí", 0)
    assert all(r.key != "ubnd" for r in refs)


def test_a_commune_mass_body_in_a_district_notice_keeps_its_key() -> None:
    resolver = UnitResolver(standard_units("huyen"), "huyen")
    refs, _ = resolver.run_at("Hội Nông dân xã phối hợp với Công an xã tuyên truyền", 0)
    assert [r.key for r in refs] == ["nong_dan"]
    refs, _ = resolver.run_at("Hội Nông dân các xã tổng kết phong trào", 0)
    assert [r.key for r in refs] == ["nong_dan"]  # other places too, outside the Hội's own document (test_round8_units)


def test_a_sentence_opening_with_chi_dao_is_the_subject_before_directing() -> None:
    text = (
        "TỈNH ỦY HÀ LAM\nSố 99-TB/TU\n\nTHÔNG BÁO\nKết luận của Thường trực Tỉnh ủy\n\n"
        "Thường trực Tỉnh ủy kết luận như sau:\n\n"
        "1. Về công tác phòng dịch\nDịch bệnh diễn biến phức tạp ở một số địa phương.\n"
        "a) Đảng ủy Sở Y tế bố trí đủ thuốc, vật tư phòng dịch. Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh "
        "xây dựng phương án cách ly, hoàn thành trước ngày 20/3/2025.\n"
    )
    draft = extract(text)
    assert _keys(_task(draft, "phương án cách ly")) == ["name:Đảng ủy Sở Y tế"]
