"""Joining by invite in private and group chats, and the refusals around it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.db import session_scope
from storage.models import Chat, Member

from .helpers import FOREIGN_LEADER, LEADER, MEMBER, OUTSIDER, UNIT_GROUP, Talk, World

pytestmark = pytest.mark.usefixtures("app")


async def test_leader_joins_by_invite_in_private_chat(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    reply = await Talk(emulator, LEADER).say(f"/start {world.codes['leader']}")
    assert "Chào mừng Nguyễn Văn An đã tham gia Đảng ủy xã Tân Lợi — Hội Nông dân xã" in reply.text
    assert "lãnh đạo đơn vị" in reply.text
    with session_scope(engine) as session:
        member = session.exec(select(Member).where(Member.platform_user_id == str(LEADER.id))).one()
        assert (member.role, member.unit_id) == ("leader", world.farmers_id)
    await emulator.wait_for_call("setMyCommands", lambda c: "chat_id" in str(c.params.get("scope")))
    menu = [c["command"] for c in emulator.commands({"type": "chat", "chat_id": LEADER.id})]
    assert "done" in menu and "giahan" in menu and "import" not in menu
    assert [c["command"] for c in emulator.commands()] == ["start", "help"]
    assert "tasks" in [c["command"] for c in emulator.commands({"type": "all_group_chats"})]


async def test_group_joins_and_then_receives_the_units_messages(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    emulator.add_chat(UNIT_GROUP)
    reply = await Talk(emulator, MEMBER, UNIT_GROUP).say(f"/start {world.codes['group']}")
    assert "Nhóm “Hội Nông dân xã Tân Lợi” đã được kết nối" in reply.text
    with session_scope(engine) as session:
        chat = session.exec(select(Chat).where(Chat.chat_id == str(UNIT_GROUP.id))).one()
        assert (chat.kind, chat.unit_id, chat.active) == ("group", world.farmers_id, True)


async def test_start_without_code_explains_how_to_join(emulator: BotApiEmulator) -> None:
    reply = await Talk(emulator, OUTSIDER).say("/start")
    assert "mã mời" in reply.text and "/start MÃ_MỜI" in reply.text


async def test_expired_used_and_unknown_codes_are_refused(emulator: BotApiEmulator, world: World) -> None:
    talk = Talk(emulator, OUTSIDER)
    assert "hết hạn" in (await talk.say(f"/start {world.codes['expired']}")).text
    assert "không đúng" in (await talk.say("/start khongcoma")).text
    await Talk(emulator, LEADER).say(f"/start {world.codes['leader']}")
    assert "đã được sử dụng" in (await talk.say(f"/start {world.codes['leader']}")).text


async def test_a_member_of_one_organization_cannot_join_another(emulator: BotApiEmulator, world: World) -> None:
    talk = Talk(emulator, FOREIGN_LEADER)
    assert "Hòa Bình" in (await talk.say(f"/start {world.codes['foreign']}")).text
    reply = await talk.say(f"/start {world.codes['other_leader']}")
    assert "mỗi tài khoản chỉ thuộc một tổ chức" in reply.text


async def test_strangers_are_asked_to_join_before_using_commands(emulator: BotApiEmulator) -> None:
    reply = await Talk(emulator, OUTSIDER).say("/tasks")
    assert "chưa tham gia" in reply.text
