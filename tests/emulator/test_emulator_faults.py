"""Fault injection as seen by a real `telegram.Bot`, plus Telegram-like error answers."""

from __future__ import annotations

import time

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser

from .helpers import ALICE, fast_request

# PTB 22.x warns about RetryAfter.retry_after changing type; not our concern here.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture(autouse=True)
def alice_chat(emulator: BotApiEmulator) -> None:
    """Alice has a private chat with the bot."""
    emulator.add_user(ALICE)
    emulator.add_chat(EmulatedChat.private(ALICE))


async def test_429_raises_retry_after(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.inject_faults("sendMessage", "429", count=2, retry_after=7)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(ALICE.id, "nhắc việc")
        # Compare via the message: the attribute type changes (int -> timedelta) across PTB 22.x.
        assert "Retry in 7" in str(caught.value)
    await bot.send_message(ALICE.id, "nhắc việc")
    assert [c.status for c in emulator.calls("sendMessage")] == [429, 429, 200]
    assert [m.text for m in emulator.messages(ALICE.id)] == ["nhắc việc"]


async def test_403_500_and_wildcard_faults(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.inject_faults(None, "403")
    with pytest.raises(Forbidden, match="(?i)bot was blocked by the user"):
        await bot.send_message(ALICE.id, "a")
    emulator.inject_faults("sendMessage", "500")
    with pytest.raises(NetworkError):
        await bot.send_message(ALICE.id, "b")
    assert emulator.messages() == []
    assert [c.fault for c in emulator.calls("sendMessage")] == ["403", "500"]


async def test_fault_scoped_to_chat(emulator: BotApiEmulator, bot: Bot) -> None:
    other = EmulatedUser(id=2002, first_name="Other")
    emulator.add_chat(EmulatedChat.private(other))
    emulator.inject_faults("sendMessage", "403", chat_id=other.id)
    await bot.send_message(ALICE.id, "ok")
    with pytest.raises(Forbidden):
        await bot.send_message(other.id, "blocked")


async def test_timeout_fault_raises_timed_out_and_message_arrives_later(
    emulator: BotApiEmulator,
) -> None:
    request = fast_request()
    # A tiny read timeout keeps the test fast; the emulator holds the call for 0.5 s.
    slow = Bot(
        emulator.token,
        base_url=emulator.api_base_url,
        request=type(request)(read_timeout=0.2, connect_timeout=1.0),
    )
    async with slow:
        emulator.inject_faults("sendMessage", "timeout", delay=0.5)
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await slow.send_message(ALICE.id, "chậm")
        assert time.monotonic() - started < 0.5
        # Like Telegram, the held request is still processed: the user gets the message.
        late = await emulator.wait_for_message(ALICE.id, timeout=2)
        assert late.text == "chậm"


async def test_blocked_user_answers_403(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.block(ALICE)
    with pytest.raises(Forbidden, match="(?i)blocked"):
        await bot.send_message(ALICE.id, "x")
    emulator.unblock(ALICE)
    await bot.send_message(ALICE.id, "x")


async def test_bad_requests_match_telegram(emulator: BotApiEmulator, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(424242, "x")
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=ALICE.id, message_id=99)
    sent = await bot.send_message(ALICE.id, "same")
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("same", chat_id=ALICE.id, message_id=sent.message_id)
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(ALICE.id, " ")
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(ALICE.id, "x" * 4097)
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(ALICE.id, "<b>x</i>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
        await bot.send_message(ALICE.id, "x", reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query("12345")
    with pytest.raises(BadRequest, match="(?i)invalid file_id"):
        await bot.get_file("nope")


async def test_wrong_token_is_unauthorized(emulator: BotApiEmulator) -> None:
    intruder = Bot("987654321:WRONG", base_url=emulator.api_base_url, request=fast_request())
    with pytest.raises(InvalidToken):
        await intruder.get_me()
    await intruder.shutdown()
