"""Round 8, units third pass (who is responsible): general rules, each shown on invented sentences."""

from __future__ import annotations

from conclusions.addressees import addressees_at, split_units
from conclusions.catalog import standard_units
from conclusions.cues import cues
from conclusions.extract import extract
from conclusions.lexicon import head_at
from conclusions.units import UnitResolver


def _keys(task) -> list[str]:
    return [u.key or "name:" + u.name for u in task.units]


def _task(draft, words: str):
    return next(t for t in draft.tasks if words in t.content)


def test_a_person_and_the_post_after_the_name_are_one_addressee() -> None:
    assert split_units("Đồng chí Lê Văn Bình, công chức Tư pháp - Hộ tịch") == ["Đồng chí Lê Văn Bình, công chức Tư pháp - Hộ tịch"]
    assert split_units("Bà Trần Thị Mơ, cán bộ Văn phòng") == ["Bà Trần Thị Mơ, cán bộ Văn phòng"]


def test_ong_ba_open_a_person_but_not_ba_con() -> None:
    assert head_at("Bà Trần Thị Mơ, công chức Văn phòng", 0) == 2
    assert head_at("Ông Hoàng Văn Tư phụ trách", 0) == 3
    assert head_at("Bà con nhân dân tham gia", 0) == 0


def test_a_yeu_cau_heading_gives_its_items_the_bodies_it_names() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH NAM\nSố: 12/TB-UBND\n\nTHÔNG BÁO\nKết luận về công tác thu ngân sách\n\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Yêu cầu Giám đốc các sở, ngành và Chủ tịch UBND các huyện:\n"
        "- Rà soát các khoản thu còn tồn đọng trước ngày 20/8/2024.\n"
        "- Đôn đốc các doanh nghiệp nộp thuế đúng hạn.\n"
    )
    draft = extract(text)
    assert _keys(_task(draft, "khoản thu còn tồn đọng")) == ["name:Giám đốc các sở, ngành", "name:Chủ tịch UBND các huyện"]


def test_names_going_on_past_a_colon_are_no_label() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH NAM\nSố: 13/TB-UBND\n\nTHÔNG BÁO\nKết luận về phòng chống hạn\n\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Chủ tịch UBND các huyện: Mai Sơn, Đồi Thông tập trung nạo vét kênh mương trước ngày 15/5/2024.\n"
    )
    draft = extract(text)
    assert sorted(_keys(_task(draft, "nạo vét kênh"))) == ["name:Chủ tịch UBND huyện Mai Sơn", "name:Chủ tịch UBND huyện Đồi Thông"]


def test_the_bodies_a_lead_in_asks_answer_for_items_naming_nobody() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH NAM\nSỞ Y TẾ\nSố: 77/SYT-NV\nV/v đôn đốc tiêm chủng\n\n"
        "Kính gửi:\n- UBND các huyện: Mai Sơn, Đồi Thông;\n- Thủ trưởng các phòng chức năng thuộc Sở.\n\n"
        "Sở Y tế đề nghị UBND các huyện quan tâm, chỉ đạo thực hiện một số nội dung sau:\n\n"
        "1. Rà soát trẻ em chưa tiêm đủ mũi, gửi danh sách về Sở trước ngày 30/6/2024.\n\n"
        "2. Bố trí điểm tiêm lưu động tại các xã vùng sâu.\n"
    )
    draft = extract(text)
    assert _keys(_task(draft, "trẻ em chưa tiêm")) == ["name:UBND các huyện"]


def test_a_capitalised_giao_in_mid_sentence_is_a_place_name() -> None:
    assert cues("Phối hợp với Trạm bơm Giao Phong vận hành máy bơm") == []
    assert [c.word for c in cues("Hội nghị thống nhất. Giao Phòng Nội vụ rà soát")] == ["giao"]
    assert [c.word for c in cues("- Giao UBND xã rà soát")] == ["giao"]


def test_members_in_brackets_after_a_kind_of_body_are_the_ones_asked() -> None:
    resolver = UnitResolver(standard_units("tinh"), "tinh")
    text = "Các sở quản lý dự án chuyên ngành (Sở Y tế, Sở Công Thương) hoàn thành quyết toán trước ngày 30/9"
    refs, _ = addressees_at(text, 0, resolver)
    assert [r.name for r in refs] == ["Sở Y tế", "Sở Công Thương"]


def test_a_body_directed_in_a_list_is_no_new_subject() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH NAM\nSố: 14/TB-UBND\n\nTHÔNG BÁO\nKết luận về bồi thường\n\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Xây dựng hướng dẫn UBND huyện Mai Sơn, UBND huyện Đồi Thông lập hồ sơ cấp phép xây dựng trước ngày 10/10/2024.\n"
    )
    draft = extract(text)
    assert _keys(_task(draft, "lập hồ sơ cấp phép")) == ["name:Sở Xây dựng"]
