"""Vietnamese names, family name first, as the person writes them: Telegram's first/last name are
not run together as "An Nguyễn Văn"; /start asks once which name the bot should use; /ten changes it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator, EmulatedUser
from storage.db import session_scope
from storage.models import Member, Task

from .helpers import LEADER, MONITOR, OUTSIDER, TODAY, Talk, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")


def name_of(engine, user: EmulatedUser) -> str:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return session.exec(select(Member).where(Member.platform_user_id == str(user.id))).one().display_name


def done_by(engine, number: int) -> str | None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return session.exec(select(Task).where(Task.number == number)).one().done_by


async def test_the_name_is_family_name_first_and_used_everywhere(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    welcome = await Talk(emulator, LEADER).say(f"/start {world.codes['leader']}")  # first_name "An", last_name "Nguyễn Văn"
    assert "Chào mừng Nguyễn Văn An đã tham gia" in welcome.text and "An Nguyễn Văn" not in welcome.text
    assert "gọi bạn là Nguyễn Văn An" in welcome.text and "/ten" in welcome.text
    assert [b["text"] for b in welcome.buttons()] == ["✔ Nguyễn Văn An", "An Nguyễn Văn"]
    assert name_of(engine, LEADER) == "Nguyễn Văn An"

    ack = await Talk(emulator, LEADER).say(f"/done {number} đã họp")
    assert "người báo: Nguyễn Văn An" in ack.text
    told = await monitor.next(lambda m: "Người báo" in (m.text or ""))
    assert "Nguyễn Văn An" in told.text and "An Nguyễn Văn" not in told.text
    assert done_by(engine, number) == "Nguyễn Văn An"


async def test_a_name_written_family_first_in_the_first_name_field_is_kept_as_written(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    written = EmulatedUser(id=611, first_name="Lê Văn", last_name="Cường")
    whole = EmulatedUser(id=612, first_name="Phạm Thị Dung")
    assert "Chào mừng Lê Văn Cường" in (await Talk(emulator, written).say(f"/start {world.codes['leader']}")).text
    welcome = await Talk(emulator, whole).say(f"/start {world.codes['member']}")
    assert "Chào mừng Phạm Thị Dung" in welcome.text and welcome.buttons() == []
    assert (name_of(engine, written), name_of(engine, whole)) == ("Lê Văn Cường", "Phạm Thị Dung")


async def test_the_person_picks_the_name_at_start(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    talk = Talk(emulator, LEADER)
    welcome = await talk.say(f"/start {world.codes['leader']}")
    picked = await talk.press(welcome, button(welcome, "An Nguyễn Văn"))
    assert "Chào mừng An Nguyễn Văn" in picked.text and picked.buttons() == []
    assert name_of(engine, LEADER) == "An Nguyễn Văn"
    assert await talk.press_for_answer(welcome.message_id, "nm:7", force=True) == texts.STALE_BUTTON
    assert name_of(engine, LEADER) == "An Nguyễn Văn"
    stranger = await Talk(emulator, OUTSIDER).press_for_answer(welcome.message_id, "nm:0", force=True)
    assert stranger is not None and "chưa tham gia" in stranger


async def test_ten_changes_the_name_later(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    shown = await talk.say("/ten")
    assert "Nguyễn Văn An" in shown.text and "/ten" in shown.text
    assert "Nguyễn Văn Ân" in (await talk.say("/ten   Nguyễn   Văn Ân ")).text
    assert name_of(engine, LEADER) == "Nguyễn Văn Ân"
    assert (await talk.say("/ten 12345")).text.startswith("Tên cần có chữ cái")
    assert (await talk.say("/ten " + "A" * 120)).text.startswith("Tên cần có chữ cái")
    assert name_of(engine, LEADER) == "Nguyễn Văn Ân"
    assert "người báo: Nguyễn Văn Ân" in (await talk.say(f"/done {number}")).text
    assert "chưa tham gia" in (await Talk(emulator, OUTSIDER).say("/ten Phạm Dũng")).text
    assert "Nguyễn Văn Ân" in (await talk.say("/start")).text
