"""The scheduler's Vietnamese texts: dates, countdowns, escaping, the length limit, new-task notices."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from scheduler import messages
from scheduler.notices import enqueue_new_tasks
from scheduler.policy import BEFORE, OVERDUE, Item, Reminder
from storage.db import session_scope
from storage.models import Task

from .helpers import outbox, seed_org, task


def item(number: int, content: str = "Nhiệm vụ", due: date | None = date(2025, 3, 14), **extra: object) -> Item:
    return Item(task_id=number, number=number, unit_id=1, content=content, due=due, **extra)  # type: ignore[arg-type]


def test_dates_and_countdowns_read_naturally():
    assert messages.fmt_date(date(2025, 3, 5)) == "05/03/2025"
    assert [messages.countdown(n) for n in (3, 0, -2)] == ["còn 3 ngày", "đến hạn hôm nay", "quá hạn 2 ngày"]


def test_user_content_is_escaped_and_most_urgent_comes_first():
    reminders = [
        Reminder(item(2, "Báo cáo <script> & tổng kết", ref="3a"), BEFORE, 3, date(2025, 3, 14)),
        Reminder(item(1, "Rà soát", strict_before=True), OVERDUE, -4, date(2025, 3, 13)),
    ]
    text = messages.unit_reminder_text("Hội <Nông> dân", reminders, date(2025, 3, 11))
    assert "&lt;script&gt; &amp; tổng kết" in text and "Hội &lt;Nông&gt; dân" in text and "<script>" not in text
    assert text.index("<b>#1</b>") < text.index("<b>#2</b> (mục 3a)")
    assert "trước ngày 14/03/2025 — <b>quá hạn 4 ngày</b>" in text and "trong đó 1 quá hạn" in text


def test_long_lists_are_cut_under_4096_characters():
    reminders = [Reminder(item(n, "x" * 300), BEFORE, 3, date(2025, 3, 14)) for n in range(100)]
    text = messages.unit_reminder_text("Đơn vị", reminders, date(2025, 3, 11))
    assert len(text) <= 4096 and "nhiệm vụ khác." in text and text.rstrip().endswith("/tasks")


def test_weekly_digest_names_unreachable_units():
    text = messages.weekly_digest_text("Đảng ủy xã A", date(2025, 3, 10), date(2025, 3, 16),
                                       [messages.UnitWeek("Hội Nông dân xã", open=2, overdue=1, no_deadline=1)], ["Đoàn Thanh niên"])
    assert "Tổng hợp tuần 10/03/2025 – 16/03/2025" in text and "thường xuyên 1" in text
    assert "Chưa có ai nhận được tin nhắc việc" in text and "Đoàn Thanh niên" in text


def test_new_tasks_notice_goes_once_to_each_assigned_unit(engine):
    org = seed_org(engine, units=("nong_dan", "phu_nu"))
    numbers = [task(engine, org.org_id, "nong_dan", "Việc A", due=date(2025, 3, 14)),
               task(engine, org.org_id, "phu_nu", "Việc B"), task(engine, org.org_id, "nong_dan", "Việc C", recurrence="monthly")]
    for _ in range(2):
        with session_scope(engine) as s:
            tasks = list(s.exec(select(Task).where(Task.number.in_(numbers))))  # type: ignore[attr-defined]
            enqueue_new_tasks(s, org_id=org.org_id, tasks=tasks, source="Thông báo số 12-TB/ĐU")
    rows = outbox(engine, kind="new_tasks")
    assert sorted(r.chat_id for r in rows) == sorted([org.chats["nong_dan"], org.chats["phu_nu"]])
    nong_dan = next(r.text for r in rows if r.chat_id == org.chats["nong_dan"])
    assert "được giao 2 nhiệm vụ" in nong_dan and "Hạn: 14/03/2025" in nong_dan and "theo Thông báo số 12-TB/ĐU" in nong_dan
