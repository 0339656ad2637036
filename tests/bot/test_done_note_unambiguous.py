"""A message after ✅ closes the task only when it is unambiguously the note: ✖ Hủy forgets the
question; a message typed while the question is no longer the latest thing on screen, or long after
it, is not taken as a note — unless written as "ghi chú: …" (or as a reply to the question)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator
from storage.clock import FixedClock
from storage.db import session_scope
from storage.models import Outbox, PendingInput, Task

from .helpers import LEADER, MEMBER, MONITOR, TODAY, UNIT_GROUP, Talk, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")

UNRELATED = "Cho tôi hỏi lịch họp tuần sau?"


def task_row(engine, number: int) -> Task:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return session.exec(select(Task).where(Task.number == number)).one()


def pending_kinds(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return [p.kind for p in session.exec(select(PendingInput))]


def done_notices(engine) -> int:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return len(session.exec(select(Outbox).where(Outbox.kind == "task_done")).all())


async def press_done(talk: Talk, number: int):  # type: ignore[no-untyped-def]
    listing = await talk.say("/tasks")
    confirm = await talk.press(listing, button(listing, f"✅ {number}"))
    assert f"Xác nhận nhiệm vụ số {number} đã hoàn thành?" in confirm.text
    return confirm


async def test_cancel_after_done_then_an_unrelated_message_leaves_the_task_open(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    await join(emulator, MONITOR, world.codes["monitor"])
    talk = await join(emulator, LEADER, world.codes["leader"])
    confirm = await press_done(talk, number)
    listing = await talk.press(confirm, button(confirm, texts.BTN_CANCEL))
    assert f"{number}. " in listing.text and "Xác nhận" not in listing.text
    assert pending_kinds(engine) == []

    assert (await talk.say(UNRELATED)).text == texts.FREE_TEXT_HINT
    task = task_row(engine, number)
    assert (task.status, task.result_note) == ("open", None)
    assert done_notices(engine) == 0


async def test_a_message_after_other_replies_is_not_a_note_unless_written_as_one(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    first, second = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1), TODAY + timedelta(days=3)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, first)
    assert f"Nhiệm vụ số {second}" in (await talk.say(f"/chitiet {second}")).text  # the question scrolls up

    hint = await talk.say(UNRELATED)
    assert f"chưa được ghi làm ghi chú cho nhiệm vụ số {first}" in hint.text and "ghi chú:" in hint.text
    assert task_row(engine, first).status == "open"

    await emulator.send_text(LEADER, None, "Ghi chú: Đã tổ chức hội nghị ngày 09/3")
    ack = await talk.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert f"nhiệm vụ số {first}" in ack.text
    task = task_row(engine, first)
    assert (task.status, task.result_note) == ("done", "Đã tổ chức hội nghị ngày 09/3")


async def test_a_late_message_is_not_a_note_but_a_reply_to_the_question_is(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine, clock: FixedClock,
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    confirm = await press_done(talk, number)
    clock.advance(timedelta(minutes=15))
    hint = await talk.say(UNRELATED)
    assert f"chưa được ghi làm ghi chú cho nhiệm vụ số {number}" in hint.text
    assert task_row(engine, number).status == "open"

    await emulator.send_text(LEADER, None, "Đã họp xong", reply_to=confirm.message_id)
    ack = await talk.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert f"nhiệm vụ số {number}" in ack.text
    assert task_row(engine, number).result_note == "Đã họp xong"


async def test_a_message_sent_by_the_bot_in_between_pushes_the_question_off_screen(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, number)
    await monitor.say("/giao hoi nong dan Tổ chức hội nghị tổng kết mô hình hạn 30/06/2025")
    await talk.next(lambda m: "Tổ chức hội nghị tổng kết" in (m.text or ""))  # the new task reaches the leader

    # The bot may still be redrawing the earlier list when the leader writes: wait for the answer itself.
    await emulator.send_text(LEADER, None, "Đã nhận")
    hint = await talk.next(lambda m: "chưa được ghi làm ghi chú" in (m.text or ""))
    assert f"chưa được ghi làm ghi chú cho nhiệm vụ số {number}" in hint.text
    assert task_row(engine, number).status == "open"


async def test_in_a_group_someone_elses_message_between_makes_the_note_explicit(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    emulator.add_chat(UNIT_GROUP)
    await join(emulator, LEADER, world.codes["leader"])
    leader, member = Talk(emulator, LEADER, UNIT_GROUP), Talk(emulator, MEMBER, UNIT_GROUP)
    assert "đã được kết nối" in (await member.say(f"/start {world.codes['group']}")).text
    listing = await leader.say("/tasks")
    await leader.press(listing, button(listing, f"✅ {number}"))
    await member.say("/tasks")

    assert f"chưa được ghi làm ghi chú cho nhiệm vụ số {number}" in (await leader.say("Đã họp")).text
    await emulator.send_text(LEADER, UNIT_GROUP, "ghi chu - Đã họp chi hội")
    await leader.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert task_row(engine, number).result_note == "Đã họp chi hội"
