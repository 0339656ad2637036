"""getUpdates semantics, forged callbacks, privacy mode, clock and formatting details."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Conflict

from bot.emulator import BotApiEmulator, EmulatedChat
from bot.emulator.formatting import EntityParseError, command_entities, parse_html

from .helpers import ALICE, BOB, GROUP


async def test_offset_limit_and_confirmation(emulator: BotApiEmulator, bot: Bot) -> None:
    for text in ("a", "b", "c"):
        await emulator.send_text(ALICE, None, text)
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first] == ["a", "b"]
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest] == ["c"]
    assert len(emulator.pending_updates) == 1  # confirmed only by the next offset
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == ()
    assert emulator.pending_updates == []


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    emulator: BotApiEmulator, bot: Bot
) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=3, read_timeout=5))
    await asyncio.sleep(0.05)
    await emulator.send_text(ALICE, None, "dậy đi")
    updates = await poll
    assert [u.message.text for u in updates] == ["dậy đi"]
    assert time.monotonic() - started < 1


async def test_newer_poll_terminates_older_one(emulator: BotApiEmulator, bot: Bot) -> None:
    old = asyncio.create_task(bot.get_updates(timeout=2, read_timeout=5))
    await asyncio.sleep(0.05)
    # A second bot instance (PTB's getUpdates connection pool holds one request).
    async with Bot(emulator.token, base_url=emulator.api_base_url) as second:
        assert await second.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await old


async def test_allowed_updates_filters_and_drops(emulator: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(*await _alice_chat(emulator), "menu", reply_markup=_keyboard())
    await emulator.press_button(ALICE, None, sent.message_id, "go")
    await emulator.send_text(ALICE, None, "text")
    updates = await bot.get_updates(allowed_updates=["message"])
    assert [u.message.text for u in updates] == ["text"]
    assert all(u.callback_query is None for u in updates)


async def test_forged_callback_data_reaches_the_bot(emulator: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(*await _alice_chat(emulator), "menu", reply_markup=_keyboard())
    with pytest.raises(LookupError):
        await emulator.press_button(ALICE, None, sent.message_id, "task:999:done")
    forged_id = await emulator.press_button(ALICE, None, sent.message_id, "task:999:done", force=True)
    ghost_id = await emulator.press_button(BOB, None, 777, "x" * 200, force=True)
    first, second = await bot.get_updates()
    assert (first.callback_query.id, first.callback_query.data) == (forged_id, "task:999:done")
    assert first.callback_query.message.message_id == sent.message_id
    assert second.callback_query.id == ghost_id
    assert second.callback_query.data == "x" * 200
    assert not second.callback_query.message.is_accessible  # date 0, as Telegram sends
    assert await bot.answer_callback_query(forged_id, text="Không hợp lệ", show_alert=True)
    assert emulator.callback_answers[0].show_alert is True


async def test_privacy_mode_delivers_only_commands_mentions_and_replies() -> None:
    async with BotApiEmulator(privacy_mode=True) as emulator:
        bot = Bot(emulator.token, base_url=emulator.api_base_url)
        async with bot:
            assert (await bot.get_me()).can_read_all_group_messages is False
            emulator.add_chat(GROUP)
            posted = await bot.send_message(GROUP.id, "Nhắc việc")
            await emulator.send_text(ALICE, GROUP, "chuyện phiếm")
            await emulator.send_text(ALICE, GROUP, "/done")
            await emulator.send_text(ALICE, GROUP, "hỏi @dondoc_demo_bot")
            await emulator.send_text(BOB, GROUP, "đã xong", reply_to=posted.message_id)
            await emulator.send_text(BOB, None, "riêng tư")
            texts = [u.message.text for u in await bot.get_updates()]
            assert texts == ["/done", "hỏi @dondoc_demo_bot", "đã xong", "riêng tư"]
            assert len(emulator.history(GROUP.id)) == 5  # still visible in the chat


async def test_clock_controls_message_dates(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.set_clock(lambda: 1_750_000_000.7)
    sent = await emulator.send_text(ALICE, None, "hi")
    assert sent["date"] == 1_750_000_000
    reply = await bot.send_message(ALICE.id, "ok")
    assert int(reply.date.timestamp()) == 1_750_000_000


async def test_send_photo_both_ways(emulator: BotApiEmulator, bot: Bot) -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + (640).to_bytes(4, "big") + (
        480
    ).to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    sent = await emulator.send_photo(ALICE, None, png, caption="ảnh")
    assert (sent["photo"][0]["width"], sent["photo"][0]["height"]) == (640, 480)
    [update] = await bot.get_updates()
    photo_file = await update.message.photo[-1].get_file()
    assert bytes(await photo_file.download_as_bytearray()) == png
    echoed = await bot.send_photo(ALICE.id, photo=update.message.photo[-1].file_id, caption="lại")
    assert echoed.photo[0].file_id == update.message.photo[-1].file_id


def test_parse_html_entities() -> None:
    text, entities = parse_html(
        '😀 <b>Hạn</b> <a href="https://x.vn">link</a> <pre><code class="language-py">x=1</code></pre>'
        " &lt;ok&gt;"
    )
    assert text == "😀 Hạn link x=1 <ok>"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 3},  # the emoji counts as 2 UTF-16 units
        {"type": "text_link", "offset": 7, "length": 4, "url": "https://x.vn"},
        {"type": "pre", "offset": 12, "length": 3, "language": "py"},
    ]
    with pytest.raises(EntityParseError):
        parse_html("<div>x</div>")
    with pytest.raises(EntityParseError):
        parse_html("<b>x")


def test_command_entities() -> None:
    assert command_entities("/giao_viec@dondoc_demo_bot 12") == [
        {"type": "bot_command", "offset": 0, "length": 26}
    ]
    assert command_entities("giao /viec") == []


async def _alice_chat(emulator: BotApiEmulator) -> tuple[int]:
    """Register Alice's private chat and return its id as a 1-tuple for send_message."""
    emulator.add_chat(EmulatedChat.private(ALICE))
    return (ALICE.id,)


