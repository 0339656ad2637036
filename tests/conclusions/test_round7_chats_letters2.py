"""General rules of extraction round 7 (chats and letters, second part), each on text written for the test:
people a chat names by given name or tag, a chat's day words counted from the message's day, one date for
the actions after a subject, compiling for a report, the people urged, deliveries sent for a purpose,
noun uses of "đề nghị" and closings that ask anyone to carry the letter out."""

from __future__ import annotations

from datetime import date

from conclusions.cues import cues, is_restatement
from conclusions.deadlines import task_deadline
from tests.conclusions.helpers import summaries

_CHAT = """Nhóm: UBND XÃ A - CÔNG VIỆC

[08:00 04/06/2025] Lê Văn Bình: Chiều nay có đoàn huyện về làm việc.
- Minh chuẩn bị số liệu tiêm chủng, gửi anh trước 11h sáng nay.
- Dung photo hồ sơ 15 bộ, xong trong hôm nay nhé.
[08:05 04/06/2025] Trần Thị Dung: Dạ em nhận ạ
[08:06 04/06/2025] Phạm Quang Minh: Em nhận anh
[09:30 05/06/2025] Lê Văn Bình: @Hoàng Thị Lan trưởng thôn Bản Pục gửi danh sách hộ nghèo cho Minh trong sáng mai nhé.
Minh kiểm tra lại danh sách, nhờ chị Vũ Thị Hoa đối chiếu sổ hộ khẩu.
"""


def test_a_given_name_of_someone_in_the_chat_is_who_acts() -> None:
    tasks = summaries(_CHAT)
    assert ("name:Minh", date(2025, 6, 4)) in [(u[0], d) for c, u, d in tasks if "số liệu tiêm chủng" in c]
    assert ("name:Dung", date(2025, 6, 4)) in [(u[0], d) for c, u, d in tasks if "photo hồ sơ" in c]


def test_a_tagged_person_with_a_post_and_a_day_word_of_the_message() -> None:
    tasks = summaries(_CHAT)
    found = [(u, d) for c, u, d in tasks if "danh sách hộ nghèo" in c]
    assert found == [(["name:Hoàng Thị Lan trưởng thôn Bản Pục"], date(2025, 6, 6))]


def test_a_person_after_a_kinship_word_is_who_is_asked() -> None:
    tasks = summaries(_CHAT)
    assert [u for c, u, _ in tasks if "đối chiếu sổ hộ khẩu" in c] == [["name:Vũ Thị Hoa"]]


def test_a_capitalized_word_nobody_goes_by_is_no_person() -> None:
    text = _CHAT + "[10:00 05/06/2025] Lê Văn Bình: Qua rà soát còn 3 hộ chưa nộp hồ sơ.\n"
    assert not [c for c, _, _ in summaries(text) if c.startswith("Qua rà soát")]


def test_day_words_of_a_chat_after_trong() -> None:
    deadline, _ = task_deadline("hoàn thiện hồ sơ trong sáng mai", date(2025, 6, 4))
    assert deadline is not None and deadline.due == date(2025, 6, 5)
    deadline, _ = task_deadline("rà lại biểu mẫu, xong trong hôm nay", date(2025, 6, 4))
    assert deadline is not None and deadline.due == date(2025, 6, 4)


_LETTER = """ỦY BAN NHÂN DÂN
XÃ BÌNH AN
Số: 12/UBND
Bình An, ngày 02 tháng 3 năm 2025

Kính gửi: Các ban, ngành, đoàn thể xã.

Để chuẩn bị mùa mưa bão, Chủ tịch UBND xã yêu cầu:
1. Công chức Địa chính - Xây dựng rà soát các điểm có nguy cơ sạt lở, báo cáo Chủ tịch UBND xã trước ngày 20/3/2025.
2. Văn phòng UBND xã: Tổng hợp tình hình thực hiện của các thôn, báo cáo UBND huyện định kỳ hằng tháng.
3. Hội Nông dân xã vận động hội viên chủ động gia cố chuồng trại trước mùa mưa.
4. Công an xã lập biên bản các trường hợp vi phạm, gửi Chủ tịch UBND xã trước ngày 15/3/2025 để xử lý.
5. Trạm Y tế xã: Tăng số buổi khám lưu động tại các thôn vùng sâu.

Đề nghị Ban Chấp hành các chi hội nghiêm túc triển khai./.
"""


def test_one_date_closing_the_sentence_dates_the_actions_after_the_subject() -> None:
    tasks = summaries(_LETTER)
    assert [d for c, _, d in tasks if "điểm có nguy cơ sạt lở" in c] == [date(2025, 3, 20)]


def test_compiling_for_the_report_is_one_task() -> None:
    tasks = summaries(_LETTER)
    assert len([c for c, _, _ in tasks if "tình hình thực hiện của các thôn" in c or "báo cáo UBND huyện" in c]) == 1


def test_the_people_urged_and_what_they_are_urged_to_do_is_one_task() -> None:
    tasks = summaries(_LETTER)
    assert len([c for c, _, _ in tasks if "hội viên" in c or "gia cố chuồng trại" in c]) == 1


def test_a_delivery_sent_for_a_purpose_is_no_task_of_its_own() -> None:
    tasks = summaries(_LETTER)
    assert [d for c, _, d in tasks if "biên bản" in c or "để xử lý" in c] == [date(2025, 3, 15)]


def test_tang_opens_an_item() -> None:
    assert any("khám lưu động" in c for c, _, _ in summaries(_LETTER))


def test_a_closing_that_asks_anyone_to_carry_it_out() -> None:
    assert not any("nghiêm túc triển khai" in c for c, _, _ in summaries(_LETTER))
    assert is_restatement("Nhận được văn bản này, đề nghị UBND các thôn quan tâm, chỉ đạo thực hiện./.")
    assert not is_restatement("Đề nghị UBND các thôn rà soát danh sách và triển khai thực hiện.")


def test_de_nghi_after_a_list_of_people_is_a_noun() -> None:
    assert not cues("lập danh sách hộ dân đề nghị hỗ trợ sửa nhà")
    assert cues("lập danh sách, đề nghị UBND huyện hỗ trợ")
