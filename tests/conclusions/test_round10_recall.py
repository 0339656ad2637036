"""General rules of extraction round 10 (recall on real pages), each on text written for the test: a period with no
year opening the sentence ("6 tháng cuối năm, …") still opens it, "nêu rõ", "rút ra", "có giải pháp" open actions,
field verbs with their own object split ("…, đo đạc diện tích …") while "trích lục, trích đo" stays one list,
"công tác tuyên truyền, định hướng …" is one work, and "duy trì và nâng cao <object>" has an object."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> int:
    return sum(1 for content, _, _ in tasks if words.lower() in content.lower())


_HALF_YEAR = """Hội Nông dân huyện sơ kết công tác 6 tháng đầu năm

Toàn cảnh hội nghị.

6 tháng cuối năm, Hội Nông dân huyện tiếp tục chỉ đạo phát triển các tổ hợp tác, nhân rộng các mô hình sản xuất sạch.
"""


def test_a_period_without_a_year_still_opens_the_sentence() -> None:
    tasks = summaries(_HALF_YEAR)
    assert len(tasks) == 2
    assert all(units == ["nong_dan"] for _, units, _ in tasks)
    assert _find(tasks, "nhân rộng các mô hình sản xuất sạch") == 1


_LESSONS = """Ngày 5/3, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về đại hội Hội Liên hiệp Phụ nữ các cấp.

Chỉ thị yêu cầu Hội Liên hiệp Phụ nữ các cấp chuẩn bị chu đáo văn kiện đại hội; đánh giá đúng kết quả nhiệm kỳ qua, \
nêu rõ những tồn tại và nguyên nhân, rút ra các bài học trong chỉ đạo.
"""


def test_pointing_out_and_drawing_lessons_are_actions() -> None:
    tasks = summaries(_LESSONS, date(2026, 3, 5))
    assert _find(tasks, "nêu rõ những tồn tại") == 1
    assert _find(tasks, "rút ra các bài học") == 1
    assert not any("nêu rõ" in c and "rút ra" in c for c, _, _ in tasks)


_SOLUTIONS = """Kiểm tra tiến độ xóa nhà tạm, Bí thư Huyện ủy đề nghị chính quyền các xã tiếp tục rà soát các hộ còn khó \
khăn trong xây dựng nhà ở, kịp thời có giải pháp hỗ trợ vật liệu xây dựng cho các hộ neo đơn.
"""


def test_a_timely_solution_is_an_action() -> None:
    tasks = summaries(_SOLUTIONS, date(2026, 5, 2))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("kịp thời có giải pháp")


_LAND = """UBND tỉnh yêu cầu UBND xã Đồng Tâm khẩn trương rà soát nguồn gốc đất, hoàn thiện trích lục, trích đo theo đúng \
thời hạn. Đồng thời phối hợp cơ quan chuyên môn cắm mốc, xác định ranh giới, đo đạc diện tích đất bị ảnh hưởng.
"""


def test_field_work_with_its_own_object_splits_but_a_list_of_papers_does_not() -> None:
    tasks = summaries(_LAND, date(2026, 4, 1))
    assert _find(tasks, "hoàn thiện trích lục, trích đo") == 1
    assert _find(tasks, "cắm mốc, xác định ranh giới") == 1
    assert _find(tasks, "đo đạc diện tích đất") == 1
    assert not any(c.startswith("trích đo") for c, _, _ in tasks)


def test_field_verbs_listed_without_an_object_stay_one_action() -> None:
    tasks = summaries("Yêu cầu các trạm thú y phun, tiêu độc, khử trùng chuồng trại chăn nuôi trên địa bàn.\n", date(2026, 4, 1))
    assert len(tasks) == 1


_STEER = """Ban Bí thư giao Ban Tuyên giáo tỉnh tăng cường công tác tuyên truyền, định hướng về các nội dung của dự thảo \
văn kiện, đa dạng hóa các hình thức lấy ý kiến nhân dân.
"""


def test_spreading_the_word_and_steering_opinion_are_one_work() -> None:
    tasks = summaries(_STEER, date(2026, 6, 1))
    assert _find(tasks, "công tác tuyên truyền, định hướng về") == 1
    assert _find(tasks, "đa dạng hóa các hình thức") == 1
    assert len(tasks) == 2


_KEEP_RAISE = """Chủ tịch UBND huyện yêu cầu UBND xã Tân Hòa tiếp tục duy trì và nâng cao chất lượng các tiêu chí nông thôn \
mới theo bộ tiêu chí giai đoạn 2021-2025, xây dựng thôn kiểu mẫu theo bộ tiêu chí của tỉnh.
"""


def test_two_verbs_joined_by_and_share_the_object_after_them() -> None:
    tasks = summaries(_KEEP_RAISE, date(2026, 7, 1))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("xây dựng thôn kiểu mẫu")


_LEADER = """Tại Công điện số 21/CĐ-UBND ngày 3/8/2026, Chủ tịch UBND tỉnh chỉ đạo thành lập tổ công tác ứng phó lũ tại các \
huyện miền núi; tập trung kiểm tra an toàn các hồ chứa nhỏ.
"""


def test_a_leader_directing_what_follows_is_a_request() -> None:
    tasks = summaries(_LEADER, date(2026, 8, 4))
    assert _find(tasks, "thành lập tổ công tác ứng phó lũ") == 1
    assert _find(tasks, "tập trung kiểm tra an toàn các hồ chứa") == 1


def test_a_leader_who_has_directed_or_passed_a_request_on_is_no_new_request() -> None:
    done = "Tại buổi làm việc, đồng chí Bí thư đã chỉ đạo thành lập tổ công tác ứng phó lũ tại các huyện miền núi.\n"
    assert summaries(done, date(2026, 8, 4)) == []
    passed = ("Bí thư Tỉnh ủy giao Văn phòng tổng hợp để chuyển Ban cán sự đảng UBND tỉnh chỉ đạo giải quyết "
              "theo thẩm quyền.\n")
    assert not any(c.startswith("chỉ đạo giải quyết") for c, _, _ in summaries(passed, date(2026, 8, 4)))


_GIVEN_DIRECT = """Về giải phóng mặt bằng, UBND tỉnh yêu cầu UBND huyện Nam Đàn hoàn thành kiểm đếm trước ngày 15/5/2026.

