"""General unit rules of round 9 (units), each on text written for the test: a mass organisation's lower levels keep
its key in its own document (the Front's and a chair's are named as written), places of two levels under one head
named one by one, "các thôn, TDP" as one collective, no lower-case word inside a place's name, a body's own sentence
"X chỉ đạo Y …" in a speech, the Front's village committee, the Front and the đoàn thể outside their own documents,
a party group after a list of committees, a decision on a proposal as no task, and "các cấp Hội" as that Hội."""

from __future__ import annotations

from conclusions import extract
from conclusions.addressees import phrase_end, split_units
from conclusions.cues import is_meeting_decision
from conclusions.units import UnitResolver, merged_units


def _units(text: str, find: str) -> list[str]:
    draft = extract(text)
    task = next(t for t in draft.tasks if find in t.content)
    return sorted(u.key or f"name:{u.name}" for u in task.units)


_HOI_NOTICE = """HỘI NÔNG DÂN VIỆT NAM
HỘI NÔNG DÂN HUYỆN SƠN HÀ
Số 21-TB/HND
Sơn Hà, ngày 10 tháng 5 năm 2023

THÔNG BÁO
Kết luận của Ban Thường vụ Hội Nông dân huyện tại hội nghị giao ban quý II

Ban Thường vụ Hội Nông dân huyện kết luận như sau:
1. Hội Nông dân các xã, thị trấn rà soát danh sách hội viên nghèo, hoàn thành trước ngày 30/6/2023.
2. Hội Nông dân xã Tân Mỹ chủ trì, phối hợp với Ngân hàng Chính sách xã hội huyện thu hồi nợ quá hạn trong tháng 7/2023.
"""


def test_a_mass_organisation_lower_levels_keep_its_key_in_its_own_notice() -> None:
    assert _units(_HOI_NOTICE, "rà soát danh sách hội viên nghèo") == ["nong_dan"]
    assert _units(_HOI_NOTICE, "thu hồi nợ quá hạn") == ["nong_dan"]


def test_the_front_and_a_chair_of_lower_levels_stay_as_written_in_their_own_document() -> None:
    resolver = UnitResolver(merged_units(), "huyen")
    resolver.issuer = next(r for r in resolver.mentions("Ủy ban MTTQ") if r.key == "mttq")
    refs, _ = resolver.run_at("Ban Thường trực Ủy ban MTTQ các xã rà soát hộ nghèo", 0)
    assert [r.key for r in refs] == [None]
    resolver.issuer = next(r for r in resolver.mentions("Liên đoàn Lao động") if r.key == "lien_doan_lao_dong")
    refs, _ = resolver.run_at("Chủ tịch công đoàn cơ sở các doanh nghiệp đối thoại với người lao động", 0)
    assert [r.key for r in refs] == [None]
    refs, _ = resolver.run_at("Công đoàn cơ sở trích kinh phí thăm hỏi", 0)
    assert [r.key for r in refs] == ["lien_doan_lao_dong"]


def test_places_of_two_levels_under_one_head_are_named_one_by_one() -> None:
    assert split_units("Chủ tịch UBND các huyện Hòa Lâm, Đắk Mai và thị xã Bình Sơn") == [
        "Chủ tịch UBND huyện Hòa Lâm", "Chủ tịch UBND huyện Đắk Mai", "Chủ tịch UBND thị xã Bình Sơn"]
    assert split_units("Đảng ủy các xã Phú Lộc, An Mỹ và phường Tây Sơn") == [
        "Đảng ủy xã Phú Lộc", "Đảng ủy xã An Mỹ", "Đảng ủy phường Tây Sơn"]
    assert split_units("UBND các xã Phú Lộc, An Mỹ") == ["UBND các xã Phú Lộc, An Mỹ"]  # one level: one name


def test_a_lower_case_verb_after_a_place_name_ends_the_name() -> None:
    text = "Đảng ủy các xã Phú Lộc, An Mỹ và phường Tây Sơn gửi báo cáo về Văn phòng"
    assert text[: phrase_end(text, 0)] == "Đảng ủy các xã Phú Lộc, An Mỹ và phường Tây Sơn"


def test_villages_and_residential_groups_are_one_collective() -> None:
    assert split_units("các thôn, TDP") == ["các thôn, TDP"]
    assert split_units("các xóm, KP") == ["các xóm, KP"]


