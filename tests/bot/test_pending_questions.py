"""The question the bot waits on (a note after ✅, a deadline after ⏳...) lives in the database:
another instance — or the same one after a restart — reads the answer; it expires after 30 minutes;
/huy forgets it; a newer question replaces it; and two answers cannot both consume it."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import texts
from bot.app import build_application, scheduler_factory, start_application, stop_application
from bot.emulator import BotApiEmulator
from bot.services import done
from bot.services.base import Caller, Outcome, Services
from storage.clock import FixedClock
from storage.db import make_engine, session_scope
from storage.models import PendingInput, Task, TaskEvent
from storage.settings import Settings

from .helpers import LEADER, TODAY, Talk, World, add_tasks, button, join


def task_row(engine: Engine, number: int) -> Task:
    with session_scope(engine) as session:
        return session.exec(select(Task).where(Task.number == number)).one()


def events(engine: Engine, number: int) -> list[str]:
    with session_scope(engine) as session:
        task = session.exec(select(Task).where(Task.number == number)).one()
        return [e.kind for e in session.exec(select(TaskEvent).where(TaskEvent.task_id == task.id).order_by(TaskEvent.id))]


def pending_kinds(engine: Engine) -> list[str]:
    with session_scope(engine) as session:
        return [p.kind for p in session.exec(select(PendingInput))]


async def press_done(talk: Talk, number: int) -> int:
    """/tasks, then ✅ on task `number`: the bot now waits for an optional note. Returns the list's id."""
    listing = await talk.say("/tasks")
    confirm = await talk.press(listing, button(listing, f"✅ {number}"))
    assert f"Xác nhận nhiệm vụ số {number} đã hoàn thành?" in confirm.text
    return listing.message_id


async def test_the_note_after_done_is_applied_by_another_instance(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine: Engine, settings: Settings, services: Services, database_url: str,
    clock: FixedClock,
) -> None:
    """✅ is pressed on instance A; A goes away; the note reaches instance B on the same database."""
    first_task, second_task = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1), TODAY + timedelta(days=4)])
    instance_a = build_application(settings, services)
    await start_application(instance_a, poll_timeout=1)
    try:
        talk = await join(emulator, LEADER, world.codes["leader"])
        listing_id = await press_done(talk, first_task)
    finally:
        await stop_application(instance_a)
    assert pending_kinds(engine) == ["done_note"]

    # Instance B: its own engine, services and clock; nothing in memory from A.
    engine_b = make_engine(database_url)
    clock_b = FixedClock(clock.now() + timedelta(minutes=2))
    instance_b = build_application(settings, Services(engine=engine_b, clock=clock_b,
                                                      scheduler_factory=scheduler_factory(engine_b, settings, clock_b)))
    await start_application(instance_b, poll_timeout=1)
    try:
        await emulator.send_text(LEADER, None, "Đã tổ chức hội nghị ngày 09/3")
        ack = await talk.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
        assert f"nhiệm vụ số {first_task}" in ack.text and "Ghi chú: “Đã tổ chức hội nghị ngày 09/3”" in ack.text
        refreshed = emulator.world.find_message(LEADER.id, listing_id)  # B edited the list A had shown
        assert refreshed is not None and "1 nhiệm vụ" in refreshed.text and f"{second_task}. " in refreshed.text
    finally:
        await stop_application(instance_b)
        engine_b.dispose()
    task = task_row(engine, first_task)
    assert (task.status, task.result_note) == ("done", "Đã tổ chức hội nghị ngày 09/3")
    assert events(engine, first_task)[-1] == "done" and pending_kinds(engine) == []


async def test_an_expired_question_no_longer_captures_the_next_message(  # type: ignore[no-untyped-def]
    app, emulator: BotApiEmulator, world: World, engine: Engine, clock: FixedClock,
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, number)
    before = events(engine, number)
    clock.advance(timedelta(minutes=31))
    assert (await talk.say("Đã tổ chức hội nghị")).text == texts.FREE_TEXT_HINT
    task = task_row(engine, number)
    assert (task.status, task.result_note) == ("open", None) and events(engine, number) == before


async def test_huy_forgets_the_question(app, emulator: BotApiEmulator, world: World, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, number)
    assert (await talk.say("/huy")).text == texts.PENDING_CANCELLED
    assert pending_kinds(engine) == []
    assert (await talk.say("Đã tổ chức hội nghị")).text == texts.FREE_TEXT_HINT
    assert (await talk.say("/huy")).text == texts.NOTHING_PENDING
    assert task_row(engine, number).status == "open"


async def test_a_newer_question_replaces_the_older_one(app, emulator: BotApiEmulator, world: World, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    first, second = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1), TODAY + timedelta(days=4)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, first)
    details = await talk.say(f"/chitiet {second}")
    prompt = await talk.press(details, button(details, "⏳"))
    assert f"Đề nghị gia hạn nhiệm vụ số {second}" in prompt.text
    assert pending_kinds(engine) == ["extension"]
    sent = await talk.say("30/06/2025 vì chờ kinh phí của huyện")
    assert f"đề nghị gia hạn nhiệm vụ số {second} đến 30/06/2025" in sent.text
    assert task_row(engine, first).status == "open" and pending_kinds(engine) == []


async def test_two_rapid_answers_do_not_both_apply(app, emulator: BotApiEmulator, world: World, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, number)
    since = emulator.event_seq
    await emulator.send_text(LEADER, None, "Ghi chú thứ nhất")
    await emulator.send_text(LEADER, None, "Ghi chú thứ hai")
    ack = await emulator.wait_for_message(LEADER.id, lambda m: (m.text or "").startswith("✅ Đã ghi nhận"), 10, since)
    assert "Ghi chú thứ nhất" in ack.text
    await emulator.wait_for_message(LEADER.id, lambda m: m.text == texts.FREE_TEXT_HINT, 10, since)
    assert task_row(engine, number).result_note == "Ghi chú thứ nhất"
    assert events(engine, number).count("done") == 1


async def test_two_instances_answering_at_once_close_the_task_once(  # type: ignore[no-untyped-def]
    app, emulator: BotApiEmulator, world: World, engine: Engine, database_url: str, clock: FixedClock,
) -> None:
    """The answer flow of two instances (own engines) runs at the same moment: one closes the task
    with its note, the other finds the question gone and changes nothing."""
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=1)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    await press_done(talk, number)
    engines = [make_engine(database_url) for _ in range(2)]
    caller = Caller(user_id=str(LEADER.id), chat_id=str(LEADER.id), chat_kind="private", display_name="Nguyễn Văn An")
    start_together = threading.Barrier(2)

    def answer(instance: Engine, note: str) -> Outcome | None:
        start_together.wait(5)
        return done.note_received(Services(engine=instance, clock=clock), caller, text=note, item=None)

    try:
        results = await asyncio.gather(*(asyncio.to_thread(answer, e, note) for e, note in zip(engines, ("A", "B"), strict=True)))
    finally:
        for e in engines:
            e.dispose()
    winners = [note for note, result in zip(("A", "B"), results, strict=True) if result is not None]
    assert len(winners) == 1
    assert task_row(engine, number).result_note == winners[0]
    assert events(engine, number).count("done") == 1 and pending_kinds(engine) == []
