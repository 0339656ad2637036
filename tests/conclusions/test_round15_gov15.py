"""General rules of extraction round 15 (government and party pages), on text written for the test: a past meeting
that "nêu rõ / đề ra / xác định" the work ahead sets out tasks in the list after its colon (not one that "đã triển
khai" it); a spoken point "Thứ hai, là …" is a point like "Thứ hai, …"; "Vì vậy, X cần …" and "Nhiệm vụ trọng tâm
trong tháng N là X cần …" open X's duty; "X theo chức năng, nhiệm vụ phải …" is X's duty, also as the last of
several subjects after ";"; the effort urged ("phải … hơn nữa, …", "cần nỗ lực hơn nữa để …") does not hide the
actions after it; "huy động tối đa …" has an object ("tối" is not the evening there); a manner word ending an
action ("… nghiêm túc, kịp thời báo cáo …") shares no object with the next action. The same shapes in a report of
work done give no task."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import drafts, one, summaries, unit_keys


def _has(tasks: list[tuple[str, list[str], date | None]], words: str) -> bool:
    return any(words.lower() in t[0].lower() for t in tasks)


# ---- a past meeting setting out the work ahead, then its list

def test_speaker_sets_out_work_ahead_in_ordinal_points() -> None:
    text = ("Sáng 5/8, Đảng ủy xã Tân Hòa tổ chức hội nghị. Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy đã nêu rõ "
            "một số nhiệm vụ trọng tâm trong thời gian tới: Thứ nhất, tập trung quán triệt Chỉ thị số 12-CT/TW về công "
            "tác cán bộ. Thứ hai, là rà soát danh sách hộ cận nghèo trên địa bàn. Thứ ba, là hoàn thiện hồ sơ xã nông "
            "thôn mới nâng cao.")
    tasks = summaries(text, date(2025, 8, 5))
    for words in ("quán triệt Chỉ thị số 12", "rà soát danh sách hộ cận nghèo", "hoàn thiện hồ sơ xã nông thôn"):
        assert _has(tasks, words), (words, tasks)
    assert not any(t[0].lower().startswith("là ") for t in tasks)


def test_meeting_set_out_tasks_for_next_year_as_list() -> None:
    text = ("Hội nghị cũng đã đề ra các nhiệm vụ trọng tâm năm 2026 như: Hoàn thành chỉ tiêu giao quân; công tác "
            "huấn luyện dân quân tự vệ; công tác phòng chống cháy rừng; xây dựng lực lượng dự bị động viên.")
    tasks = summaries(text, date(2025, 12, 10))
    for words in ("chỉ tiêu giao quân", "huấn luyện dân quân", "phòng chống cháy rừng", "lực lượng dự bị"):
        assert _has(tasks, words), (words, tasks)


def test_leader_identified_tasks_with_xac_dinh() -> None:
    text = ("Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đã xác định các nhiệm vụ trọng tâm thời gian tới: Thứ "
            "nhất, tập trung rà soát giải ngân vốn đầu tư công. Thứ hai, là hoàn thành cấp giấy chứng nhận quyền sử dụng "
            "đất cho các hộ.")
    tasks = summaries(text, date(2025, 9, 1))
    assert _has(tasks, "giải ngân vốn đầu tư công") and _has(tasks, "cấp giấy chứng nhận"), tasks


def test_past_work_done_list_is_no_task() -> None:
    text = ("Năm qua, Hội đã triển khai các nhiệm vụ trọng tâm như: tổ chức tập huấn kỹ thuật; xây dựng mô hình "
            "kinh tế tập thể; hỗ trợ hội viên vay vốn.")
    assert summaries(text, date(2025, 12, 10)) == []


# ---- openers before the bodies who must act

def test_consequence_opener_before_subject_and_modal() -> None:
    for opener in ("Vì vậy", "Do đó", "Chính vì vậy"):
        text = f"{opener}, các phòng chuyên môn, UBND các xã cần rà soát hồ sơ đất đai còn tồn đọng."
        tasks = summaries(text, date(2025, 11, 3))
        assert len(tasks) == 1 and "rà soát hồ sơ đất đai" in tasks[0][0], (opener, tasks)
        assert tasks[0][1] == ["name:các phòng chuyên môn", "name:UBND các xã"]


def test_consequence_opener_before_past_report_is_no_task() -> None:
    assert summaries("Do đó, năm qua UBND các xã đã rà soát hồ sơ đất đai còn tồn đọng.", date(2025, 11, 3)) == []


def test_work_of_period_is_subject_opener() -> None:
    for text in ("Nhiệm vụ trọng tâm trong tháng 12 là các phòng, ban liên quan, UBND các xã cần phải giải quyết dứt "
                 "điểm đơn thư tồn đọng.",
                 "Vì vậy, nhiệm vụ cấp bách trong tháng 12 là UBND các phường phải giải quyết dứt điểm đơn thư tồn đọng."):
        tasks = summaries(text, date(2025, 12, 2))
        assert len(tasks) == 1 and "giải quyết dứt điểm đơn thư" in tasks[0][0], tasks
        assert tasks[0][2] == date(2025, 12, 31)


# ---- the remit between the bodies and their duty

def test_remit_between_subject_and_modal() -> None:
    for remit in ("theo chức năng, nhiệm vụ", "theo chức năng, nhiệm vụ, thẩm quyền", "căn cứ chức năng, nhiệm vụ được giao"):
        text = f"UBND tỉnh yêu cầu: Giám đốc các Sở; Chủ tịch UBND các huyện {remit} phải khẩn trương rà soát các công trình thủy lợi."
        tasks = summaries(text, date(2025, 10, 1))
        assert len(tasks) == 1 and "rà soát các công trình thủy lợi" in tasks[0][0], (remit, tasks)
        assert "name:Chủ tịch UBND các huyện" in tasks[0][1]


# ---- the effort urged before the actions

def test_effort_urged_then_comma_actions_split() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu: Giám đốc các Sở; Chủ tịch UBND các huyện phải quyết liệt hơn nữa, tiếp tục huy "
            "động tối đa lực lượng, chỉ đạo triển khai đồng bộ các biện pháp khắc phục hậu quả mưa lũ.")
    tasks = drafts(text, date(2025, 10, 1))
    one(tasks, "huy động tối đa lực lượng")
    one(tasks, "chỉ đạo triển khai đồng bộ")


def test_effort_with_purpose_then_actions_split() -> None:
    text = ("Các phòng, ban liên quan, UBND các xã cần phải nỗ lực hơn nữa để thực hiện tốt các chỉ tiêu năm 2025, quan "
            "tâm tới các gia đình chính sách, chỉnh trang khu trung tâm đón tết.")
    tasks = drafts(text, date(2025, 11, 3))
    one(tasks, "thực hiện tốt các chỉ tiêu")
    one(tasks, "quan tâm tới các gia đình")
    one(tasks, "chỉnh trang khu trung tâm")
    assert unit_keys(one(tasks, "chỉnh trang")) == ["name:Các phòng, ban liên quan", "name:UBND các xã"]


def test_effort_in_report_is_no_task() -> None:
    text = "Năm qua, các xã đã nỗ lực hơn nữa để hoàn thành các chỉ tiêu, chỉnh trang khu trung tâm đón tết."
    assert summaries(text, date(2025, 12, 20)) == []


def test_toi_da_is_an_object() -> None:
    text = "Đề nghị UBND các xã tiếp tục huy động tối đa nhân lực, rà soát các hộ có nhà bị hư hỏng."
    tasks = drafts(text, date(2025, 10, 1))
    one(tasks, "huy động tối đa nhân lực")
    one(tasks, "rà soát các hộ")


# ---- a manner word ending one action

def test_manner_word_ends_action_before_next_action() -> None:
    for manner in ("nghiêm túc", "thường xuyên"):
        text = (f"Đề nghị các thôn tổ chức trực ban {manner}, kịp thời tổng hợp, báo cáo tình hình thiệt hại về UBND xã.")
        tasks = drafts(text, date(2025, 12, 20))
        one(tasks, "tổ chức trực ban")
        one(tasks, "tổng hợp, báo cáo tình hình thiệt hại")


def test_manner_words_as_subject_adverb_keep_one_task() -> None:
    text = "Hội Nông dân các xã tích cực, chủ động vận động hội viên phát triển kinh tế."
    tasks = drafts(text, date(2025, 12, 20))
    assert len(tasks) <= 1, [t.content for t in tasks]
