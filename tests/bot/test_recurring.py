"""Recurring tasks ("hằng tháng"): the list shows and sorts by the current period, ✅ closes one
period at a time, details list the recent periods, /report and /export count each period."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.access import Actor
from storage.db import session_scope
from storage.models import Occurrence, Outbox
from storage.tasks import add_task

from .helpers import LEADER, MONITOR, START, TODAY, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")


def add_monthly(engine, org_id: int, *, missed_february: bool = True) -> int:  # type: ignore[no-untyped-def]
    """A monthly report task of the farmers' union, created in January; February left open."""
    with session_scope(engine) as session:
        task = add_task(session, actor=Actor.system(org_id), unit_ref="nong_dan", content="Báo cáo tình hình hội viên",
                        deadline_text="hằng tháng", recurrence="monthly", now=START - timedelta(days=60))
        if missed_february:
            session.add(Occurrence(org_id=org_id, task_id=task.id, period_start=date(2025, 2, 1), due=date(2025, 2, 28)))  # type: ignore[arg-type]
        return task.number


def occurrences(engine, number: int) -> list[tuple[date, str]]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        rows = session.exec(select(Occurrence).order_by(Occurrence.period_start)).all()
        return [(r.period_start, r.status) for r in rows]


def lines_order(text: str, *numbers: int) -> list[int]:
    return sorted(numbers, key=lambda n: text.index(f"{n}. "))


