"""General rules of extraction round 9 (the Front, mass organisations and news pages), each on text written for the
test: a congress's direction for the new term is the body's own programme, as is what a body says it does after
setting its work ahead; an aim after the actions ("qua đó …", "góp phần …") is no task; "Để …, đòi hỏi X cần …"
asks X; "X cũng sẽ …" after an opening date is X's plan; "các cấp Hội …" is the Hội; a request said twice is one
task; unity and spirit asked of someone ("đoàn kết, phát huy dân chủ") are no work."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _has(tasks: list[tuple[str, list[str], date | None]], words: str) -> list[tuple[str, list[str], date | None]]:
    return [t for t in tasks if words in t[0]]


_CONGRESS = """Đại hội đại biểu Hội Phụ nữ xã Tân Lập lần thứ I, nhiệm kỳ 2025-2030 diễn ra với 120 đại biểu.

Trong nhiệm kỳ qua, các cấp Hội đã hoàn thành các chỉ tiêu đề ra.

Đại hội Hội Phụ nữ xã Tân Lập lần thứ I xác định phương hướng nhiệm kỳ mới là: Củng cố tổ chức Hội vững mạnh; \
hỗ trợ phụ nữ khởi nghiệp; vận động hội viên giữ gìn vệ sinh môi trường; góp phần xây dựng xã văn minh, giàu đẹp.
"""


def test_congress_direction_for_the_new_term_is_the_bodys_programme() -> None:
    tasks = summaries(_CONGRESS)
    for words in ("Củng cố tổ chức Hội", "hỗ trợ phụ nữ khởi nghiệp", "vận động hội viên giữ gìn"):
        found = _has(tasks, words)
        assert found and found[0][1] == ["phu_nu"], (words, tasks)
    assert not _has(tasks, "góp phần"), tasks


_PROGRAMME = """Hội Cựu chiến binh xã Đông Hòa tổ chức hội nghị triển khai chương trình công tác năm 2026.

Trên cơ sở kết quả năm trước, Hội Cựu chiến binh xã xác định rõ nhiệm vụ trọng tâm trong thời gian tới.

Theo đó, Hội tập trung bồi dưỡng kỹ năng cho cán bộ chi hội; đẩy mạnh phong trào giúp nhau giảm nghèo, gắn với \
xây dựng nông thôn mới, đô thị văn minh. Đồng thời, tăng cường công tác tuyên truyền, vận động hội viên chấp hành \
tốt pháp luật.
"""


def test_what_a_body_does_after_setting_its_work_ahead_is_its_programme() -> None:
    tasks = summaries(_PROGRAMME)
    for words in ("bồi dưỡng kỹ năng cho cán bộ chi hội", "đẩy mạnh phong trào giúp nhau",
                  "tuyên truyền, vận động hội viên chấp hành"):
        found = _has(tasks, words)
        assert found and found[0][1] == ["cuu_chien_binh"], (words, tasks)
    assert not any(c.lstrip().startswith("đô thị") or c.lstrip().startswith("vận động hội viên") for c, _, _ in tasks)


def test_a_past_report_after_a_direction_is_no_programme() -> None:
    text = """Hội Cựu chiến binh xã Đông Hòa xác định rõ nhiệm vụ trọng tâm trong thời gian tới.

Theo đó, Hội đã bồi dưỡng kỹ năng cho cán bộ chi hội trong năm qua.
"""
    assert not _has(summaries(text), "bồi dưỡng kỹ năng"), summaries(text)


def test_the_new_term_opening_a_sentence_leaves_the_body_its_plan() -> None:
    text = """Ngày 12/10, Hội Nông dân xã Phú Lộc tổ chức Đại hội lần thứ I.

Trong nhiệm kỳ mới, Hội tiếp tục đẩy mạnh hỗ trợ nông dân tiêu thụ nông sản; xây dựng chi hội nghề nghiệp \
ở các thôn.
"""
    tasks = summaries(text, date(2025, 10, 12))
    for words in ("đẩy mạnh hỗ trợ nông dân tiêu thụ nông sản", "xây dựng chi hội nghề nghiệp"):
        found = _has(tasks, words)
        assert found and found[0][1] == ["nong_dan"], (words, tasks)


def test_aim_after_the_actions_is_no_task() -> None:
    text = """Ban Dân vận Huyện ủy đề nghị Ủy ban MTTQ huyện đẩy mạnh tuyên truyền về chính sách bảo hiểm y tế; \