_SPEECH = """UBND TỈNH AN GIANG
Số 88/TB-UBND
An Giang, ngày 05 tháng 6 năm 2023

THÔNG BÁO
Ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về phòng, chống buôn lậu

Để chấn chỉnh tình trạng trên, UBND tỉnh yêu cầu Sở Công Thương chủ trì kiểm tra các cửa hàng xăng dầu, báo cáo UBND tỉnh trước ngày 30/6/2023.

Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các đồn biên phòng tăng cường tuần tra trên tuyến biên giới.
"""


def test_a_body_directing_another_in_the_speech_answers_for_it() -> None:
    assert _units(_SPEECH, "tăng cường tuần tra") == ["name:Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


_PARTY_NOTICE = """ĐẢNG ỦY XÃ AN BÌNH
Số 15-TB/ĐU
An Bình, ngày 08 tháng 01 năm 2026

THÔNG BÁO
Kết luận của Thường trực Đảng ủy xã

Thường trực Đảng ủy xã đề nghị:
1. Ban công tác Mặt trận thôn Đông rà soát danh sách hộ nghèo, báo cáo trước ngày 20/01/2026.
2. UBND xã chủ trì, phối hợp với Ủy ban MTTQ và các tổ chức chính trị - xã hội xã vận động Nhân dân đón Tết an toàn.
"""


def test_the_front_committee_of_a_village_is_the_front() -> None:
    assert _units(_PARTY_NOTICE, "rà soát danh sách hộ nghèo") == ["mttq"]


def test_the_front_committee_of_a_village_is_named_in_the_front_own_document() -> None:
    text = """ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THƯỜNG TRỰC                            An Bình, ngày 26 tháng 12 năm 2025 và một dòng dài của tiêu đề văn bản
Số: 40/KH-MTTQ-BTT

KẾ HOẠCH
Công tác Mặt trận quý I năm 2026

II. NHIỆM VỤ
1. Ban công tác Mặt trận các thôn rà soát, bổ sung danh sách hộ nghèo, hoàn thành trước ngày 15/01/2026.
"""
    assert _units(text, "bổ sung danh sách hộ nghèo") == ["name:Ban công tác Mặt trận các thôn"]


def test_the_front_and_the_mass_bodies_outside_their_documents_are_the_front_and_the_bodies_as_written() -> None:
    resolver = UnitResolver(merged_units(), "xa")
    text = "Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã vận động Nhân dân"
    refs, _ = resolver.run_at(text, 0)
    assert {"mttq", "nong_dan", "phu_nu"} <= {r.key for r in refs}  # in their own documents: each body by its key
    resolver.collectives_as_written = True  # set by the extractor outside a Front or mass-organisation document
    refs, _ = resolver.run_at(text, 0)
    assert [r.key or f"name:{r.name}" for r in refs] == ["mttq", "name:các đoàn thể chính trị - xã hội xã"]


def test_a_party_group_after_a_list_of_committees_is_its_own_body() -> None:
    assert split_units("Các huyện ủy, thị ủy, đảng ủy trực thuộc, Đảng đoàn Hội Nông dân tỉnh") == [
        "Các huyện ủy, thị ủy, đảng ủy trực thuộc", "Đảng đoàn Hội Nông dân tỉnh"]


def test_agreeing_to_a_long_proposal_is_the_meeting_decision() -> None:
    assert is_meeting_decision('Về đề xuất của Hội Phụ nữ huyện Lạc Sơn tổ chức điểm ra mắt mô hình "Gia đình an toàn" '
                               'cấp huyện vào dịp 20/10: thống nhất chủ trương')


def test_every_level_of_the_association_named_before_is_its_key() -> None:
    text = """Chiều 12/12/2025, Bí thư Tỉnh ủy làm việc với Hội Cựu chiến binh tỉnh về kết quả công tác năm 2025.

Năm 2025, Hội Cựu chiến binh tỉnh đã vận động hội viên giúp nhau xóa 120 nhà tạm.

"Thời gian tới, các cấp Hội cần phối hợp với chính quyền địa phương tuyên truyền, vận động hội viên giữ gìn an ninh trật tự", \
Bí thư Tỉnh ủy nói.
"""
    assert _units(text, "vận động hội viên giữ gìn") == ["cuu_chien_binh"]
