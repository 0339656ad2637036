"""The scheduler's Vietnamese texts: dates, countdowns, escaping, the length limit, new-task notices."""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import select

from scheduler import messages
from scheduler.notices import enqueue_new_tasks
from scheduler.policy import BEFORE, LAST_WORKING_DAY, OVERDUE, Item, Reminder
from storage.db import session_scope
from storage.models import Task

from .helpers import outbox, seed_org, task


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"<b>#(\d+)</b>", text)]


def item(number: int, content: str = "Nhiệm vụ", due: date | None = date(2025, 3, 14), **extra: object) -> Item:
    return Item(task_id=number, number=number, unit_id=1, content=content, due=due, **extra)  # type: ignore[arg-type]


def test_dates_and_countdowns_read_naturally():
    assert messages.fmt_date(date(2025, 3, 5)) == "05/03/2025"
    assert [messages.countdown(n) for n in (3, 0, -2)] == ["còn 3 ngày", "đến hạn hôm nay", "quá hạn 2 ngày"]


def test_one_wording_for_every_deadline():
    render = messages.render_deadline
    assert render(date(2026, 1, 15), True) == "trước 15/01/2026"
    assert render(date(2026, 1, 15), False) == "15/01/2026"
    assert render(None, False, "monthly") == "hằng tháng"
    assert render(None) == "thường xuyên"


def test_user_content_is_escaped_and_most_urgent_comes_first():
    reminders = [
        Reminder(item(2, "Báo cáo <script> & tổng kết", ref="3a"), BEFORE, 3, date(2025, 3, 14)),
        Reminder(item(1, "Rà soát", strict_before=True), OVERDUE, -4, date(2025, 3, 13)),
    ]
    text = messages.unit_reminder_text("Hội <Nông> dân", reminders, date(2025, 3, 11))
    assert "&lt;script&gt; &amp; tổng kết" in text and "Hội &lt;Nông&gt; dân" in text and "<script>" not in text
    assert text.index("<b>#1</b>") < text.index("<b>#2</b> (mục 3a)")
    assert "trước 14/03/2025 — <b>quá hạn 4 ngày</b>" in text and "trong đó 1 quá hạn" in text


def test_long_lists_are_cut_under_4096_characters():
    reminders = [Reminder(item(n, "x" * 300), BEFORE, 3, date(2025, 3, 14)) for n in range(100)]
    text = messages.unit_reminder_text("Đơn vị", reminders, date(2025, 3, 11))
    assert len(text) <= 4096 and "nhiệm vụ khác." in text and text.rstrip().endswith("/tasks")


def test_weekly_digest_names_unreachable_units():
    text = messages.weekly_digest_text("Đảng ủy xã A", date(2025, 3, 10), date(2025, 3, 16),
                                       [messages.UnitWeek("Hội Nông dân xã", open=2, overdue=1, no_deadline=1)], ["Đoàn Thanh niên"])
    assert "Tổng hợp tuần 10/03/2025 – 16/03/2025" in text and "thường xuyên 1" in text
    assert "Chưa có ai nhận được tin nhắc việc" in text and "Đoàn Thanh niên" in text


def test_weekly_digest_says_which_counts_are_the_past_week():
    units = [messages.UnitWeek("Hội <Phụ nữ>", open=3, due_this_week=1, overdue=1, done_on_time=2, done_late=1, no_deadline=4),
             messages.UnitWeek("Đoàn Thanh niên", open=1)]
    text = messages.weekly_digest_text("Đảng ủy xã A & B", date(2025, 3, 10), date(2025, 3, 16), units, [])
    assert "Đảng ủy xã A &amp; B" in text and "<b>Hội &lt;Phụ nữ&gt;</b>" in text
    assert "“tuần qua” là từ 03/03/2025 đến 09/03/2025" in text
    assert "Đang thực hiện 3 (đến hạn trong tuần 1) · quá hạn 1 · thường xuyên 4" in text
    assert "Tuần qua: hoàn thành đúng hạn 2, hoàn thành quá hạn 1" in text
    assert "<b>Tổng cộng</b>: đang thực hiện 4 (đến hạn trong tuần 1) · quá hạn 1 · thường xuyên 4; tuần qua: hoàn thành đúng hạn 2" in text
    many = [messages.UnitWeek(f"Đơn vị {n} " + "x" * 150, open=n) for n in range(60)]
    cut = messages.weekly_digest_text("A", date(2025, 3, 10), date(2025, 3, 16), many, [])
    assert messages.length(cut) <= 4096 and re.search(r"… và \d+ đơn vị khác\.", cut) and "Tổng cộng" in cut


def test_overdue_digest_counts_tasks_not_unit_headings_when_cut():
    lines = [messages.OverdueLine(f"Đơn vị {u:02d}", item(u * 100 + n, "y" * 150), 3) for u in range(30) for n in range(3)]
    text = messages.overdue_digest_text("Đảng ủy xã A", date(2025, 3, 11), lines, [])
    shown = len(numbers(text))
    left = int(re.search(r"… và (\d+) nhiệm vụ khác\.", text).group(1))  # type: ignore[union-attr]
    assert messages.length(text) <= 4096 and shown + left == 90
    assert not re.search(r"</b> \(3\)\n… và", text)  # no unit heading left without its tasks


def test_days_off_recurring_periods_and_platform_neutral_texts():
    due = date(2025, 9, 2)  # Quốc khánh, a Tuesday
    holiday = Reminder(item(1, due=due), LAST_WORKING_DAY, 4, due)
    text = messages.unit_reminder_text("Hội Nông dân xã", [holiday], date(2025, 8, 29))
    assert "Hạn rơi vào ngày nghỉ lễ (Thứ Ba): hôm nay là ngày làm việc cuối cùng trước hạn." in text
    monthly = item(2, "Giao ban", due=date(2025, 3, 31), recurrence="monthly", period_start=date(2025, 3, 1), occurrence_id=7)
    assert messages.item_label(monthly).endswith("Giao ban — kỳ tháng 03/2025")
    assert messages.period_label("quarterly", date(2025, 4, 1)) == "quý II/2025"
    assert messages.period_label("half_yearly", date(2025, 7, 1)) == "6 tháng cuối năm 2025"
    assert messages.period_label("weekly", date(2025, 3, 10), date(2025, 3, 16)) == "tuần 10/03 – 16/03/2025"
    series = item(3, "Báo cáo quý", due=None, recurrence="quarterly")
    assert messages.deadline_label(series) == "hằng quý"
    assert messages.deadline_label(item(4, due=None)) == "thường xuyên"
    blocked = messages.chat_blocked_text("nhóm “A”", "Forbidden: bot was blocked by the user", date(2025, 3, 3))
    assert "Telegram" not in blocked and "03/03/2025" in blocked  # the same text serves Zalo


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
