"""Every word a person reads in chat is Vietnamese: roles, levels, statuses and who did something
are named in Vietnamese, never by their codes (admin, monitor, leader, xa, open, CLI...)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.emulator import BotApiEmulator

from .helpers import ADMIN, LEADER, MEMBER, MONITOR, TODAY, World, add_tasks, join

pytestmark = pytest.mark.usefixtures("app")

#: Codes that must never reach a reader (commands such as /import, and <code> examples, aside).
CODES = re.compile(
    r"\b(admin|monitor|leader|member|xa|huyen|tinh|CLI|system|scheduler|open|done|overdue|cancelled|"
    r"on_time|late|weekly|monthly|quarterly|yearly|nong_dan|dan_van)\b"
)


def english_codes(text: str) -> list[str]:
    text = re.sub(r"/[a-z_]+(@\w+)?", " ", text)  # commands are typed as they are
    return CODES.findall(text)


async def test_chat_never_shows_role_level_or_status_codes(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    first, second = add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=2), TODAY + timedelta(days=3)])
    admin = await join(emulator, ADMIN, world.codes["admin"])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    member = await join(emulator, MEMBER, world.codes["member"])
    for talk in (admin, monitor, leader, member):
        await talk.say("/start")
        await talk.say("/help")
        await talk.say("/tasks")
        await talk.say(f"/chitiet {first}")
    await leader.say(f"/done {second} đã họp")
    await monitor.say(f"/chitiet {second}")
    await monitor.say("/report")
    await monitor.say("/tasks tatca")
    await leader.say("/report")
    await leader.say("/import")
    await member.say(f"/done {first}")
    await member.say("/giao hoi nong dan Họp hạn 30/06/2025")
    await monitor.say(f"/yeucaugiaitrinh {first}")
    await leader.next(lambda m: "giải trình" in (m.text or ""))
    await leader.say(f"/giaitrinh {first} chờ kinh phí của huyện")
    await leader.say(f"/giahan {first} 30/04/2025 lý do: chờ kinh phí")
    await monitor.next(lambda m: "gia hạn" in (m.text or ""))
    await monitor.say("/duyet 1")
    await leader.next(lambda m: "duyệt" in (m.text or ""))
    await monitor.say(f"/chitiet {first}")

    shown = [m.text or "" for chat in (ADMIN, MONITOR, LEADER, MEMBER) for m in emulator.messages(chat.id)]
    shown += [b["text"] for chat in (ADMIN, MONITOR, LEADER, MEMBER) for m in emulator.messages(chat.id) for b in m.buttons()]
    shown += [c["description"] for call in emulator.calls("setMyCommands") for c in call.params.get("commands", [])]
    leaks = {text: english_codes(text) for text in shown if english_codes(text)}
    assert leaks == {}
