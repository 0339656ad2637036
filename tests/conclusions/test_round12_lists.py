"""General rules of extraction round 12 (tasks listed without a directive verb each), on text written for the test: a
past speech that lists "các nhiệm vụ trọng tâm cần thực hiện trong tháng 3, như: …" lists work still to do, dated by
that month, for the body whose leader presents it; in such a comma list a field of work ("công tác …", "các hoạt
động …"), "đẩy nhanh …" and a second event ("…, Hội nghị …") open items of their own; "… được triển khai với yêu cầu
A; B" and "Trọng tâm là A; B" after a plan are lists of work without a colon; a plan laid before the meeting for a
period not begun yet makes what the next sentences say the body does its work; "X xác định tiếp tục …" is X's plan,
also after the theme it takes up; "Các hoạt động trọng điểm sẽ …" is the work of the body before; "Theo kế hoạch chỉ
đạo, thời gian tổ chức đại hội X … hoàn thành trong quý …" dates X's congress. The same shapes in a report of work
done give no task."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> list[tuple[str, list[str], date | None]]:
    return [t for t in tasks if words.lower() in t[0].lower()]


_MONTH = """Phường Hòa Bình chào cờ đầu tháng 3

Sáng 2/3, UBND phường Hòa Bình tổ chức lễ chào cờ đầu tháng. Sau lễ chào cờ, đồng chí Trần Văn Bình, Chủ tịch \
UBND phường đã phát biểu triển khai các nhiệm vụ trọng tâm cần thực hiện trong tháng 3, như: Tập trung rà soát hồ sơ \
đất đai còn tồn đọng, công tác tiêm chủng cho trẻ em, công tác nạo vét các tuyến kênh mương, đẩy nhanh tiến độ sửa \
chữa các trường học, các hoạt động kỷ niệm ngày Quốc tế Phụ nữ.
"""


def test_a_past_speech_lists_the_work_of_the_month_ahead() -> None:
    tasks = summaries(_MONTH, date(2026, 3, 2))
    for words in ("rà soát hồ sơ đất đai", "công tác tiêm chủng", "công tác nạo vét", "đẩy nhanh tiến độ sửa chữa",
                  "các hoạt động kỷ niệm"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["ubnd"]
    assert _find(tasks, "công tác tiêm chủng")[0][2] == date(2026, 3, 31)
    assert len(tasks) == 5


def test_the_same_list_of_work_done_is_no_task() -> None:
    text = """Phường Hòa Bình sơ kết quý I

Trong quý I, UBND phường đã triển khai các nhiệm vụ trọng tâm, như: rà soát hồ sơ đất đai còn tồn đọng, công tác \
tiêm chủng cho trẻ em, công tác nạo vét các tuyến kênh mương, đẩy nhanh tiến độ sửa chữa các trường học.
"""
    assert summaries(text, date(2026, 4, 2)) == []


_TET = """Xã Tân Phú triển khai nhiệm vụ dịp Tết

Chiều 20/1, UBND xã Tân Phú tổ chức hội nghị triển khai nhiệm vụ dịp Tết Nguyên đán.
Tại hội nghị, các nhiệm vụ trọng tâm trong dịp Tết được triển khai với yêu cầu giữ vững an ninh trật tự trên địa bàn; \
thăm hỏi các gia đình chính sách; kiểm tra an toàn thực phẩm tại các chợ; bố trí lực lượng trực Tết.
"""


def test_work_deployed_with_requirements_is_a_list_of_tasks() -> None:
    tasks = summaries(_TET, date(2026, 1, 20))
    for words in ("giữ vững an ninh trật tự", "thăm hỏi các gia đình chính sách", "kiểm tra an toàn thực phẩm",
                  "bố trí lực lượng trực Tết"):
        assert len(_find(tasks, words)) == 1, words


def test_requirements_deployed_last_year_are_reported() -> None:
    text = """Xã Tân Phú tổng kết năm

Năm qua, các nhiệm vụ trọng tâm đã được triển khai với yêu cầu giữ vững an ninh trật tự trên địa bàn; thăm hỏi các \
gia đình chính sách; kiểm tra an toàn thực phẩm tại các chợ.
"""
    assert summaries(text, date(2026, 1, 20)) == []


def test_the_focus_of_a_plan_goes_on_with_it() -> None:
    text = """Hội Cựu chiến binh huyện triển khai nhiệm vụ năm 2026

Ngày 10/1, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết năm 2025.
Năm 2026, Hội Cựu chiến binh huyện sẽ chú trọng củng cố tổ chức hội ở cơ sở. Trọng tâm là tiếp tục nhân rộng mô hình \
tổ tự quản an ninh; giữ vững tỷ lệ hội viên tham gia cấp ủy; thực hiện có hiệu quả đề án giảm nghèo trong hội viên.
"""
    tasks = summaries(text, date(2026, 1, 10))
    for words in ("nhân rộng mô hình tổ tự quản", "giữ vững tỷ lệ hội viên", "đề án giảm nghèo"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["cuu_chien_binh"]


def test_a_focus_in_a_report_is_no_task() -> None:
    text = """Hội Cựu chiến binh huyện tổng kết năm 2025

