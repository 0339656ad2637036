"""Extensions (request, board decision, unit told) and explanations of overdue tasks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.db import session_scope
from storage.models import Task, TaskEvent

from .helpers import LEADER, MEMBER, MONITOR, TODAY, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")


def task_row(engine, number: int) -> Task:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return session.exec(select(Task).where(Task.number == number)).one()


async def test_extension_request_is_approved_by_the_board_and_the_unit_is_told(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=3)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])

    sent = await leader.say(f"/giahan {number} 30/06/2025 lý do: chờ kinh phí của huyện")
    assert f"Đã gửi Ban theo dõi đề nghị gia hạn nhiệm vụ số {number} đến 30/06/2025" in sent.text
    request = await monitor.next(lambda m: "Đề nghị gia hạn số" in (m.text or ""))
    assert "Hội Nông dân xã" in request.text and "13/03/2025 → đề nghị: 30/06/2025" in request.text
    assert "chờ kinh phí của huyện" in request.text

    approve = button(request, "✔ Duyệt")
    decided = await monitor.press(request, approve)
    assert decided.message_id == request.message_id and decided.text.startswith("✔ Đã duyệt") and decided.buttons() == []
    told = await leader.next(lambda m: "đã duyệt" in (m.text or ""))
    assert "hạn mới 30/06/2025" in told.text
    assert task_row(engine, number).due == date(2025, 6, 30)
    again = await monitor.press_for_answer(request.message_id, approve, force=True)
    assert again is not None and "đã được xử lý" in again


async def test_extension_from_details_button_and_rejection_by_text(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=3)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    details = await leader.say(f"/chitiet {number}")
    prompt = await leader.press(details, button(details, "⏳"))
    assert "hạn mới và lý do" in prompt.text
    assert "chưa hiểu hạn mới" in (await leader.say("sớm nhất có thể")).text
    sent = await leader.say("cuối tháng 4 vì thiếu người")
    assert "đến 30/04/2025" in sent.text
    request = await monitor.next(lambda m: "Đề nghị gia hạn số" in (m.text or ""))
    request_id = request.text.split("Đề nghị gia hạn số ")[1].split()[0]
    rejected = await monitor.say(f"/tuchoi {request_id}")
    assert rejected.text.startswith("✖ Đã từ chối")
    told = await leader.next(lambda m: "không duyệt" in (m.text or ""))
    assert "hạn vẫn là 13/03/2025" in told.text
    assert task_row(engine, number).due == TODAY + timedelta(days=3)


async def test_member_cannot_ask_for_an_extension(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY])
    member = await join(emulator, MEMBER, world.codes["member"])
    assert "Chỉ lãnh đạo đơn vị mới được đề nghị gia hạn" in (await member.say(f"/giahan {number} 30/06/2025 vì bận")).text


async def test_board_asks_for_an_explanation_and_the_leaders_reply_is_kept(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [late, on_time] = add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=5), TODAY + timedelta(days=5)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    assert "Chỉ yêu cầu giải trình với nhiệm vụ đã quá hạn" in (await monitor.say(f"/yeucaugiaitrinh {on_time}")).text

    details = await monitor.say(f"/chitiet {late}")
    asked = await monitor.press(details, button(details, "❓"))
    assert f"Đã gửi yêu cầu giải trình nhiệm vụ số {late}" in asked.text
    request = await leader.next(lambda m: "Yêu cầu giải trình" in (m.text or ""))
    assert "quá hạn 5 ngày" in request.text
    prompt = await leader.press(request, button(request, "✍"))
    assert "nội dung giải trình" in prompt.text
    saved = await leader.say("Chờ kinh phí từ huyện, dự kiến xong trong tháng 3")
    assert f"Đã gửi giải trình nhiệm vụ số {late}" in saved.text
    forwarded = await monitor.next(lambda m: "Giải trình nhiệm vụ số" in (m.text or ""))
    assert "Chờ kinh phí từ huyện" in forwarded.text
    with session_scope(engine) as session:
        kinds = [e.kind for e in session.exec(select(TaskEvent).where(TaskEvent.task_id == task_row(engine, late).id))]
    assert kinds[-2:] == ["explanation_requested", "explanation"]
    assert "Chỉ Ban theo dõi" in (await leader.say(f"/yeucaugiaitrinh {late}")).text
