"""General rules of extraction round 11 (recall on real pages), each on text written for the test: a sentence opened
by the work ahead ("Nhiệm vụ thời gian tới, X chủ động …") is X's plan as "sẽ" would make it, and "Kế hoạch, tổ
chức …" opens the action after the comma, "các thôn trong xã" is still the addressee, and "chủ động các vật tư,
phương tiện" (having the means ready) and "tập trung công tác …" (focusing on a work) are actions of their own, a verb
after "về" names a topic, and "nhận diện" is a verb (so a purpose with its own object does not swallow the next action);
"các cấp trong tỉnh" is still the addressee, "Thời gian tổ chức đại hội X … hoàn thành trong quý …" dates X's congress,
"… và trực tiếp báo cáo Bộ …" is a report of its own, "Tuyên huấn …" names a body in a ';' list of addressees, and a
';' clause of nouns only ("…; những gương người tốt …") goes on the object before; examples after "như:" are the
object of one action; what the movement or programme of a named body "tập trung vào" is its work ahead, and "X quyết
tâm …" is a plan whose first verb may be "bảo đảm"; what a speaker "nhấn mạnh trong 6 tháng cuối năm …" for named bodies
is their task by the period's end; a sentence opened by a period that has not begun yet ("Theo Hội X, quý III/2026,
hội tập trung …" in June 2026) is the body's plan, and "Đồng thời, sẽ …" goes on with it; "… và phối hợp với X <verb>
…" is an action of its own (after a comma it goes on the one before), "đã đăng ký" after a noun describes it, and
"giải tỏa" is a verb."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> int:
    return sum(1 for content, _, _ in tasks if words.lower() in content.lower())


_AHEAD = """Hội Cựu chiến binh phường họp giao ban quý

Quý vừa qua, Hội đã tổ chức thăm hỏi 12 hội viên ốm đau.
Nhiệm vụ thời gian tới, Hội Cựu chiến binh phường chủ động nắm tình hình tư tưởng hội viên; vận động hội viên tham \
gia giữ gìn an ninh trật tự ở khu dân cư. Kế hoạch, tổ chức tọa đàm kỷ niệm ngày thành lập Hội. Đồng thời, rà soát \
danh sách hội viên có hoàn cảnh khó khăn.
"""


def test_the_work_ahead_opens_a_plan_without_a_modal() -> None:
    tasks = summaries(_AHEAD, date(2026, 4, 2))
    assert _find(tasks, "nắm tình hình tư tưởng hội viên") == 1
    assert _find(tasks, "vận động hội viên tham gia") == 1
    assert _find(tasks, "tổ chức tọa đàm kỷ niệm") == 1
    assert _find(tasks, "rà soát danh sách hội viên") == 1
    assert _find(tasks, "thăm hỏi 12 hội viên") == 0
    assert all(units == ["cuu_chien_binh"] for _, units, _ in tasks)


def test_a_body_acting_of_its_own_accord_in_a_report_is_no_plan() -> None:
    text = """Hội Nông dân xã sơ kết 6 tháng

Trong 6 tháng qua, Hội Nông dân xã chủ động phối hợp với ngân hàng giải ngân 3 tỷ đồng cho hội viên vay vốn.
"""
    assert summaries(text, date(2026, 7, 2)) == []


_FLOOD = """Phó Chủ tịch UBND huyện kiểm tra công tác phòng chống lụt bão

Tại buổi kiểm tra, đồng chí Phó Chủ tịch yêu cầu các xóm trong xã khẩn trương gia cố các đoạn đê xung yếu; bố trí \
người trực đê suốt ngày đêm, chủ động các phương tiện, vật tư cứu hộ tại chỗ.
"""


def test_the_parts_within_a_place_are_still_the_addressee() -> None:
    tasks = summaries(_FLOOD, date(2026, 9, 2))
    assert _find(tasks, "gia cố các đoạn đê") == 1
    assert all(units == ["name:các xóm trong xã"] for _, units, _ in tasks)


def test_having_the_means_ready_is_an_action_of_its_own() -> None:
    tasks = summaries(_FLOOD, date(2026, 9, 2))
    assert len(tasks) == 3
    assert tasks[2][0].startswith("chủ động các phương tiện")
    assert _find(tasks, "bố trí người trực đê suốt ngày đêm") == 1



_TOPICS = """Lãnh đạo huyện làm việc với xã

