"""Round 14, a body's plan and a speaker's directions written as lists: the work of a period ahead opening a sentence
("Triển khai nhiệm vụ năm 2027, X xác định …", "Nhiệm kỳ 2025 - 2030, X tập trung …"); a programme adopted ("thống
nhất phương hướng hoạt động năm 2027", "triển khai 04 nhiệm vụ trọng tâm", "đề ra 5 chỉ tiêu") whose content the next
sentence gives ("Theo đó, …", "Trong đó, …") or its own sentence lists ("… như A, B"); "…; bảo đảm A, giữ vững B" as two
actions; a speaker's colon lead-in "… một số nội dung để X tiếp tục thực hiện: …" and a body "từ huyện đến cơ sở". The
same shapes told in the past (results of a year, "đã tập trung …") stay out. Text written for the test."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import drafts, one, unit_keys


def _none(tasks: list, words: str) -> None:
    assert not [t for t in tasks if words in t.content], [t.content for t in tasks]


# -- the work of a period ahead opening the sentence ------------------------------------------------------------------

_YEAR_AHEAD = (
    "Ngày 5/12, Ủy ban MTTQ Việt Nam huyện Bắc Sơn tổ chức hội nghị tổng kết năm 2026.\n\n"
    "Triển khai nhiệm vụ năm 2027, Ủy ban MTTQ Việt Nam huyện Bắc Sơn xác định tiếp tục đổi mới phương thức hoạt động. "
    "Trong đó, tập trung vận động nhân dân xây dựng nông thôn mới; củng cố Ban công tác Mặt trận các khu dân cư. "
    "Đẩy mạnh cuộc vận động ủng hộ Quỹ Vì người nghèo; tăng cường giám sát việc thực hiện chính sách an sinh."
)


def test_the_work_of_a_year_ahead_opening_the_sentence_dates_the_paragraph() -> None:
    tasks = drafts(_YEAR_AHEAD, date(2026, 12, 5))
    for words in ("vận động nhân dân xây dựng nông thôn mới", "củng cố Ban công tác Mặt trận",
                  "Đẩy mạnh cuộc vận động ủng hộ", "tăng cường giám sát việc thực hiện"):
        task = one(tasks, words)
        assert unit_keys(task) == ["mttq"] and task.deadline.due == date(2027, 12, 31), (words, unit_keys(task), task.deadline)


def test_the_same_words_of_the_year_under_way_are_a_report() -> None:
    text = _YEAR_AHEAD.replace("2027", "2026").replace("xác định tiếp tục", "đã tập trung")
    tasks = drafts(text, date(2026, 12, 5))
    _none(tasks, "nông thôn mới")
    _none(tasks, "Quỹ Vì người nghèo")


def test_a_term_ahead_opening_the_sentence() -> None:
    text = ("Đại hội Hội Cựu chiến binh xã Tân Lập lần thứ IX diễn ra ngày 20/9/2025.\n\n"
            "Nhiệm kỳ 2025 - 2030, Ban Chấp hành Hội Cựu chiến binh xã tập trung xây dựng tổ chức Hội vững mạnh; "
            "vận động hội viên giúp nhau phát triển kinh tế.")
    tasks = drafts(text, date(2025, 9, 20))
    assert unit_keys(one(tasks, "xây dựng tổ chức Hội vững mạnh")) == ["cuu_chien_binh"]
    assert unit_keys(one(tasks, "giúp nhau phát triển kinh tế")) == ["cuu_chien_binh"]
    past = text.replace("2025 - 2030", "2020 - 2025").replace("tập trung", "đã tập trung")
    _none(drafts(past, date(2025, 9, 20)), "vững mạnh")


# -- a programme adopted, then its content ----------------------------------------------------------------------------

_ADOPTED = (
    "Tại hội nghị, các đại biểu đã đánh giá kết quả công tác Hội năm 2026 và thống nhất phương hướng hoạt động năm 2027.\n\n"
    "Theo đó, Hội Liên hiệp Phụ nữ phường tập trung nâng cao chất lượng sinh hoạt chi hội; "
    "tổ chức các lớp tập huấn kỹ năng số cho hội viên; đồng thời chú trọng hỗ trợ phụ nữ khởi nghiệp."
)


def test_a_direction_adopted_then_theo_do_gives_the_body_and_its_plan() -> None:
    tasks = drafts(_ADOPTED)
    for words in ("nâng cao chất lượng sinh hoạt chi hội", "tổ chức các lớp tập huấn kỹ năng số", "hỗ trợ phụ nữ khởi nghiệp"):
        task = one(tasks, words)
        assert unit_keys(task) == ["phu_nu"] and task.deadline.due == date(2027, 12, 31), (words, unit_keys(task), task.deadline)


def test_a_direction_adopted_only_links_the_sentence_that_follows_it() -> None:
    text = _ADOPTED.replace("Theo đó, ", "")
    _none(drafts(text), "tập huấn kỹ năng số")
    # a report of the year that has run: the results, not a plan
    late = _ADOPTED.replace("2027", "2026").replace("tập trung", "đã tập trung")
    _none(drafts(late, date(2026, 12, 20)), "tập huấn kỹ năng số")


def test_work_begun_is_no_programme() -> None:
    text = ("Trong tuần, các cơ quan, đơn vị đã chủ động triển khai nhiệm vụ năm 2027. "
            "Trong đó, Phòng Kinh tế rà soát 15 hồ sơ đất đai; tiếp nhận 40 hồ sơ hành chính.")
    _none(drafts(text, date(2027, 1, 12)), "hồ sơ đất đai")


def test_key_tasks_announced_early_in_their_year() -> None:
    text = ("Năm 2027, Hội Nông dân huyện Lục Yên triển khai 04 nhiệm vụ trọng tâm. Trong đó, đẩy mạnh phong trào "
            "sản xuất, kinh doanh giỏi; củng cố chi hội nghề nghiệp; tổ chức tốt Đại hội Hội Nông dân các cấp.")
    tasks = drafts(text, date(2027, 1, 20))
    task = one(tasks, "củng cố chi hội nghề nghiệp")
    assert unit_keys(task) == ["nong_dan"] and task.deadline.due == date(2027, 12, 31)
    assert one(tasks, "phong trào sản xuất, kinh doanh giỏi").deadline.due == date(2027, 12, 31)
    # the same words in the year's last month report what was done
    _none(drafts(text, date(2027, 12, 15)), "chi hội nghề nghiệp")
    _none(drafts(text.replace("triển khai", "đã triển khai"), date(2027, 1, 20)), "chi hội nghề nghiệp")


def test_a_new_term_then_trong_do_with_the_body_in_lower_case() -> None:
    text = ("Nhiệm kỳ mới, Ủy ban MTTQ Việt Nam xã Hòa Bình đề ra 4 chỉ tiêu, 5 chương trình hành động. "
            "Trong đó, mặt trận tập trung vận động xây dựng 20 nhà Đại đoàn kết; tổ chức giám sát 2 chuyên đề mỗi năm.")
    tasks = drafts(text, date(2025, 10, 2))
    assert unit_keys(one(tasks, "vận động xây dựng 20 nhà")) == ["mttq"]
    assert unit_keys(one(tasks, "tổ chức giám sát 2 chuyên đề")) == ["mttq"]


def test_targets_listed_in_the_programme_sentence() -> None:
    text = ("Năm 2027, Huyện đoàn Yên Thế đề ra một số chỉ tiêu như hỗ trợ ít nhất 20 dự án thanh niên khởi nghiệp, "
            "giới thiệu việc làm cho ít nhất 500 thanh niên.")
    tasks = drafts(text, date(2026, 12, 10))
    task = one(tasks, "hỗ trợ ít nhất 20 dự án")
    assert unit_keys(task) == ["doan_thanh_nien"] and task.deadline.due == date(2027, 12, 31)
    _none(drafts(text.replace("đề ra", "đã đề ra").replace("2027", "2026"), date(2026, 12, 10)), "20 dự án")


# -- "…; bảo đảm A, giữ vững B": the part's own verb, then another action -----------------------------------------------

def test_bao_dam_opening_a_part_is_its_verb() -> None:
    text = ("Năm 2027, Đảng bộ xã Yên Bình tập trung phát triển nông nghiệp hữu cơ; bảo đảm an sinh xã hội, "
            "giữ vững an ninh trật tự.")
    tasks = drafts(text, date(2026, 12, 28))
    assert one(tasks, "bảo đảm an sinh xã hội").deadline.due == date(2027, 12, 31)
    assert "an sinh" not in one(tasks, "giữ vững an ninh trật tự").content
    # after an action, "bảo đảm …" still says how it is done, and its commas list the ways
    for text in ("Đề nghị UBND xã rà soát danh sách hộ nghèo, bảo đảm đúng đối tượng, công khai minh bạch.",
                 "Đề nghị UBND xã rà soát các hộ nghèo để bảo đảm hỗ trợ kịp thời, đúng đối tượng."):
        assert len(drafts(text, date(2026, 12, 1))) == 1, text
    _none(drafts(text.replace("Năm 2027", "Năm 2026"), date(2026, 12, 28)), "an sinh")


# -- a speaker's colon lead-in naming the body the points are for ------------------------------------------------------

_POINTS = (
    "Ngày 10/7/2019, Hội Nông dân huyện Quảng Điền tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Phát biểu tại hội "
    "nghị, đồng chí Nguyễn Văn An, Phó Chủ tịch Hội Nông dân tỉnh gợi mở một số nội dung để Hội Nông dân huyện tiếp tục "
    "triển khai thực hiện: {first}; tiếp tục tuyên truyền phòng, chống dịch bệnh trên đàn gia súc; tổ chức tập huấn kỹ "
    "thuật chăn nuôi cho hội viên."
)


def test_points_put_to_a_body_after_a_colon() -> None:
    for first in ("Hội Nông dân các xã tích cực vận động hội viên phát triển sản xuất",
                  "HND từ huyện đến cơ sở tích cực vận động hội viên phát triển sản xuất",
                  "các cấp Hội từ huyện đến cơ sở chủ động vận động hội viên phát triển sản xuất"):
        tasks = drafts(_POINTS.format(first=first))
        for words in ("vận động hội viên phát triển sản xuất", "tuyên truyền phòng, chống dịch bệnh", "tập huấn kỹ thuật chăn nuôi"):
            assert unit_keys(one(tasks, words)) == ["nong_dan"], (first, words)


def test_points_already_carried_out_are_no_lead_in() -> None:
    text = ("Báo cáo cho biết, 6 tháng qua Hội Nông dân huyện đã thực hiện một số nội dung: vận động hội viên phát triển "
            "sản xuất; tuyên truyền phòng, chống dịch bệnh.")
    _none(drafts(text, date(2019, 7, 10)), "phát triển sản xuất")


# -- a congress naming no body; a programme's breakthroughs after a colon ----------------------------------------------

_CONGRESS = (
    "Đại hội đại biểu lần thứ VI, nhiệm kỳ 2025 - 2030 của Hội Cựu chiến binh phường Đông Hải được tổ chức ngày 12/9.\n\n"
    "{lead}: Xây dựng tổ chức Hội trong sạch, vững mạnh; Vận động hội viên phát triển kinh tế hộ gia đình.\n\n"
    "Nhiệm kỳ 2025 - 2030, Ban Chấp hành Hội Cựu chiến binh phường tập trung thực hiện 2 {breakthroughs} sau: Nâng cao "
    "chất lượng sinh hoạt chi hội; Tập trung bồi dưỡng đội ngũ cán bộ Hội cơ sở."
)


def test_a_congress_naming_no_body_is_the_one_the_text_is_about() -> None:
    for lead in ("Đại hội đại biểu lần thứ VI, nhiệm kỳ 2025 - 2030 xác định phương hướng chung của nhiệm kỳ mới là",
                 "Đại hội lần thứ VI đề ra phương hướng nhiệm kỳ tới gồm"):
        tasks = drafts(_CONGRESS.format(lead=lead, breakthroughs="khâu đột phá"), date(2025, 9, 12))
        assert unit_keys(one(tasks, "Xây dựng tổ chức Hội trong sạch")) == ["cuu_chien_binh"], lead
        assert unit_keys(one(tasks, "Vận động hội viên phát triển kinh tế")) == ["cuu_chien_binh"], lead


def test_a_programmes_breakthroughs_after_a_colon_are_its_items() -> None:
    for word in ("khâu đột phá", "đột phá chiến lược"):
        tasks = drafts(_CONGRESS.format(lead="Đại hội xác định phương hướng là", breakthroughs=word), date(2025, 9, 12))
        task = one(tasks, "Nâng cao chất lượng sinh hoạt chi hội")
        assert unit_keys(task) == ["cuu_chien_binh"] and "đột phá" not in task.content, (word, task.content)
        assert unit_keys(one(tasks, "bồi dưỡng đội ngũ cán bộ Hội cơ sở")) == ["cuu_chien_binh"]
    # breakthroughs achieved are a report
    past = ("Nhiệm kỳ 2020 - 2025, Hội Cựu chiến binh phường đã hoàn thành 2 khâu đột phá sau: Nâng cao chất lượng "
            "sinh hoạt chi hội; Bồi dưỡng đội ngũ cán bộ Hội cơ sở.")
    _none(drafts(past, date(2025, 9, 12)), "sinh hoạt chi hội")
