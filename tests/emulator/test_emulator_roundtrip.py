"""The real PTB Application against the emulator: text, commands, buttons, files, groups."""

from __future__ import annotations

import hashlib

import pytest
from telegram import BotCommand
from telegram.ext import Application

from bot.emulator import BotApiEmulator

from .helpers import ALICE, BOB, GROUP, XLSX_BYTES

pytestmark = pytest.mark.usefixtures("app")


async def test_text_round_trip(emulator: BotApiEmulator) -> None:
    sent = await emulator.send_text(ALICE, None, "xin chào")
    reply = await emulator.wait_for_message(ALICE.id)
    assert reply.text == "Echo (private): xin chào"
    assert reply["from"]["is_bot"] is True
    assert reply["chat"] == {"id": ALICE.id, "type": "private", "username": "alice", "first_name": "Alice"}
    assert reply.message_id == sent["message_id"] + 1
    assert [m.text for m in emulator.history(ALICE.id)] == ["xin chào", "Echo (private): xin chào"]



async def test_command_entity_and_inline_keyboard_press(emulator: BotApiEmulator) -> None:
    sent = await emulator.send_text(ALICE, None, "/start now")
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    menu = await emulator.wait_for_message(ALICE.id)
    # HTML parse_mode is rendered like Telegram: tags stripped, entities added.
    assert menu.text == "Chào bạn!"
    assert menu["entities"] == [{"type": "bold", "offset": 5, "length": 3}]
    assert menu.callback_data() == ["done:1", "later:1"]

    query_id = await emulator.press_button(ALICE, None, menu.message_id, "done:1")
    edited = await emulator.wait_for_message(ALICE.id, lambda m: m.edited)
    assert edited.message_id == menu.message_id
    assert edited.text == "Đã chọn: done:1"
    assert edited.reply_markup is None  # editMessageText without markup drops the keyboard
    assert edited.history[0]["text"] == "Chào bạn!"
    assert "edit_date" in edited.data
    [answer] = emulator.callback_answers
    assert (answer.callback_query_id, answer.text) == (query_id, "OK done:1")
    assert [m.text for m in emulator.messages(ALICE.id)] == ["Đã chọn: done:1"]


async def test_press_unknown_button_is_rejected(emulator: BotApiEmulator) -> None:
    await emulator.send_text(ALICE, None, "/start")
    menu = await emulator.wait_for_message(ALICE.id)
    with pytest.raises(LookupError):
        await emulator.press_button(ALICE, None, menu.message_id, "admin:delete_all")
    with pytest.raises(LookupError):
        await emulator.press_button(ALICE, None, 999, "done:1")


async def test_document_upload_is_downloadable_by_the_bot(emulator: BotApiEmulator) -> None:
    content = "Thông báo kết luận số 12".encode() * 100
    sent = await emulator.send_document(ALICE, None, "tbkl.docx", content)
    assert sent["document"]["file_name"] == "tbkl.docx"
    assert sent["document"]["mime_type"].endswith("wordprocessingml.document")
    assert sent["document"]["file_size"] == len(content)
    reply = await emulator.wait_for_message(ALICE.id)
    digest = hashlib.sha256(content).hexdigest()[:12]
    assert reply.text == f"tbkl.docx: {len(content)} bytes {digest}"
    assert emulator.calls("getFile")[0].params["file_id"] == sent["document"]["file_id"]


async def test_bot_send_document_is_stored(emulator: BotApiEmulator) -> None:
    await emulator.send_text(ALICE, None, "/export")
    message = await emulator.wait_for_message(ALICE.id)
    assert message.document is not None
    assert message.document["file_name"] == "bao_cao.xlsx"
    assert message.text == "Báo cáo"
    [(stored, content)] = emulator.sent_documents(ALICE.id)
    assert stored is message
    assert content == XLSX_BYTES


async def test_group_chat_with_two_users(emulator: BotApiEmulator) -> None:
    await emulator.send_text(ALICE, GROUP, "báo cáo tuần")
    first = await emulator.wait_for_message(GROUP.id)
    assert first.text == "Echo (group): báo cáo tuần"
    assert first["chat"] == {"id": GROUP.id, "type": "group", "title": "Phòng Kế hoạch"}
    await emulator.send_text(BOB, GROUP, "/start@dondoc_demo_bot")
    menu = await emulator.wait_for_message(GROUP.id)
    assert menu.callback_data() == ["done:1", "later:1"]
    await emulator.press_button(BOB, GROUP, menu.message_id, "later:1")
    edited = await emulator.wait_for_message(GROUP.id, lambda m: m.edited)
    assert edited.text == "Đã chọn: later:1"
    assert emulator.callback_answers[0].query["from"]["id"] == BOB.id
    assert [m.message_id for m in emulator.history(GROUP.id)] == [1, 2, 3, 4]
    assert emulator.messages(ALICE.id) == []


async def test_consecutive_waits_see_consecutive_replies(emulator: BotApiEmulator) -> None:
    await emulator.send_text(ALICE, None, "một")
    await emulator.send_text(ALICE, None, "hai")
    first = await emulator.wait_for_message(ALICE.id)
    second = await emulator.wait_for_message(ALICE.id)
    assert {first.text, second.text} == {"Echo (private): một", "Echo (private): hai"}
    with pytest.raises(TimeoutError):
        await emulator.wait_for_message(ALICE.id, timeout=0.1)


async def test_set_my_commands_round_trip(emulator: BotApiEmulator, app: Application) -> None:
    commands = [BotCommand("start", "Bắt đầu"), BotCommand("export", "Xuất báo cáo")]
    assert await app.bot.set_my_commands(commands)
    assert emulator.commands() == [
        {"command": "start", "description": "Bắt đầu"},
        {"command": "export", "description": "Xuất báo cáo"},
    ]
    assert tuple(await app.bot.get_my_commands()) == tuple(commands)
    assert await app.bot.delete_my_commands()
    assert await app.bot.get_my_commands() == ()
