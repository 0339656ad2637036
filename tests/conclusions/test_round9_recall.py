"""Round 9, recall (missing and extra tasks): general rules, each shown on invented sentences."""

from __future__ import annotations

from datetime import date

from conclusions.addressees import addressees_at
from conclusions.catalog import standard_units
from conclusions.extract import extract
from conclusions.units import UnitResolver


def _keys(task) -> list[str]:
    return [u.key or "name:" + u.name for u in task.units]


def _task(draft, words: str):
    return next(t for t in draft.tasks if words in t.content)


_REMINDER = """HUYỆN ỦY HÀ LIÊN
BAN TUYÊN GIÁO
Số 41-CV/BTGHU
V/v đôn đốc nộp bài dự thi

          Kính gửi: - Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy;
                    - Thủ trưởng các cơ quan khối Đảng.

Ban Tuyên giáo Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở thực hiện một số nội dung sau:
1. Khẩn trương thu nhận bài dự thi của đảng viên; đối chiếu, chỉnh sửa danh sách người dự thi cho khớp với số bài. \
Thời gian hoàn thành: trước ngày 20/10/2024.
2. Đôn đốc đảng viên còn nợ bài nộp về Ban Tuyên giáo Huyện ủy chậm nhất ngày 15/10/2024; trường hợp quá thời hạn \
mà không nộp thì cấp ủy cơ sở nhắc nhở, phê bình theo quy định.
3. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện; Đài Truyền thanh huyện, Trung tâm Văn hóa huyện tăng \
cường đưa tin về cuộc thi trên sóng phát thanh.
Ban Tuyên giáo Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở quan tâm, tổ chức thực hiện./.
"""


def test_a_lead_in_asking_bodies_outside_the_catalog_gives_them_its_items() -> None:
    """"đề nghị các chi bộ, đảng bộ cơ sở thực hiện … sau:" names its addressees as written; the items under it are theirs,
    and each ";" action of an item is a task of its own ("đối chiếu, chỉnh sửa" are verbs)."""
    draft = extract(_REMINDER, date(2024, 10, 1))
    first = _task(draft, "thu nhận bài dự thi")
    second = _task(draft, "đối chiếu, chỉnh sửa danh sách")
    assert first is not second
    assert _keys(first) == _keys(second) == ["name:các chi bộ, đảng bộ cơ sở"]
    assert _keys(_task(draft, "Đôn đốc đảng viên còn nợ bài")) == ["name:các chi bộ, đảng bộ cơ sở"]


def test_what_another_body_does_if_a_condition_holds_is_its_own_task() -> None:
    """"…; trường hợp quá thời hạn … thì cấp ủy cơ sở nhắc nhở …": the body after "thì" acts, a task of its own."""
    draft = extract(_REMINDER, date(2024, 10, 1))
    then = _task(draft, "cấp ủy cơ sở nhắc nhở")
    assert "Đôn đốc đảng viên" not in then.content
    assert _keys(then) == ["name:cấp ủy cơ sở"]


def test_a_semicolon_part_opening_with_bodies_of_its_own_is_their_task() -> None:
    """"Giao X theo dõi …; Đài Y, Trung tâm Z tăng cường …": the second part has its own subject and action."""
    draft = extract(_REMINDER, date(2024, 10, 1))
    office = _task(draft, "Giao Văn phòng Huyện ủy theo dõi")
    radio = _task(draft, "tăng cường đưa tin")
    assert office is not radio
    assert _keys(office) == ["van_phong"]
    assert all(k.startswith("name:") for k in _keys(radio)) and "Đài Truyền thanh huyện" in radio.units[0].name


def test_a_semicolon_part_told_in_the_passive_is_no_new_task() -> None:
    text = """ỦY BAN NHÂN DÂN XÃ HÒA AN
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp ngày 03/3/2025. Chủ tịch UBND xã kết luận như sau:
1. Giao công chức Văn hóa - Xã hội theo dõi việc lập danh sách hộ nghèo; các thôn chậm tiến độ sẽ được nêu tên tại \
cuộc họp tháng 4.
"""
    draft = extract(text, date(2025, 3, 3))
    assert not any(t.content.startswith("các thôn chậm") for t in draft.tasks)
    assert len(draft.tasks) == 1