Năm 2026, Phó Chủ tịch UBND huyện đề nghị xã sớm xây dựng đề án về tổ chức các hoạt động du lịch cộng đồng, rà soát \
các tuyến đường xuống cấp để nhận diện những điểm cần sửa chữa trước mùa mưa, tập trung công tác chuyển đổi số tại \
bộ phận một cửa.
"""


def test_a_verb_after_about_names_the_topic() -> None:
    tasks = summaries(_TOPICS, date(2026, 1, 10))
    assert _find(tasks, "đề án về tổ chức các hoạt động du lịch") == 1
    assert not any(content.startswith("tổ chức các hoạt động du lịch") for content, _, _ in tasks)


def test_focusing_on_a_work_after_a_purpose_is_an_action_of_its_own() -> None:
    tasks = summaries(_TOPICS, date(2026, 1, 10))
    assert len(tasks) == 3
    assert tasks[1][0].startswith("rà soát các tuyến đường")
    assert tasks[2][0].startswith("tập trung công tác chuyển đổi số")


def test_every_level_within_the_province_is_still_the_addressee() -> None:
    text = """Tin tỉnh ủy\n\nChỉ đạo ban chấp hành hội cựu chiến binh các cấp trong tỉnh chuẩn bị chu đáo văn kiện đại hội nhiệm kỳ mới.\n"""
    tasks = summaries(text, date(2026, 2, 2))
    assert [units for _, units, _ in tasks] == [["cuu_chien_binh"]]


def test_the_time_to_hold_congresses_dates_the_bodies_holding_them() -> None:
    text = """Chỉ thị về đại hội Hội Cựu chiến binh

Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội Cựu chiến binh tỉnh xây dựng kế hoạch tổ chức đại hội các cấp.
Thời gian tổ chức đại hội hội cựu chiến binh cấp cơ sở hoàn thành trong quý I năm 2027 và Đại hội đại biểu Hội Cựu \
chiến binh tỉnh hoàn thành trong quý II năm 2027.
"""
    tasks = summaries(text, date(2026, 10, 2))
    assert len(tasks) == 3
    assert tasks[1][1:] == (["cuu_chien_binh"], date(2027, 3, 31))
    assert tasks[2][1:] == (["cuu_chien_binh"], date(2027, 6, 30))


def test_reporting_directly_is_a_deliverable_of_its_own() -> None:
    text = """Văn phòng UBND tỉnh thông báo\n\nGiao Sở Y tế chủ trì, phối hợp với UBND các huyện chủ động thực hiện các \
nội dung của công văn và trực tiếp báo cáo Bộ Y tế theo hướng dẫn tại công văn trên.\n"""
    tasks = summaries(text, date(2026, 2, 2))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("trực tiếp báo cáo Bộ Y tế")


_PROPAGANDA = """Ban Tuyên giáo Tỉnh ủy ban hành công văn về tuyên truyền Quốc khánh

Theo đó, Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện, thị xã; Tuyên huấn các Đảng ủy trực thuộc Tỉnh ủy \
tổ chức các hoạt động tuyên truyền sâu rộng.

Các cơ quan báo chí của tỉnh tập trung đưa tin về các công trình chào mừng Quốc khánh; những gương người tốt, việc \
tốt trong các phong trào thi đua.
"""


def test_a_propaganda_section_named_in_a_list_of_addressees_keeps_the_list_going() -> None:
    tasks = summaries(_PROPAGANDA, date(2026, 8, 2))
    assert "name:Tuyên huấn các Đảng ủy trực thuộc Tỉnh ủy" in tasks[0][1]
    assert _find(tasks, "tập trung đưa tin về các công trình") == 1


def test_a_clause_of_nouns_after_a_semicolon_is_more_of_the_object_before() -> None:
    tasks = summaries(_PROPAGANDA, date(2026, 8, 2))
    assert len(tasks) == 2
    assert "những gương người tốt" in tasks[1][0]


_EXAMPLES = """Hướng dẫn tuyên truyền tháng 5

Theo đó, Ban Tuyên giáo Huyện ủy yêu cầu các chi bộ thực hiện tốt các nội dung tuyên truyền sau:

Tuyên truyền kết quả thực hiện nghị quyết đại hội đảng bộ huyện. Ngoài ra cần giới thiệu các ngày lễ lớn trong tháng như: \
Ngày Quốc tế Lao động (01/5); Ngày sinh Chủ tịch Hồ Chí Minh (19/5).
"""


def test_a_list_of_examples_after_such_as_is_the_object_of_one_action() -> None:
    tasks = summaries(_EXAMPLES, date(2026, 4, 25))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("cần giới thiệu các ngày lễ lớn")
    assert "Ngày sinh Chủ tịch Hồ Chí Minh" in tasks[1][0]


def test_tasks_listed_after_such_as_stay_tasks() -> None:
    text = """Họp chi bộ\n\nĐồng chí Bí thư yêu cầu các đảng viên thực hiện các nội dung như:\n- Rà soát hồ sơ đảng viên.\n\
- Nộp đảng phí đúng hạn.\n"""
    tasks = summaries(text, date(2026, 4, 25))
    assert _find(tasks, "Rà soát hồ sơ đảng viên") == 1
    assert _find(tasks, "Nộp đảng phí đúng hạn") == 1


_MOVEMENT = """Xã An Phú phát động thi đua năm 2026

Phong trào thi đua của xã An Phú tập trung vào phát triển nông nghiệp sạch, nâng cấp đường giao thông nội đồng; \
đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất.