hướng dẫn người dân đăng ký khám chữa bệnh ban đầu; qua đó, nâng cao nhận thức của Nhân dân, góp phần bảo đảm \
an sinh xã hội, tăng cường khối đại đoàn kết.
"""
    tasks = summaries(text, date(2025, 5, 4))
    assert _has(tasks, "đẩy mạnh tuyên truyền về chính sách") and _has(tasks, "hướng dẫn người dân đăng ký")
    for words in ("nâng cao nhận thức", "góp phần", "tăng cường khối đại đoàn kết"):
        assert not _has(tasks, words), (words, tasks)


def test_what_an_aim_requires_of_bodies_named_next() -> None:
    text = """Phát biểu tại đại hội, đồng chí Phó Bí thư Tỉnh ủy đánh giá cao kết quả nhiệm kỳ qua. Để phong trào \
thanh niên, tình nguyện, khởi nghiệp tiếp tục phát triển, đòi hỏi các cấp bộ Đoàn cần đổi mới phương thức tập hợp \
thanh niên, nâng cao chất lượng đoàn viên.
"""
    tasks = summaries(text)
    assert _has(tasks, "đổi mới phương thức tập hợp thanh niên"), tasks
    assert _has(tasks, "nâng cao chất lượng đoàn viên"), tasks


def test_a_body_that_will_too_after_an_opening_date() -> None:
    text = """Các chi hội đã tổ chức sơ kết 6 tháng. Sau khi các chi hội hoàn thành, dự kiến đến cuối tháng 8, \
Hội Nông dân xã cũng sẽ tổ chức sơ kết cấp xã và tuyên dương các hộ sản xuất giỏi.
"""
    tasks = summaries(text, date(2024, 7, 10))
    first = _has(tasks, "tổ chức sơ kết cấp xã")
    assert first and first[0][1] == ["nong_dan"] and first[0][2] == date(2024, 8, 31), tasks
    assert _has(tasks, "tuyên dương các hộ sản xuất giỏi"), tasks
    assert not _has(first, "tuyên dương"), tasks


def test_every_level_of_a_named_organisation_is_that_organisation() -> None:
    text = "Đề nghị các cấp Hội Cựu chiến binh tỉnh Sơn La tổ chức tốt đại hội nhiệm kỳ mới."
    tasks = summaries(text, date(2025, 3, 1))
    assert tasks and tasks[0][1] == ["cuu_chien_binh"], tasks


def test_a_request_said_twice_is_one_task() -> None:
    text = """Thủ tướng yêu cầu chủ động sơ tán người dân khỏi vùng nguy hiểm trước khi bão đổ bộ.

Thủ tướng ký công điện yêu cầu các bộ, ngành, địa phương triển khai ứng phó với bão số 5.

Để bảo đảm an toàn cho người dân, Thủ tướng yêu cầu chủ động sơ tán người dân khỏi vùng nguy hiểm trước khi bão \
đổ bộ.
"""
    tasks = summaries(text, date(2025, 8, 20))
    assert len(_has(tasks, "chủ động sơ tán người dân khỏi vùng nguy hiểm")) == 1, tasks


def test_unity_and_spirit_asked_are_no_work() -> None:
    text = """Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã yêu cầu các chi bộ tiếp tục đoàn kết, phát huy dân chủ; \
thường xuyên rà soát danh sách đảng viên cao tuổi. Đồng chí đề nghị các tiểu ban tiếp tục phát huy tinh thần \
trách nhiệm, khẩn trương hoàn thiện dự thảo văn kiện.
"""
    tasks = summaries(text, date(2025, 6, 2))
    assert not any(c.rstrip(" .;").endswith("dân chủ") for c, _, _ in tasks), tasks
    review = _has(tasks, "rà soát danh sách đảng viên cao tuổi")
    assert review and not review[0][0].startswith("yêu cầu"), tasks
    assert len(_has(tasks, "hoàn thiện dự thảo văn kiện")) == 1, tasks
    assert not any(c.rstrip(" .,;").endswith("tinh thần trách nhiệm") for c, _, _ in tasks), tasks


def test_the_same_words_under_two_bodies_are_two_tasks() -> None:
    text = ("Ban Thường vụ Huyện ủy kết luận như sau:\n\n1. Hội Cựu chiến binh huyện:\n\n"
            "- Sơ kết mô hình tổ hợp tác chăn nuôi của hội viên; hằng quý báo cáo kết quả về Văn phòng.\n\n"
            "2. Hội Liên hiệp Phụ nữ huyện:\n\n"
            "- Sơ kết mô hình tổ hợp tác chăn nuôi của hội viên; hằng quý báo cáo kết quả về Văn phòng.\n")
    tasks = _has(summaries(text, date(2025, 3, 1)), "Sơ kết mô hình tổ hợp tác")
    assert sorted(u for _c, units, _d in tasks for u in units) == ["cuu_chien_binh", "phu_nu"]