Sở Tài chính được giao chỉ đạo Trung tâm Phát triển quỹ đất hoàn thành hồ sơ bồi thường, trình phê duyệt phương án \
tái định cư. Cơ quan này cũng chủ trì làm việc với các hộ dân để thống nhất giá đất.
"""


def test_the_body_given_the_directing_answers_and_is_named_again_by_this_body() -> None:
    tasks = summaries(_GIVEN_DIRECT, date(2026, 4, 20))
    given = [t for t in tasks if "Trung tâm Phát triển quỹ đất" in t[0] or "thống nhất giá đất" in t[0]]
    assert len(given) == 2
    assert all(units == ["name:Sở Tài chính"] for _, units, _ in given)
    assert not any("Cơ quan này" in u for _, units, _ in tasks for u in units)


_CONFERENCES = """Ngày 2/3/2026, Ban Thường trực Ủy ban MTTQ phường Long Sơn triển khai kế hoạch kiện toàn các Ban Công tác Mặt trận.

Theo đó, Hội nghị Ban Công tác Mặt trận khu dân cư nhiệm kỳ 2026 - 2031 sẽ được tổ chức trước ngày 31/3/2026.
"""


def test_a_conference_to_be_held_by_a_date_is_the_holding_body_s_task() -> None:
    tasks = summaries(_CONFERENCES)
    held = [t for t in tasks if "sẽ được tổ chức trước ngày" in t[0]]
    assert len(held) == 1
    assert held[0][1] == ["name:Ban Công tác Mặt trận khu dân cư"]
    assert held[0][2] == date(2026, 3, 31)


def test_a_request_made_before_is_a_task_while_its_date_is_ahead() -> None:
    ahead = """Ngày 12/3/2026, UBND tỉnh kiểm tra tiến độ dự án đường ven biển.