Năm 2025, Hội Cựu chiến binh huyện đạt nhiều kết quả. Trọng tâm là nhân rộng mô hình tổ tự quản an ninh; giữ vững \
tỷ lệ hội viên tham gia cấp ủy.
"""
    assert summaries(text, date(2026, 1, 10)) == []


def _draft_plan(year: int) -> str:
    return f"""Hội Nông dân tỉnh họp Ban Chấp hành

Sáng 10/12, Hội Nông dân tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 5.
Tại hội nghị, Phó Chủ tịch Hội Nông dân tỉnh Lê Văn Nam trình bày dự thảo Kế hoạch công tác năm {year}.
Theo đó, Hội tập trung vận động hội viên chuyển đổi số trong sản xuất nông nghiệp. Đồng thời, Hội phối hợp với ngân \
hàng giải ngân vốn vay cho hội viên. Tăng cường kiểm tra việc sử dụng vốn vay tại cơ sở.
"""


def test_a_plan_for_a_year_not_begun_makes_the_next_sentences_its_work() -> None:
    tasks = summaries(_draft_plan(2027), date(2026, 12, 10))
    for words in ("vận động hội viên chuyển đổi số", "giải ngân vốn vay", "kiểm tra việc sử dụng vốn vay"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["nong_dan"] and found[0][2] == date(2027, 12, 31)


def test_a_plan_of_the_current_year_is_reported() -> None:
    assert summaries(_draft_plan(2026), date(2026, 12, 10)) == []


def test_a_body_resolving_to_go_on_after_the_theme_it_takes_up() -> None:
    text = """Hội Phụ nữ huyện triển khai chủ đề năm 2027

Ngày 15/1, Hội Phụ nữ huyện tổ chức hội nghị Ban Chấp hành.
Triển khai chủ đề năm 2027 do Trung ương Hội phát động: “Đoàn kết, sáng tạo, phát triển”, Hội Phụ nữ huyện xác định \
tiếp tục phát động phong trào khởi nghiệp trong hội viên; tổ chức các lớp tập huấn kỹ năng số cho hội viên. Các hoạt \
động trọng điểm sẽ tập trung vào việc tổ chức ngày hội phụ nữ khởi nghiệp; tọa đàm kỷ niệm ngày thành lập Hội.
"""
    tasks = summaries(text, date(2027, 1, 15))
    for words in ("phát động phong trào khởi nghiệp", "tổ chức các lớp tập huấn", "ngày hội phụ nữ khởi nghiệp",
                  "tọa đàm kỷ niệm"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["phu_nu"], words


def test_a_theme_taken_up_with_work_done_is_no_task() -> None:
    text = """Hội Phụ nữ huyện tổng kết năm

Triển khai chủ đề năm 2026 “Đoàn kết, sáng tạo, phát triển”, Hội Phụ nữ huyện đã phát động phong trào khởi nghiệp \
trong hội viên; tổ chức 12 lớp tập huấn kỹ năng số cho hội viên.
"""
    assert summaries(text, date(2027, 1, 15)) == []


def test_a_congress_due_by_the_plan_directing_it() -> None:
    text = """Hội Nông dân tỉnh chỉ đạo đại hội cấp huyện

Đến nay, đã có 2 huyện tổ chức thành công đại hội. Theo kế hoạch chỉ đạo, thời gian tổ chức đại hội Hội Nông dân cấp \
huyện hoàn thành trong quý 2/2027.
"""
    tasks = summaries(text, date(2027, 4, 5))
    assert len(tasks) == 1
    assert tasks[0][1] == ["nong_dan"] and tasks[0][2] == date(2027, 6, 30)


def test_a_second_event_without_its_verb_is_a_task_of_its_own() -> None:
    text = """Thường trực HĐND huyện họp định kỳ

Chiều 28/4, Thường trực HĐND huyện tổ chức họp định kỳ tháng 4. Căn cứ chương trình hoạt động năm, Thường trực \
HĐND huyện đề ra nhiệm vụ trọng tâm tháng 5/2027 như sau: Xây dựng kế hoạch giám sát việc quản lý đất \
công; tổ chức Hội nghị chất vấn giữa hai kỳ họp, Hội nghị trao đổi kinh nghiệm giám sát của HĐND.
"""
    tasks = summaries(text, date(2027, 4, 28))
    assert len(_find(tasks, "Hội nghị chất vấn")) == 1
    assert len(_find(tasks, "Hội nghị trao đổi kinh nghiệm")) == 1
    assert all(units == ["hdnd"] and due == date(2027, 5, 31) for _, units, due in tasks)