def test_a_directive_to_a_counted_body_or_a_place_names_no_new_addressee() -> None:
    """"Đề nghị hai chi bộ …" points back to bodies named before; "đề nghị thành phố …" quoted from voters names a place."""
    from conclusions.extract import Extractor

    ex = Extractor(standard_units("xa"), "xa", date(2025, 1, 1))
    assert ex.explicit_units("Đề nghị hai chi bộ bổ sung hồ sơ ngay")[0] == []
    assert ex.explicit_units("Đề nghị thành phố có chính sách hỗ trợ người dân")[0] == []
    refs, by_verb, _ = ex.explicit_units("Đề nghị các tổ dân phố rà soát danh sách hộ")
    assert by_verb and [r.name for r in refs] == ["các tổ dân phố"]


def test_a_subject_directing_a_force_in_a_directive_speech_answers_for_it() -> None:
    """"Công an huyện chỉ đạo lực lượng X tăng cường tuần tra, kiểm soát …" after a request: Công an huyện's task."""
    text = """UBND huyện Tân Phước chỉ đạo phòng, chống buôn lậu dịp cuối năm

Để chấn chỉnh tình trạng trên, UBND huyện yêu cầu Phòng Kinh tế chủ trì kiểm tra các cơ sở kinh doanh, xử lý nghiêm \
các trường hợp vi phạm; báo cáo UBND huyện trước ngày 20/12/2024.

Công an huyện chỉ đạo lực lượng Cảnh sát kinh tế tăng cường tuần tra, kiểm soát trên các tuyến đường biên giới.
"""
    draft = extract(text, date(2024, 12, 1))
    police = _task(draft, "tăng cường tuần tra, kiểm soát")
    assert [u.name for u in police.units] == ["Công an huyện"]


def test_a_subject_then_its_basis_then_the_verb_is_read() -> None:
    """"Giám đốc: Sở A, Sở B theo chức năng, nhiệm vụ rà soát …": the basis between the subject and its verb is skipped."""
    text = """UBND tỉnh chỉ đạo khắc phục sạt lở

Để khắc phục, UBND tỉnh yêu cầu Sở Xây dựng chủ trì kiểm tra các công trình bị ảnh hưởng, báo cáo UBND tỉnh trước \
ngày 15/9/2024.

Giám đốc: Sở Giao thông vận tải, Sở Công Thương theo chức năng, nhiệm vụ rà soát hệ thống biển báo tại các điểm \
sạt lở, hoàn thành trong tháng 9/2024.
"""
    draft = extract(text, date(2024, 9, 1))
    signs = _task(draft, "rà soát hệ thống biển báo")
    assert len(signs.units) == 2 and "Sở Giao thông vận tải" in signs.units[0].name


def test_a_branch_of_a_mass_organisation_is_that_organisation() -> None:
    resolver = UnitResolver(standard_units("xa"), "xa")
    refs, _ = addressees_at("Chi hội Nông dân chủ trì, phối hợp với Chi hội Phụ nữ hướng dẫn", 0, resolver)
    assert [r.key for r in refs] == ["nong_dan"]
    refs, _ = addressees_at("Chi hội Cựu chiến binh, Chi đoàn thanh niên thăm hỏi các gia đình", 0, resolver)
    assert [r.key for r in refs] == ["cuu_chien_binh", "doan_thanh_nien"]
    # a mention in lower case is no body's name ("Chi hội phụ nữ cấp xã tổng kết …" as a news subtitle)
    assert addressees_at("Chi hội phụ nữ cấp xã tổng kết hoạt động", 0, resolver)[0] == []


def test_a_force_named_by_its_work_stays_in_a_list_of_bodies() -> None:
    resolver = UnitResolver(standard_units("xa"), "xa")
    refs, _ = addressees_at("Lực lượng dân quân, tuần tra tăng cường kiểm soát", 0, resolver)
    assert [r.name for r in refs][-1].endswith("tuần tra")
    refs, end = addressees_at("Tổ bảo vệ dân phố tuần tra vào ban đêm", 0, resolver)
    assert [r.name for r in refs] == ["Tổ bảo vệ dân phố"]


def test_a_field_verb_after_an_adverb_opens_a_new_action_after_a_comma() -> None:
    """", kịp thời phát hiện, bắt giữ …": after "kịp thời" a verb of field work is an action; alone ("phun, tiêu độc")
    such a verb after a comma stays a list of nouns."""
    from conclusions.actions import _split_verb_at

    assert _split_verb_at("kịp thời phát hiện, bắt giữ phương tiện vi phạm", 0)
    assert not _split_verb_at("phát hiện sớm ổ dịch", 0)