def _keyboard() -> InlineKeyboardMarkup:
    """A one-button keyboard."""
    return InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])


async def test_send_document_keeps_unicode_filename_and_bytes(
    emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(GROUP)
    sent = await bot.send_document(GROUP.id, b"\x00\x01data", filename='Báo cáo "tuần".xlsx')
    assert sent.document.file_name == 'Báo cáo "tuần".xlsx'
    assert sent.document.mime_type.endswith("spreadsheetml.sheet")
    assert emulator.file_bytes(sent.document.file_id) == b"\x00\x01data"
    resent = await bot.send_document(GROUP.id, sent.document.file_id)
    assert resent.document.file_id == sent.document.file_id


async def test_misc_methods_deserialize_in_ptb(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.add_chat(GROUP)
    chat = await bot.get_chat(GROUP.id)
    assert (chat.id, chat.title, chat.type) == (GROUP.id, GROUP.title, "group")
    assert await bot.send_chat_action(GROUP.id, "typing")
    sent = await bot.send_message(GROUP.id, "menu", reply_markup=_keyboard())
    cleared = await bot.edit_message_reply_markup(GROUP.id, sent.message_id)
    assert cleared.reply_markup is None
    assert emulator.messages(GROUP.id)[0].history[0]["reply_markup"] == _keyboard().to_dict()
    doc = await bot.send_document(GROUP.id, b"x", filename="a.txt", caption="cũ")
    assert (await bot.edit_message_caption(GROUP.id, doc.message_id, caption="mới")).caption == "mới"
    assert await bot.delete_message(GROUP.id, sent.message_id)
    assert [m.message_id for m in emulator.messages(GROUP.id)] == [doc.message_id]
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == ("", 0)
    assert await bot.log_out()
    assert await bot.close()
