"""General rules of round 7 (fresh9, precision), each on text written for the test: a chat export that stamps only
the time on the sender's line ("[08:10] Văn phòng - Hoa"), the day in a separator line above."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.normalize import CHAT_SENDER, paragraphs

_CHAT = """NHÓM CÔNG TÁC KHU PHỐ

——— Thứ Hai, 3/3 ———

[08:10] Văn phòng UBND xã - Hoa
Kính gửi các đ/c Trưởng thôn!
Văn phòng đề nghị các đ/c thực hiện một số việc sau:
1️⃣ Lập danh sách hộ nghèo của thôn, gửi về Văn phòng trước ngày 7/3.
2️⃣ Kiểm tra các điểm tập kết rác, xong trước ngày 10/3.
Trân trọng!

[08:15] Văn phòng UBND xã - Hoa
📎 Mau_danh_sach.xlsx

[08:20] Thôn Đông - Bác Minh
thôn Đông nhận rồi nhé

[08:31] Thôn Tây - Chị Lan
Dạ rõ ạ
"""


@pytest.mark.parametrize("line", ["[08:10] Văn phòng UBND xã - Hoa", "[20:41]", "[9:05] Nguyễn Văn An (Thôn 2)"])
def test_a_time_stamp_alone_with_its_sender_is_a_sender_line(line: str) -> None:
    assert CHAT_SENDER.fullmatch(line)


@pytest.mark.parametrize("line", ["[08:10] Họp lúc 9h: các thôn có mặt đủ.", "Văn phòng UBND xã - Hoa"])
def test_a_message_typed_after_the_stamp_is_no_sender_line(line: str) -> None:
    assert not CHAT_SENDER.fullmatch(line)


def test_the_sender_line_is_a_paragraph_of_its_own() -> None:
    assert "[08:20] Thôn Đông - Bác Minh" in paragraphs(_CHAT)


def test_the_lead_ins_list_ends_with_its_message() -> None:
    tasks = extract(_CHAT, date(2025, 3, 3)).tasks
    assert [t.deadline.due for t in tasks] == [date(2025, 3, 7), date(2025, 3, 10)]
