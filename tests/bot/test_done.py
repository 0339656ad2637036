"""Closing tasks: ✅ with confirmation, a note or a photo as evidence, /done, undo, reopen, refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.clock import FixedClock
from storage.db import session_scope
from storage.models import Task, TaskEvent

from .helpers import FOREIGN_LEADER, LEADER, MEMBER, MONITOR, TODAY, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 16


def task_row(engine, number: int) -> Task:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return session.exec(select(Task).where(Task.number == number)).one()


def events(engine, number: int) -> list[str]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        task = session.exec(select(Task).where(Task.number == number)).one()
        return [e.kind for e in session.exec(select(TaskEvent).where(TaskEvent.task_id == task.id).order_by(TaskEvent.id))]


async def test_done_by_button_with_a_note_edits_the_list_in_place(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    first, second = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1), TODAY + timedelta(days=4)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    listing = await talk.say("/tasks")
    confirm = await talk.press(listing, button(listing, f"✅ {first}"))
    assert confirm.message_id == listing.message_id
    assert f"Xác nhận nhiệm vụ số {first} đã hoàn thành?" in confirm.text and "ghi chú kết quả ngắn" in confirm.text

    await emulator.send_text(LEADER, None, "Đã tổ chức hội nghị ngày 09/3")
    ack = await talk.next(lambda m: m.text is not None and m.text.startswith("✅ Đã ghi nhận"))
    assert f"nhiệm vụ số {first} (Hội Nông dân xã) hoàn thành lúc 10/03/2025 06:00, người báo: Nguyễn Văn An" in ack.text
    assert "Ghi chú: “Đã tổ chức hội nghị ngày 09/3”" in ack.text
    refreshed = emulator.world.find_message(LEADER.id, listing.message_id)
    assert refreshed is not None and "1 nhiệm vụ" in refreshed.text and f"{second}. " in refreshed.text
    task = task_row(engine, first)
    assert (task.status, task.done_by, task.result_note) == ("done", "Nguyễn Văn An", "Đã tổ chức hội nghị ngày 09/3")
    assert events(engine, first)[-1] == "done"


async def test_done_by_button_with_a_photo_keeps_it_as_evidence_for_the_monitor(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    listing = await talk.say("/tasks")
    await talk.press(listing, button(listing, f"✅ {number}"))
    await emulator.send_photo(LEADER, None, PNG, caption="Biên bản họp")
    ack = await talk.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert "Đã lưu 1 tệp/ảnh minh chứng" in ack.text
    assert task_row(engine, number).evidence[0]["kind"] == "photo"

    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    details = await monitor.say(f"/chitiet {number}")
    assert "Minh chứng: 1 tệp/ảnh" in details.text and "hoàn thành đúng hạn" in details.text and "Biên bản họp" in details.text
    photo = await monitor.press(details, button(details, "📎"))
    assert photo.get("photo") and "Minh chứng nhiệm vụ số" in photo.text


async def test_confirm_without_note_and_undo_within_a_day(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY])
    talk = await join(emulator, LEADER, world.codes["leader"])
    listing = await talk.say("/tasks")
    confirm = await talk.press(listing, button(listing, f"✅ {number}"))
    after = await talk.press(confirm, button(confirm, "✔ Xác nhận"))
    ack = after if (after.text or "").startswith("✅ Đã ghi nhận") else await talk.next()
    assert task_row(engine, number).status == "done"
    undone = await talk.press(ack, button(ack, "↩ Hoàn tác"))
    assert f"Đã hoàn tác: nhiệm vụ số {number}" in undone.text
    assert task_row(engine, number).status == "open"
    assert events(engine, number)[-2:] == ["done", "reopened"]


async def test_done_by_text_and_undo_after_a_day_needs_the_board(emulator: BotApiEmulator, world: World, engine, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=2)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    ack = await talk.say(f"/done {number} đã nộp báo cáo")
    assert f"nhiệm vụ số {number}" in ack.text and "đã nộp báo cáo" in ack.text
    assert "đã được báo hoàn thành trước đó" in (await talk.say(f"/done {number}")).text
    clock.advance(timedelta(days=2))
    assert "Đã quá 1 ngày" in (await talk.say(f"/hoantac {number}")).text

    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    reopened = await monitor.say(f"/molai {number} báo cáo thiếu số liệu")
    assert f"Đã mở lại nhiệm vụ số {number}" in reopened.text
    told = await talk.next(lambda m: "Ban theo dõi đã mở lại" in (m.text or ""))
    assert "báo cáo thiếu số liệu" in told.text
    assert task_row(engine, number).status == "open"


async def test_member_cannot_close_a_task(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY])
    talk = await join(emulator, MEMBER, world.codes["member"])
    assert "Chỉ lãnh đạo đơn vị" in (await talk.say(f"/done {number}")).text
    listing = await talk.say("/tasks")
    answer = await talk.press_for_answer(listing.message_id, f"dy:{number}:0:o:0", force=True)
    assert answer is not None and "Chỉ lãnh đạo đơn vị" in answer
    assert task_row(engine, number).status == "open"


async def test_forged_and_malformed_input_changes_nothing(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY])
    talk = await join(emulator, LEADER, world.codes["leader"])
    listing = await talk.say("/tasks")
    for forged in ("dy:abc:0:o:0", "rm:all", "dy:1:0", f"dy:{number}:0:z:0", "x" * 64):
        assert await talk.press_for_answer(listing.message_id, forged, force=True) == "Nút này không còn hiệu lực. Gõ /tasks để xem danh sách mới."
    assert "Vui lòng ghi số nhiệm vụ" in (await talk.say("/done abc")).text
    assert "Không có nhiệm vụ số 999" in (await talk.say("/done 999")).text
    assert task_row(engine, number).status == "open"


async def test_nobody_reaches_another_organizations_tasks(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY])
    talk = await join(emulator, FOREIGN_LEADER, world.codes["foreign"])
    assert "Không có nhiệm vụ nào" in (await talk.say("/tasks")).text
    assert f"Không có nhiệm vụ số {number}" in (await talk.say(f"/done {number}")).text
    answer = await talk.press_for_answer(1, f"dy:{number}:0:o:0", force=True)
    assert answer is not None and f"Không có nhiệm vụ số {number}" in answer
    assert task_row(engine, number).status == "open"
