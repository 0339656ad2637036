"""Round 12, precision on real pages: sentences wrongly taken as tasks. A closing call for the work in general beside
concrete requests, a purpose or outcome after a comma, a person named by a verb and "viên" inside an addressee list,
a notice's "… biết và hưởng ứng" closing, the parts of a body ("chức năng, nhiệm vụ, tổ chức bộ máy"), a page cut
after the verbs before any word of their object, and the 2025 name "Đảng ủy Mặt trận Tổ quốc, các đoàn thể …".
Text written for the test."""

from __future__ import annotations

from conclusions.actions import _cut_after_verbs
from conclusions.cues import is_restatement
from tests.conclusions.helpers import drafts


def _contents(text: str) -> list[str]:
    return [t.content for t in drafts(text)]



def test_a_closing_call_for_the_work_in_general_beside_concrete_requests_is_no_task() -> None:
    text = ("Phát biểu tại buổi làm việc, đồng chí Bí thư Đảng ủy xã ghi nhận những kết quả của Hội Nông dân xã. Đồng "
            "thời, đề nghị trong thời gian tới cần rà soát danh sách hội viên nghèo; tổ chức tập huấn kỹ thuật trồng lúa "
            "cho hội viên; thực hiện tốt các nhiệm vụ trọng tâm, vận động nhân dân xây dựng quê hương ngày càng giàu đẹp.")
    contents = _contents(text)
    assert any("rà soát danh sách hội viên nghèo" in c for c in contents)
    assert any("tổ chức tập huấn kỹ thuật" in c for c in contents)
    assert not any("nhiệm vụ trọng tâm" in c for c in contents), contents
    assert not any("quê hương" in c for c in contents), contents


def test_striving_to_excel_at_the_duties_given_closing_a_list_is_no_task() -> None:
    text = ("Kết luận hội nghị, đồng chí Phó Bí thư Huyện ủy đề nghị Ủy ban MTTQ huyện chủ động nắm bắt dư luận xã hội; "
            "tổ chức lấy ý kiến nhân dân về dự thảo văn kiện; tiếp tục thực hiện có hiệu quả phong trào \"Ngày thứ Bảy "
            "tình nguyện\"; nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao...")
    contents = _contents(text)
    assert any("nắm bắt dư luận" in c for c in contents)
    assert any("Ngày thứ Bảy" in c for c in contents)
    assert not any(c.startswith("nỗ lực") for c in contents), contents


def test_a_concrete_duty_named_in_the_same_words_stays_a_task() -> None:
    text = ("Đồng chí Chủ tịch UBND xã yêu cầu Công an xã rà soát các điểm nóng về trật tự; thực hiện tốt nhiệm vụ "
            "tuần tra ban đêm tại các thôn.")
    contents = _contents(text)
    assert any("tuần tra ban đêm" in c for c in contents), contents


def test_a_request_only_to_excel_at_the_duties_of_named_bodies_stays() -> None:
    # alone, with the bodies named, it is the request (corpus_gold/README.md); only beside concrete ones is it a coda
    text = "UBND huyện yêu cầu Phòng Tài chính - Kế hoạch khẩn trương hoàn thành các nhiệm vụ được giao trong tháng 10/2024."
    assert drafts(text), "the only request of the text"


def test_what_to_avoid_after_a_comma_is_the_aim_of_the_action_before() -> None:
    text = ("UBND tỉnh chỉ đạo các địa phương triển khai quyết liệt các biện pháp phòng, chống bệnh lở mồm long móng, "
            "tránh tình trạng dịch lây lan sang các xã lân cận.")
    tasks = drafts(text)
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "tránh tình trạng" in tasks[0].content


def test_better_income_closing_a_list_is_the_outcome_not_an_action() -> None:
    text = ("Đại hội xác định phương hướng nhiệm kỳ mới là: Hội Nông dân xã đẩy mạnh liên kết tiêu thụ nông sản, "
            "hướng dẫn hội viên ứng dụng khoa học kỹ thuật, nâng cao thu nhập và đời sống nông dân.")
    contents = _contents(text)
    assert not any(c.startswith("nâng cao thu nhập") for c in contents), contents


def test_raising_income_of_a_named_group_as_its_own_clause_is_still_read() -> None:
    # not after a comma closing the clause: a duty of its own
    text = "UBND xã giao Hội Nông dân xã nâng cao thu nhập cho hộ nghèo bằng mô hình nuôi bò sinh sản trong năm 2024."
    assert any("nâng cao thu nhập" in c for c in _contents(text))


def test_a_verb_and_vien_in_an_addressee_list_names_people_not_an_action() -> None:
    text = ("Phát biểu kết luận, đồng chí Trưởng Ban Tuyên giáo Huyện ủy đề nghị đội ngũ tuyên truyền viên, báo cáo viên "
            "của huyện cần chủ động nắm bắt tình hình tư tưởng của nhân dân; kịp thời phản bác các thông tin sai trái.")
    contents = _contents(text)
    assert not any(c.rstrip(" ,").endswith("tuyên truyền viên") for c in contents), contents
    assert any("nắm bắt tình hình tư tưởng" in c for c in contents)


