"""Zalo's plain text: buttons as a footer of text commands, no HTML, 2,000-character parts, and
commands read with or without "/" and tones."""

from __future__ import annotations

import pytest

from bot.callbacks import ListRef, done_data, encode
from bot.commands import COMMANDS
from bot.services.base import Button, Message
from bot.transports.zalo_text import compose, markup_data, parse_command, plain, render, split

NAMES = [c.name for c in COMMANDS]


def test_html_becomes_plain_text():
    assert plain("<b>Hội Nông dân</b> &amp; <i>MTTQ</i> &lt;hạn&gt;") == "Hội Nông dân & MTTQ <hạn>"


def test_buttons_become_a_footer_of_text_commands():
    keyboard = ((Button("✅ Xong", done_data("dy", 12, ListRef())), Button("⏳ Gia hạn", encode("ex", 12))),
                (Button("📄 Chi tiết", encode("dt", 12)), Button("1/3", "nop")))
    text = render(Message("🔴 <b>#12</b> Họp dân", keyboard))
    assert text == "🔴 #12 Họp dân\n\nTrả lời: xong 12 · giahan 12 <hạn mới> <lý do> · chitiet 12"
    assert "<b>" not in text


def test_outbox_markup_gives_the_same_footer():
    markup = {"inline_keyboard": [[{"text": "✅", "callback_data": done_data("dy", 7, ListRef())}]]}
    assert compose("Nhắc việc", markup_data(markup)).endswith("Trả lời: xong 7")


def test_long_texts_are_split_on_line_boundaries_within_2000_characters():
    lines = [f"• #{n} Tổ chức tuyên truyền cho hội viên về nhiệm vụ số {n}" + " ." * 20 for n in range(120)]
    parts = split("\n".join(lines))
    assert len(parts) > 1 and all(len(p) <= 2000 for p in parts)
    assert "\n".join(parts) == "\n".join(lines)  # nothing lost, no line cut in two
    assert all(p.split("\n")[0].startswith("• #") for p in parts)


def test_a_single_overlong_line_is_cut_at_a_space():
    parts = split("chữ " * 1000)
    assert all(len(p) <= 2000 for p in parts) and "".join(parts).replace(" ", "") == "chữ" * 1000


@pytest.mark.parametrize("text,expected", [
    ("/done 12", ("done", ["12"])),
    ("xong 12 đã tổ chức họp", ("done", ["12", "đã", "tổ", "chức", "họp"])),
    ("Xong #12", ("done", ["12"])),
    ("giahan 12 thu sau tuan sau", ("giahan", ["12", "thu", "sau", "tuan", "sau"])),
    ("gia hạn 12 thứ sáu tuần sau", ("giahan", ["12", "thứ", "sáu", "tuần", "sau"])),
    ("Hoàn tác 12", ("hoantac", ["12"])),
    ("/start ABC123", ("start", ["ABC123"])),
    ("batdau ABC123", ("start", ["ABC123"])),
    ("bắt đầu ABC123", ("start", ["ABC123"])),
    ("viec quahan", ("tasks", ["quahan"])),
    ("/tasks", ("tasks", [])),
    ("Hủy", ("huy", [])),
    ("/khongco 1", ("unknown", ["1"])),
])
def test_commands_are_read_with_or_without_slash_and_tones(text, expected):
    assert parse_command(text, NAMES) == expected


@pytest.mark.parametrize("text", ["Báo cáo đã gửi Ban Xây dựng Đảng", "xong rồi anh ạ", "giao ban sáng thứ hai", "Hủy bỏ cuộc họp"])
def test_a_note_is_not_taken_for_a_command(text):
    assert parse_command(text, NAMES) is None


def test_a_command_repeated_for_many_tasks_is_written_once():
    datas = [done_data("dn", n, ListRef()) for n in (2, 1, 3)] + [encode("dt", n) for n in (2, 1, 3)]
    datas += [encode("ls", 0, v, 0) for v in ("q", "s", "d")]
    assert compose("Danh sách", datas).endswith("Trả lời: xong <số> · chitiet <số> · tasks [quahan|sapden|xong]")
    assert compose("Hai việc", [encode("dt", 4), encode("dt", 5)]).endswith("Trả lời: chitiet 4 · chitiet 5")


def test_sentences_about_buttons_read_as_commands_to_type_on_zalo():
    """Zalo shows no buttons: every sentence of ours that says which button to press is reworded."""
    from datetime import date

    from bot import texts
    from storage.models import Task

    task = Task(id=1, org_id=1, number=12, content="Rà soát hộ nghèo", unit_id=1)
    today = date(2026, 3, 2)
    rendered = [
        texts.UNEXPECTED_FILE,
        texts.joined_private("Nguyễn Văn An", "Đảng ủy xã Tân Lập", "Hội Nông dân", "leader"),
        texts.task_list("Hội Nông dân", "open", ["• #12 Rà soát"], 1, 0, 1, today, can_close=True),
        texts.task_list("Hội Nông dân", "open", ["• #12 Rà soát"], 1, 0, 1, today, can_close=False),
        texts.confirm_done(task),
        texts.done_ack(12, "Hội Nông dân", "Nguyễn Văn An", "08:00 02/03/2026", None, 0, True),
        texts.explanation_request(task, today, "Trần Thị Bình"),
        texts.assign_past_deadline("Hội Nông dân", "Rà soát", date(2026, 3, 1), False, today),
        texts.draft_page("Thông báo kết luận", "12-TB/ĐU", today, "3 nhiệm vụ", [], ["1. Rà soát"], 0, 1, None),
    ]
    for text in rendered:
        zalo = plain(text)
        assert "✔" not in zalo and "✖" not in zalo and "✅ ở" not in zalo, zalo
        assert "bấm" not in zalo.lower().replace("bấm vào đường liên kết", ""), zalo
    assert "gõ “xong <số>” khi hoàn thành" in plain(rendered[1])
    assert "Gõ /luu để giao việc" in plain(rendered[-1])
