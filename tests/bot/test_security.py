"""Every press and command is re-authorized on the server: suspended members, other organizations'
ids, strangers and other organizations in a unit's group, and stale list pages change nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from bot.handlers.guards import FloodGuard
from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite
from storage.models import ExtensionRequest, ImportDraft, Member, Outbox, Task, TaskEvent
from storage.organizations import get_organization
from storage.tasks import cancel_task

from .helpers import (
    FOREIGN_LEADER,
    LEADER,
    MEMBER,
    OUTSIDER,
    START,
    TODAY,
    UNIT_GROUP,
    Talk,
    World,
    add_tasks,
    button,
    join,
)

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def flood_guard() -> FloodGuard:
    """Flood control relaxed: these tests press many buttons in a row on purpose."""
    return FloodGuard(rate=100.0, burst=1000)

SUSPENDED = "Tài khoản của bạn đã bị tạm dừng"


def state(engine) -> tuple[list[tuple[int, str]], int, list[str], int]:  # type: ignore[no-untyped-def]
    """Task statuses, events, extension request statuses and outbox rows: what a refusal must not change."""
    with session_scope(engine) as session:
        tasks = [(t.number, t.status) for t in session.exec(select(Task).order_by(Task.number))]
        requests = [r.status for r in session.exec(select(ExtensionRequest).order_by(ExtensionRequest.id))]
        return tasks, len(session.exec(select(TaskEvent)).all()), requests, len(session.exec(select(Outbox)).all())


def suspend(engine, user_id: int) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        member = session.exec(select(Member).where(Member.platform_user_id == str(user_id))).one()
        member.active = False
        session.add(member)


async def test_a_suspended_leader_is_refused_everywhere_even_on_old_buttons(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=1)])
    leader = await join(emulator, LEADER, world.codes["leader"])
    listing = await leader.say("/tasks")
    done_data = button(listing, f"✅ {number}")
    confirm = await leader.press(listing, done_data)  # the bot now waits for a note
    details = await leader.say(f"/chitiet {number}")
    suspend(engine, LEADER.id)
    before = state(engine)

    assert SUSPENDED in (await leader.say("Đã xong, gửi kèm biên bản")).text  # the note after the old ✅
    assert SUSPENDED in (await leader.press_for_answer(confirm.message_id, button(confirm, "✔ Xác nhận")) or "")
    assert SUSPENDED in (await leader.press_for_answer(listing.message_id, done_data, force=True) or "")
    for data in (f"ex:{number}", f"gt:{number}", f"dt:{number}", "ls:0:q:0"):
        assert SUSPENDED in (await leader.press_for_answer(details.message_id, data, force=True) or ""), data
    for command in ("/tasks", f"/done {number}", f"/chitiet {number}", f"/giahan {number} 30/06/2025 vì bận",
                    f"/giaitrinh {number} chờ kinh phí", f"/hoantac {number}"):
        assert SUSPENDED in (await leader.say(command)).text, command
    assert "Bạn chưa tham gia" in (await leader.say("/help")).text
    assert state(engine) == before


async def test_ids_of_another_organization_reach_nothing(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=2)])
    leader = await join(emulator, LEADER, world.codes["leader"])
    await leader.say(f"/giahan {number} 30/06/2025 vì chờ kinh phí")
    with session_scope(engine) as session:
        request_id = session.exec(select(ExtensionRequest)).one().id
        draft = ImportDraft(org_id=world.org_id, text="THÔNG BÁO", created_at=START)
        session.add(draft)
        session.flush()
        draft_id = draft.id
        other = get_organization(session, "Đảng ủy xã Hòa Bình")
        code = create_invite(session, actor=Actor.system(other.id), role="admin", now=START).code  # type: ignore[arg-type]
    foreign = await join(emulator, FOREIGN_LEADER, code)  # the other commune's administrator
    before = state(engine)

    for data in (f"xa:{request_id}", f"xr:{request_id}", f"dn:{number}:0:o:0", f"dy:{number}:0:o:0", f"dt:{number}",
                 f"ev:{number}", f"ro:{number}", f"gx:{number}", f"ex:{number}", f"is:{draft_id}", f"ic:{draft_id}"):
        answer = await foreign.press_for_answer(1, data, force=True)
        assert answer is not None and ("Không có nhiệm vụ số" in answer or "Không tìm thấy" in answer
                                       or "Không có bản xem trước" in answer), (data, answer)
    await foreign.press_for_answer(1, f"ls:{world.farmers_id}:o:0", force=True)
    for command in (f"/duyet {request_id}", f"/molai {number}", f"/chitiet {number}", "/tasks Hội Nông dân"):
        reply = await foreign.say(command)
        assert "Nhiệm vụ 1" not in reply.text and "chờ kinh phí" not in reply.text, command
    assert all("Nhiệm vụ 1" not in (m.text or "") for m in emulator.messages(FOREIGN_LEADER.id))
    assert state(engine) == before
    with session_scope(engine) as session:
        assert session.get(ImportDraft, draft_id).status == "pending"  # type: ignore[union-attr]


async def test_in_a_units_group_only_the_units_own_people_act(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=2)])
    await join(emulator, LEADER, world.codes["leader"])
    emulator.add_chat(UNIT_GROUP)
    group = Talk(emulator, LEADER, UNIT_GROUP)
    assert "đã được kết nối" in (await group.say(f"/start {world.codes['group']}")).text
    listing = await group.say("/tasks")
    done_data = button(listing, f"✅ {number}")
    await join(emulator, FOREIGN_LEADER, world.codes["foreign"])
    await join(emulator, MEMBER, world.codes["member"])
    before = state(engine)

    stranger = Talk(emulator, OUTSIDER, UNIT_GROUP)  # in the group, never joined (or left the organization)
    assert "Bạn chưa tham gia" in (await stranger.say("/tasks")).text
    assert "Bạn chưa tham gia" in (await stranger.say(f"/done {number}")).text
    assert "Bạn chưa tham gia" in (await stranger.press_for_answer(listing.message_id, done_data) or "")
    foreigner = Talk(emulator, FOREIGN_LEADER, UNIT_GROUP)  # a leader of another commune in this group
    assert "thuộc một tổ chức khác" in (await foreigner.say("/tasks")).text
    assert "thuộc một tổ chức khác" in (await foreigner.press_for_answer(listing.message_id, done_data) or "")
    member = Talk(emulator, MEMBER, UNIT_GROUP)
    assert "Chỉ lãnh đạo đơn vị" in (await member.press_for_answer(listing.message_id, done_data) or "")
    suspend(engine, LEADER.id)  # removed from the organization: the group no longer lends them anything
    assert SUSPENDED in (await group.press_for_answer(listing.message_id, done_data) or "")
    assert state(engine) == before


async def test_a_stale_list_page_never_closes_the_wrong_task(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    first, second, third = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=d) for d in (1, 2, 3)])
    leader = await join(emulator, LEADER, world.codes["leader"])
    stale = await leader.say("/tasks")
    stale_first, stale_second = button(stale, f"✅ {first}"), button(stale, f"✅ {second}")
    await leader.say(f"/done {first}")  # the list changed since the page was drawn
    with session_scope(engine) as session:
        cancel_task(session, actor=Actor.system(world.org_id), number=second, reason="Trùng nhiệm vụ khác")

    assert "đã được báo hoàn thành trước đó" in (await leader.press_for_answer(stale.message_id, stale_first) or "")
    assert "đã bị hủy" in (await leader.press_for_answer(stale.message_id, stale_second, force=True) or "")
    assert "đã bị hủy" in (await leader.press_for_answer(stale.message_id, f"dy:{second}:0:o:0", force=True) or "")
    assert "đã bị hủy" in (await leader.say(f"/done {second}")).text
    # A forged list reference (another unit) closes only the task it names and shows the leader's own list.
    await leader.press_for_answer(stale.message_id, f"dy:{third}:{world.veterans_id}:o:0", force=True)
    ack = await leader.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert f"nhiệm vụ số {third}" in ack.text
    refreshed = emulator.world.find_message(LEADER.id, stale.message_id)
    assert refreshed is not None and "Hội Nông dân xã" in refreshed.text
    with session_scope(engine) as session:
        statuses = {t.number: t.status for t in session.exec(select(Task))}
        done_events = session.exec(select(TaskEvent).where(TaskEvent.kind == "done")).all()
    assert statuses == {first: "done", second: "cancelled", third: "done"}
    assert len(done_events) == 2