Xã cũng quyết tâm bảo đảm nước sạch cho các hộ vùng cao, tăng cường phòng chống dịch bệnh trên đàn gia súc.
"""


def test_what_a_bodys_movement_focuses_on_is_its_work_ahead() -> None:
    tasks = summaries(_MOVEMENT, date(2026, 1, 20))
    assert _find(tasks, "phát triển nông nghiệp sạch") == 1
    assert _find(tasks, "đẩy nhanh cấp giấy chứng nhận") == 1
    assert all(units == ["name:xã An Phú"] for _, units, _ in tasks)


def test_a_resolve_is_a_plan_and_its_first_verb_may_be_to_ensure() -> None:
    tasks = summaries(_MOVEMENT, date(2026, 1, 20))
    assert _find(tasks, "quyết tâm bảo đảm nước sạch") == 1
    assert _find(tasks, "tăng cường phòng chống dịch bệnh") == 1
    assert not any("bảo đảm nước sạch" in c and "tăng cường" in c for c, _, _ in tasks)


def test_a_movement_told_as_past_is_no_plan() -> None:
    text = """Tổng kết thi đua\n\nNăm qua, phong trào thi đua của xã An Phú đã tập trung vào phát triển nông nghiệp sạch.\n"""
    assert summaries(text, date(2026, 1, 20)) == []


def test_what_is_stressed_for_a_period_is_the_bodies_task_by_its_end() -> None:
    text = """Đảng ủy xã làm việc với Hội Nông dân xã

Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã cũng nhấn mạnh trong 6 tháng cuối năm 2026 Hội Nông dân xã cần tập \
trung phát triển thêm hai tổ hợp tác trồng rau an toàn; cần rà soát lại các hộ vay vốn quá hạn.
"""
    tasks = summaries(text, date(2026, 7, 3))
    assert len(tasks) == 2
    assert all(units == ["nong_dan"] and due == date(2026, 12, 31) for _, units, due in tasks)


_NEXT_QUARTER = """Hội Cựu chiến binh tỉnh chuẩn bị đại hội các cấp

Theo Hội Cựu chiến binh tỉnh, quý III/2026, hội tập trung hướng dẫn Hội Cựu chiến binh huyện Mỹ Lộc tổ chức đại hội \
điểm. Đồng thời, sẽ hoàn thành việc kiện toàn ban chấp hành các chi hội.

Quý II/2026, hội đã tổ chức 14 lớp tập huấn cho cán bộ chi hội.
"""


def test_a_period_not_yet_begun_opening_the_sentence_makes_a_plan() -> None:
    tasks = summaries(_NEXT_QUARTER, date(2026, 6, 20))
    assert len(tasks) == 2
    assert tasks[0][0].startswith("hội tập trung hướng dẫn")
    assert tasks[1][0].startswith("sẽ hoàn thành việc kiện toàn")
    assert all(units == ["cuu_chien_binh"] and due == date(2026, 9, 30) for _, units, due in tasks)


def test_a_period_already_under_way_is_no_plan_by_itself() -> None:
    text = """Hội Cựu chiến binh tỉnh sơ kết quý\n\nQuý II/2026, Hội Cựu chiến binh tỉnh tập trung hướng dẫn các chi hội \
kiện toàn tổ chức.\n"""
    assert summaries(text, date(2026, 6, 20)) == []


_CLEAN_UP = """Thông báo của UBND phường về tổng vệ sinh

1. Đề nghị Đoàn Thanh niên phường cử đoàn viên tham gia dọn vệ sinh tại các tuyến phố đã đăng ký và phối hợp với \
các tổ dân phố tuyên truyền, vận động hộ kinh doanh không để rác ra lòng đường.

2. Giao tổ trật tự đô thị phường tổ chức giải tỏa, xử lý các trường hợp lấn chiếm vỉa hè.
"""


def test_working_with_partners_after_and_is_an_action_of_its_own() -> None:
    tasks = summaries(_CLEAN_UP, date(2026, 3, 2))
    assert _find(tasks, "phối hợp với các tổ dân phố tuyên truyền") == 1
    assert not any("dọn vệ sinh" in c and "tuyên truyền" in c for c, _, _ in tasks)


def test_verbs_sharing_an_object_stay_one_action_with_clearing() -> None:
    tasks = summaries(_CLEAN_UP, date(2026, 3, 2))
    assert _find(tasks, "giải tỏa, xử lý các trường hợp lấn chiếm") == 1
    assert len(tasks) == 3


def test_partners_after_a_comma_go_on_the_action_before() -> None:
    text = """Kế hoạch của Ủy ban MTTQ huyện\n\n- Ủy ban MTTQ các xã tham mưu cấp ủy, phối hợp với chính quyền cùng cấp xây \
dựng kế hoạch tổ chức Ngày hội Đại đoàn kết.\n"""
    assert len(summaries(text, date(2026, 9, 2))) == 1