Dự án là công trình trọng điểm, đã được Chủ tịch UBND tỉnh yêu cầu hoàn thành giải phóng mặt bằng trước ngày 30/6/2026.
"""
    tasks = summaries(ahead)
    assert len(tasks) == 1
    assert tasks[0][0].startswith("hoàn thành giải phóng mặt bằng")
    assert tasks[0][2] == date(2026, 6, 30)
    past = ahead.replace("30/6/2026", "28/2/2026")
    assert summaries(past) == []


def test_the_ministry_of_foreign_affairs_assigns_nothing() -> None:
    text = ("Bộ trưởng Bộ Ngoại giao Trần Văn A đề nghị tỉnh Hà Giang khẩn trương xác lập mô hình tăng trưởng mới, "
            "cơ cấu lại các ngành kinh tế dựa trên chuyển đổi số.\n")
    tasks = summaries(text, date(2026, 9, 1))
    assert len(tasks) == 2
    assert all(units == ["name:tỉnh Hà Giang"] for _, units, _ in tasks)
    assert tasks[1][0].startswith("cơ cấu lại các ngành")


def test_verbs_after_a_word_of_capacity_are_nouns_and_the_next_verb_after_and_splits() -> None:
    text = ("Đồng chí Phó Bí thư đề nghị các đơn vị trong khối Nội chính tiếp tục nâng cao năng lực lãnh đạo, quản lý "
            "và phát huy vai trò của nhân dân trong phòng, chống tội phạm.\n")
    tasks = summaries(text, date(2026, 9, 1))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("phát huy vai trò của nhân dân")


def test_a_report_to_a_superior_and_another_action_after_and_are_two() -> None:
    text = ("Giao UBND xã Hòa Bình kiểm tra, xử lý theo quy định. Báo cáo UBND huyện và tổ chức đối thoại với các hộ dân "
            "trước ngày 30/5/2026.\n")
    tasks = summaries(text, date(2026, 5, 4))
    assert _find(tasks, "tổ chức đối thoại với các hộ dân") == 1
    assert not any("Báo cáo UBND huyện và" in c for c, _, _ in tasks)


def test_a_speaker_stressing_what_a_body_must_go_on_with() -> None:
    text = ("Kết luận hội nghị Ban Thường vụ Tỉnh ủy mở rộng\n\nBí thư Tỉnh ủy Lê Văn B nhấn mạnh, các huyện tiếp tục "
            "rà soát các hộ có nguy cơ tái nghèo, tập trung hỗ trợ sinh kế cho người dân vùng lũ.\n")
    tasks = summaries(text, date(2026, 10, 2))
    assert len(tasks) == 2
    assert all(units == ["name:các huyện"] for _, units, _ in tasks)
    assert tasks[1][0].startswith("tập trung hỗ trợ sinh kế")


def test_a_speaker_stressing_a_fact_assigns_nothing() -> None:
    text = ("Kết luận hội nghị Ban Thường vụ Tỉnh ủy mở rộng\n\nBí thư Tỉnh ủy Lê Văn B nhấn mạnh, kết quả năm qua là "
            "đáng ghi nhận.\n")
    assert summaries(text, date(2026, 10, 2)) == []


def test_thoroughly_is_no_purpose_and_the_next_action_splits() -> None:
    text = ("Chủ tịch UBND huyện yêu cầu UBND các xã xử lý triệt để các điểm tập kết rác tự phát, tăng cường kiểm tra "
            "các cơ sở sản xuất ven sông.\n")
    tasks = summaries(text, date(2026, 10, 2))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("tăng cường kiểm tra các cơ sở")


def test_providing_the_means_is_an_action_but_keeping_safe_is_how() -> None:
    text = ("Đồng chí Phó Chủ tịch đề nghị UBND xã Tân Phú rà soát kỹ danh sách cử tri, tăng cường công tác tuyên truyền, "
            "đảm bảo cơ sở vật chất tại các khu vực bỏ phiếu.\n")
    tasks = summaries(text, date(2026, 3, 2))
    assert len(tasks) == 3
    assert tasks[2][0].startswith("đảm bảo cơ sở vật chất")
    how = ("Đồng chí Phó Chủ tịch đề nghị UBND xã Tân Phú tổ chức tốt hội nghị cử tri, đảm bảo an toàn, đúng quy định.\n")
    assert len(summaries(how, date(2026, 3, 2))) == 1


def test_a_headline_line_is_not_joined_to_the_lead_under_it() -> None:
    text = ("Xã Tân Lập: Trước ngày 15-8 hoàn thành đại hội các chi bộ trực thuộc nhiệm kỳ mới của Đảng bộ xã\n"
            "Các chi bộ thành lập mới khẩn trương chuẩn bị các điều kiện để tổ chức đại hội, phấn đấu xong trước ngày 15-8.\n")
    tasks = summaries(text, date(2026, 7, 10))
    assert _find(tasks, "khẩn trương chuẩn bị các điều kiện") == 1
