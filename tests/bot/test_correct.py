"""/sua on a saved task: admin and monitoring board correct unit, deadline or content; each change
is audited (who, when, before, after) and the units concerned are told; refusals change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.db import session_scope
from storage.models import Task, TaskEvent

from .helpers import ADMIN, LEADER, MONITOR, OTHER_LEADER, World, add_tasks, join

pytestmark = pytest.mark.usefixtures("app")


async def test_monitor_corrects_deadline_unit_and_content_with_audit_and_notices(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    (number,) = add_tasks(engine, world.org_id, "nong_dan", [date(2025, 3, 31)], content="Tập huấn kỹ thuật")
    leader = await join(emulator, LEADER, world.codes["leader"])
    veterans = await join(emulator, OTHER_LEADER, world.codes["other_leader"])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])

    reply = (await monitor.say(f"/sua {number} han 30/4/2025")).text
    assert f"Đã sửa hạn của nhiệm vụ số {number}: 31/03/2025 → 30/04/2025" in reply
    told = await leader.next(lambda m: "được sửa" in (m.text or ""))
    assert f"Nhiệm vụ số {number} được sửa hạn: 31/03/2025 → 30/04/2025" in told.text

    assert "trước 15/04/2025" in (await monitor.say(f"/sua {number} hạn trước 15/4/2025")).text
    assert "→ thường xuyên" in (await monitor.say(f"/sua {number} han không hạn")).text
    assert "“Tổ chức 2 lớp tập huấn”" in (await monitor.say(f"/sua {number} noidung Tổ chức 2 lớp tập huấn")).text

    moved = (await monitor.say(f"/sua {number} donvi Hội Cựu chiến binh")).text
    assert "Hội Nông dân xã → Hội Cựu chiến binh xã" in moved
    for talk in (leader, veterans):  # the unit it leaves and the unit it goes to
        await emulator.wait_for_message(talk.chat.id, lambda m: "Hội Nông dân xã → Hội Cựu chiến binh xã" in (m.text or ""), since=0)

    with session_scope(engine) as session:
        task = session.exec(select(Task).where(Task.org_id == world.org_id, Task.number == number)).one()
        assert (task.unit_id, task.due, task.content) == (world.veterans_id, None, "Tổ chức 2 lớp tập huấn")
        events = session.exec(select(TaskEvent).where(TaskEvent.kind == "corrected").order_by(TaskEvent.id)).all()
    assert [e.detail["field"] for e in events] == ["deadline", "deadline", "deadline", "content", "unit"]
    assert events[0].detail["before"]["due"] == "2025-03-31" and events[0].detail["after"]["due"] == "2025-04-30"
    assert events[4].detail["before"]["unit_id"] == world.farmers_id and events[4].detail["after"]["unit_id"] == world.veterans_id
    assert all(e.actor_member_id is not None and e.actor and e.at for e in events)

    details = (await monitor.say(f"/chitiet {number}")).text
    assert "sửa" in details and "hạn: 31/03/2025 → 30/04/2025" in details


async def test_correction_refusals_change_nothing(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    (number,) = add_tasks(engine, world.org_id, "nong_dan", [date(2025, 3, 31)])
    leader = await join(emulator, LEADER, world.codes["leader"])
    admin = await join(emulator, ADMIN, world.codes["admin"])
    assert "Chỉ Ban theo dõi" in (await leader.say(f"/sua {number} han 30/4/2025")).text
    assert "Sửa nhiệm vụ đã lưu" in (await admin.say("/sua")).text
    assert "Sửa nhiệm vụ đã lưu" in (await admin.say(f"/sua {number} màu xanh")).text
    assert "Không có nhiệm vụ số 999" in (await admin.say("/sua 999 han 30/4/2025")).text
    assert "chưa hiểu thời hạn" in (await admin.say(f"/sua {number} han 31/2/2025")).text
    assert "Không tìm thấy đơn vị" in (await admin.say(f"/sua {number} donvi Hội Sinh vật cảnh")).text
    assert "không được để trống" in (await admin.say(f"/sua {number} noidung")).text
    assert "không có gì thay đổi" in (await admin.say(f"/sua {number} han 31/3/2025")).text
    with session_scope(engine) as session:
        assert session.exec(select(TaskEvent).where(TaskEvent.kind == "corrected")).all() == []
        task = session.exec(select(Task).where(Task.number == number, Task.org_id == world.org_id)).one()
        assert (task.due, task.unit_id) == (date(2025, 3, 31), world.farmers_id)