async def test_recurring_task_is_listed_and_closed_period_by_period(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    monthly = add_monthly(engine, world.org_id)
    soon, later = add_tasks(engine, world.org_id, "nong_dan", [date(2025, 3, 20), date(2025, 4, 15)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])

    listing = await leader.say("/tasks")
    assert f"{monthly}. 🔴 quá hạn 10 ngày · 🔁 hằng tháng, kỳ tháng 02/2025, hạn 28/02/2025" in listing.text
    assert "thường xuyên" not in listing.text
    assert lines_order(listing.text, monthly, soon, later) == [monthly, soon, later]
    assert f"{monthly}." in (await leader.say("/tasks quahan")).text

    # ✅ closes the oldest open period first (February, late).
    confirm = await leader.press(listing, button(listing, f"✅ {monthly}"))
    assert f"nhiệm vụ số {monthly} đã hoàn thành kỳ tháng 02/2025?" in confirm.text
    after = await leader.press(confirm, button(confirm, "✔ Xác nhận"))
    ack = after if (after.text or "").startswith("✅ Đã ghi nhận") else await leader.next(lambda m: (m.text or "").startswith("✅ Đã ghi nhận"))
    assert f"nhiệm vụ số {monthly} (Hội Nông dân xã) hoàn thành kỳ tháng 02/2025" in ack.text
    refreshed = emulator.world.find_message(LEADER.id, listing.message_id)
    assert refreshed is not None
    assert f"{monthly}. 🟢 còn 21 ngày · 🔁 hằng tháng, kỳ tháng 03/2025, hạn 31/03/2025" in refreshed.text
    assert lines_order(refreshed.text, monthly, soon, later) == [soon, monthly, later]

    # /done closes March; the list then says so, offers no ✅ and sorts it by April's due date.
    ack = await leader.say(f"/done {monthly} đã gửi báo cáo tháng 3")
    assert "hoàn thành kỳ tháng 03/2025" in ack.text
    assert "đã được báo hoàn thành cho kỳ này" in (await leader.say(f"/done {monthly}")).text
    listing = await leader.say("/tasks")
    assert f"{monthly}. ✅ đã xong kỳ này · 🔁 hằng tháng, kỳ tháng 03/2025" in listing.text
    assert f"✅ {monthly}" not in [b["text"] for b in listing.buttons()]
    assert lines_order(listing.text, monthly, soon, later) == [soon, later, monthly]
    assert occurrences(engine, monthly) == [(date(2025, 2, 1), "done"), (date(2025, 3, 1), "done")]

    details = await leader.say(f"/chitiet {monthly}")
    assert "Thời hạn: hằng tháng (định kỳ hằng tháng, hạn mỗi kỳ là ngày cuối kỳ)" in details.text
    assert "Tình trạng kỳ tháng 03/2025 (hạn 31/03/2025): hoàn thành đúng hạn — ✅ đã xong kỳ này" in details.text
    assert "Kỳ tháng 03/2025 (hạn 31/03/2025): hoàn thành đúng hạn lúc 10/03/2025 06:00, Nguyễn Văn An — “đã gửi báo cáo tháng 3”" in details.text
    assert "Kỳ tháng 02/2025 (hạn 28/02/2025): hoàn thành quá hạn lúc 10/03/2025 06:00" in details.text
    assert details.text.index("Kỳ tháng 03/2025") < details.text.index("Kỳ tháng 02/2025")  # newest first
    assert [b["text"] for b in details.buttons()] == ["↩ Hoàn tác"]  # no ✅ (done for now) and no ⏳ (periods have their own due)

    # The board learned of each closure as it happened, by the period's own status.
    late = await emulator.wait_for_message(MONITOR.id, lambda m: "kỳ tháng 02/2025 —" in (m.text or ""), since=0)
    assert f"Hội Nông dân xã báo hoàn thành nhiệm vụ số {monthly} kỳ tháng 02/2025 — hoàn thành quá hạn" in late.text
    assert button(late, "📄") == f"dt:{monthly}"
    await emulator.wait_for_message(MONITOR.id, lambda m: "kỳ tháng 03/2025 — hoàn thành đúng hạn" in (m.text or ""), since=0)

    report = await monitor.say("/report")
    assert ("Hội Nông dân xã: đang thực hiện (trong hạn) 2, quá hạn chưa hoàn thành 0, hoàn thành đúng hạn 1, "
            "hoàn thành quá hạn 1\n") in report.text + "\n"

    message = await monitor.say("/export")
    rows = list(load_workbook(io.BytesIO(emulator.file_bytes(message.document["file_id"]))).active.iter_rows(values_only=True))
    periods = [(r[4], r[5].date(), r[6], r[9]) for r in rows[1:] if r[0] == monthly]
    assert periods == [
        ("hằng tháng, kỳ tháng 02/2025, hạn 28/02/2025", date(2025, 2, 28), "hoàn thành quá hạn", None),
        ("hằng tháng, kỳ tháng 03/2025, hạn 31/03/2025", date(2025, 3, 31), "hoàn thành đúng hạn", "đã gửi báo cáo tháng 3"),
    ]


async def test_report_counts_each_period_by_its_own_status(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    monthly = add_monthly(engine, world.org_id)
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    report = await monitor.say("/report")
    # February is overdue, March (not yet created by the daily check) is in progress; nothing is "thường xuyên".
    assert "Hội Nông dân xã: đang thực hiện (trong hạn) 1, quá hạn chưa hoàn thành 1, hoàn thành đúng hạn 0" in report.text
    assert "thường xuyên" not in report.text
    assert f"{monthly} — Hội Nông dân xã — 🔴 quá hạn 10 ngày (kỳ tháng 02/2025)" in report.text
    summary = await monitor.say("/tasks")
    assert "Hội Nông dân xã: 1 chưa hoàn thành (1 quá hạn)" in summary.text
    assert occurrences(engine, monthly) == [(date(2025, 2, 1), "open")]  # looking changed nothing
    explained = await monitor.say(f"/yeucaugiaitrinh {monthly}")
    assert f"Đã gửi yêu cầu giải trình nhiệm vụ số {monthly}" in explained.text


async def test_assign_recurring_and_regular_tasks_in_one_line(emulator: BotApiEmulator, world: World) -> None:
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    reply = await monitor.say("/giao Hội Nông dân Báo cáo kết quả vận động hội viên hạn hằng tháng")
    assert "cho Hội Nông dân xã, định kỳ hằng tháng" in reply.text
    reply = await monitor.say("/giao Hội Nông dân Tuyên truyền phòng chống dịch hạn thường xuyên")
    assert "cho Hội Nông dân xã, thường xuyên" in reply.text
    leader = await join(emulator, LEADER, world.codes["leader"])
    assert "Nhiệm vụ định kỳ không gia hạn được" in (await leader.say("/giahan 1 30/06/2025 vì bận")).text


async def test_board_is_not_told_of_its_own_closure(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=3)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    assert "Đã ghi nhận" in (await monitor.say(f"/done {number}")).text
    with session_scope(engine) as session:
        assert session.exec(select(Outbox).where(Outbox.kind == "task_done")).all() == []