def test_the_verb_before_a_person_word_elsewhere_stays_a_verb() -> None:
    text = "Ban Tổ chức Huyện ủy hướng dẫn các chi bộ rà soát hồ sơ đảng viên trước ngày 30/11/2024."
    assert any("rà soát hồ sơ đảng viên" in c for c in _contents(text))


def test_a_notice_asking_everyone_to_know_and_join_is_its_closing() -> None:
    text = ("Để hưởng ứng ngày môi trường thế giới, UBND phường giao Tổ dân phố số 3 tổ chức dọn vệ sinh tuyến kênh "
            "trước ngày 05/6/2024.\n"
            "UBND phường thông báo đề nghị các ban ngành, đoàn thể, tổ trưởng dân phố và toàn thể nhân dân trong phường "
            "biết và hưởng ứng.")
    contents = _contents(text)
    assert any("dọn vệ sinh tuyến kênh" in c for c in contents)
    assert not any("biết và hưởng ứng" in c for c in contents), contents


def test_a_notice_asking_people_to_know_and_do_something_is_no_closing() -> None:
    assert not is_restatement("UBND xã thông báo đề nghị các hộ dân ven sông biết và chủ động di dời tài sản đến nơi an "
                              "toàn trước ngày 20/10/2024.")
    assert is_restatement("UBND phường thông báo đề nghị các ban ngành, đoàn thể và toàn thể nhân dân biết và hưởng ứng.")


def test_functions_duties_and_apparatus_of_a_body_are_one_object() -> None:
    text = ("Ban Chỉ đạo đề nghị Đảng ủy các cơ quan tỉnh khẩn trương rà soát chức năng, nhiệm vụ, tổ chức bộ máy của "
            "các đơn vị sự nghiệp trực thuộc.")
    tasks = drafts(text)
    assert len(tasks) == 1, [t.content for t in tasks]
    assert "tổ chức bộ máy" in tasks[0].content


def test_organising_after_other_work_with_its_object_is_still_a_second_task() -> None:
    text = "UBND xã giao Văn phòng xã hoàn thành hồ sơ thi đua, tổ chức hội nghị tổng kết năm 2024 trước ngày 25/12/2024."
    contents = _contents(text)
    assert any(c.startswith("tổ chức hội nghị tổng kết") for c in contents), contents


def test_a_page_cut_after_the_verbs_of_its_last_item_gives_no_task() -> None:
    text = ("Đồng chí Bí thư Đảng ủy xã kết luận, những công việc trọng tâm trong tháng 10 năm 2024:\n"
            "- Các thôn tập trung thu hoạch lúa mùa đúng thời vụ.\n"
            "- Tập trung chỉ đạo các th")
    contents = _contents(text)
    assert any("thu hoạch lúa mùa" in c for c in contents)
    assert not any(c.startswith("Tập trung chỉ đạo") for c in contents), contents


def test_a_page_cut_after_a_modal_and_its_verbs_has_no_object() -> None:
    assert _cut_after_verbs("Hội Cựu chiến binh cần luôn bám sát và triển khai thực hiện nghiêm t")
    assert _cut_after_verbs("Tập trung chỉ đạo các th")


def test_a_page_cut_inside_the_object_keeps_it() -> None:
    assert not _cut_after_verbs("các cơ sở Hội triển khai thực hiện Quy chế hoạt động bá")
    assert not _cut_after_verbs("xây dựng tổ chức Hội vững m")


def test_verbs_sharing_an_object_cut_by_the_page_are_left_to_the_part_before() -> None:
    assert not _cut_after_verbs("thường xuyên nắm bắt, theo dõi tình hình an ninh để có chỉ đạo, xử lý kịp thời c")
    text = ("Sáng 12/10, UBND xã tổ chức hội nghị giao ban. Đồng chí Chủ tịch UBND xã đề nghị các thôn chủ động xây dựng "
            "kế hoạch, thường xuyên nắm bắt, theo dõi tình hình an ninh để có chỉ đạo, xử lý kịp thời c")
    assert any("nắm bắt, theo dõi tình hình an ninh" in c for c in _contents(text))


def test_the_party_committee_of_the_front_and_mass_bodies_is_one_addressee() -> None:
    text = ("Ban Chỉ đạo đề nghị Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chỉ đạo rà soát các hội "
            "quần chúng trước ngày 30/10/2025.")
    tasks = drafts(text)
    assert len(tasks) == 1
    assert [u.name for u in tasks[0].units] == ["Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]


def test_the_front_and_the_mass_bodies_listed_by_comma_stay_two_addressees() -> None:
    text = "UBND huyện đề nghị Ủy ban MTTQ huyện, các đoàn thể huyện tuyên truyền cho nhân dân về bầu cử trước ngày 10/5/2026."
    tasks = drafts(text)
    assert len(tasks) == 1
    assert len(tasks[0].units) >= 2, tasks[0].units
