"""/giao with a deadline already past asks before assigning (✔ / ✖, or "có" / "không" by text);
the example dates in /help and in usage hints follow today, never a fixed date gone by."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator
from storage.clock import FixedClock
from storage.db import session_scope
from storage.models import Outbox, PendingInput, Task

from .helpers import LEADER, MONITOR, TODAY, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")

DATE_RE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def tasks(engine) -> list[Task]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return list(session.exec(select(Task).order_by(Task.number)))


def dates_in(text: str) -> list[date]:
    return [date(int(y), int(m), int(d)) for d, m, y in DATE_RE.findall(text)]


async def test_a_past_deadline_is_confirmed_before_the_task_is_assigned(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine,
) -> None:
    await join(emulator, LEADER, world.codes["leader"])  # the unit has a chat to be told in
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    ask = await monitor.say("/giao hoi nong dan Tổ chức hội nghị sơ kết hạn 01/03/2025")
    assert "01/03/2025" in ask.text and "đã qua" in ask.text and "Chưa giao" in ask.text
    assert tasks(engine) == []

    done = await monitor.press(ask, button(ask, "✔"))
    assert "Đã giao nhiệm vụ số 1 cho Hội Nông dân xã, hạn 01/03/2025" in done.text
    assert [(t.content, t.due) for t in tasks(engine)] == [("Tổ chức hội nghị sơ kết", date(2025, 3, 1))]
    assert await monitor.press_for_answer(ask.message_id, "ay", force=True) == texts.ASSIGN_NOTHING_PENDING

    again = await monitor.say("/giao hoi nong dan Họp chi hội hạn 05/03/2025")
    dropped = await monitor.press(again, button(again, "✖"))
    assert dropped.text == texts.ASSIGN_CANCELLED
    assert len(tasks(engine)) == 1

    await monitor.say("/giao hoi nong dan Báo cáo quý I hạn 02/03/2025")
    assert "Đã giao nhiệm vụ số 2" in (await monitor.say("có")).text
    await monitor.say("/giao hoi nong dan Báo cáo tháng hạn 03/03/2025")
    assert (await monitor.say("không")).text == texts.ASSIGN_CANCELLED
    assert [t.content for t in tasks(engine)] == ["Tổ chức hội nghị sơ kết", "Báo cáo quý I"]
    with session_scope(engine) as session:
        assert session.exec(select(PendingInput)).all() == []
        assert len(session.exec(select(Outbox).where(Outbox.kind == "new_tasks")).all()) == 2


async def test_a_deadline_today_or_later_is_assigned_at_once(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    assert "Đã giao" in (await monitor.say(f"/giao hoi nong dan Họp hạn {TODAY:%d/%m/%Y}")).text
    assert len(tasks(engine)) == 1


async def test_a_leader_cannot_confirm_a_past_assignment(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    leader = await join(emulator, LEADER, world.codes["leader"])
    answer = await leader.press_for_answer(1, "ay", force=True)
    assert answer == texts.ASSIGN_NOTHING_PENDING
    assert tasks(engine) == []


async def test_examples_in_help_and_hints_follow_today(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine, clock: FixedClock,
) -> None:
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    clock.set(datetime(2027, 8, 19, 1, 0, tzinfo=clock.now().tzinfo))  # two years after the fixed examples
    today = date(2027, 8, 19)
    [number] = add_tasks(engine, world.org_id, "nong_dan", [today + timedelta(days=5)])
    replies = [
        (await monitor.say("/help")).text,
        (await leader.say("/help")).text,
        (await monitor.say("/giao")).text,
        (await monitor.say("/giao Hội Bóng đá Tập luyện hạn 30/09/2027")).text,
        (await monitor.say("/giao Hội Nông dân Họp hạn khi nào rảnh")).text,
        (await leader.say("/giahan")).text,
        (await leader.say(f"/giahan {number} hmm")).text,
        (await leader.say(f"/giahan {number} 30/09/2027")).text,
    ]
    details = await leader.say(f"/chitiet {number}")
    replies.append((await leader.press(details, button(details, "⏳"))).text)
    for text in replies:
        shown = dates_in(text)
        assert shown, text
        assert all(day >= today for day in shown), text
