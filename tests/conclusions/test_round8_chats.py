"""General rules for chat exports and task detection (round 8), each on text written for the test: sender lines
with the name first, a lead-in ending a longer sentence, questions and replies that ask nothing, lists of who has
not reported, the meeting's own decisions, a conditional action, and a report split off after a noun phrase."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.cues import is_meeting_decision
from conclusions.normalize import CHAT_SENDER, paragraphs
from tests.conclusions.helpers import summaries


@pytest.mark.parametrize(
    ("line", "sender"),
    [
        ("Trần Văn Bình (VP UBND xã)  09:15", True),  # name, two spaces, time
        ("Tổ 3 - Cô Mai  16:02", True),
        ("Văn phòng phường, [03/12 08:40]", True),  # Telegram: name, then the stamp in brackets
        ("Lê Thị Hoa - TDP 6, [03/12 08:41] (đã sửa)", True),
        ("Cập nhật: 03/12/2025 08:40", False),
        ("Thứ Tư, 03/12/2025 08:40", False),
        ("Họp giao ban lúc  07:30", False),
    ],
)
def test_name_first_sender_lines(line: str, sender: bool) -> None:
    assert bool(CHAT_SENDER.fullmatch(line)) is sender


def test_a_name_first_sender_line_keeps_its_spacing_and_is_no_task() -> None:
    text = ("Trần Văn Bình (VP UBND xã)  09:15\nĐề nghị các đơn vị thực hiện:\n1. Công an xã tuần tra khu vực chợ.\n\n"
            "Trần Văn Bình (VP UBND xã)  09:16\n2. Trạm Y tế xã phun thuốc diệt muỗi tại thôn Đông.\n")
    assert "Trần Văn Bình (VP UBND xã)  09:16" in paragraphs(text)
    contents = [c for c, _, _ in summaries(text, date(2025, 12, 3))]
    assert not any("09:16" in c for c in contents)
    assert any(c.startswith("Trạm Y tế xã phun thuốc") for c in contents)


def test_a_lead_in_naming_post_holders_at_the_end_of_a_longer_sentence() -> None:
    text = ("Văn phòng phường, [03/12 08:40]\n"
            "Theo chỉ đạo của đ/c Chủ tịch tại cuộc họp sáng nay, VP đề nghị các đ/c Tổ trưởng tổ dân phố:\n"
            "1️⃣ Rà soát danh sách hộ khó khăn, gửi về VP trước ngày 10/12.\n"
            "2️⃣ Nhắc các hộ dân để xe gọn gàng trước cửa nhà.\n")
    tasks = summaries(text, date(2025, 12, 3))
    assert [u for _, u, _ in tasks] == [["name:các đ/c Tổ trưởng tổ dân phố"]] * 2
    assert tasks[0][2] == date(2025, 12, 10)


def test_replies_and_questions_that_ask_for_nothing() -> None:
    text = ("[03/12 08:40] Văn phòng xã: Giao Ban Chỉ huy quân sự xã chuẩn bị lễ giao nhận quân trước ngày 10/12.\n"
            "[03/12 08:45] Ban CHQS xã - Nam: Báo cáo đ/c Chủ tịch, đơn vị đã chốt danh sách 12 thanh niên ạ.\n"
            "[03/12 08:50] Phòng Kinh tế - Lan: Anh cho em xin mẫu biểu thống kê với ạ\n"
            "[03/12 09:00] Văn phòng xã: Danh sách hộ nghèo tới đâu rồi em?\n")
    contents = [c for c, _, _ in summaries(text, date(2025, 12, 3))]
    assert len(contents) == 1 and contents[0].startswith("Giao Ban Chỉ huy quân sự xã chuẩn bị lễ")


def test_who_has_not_reported_is_told_not_asked() -> None:
    text = ("Đến ngày 03/12/2025, Sở đã nhận báo cáo của 7/9 đơn vị.\n"
            "1. Các đơn vị chưa gửi báo cáo (02 đơn vị): huyện An Hòa, huyện Bình Lộc.\n"
            "2. Đề nghị UBND huyện An Hòa và UBND huyện Bình Lộc gửi báo cáo về Sở trước ngày 10/12/2025.\n")
    contents = [c for c, _, _ in summaries(text, date(2025, 12, 3))]
    assert not any("chưa gửi" in c for c in contents)
    assert any("gửi báo cáo về Sở" in c for c in contents)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Ban Thường vụ cơ bản thống nhất với dự thảo Đề án phát triển du lịch.", True),
        ("Hội nghị nhất trí đánh giá kết quả quý III đạt khá.", True),
        ("Thống nhất tổ chức Hội nghị sơ kết vào ngày 15/12/2025.", True),
        ("Ban Thường vụ thống nhất giao Văn phòng chuẩn bị hội nghị.", False),
        ("Thống nhất chủ trương để UBND xã sử dụng nguồn vốn.", False),
        ("Thống nhất tiêu chí chấm điểm thi đua giữa các chi bộ.", False),
    ],
)
def test_the_meeting_own_decision(text: str, decision: bool) -> None:
    assert is_meeting_decision(text) is decision


def test_a_meeting_decision_is_no_task_but_the_work_it_gives_is() -> None:
    text = ("THÔNG BÁO KẾT LUẬN\nBan Thường vụ kết luận như sau:\n"
            "1. Ban Thường vụ cơ bản thống nhất với dự thảo Đề án phát triển du lịch; giao Ban Tuyên giáo tiếp thu ý kiến, "
            "hoàn chỉnh dự thảo trước ngày 20/12/2025.\n")
    contents = [c for c, _, _ in summaries(text, date(2025, 12, 3))]
    assert not any(c.startswith("Ban Thường vụ cơ bản thống nhất") for c in contents)
    assert any("hoàn chỉnh dự thảo" in c for c in contents)


def test_a_conditional_action_is_its_own_task_and_shares_the_deadline() -> None:
    text = ("THÔNG BÁO KẾT LUẬN\nChủ tịch UBND huyện kết luận như sau:\n"
            "1. Ban Quản lý dự án đôn đốc nhà thầu bổ sung máy móc tại công trình kè sông; nếu nhà thầu tiếp tục chậm "
            "thì kiên quyết chấm dứt hợp đồng, hoàn thành trước ngày 31/12/2025.\n")
    tasks = summaries(text, date(2025, 12, 3))
    assert len(tasks) == 2
    assert tasks[1][0].startswith("nếu nhà thầu tiếp tục chậm thì kiên quyết chấm dứt")
    assert tasks[0][2] == tasks[1][2] == date(2025, 12, 31)


def test_a_report_after_a_noun_phrase_ending_on_a_verb_is_split_off() -> None:
    text = ("THÔNG BÁO KẾT LUẬN\nChủ tịch UBND huyện kết luận như sau:\n"
            "1. Giao Phòng Nông nghiệp khảo sát, đề xuất phương án hỗ trợ, báo cáo UBND huyện trước ngày 15/12/2025.\n")
    contents = [c for c, _, _ in summaries(text, date(2025, 12, 3))]
    assert len(contents) == 2 and contents[1].startswith("báo cáo UBND huyện")


def test_a_loan_balance_is_a_statistic() -> None:
    from conclusions.combine import reports_only

    assert reports_only("Hội Nông dân xã duy trì 8 tổ vay vốn với dư nợ trên 5 tỷ đồng.")
    assert not reports_only("Hội Nông dân xã rà soát các tổ vay vốn, báo cáo dư nợ trước ngày 20/12.")
