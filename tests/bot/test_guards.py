"""Flood control per user, and the global error handler (log without the token, apologize, go on)."""

from __future__ import annotations

import logging

import pytest

from bot.emulator import BotApiEmulator

from .helpers import LEADER, OUTSIDER, Talk, World, join

pytestmark = pytest.mark.usefixtures("app")


async def test_a_flooding_user_is_slowed_down_politely_and_others_are_served(emulator: BotApiEmulator) -> None:
    for _ in range(16):
        await emulator.send_text(OUTSIDER, None, "/help")
    slow = await emulator.wait_for_message(OUTSIDER.id, lambda m: "thao tác hơi nhanh" in (m.text or ""))
    assert slow is not None
    assert "Hướng dẫn" in (await Talk(emulator, LEADER).say("/help")).text
    answered = [m for m in emulator.messages(OUTSIDER.id) if "Hướng dẫn" in (m.text or "")]
    warned = [m for m in emulator.messages(OUTSIDER.id) if "thao tác hơi nhanh" in (m.text or "")]
    assert len(answered) <= 12 and len(warned) == 1


async def test_an_unexpected_failure_is_logged_without_the_token_and_the_user_gets_an_apology(
    emulator: BotApiEmulator, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    talk = await join(emulator, LEADER, world.codes["leader"])
    emulator.inject_faults("sendMessage", "400", count=1, description="Bad Request: can't parse entities")
    with caplog.at_level(logging.ERROR, logger="bot.handlers.guards"):
        apology = await talk.say("/tasks")
    assert apology.text.startswith("Xin lỗi, hệ thống vừa gặp sự cố")
    assert "handler failed" in caplog.text and emulator.token not in caplog.text
    assert "Nhiệm vụ" in (await talk.say("/tasks")).text  # still running
