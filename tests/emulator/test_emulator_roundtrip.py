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

