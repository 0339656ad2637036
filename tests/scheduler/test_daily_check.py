"""The daily check against a real database: a simulated month, recurring periods, idempotency,
unreachable units, the digests and dry runs."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta, timezone

from sqlalchemy import func
from sqlmodel import Session, select

from scheduler.daily import (
    ensure_current_occurrences,
    run_all_due_checks,
    run_daily_check,
)
from storage.access import Actor
from storage.db import session_scope
from storage.models import CheckRun, Occurrence, Outbox, TaskEvent
from storage.tasks import mark_done

from .helpers import outbox, seed_org, task

UTC = UTC


def at(day: date, hh: int = 1) -> datetime:
    """08:00 in Hanoi on `day` (01:00 UTC)."""
    return datetime(day.year, day.month, day.day, hh, 0, tzinfo=UTC)


def days(start: date, end: date):
    while start <= end:
        yield start
        start += timedelta(days=1)


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"<b>#(\d+)</b>", text)]


def test_a_month_of_reminders_for_a_seeded_organization(engine):
    org = seed_org(engine, units=("nong_dan", "phu_nu"))
    o = org.org_id
    t1 = task(engine, o, "nong_dan", "Xây dựng kế hoạch hoạt động năm", due=date(2025, 3, 14), ref="1")
    t2 = task(engine, o, "nong_dan", "Rà soát hội viên", due=date(2025, 3, 20), strict=True, ref="2")
    t3 = task(engine, o, "phu_nu", "Tổng kết phong trào", due=date(2025, 3, 16))  # a Sunday
    t4 = task(engine, o, "phu_nu", "Báo cáo tình hình hội viên", recurrence="monthly")
    t5 = task(engine, o, "cuu_chien_binh", "Rà soát cựu chiến binh", due=date(2025, 3, 5))  # nobody registered
    task(engine, o, "nong_dan", "Tuyên truyền thường xuyên")  # no deadline

    by_day: dict[date, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for day in days(date(2025, 3, 1), date(2025, 3, 31)):
        if day == date(2025, 3, 12):
            with session_scope(engine) as s:
                mark_done(s, actor=Actor.system(o), number=t1, now=at(day, 0))
        first = run_daily_check(engine, org_id=o, day=day, now=at(day))
        again = run_daily_check(engine, org_id=o, day=day, now=at(day, 2))
        assert first.status == "ran" and again.status == "already_checked" and again.total == 0
        for row in outbox(engine, for_date=day):
            by_day[day][f"{row.kind}:{row.subject}"].append(row)

    nong_dan, phu_nu = f"reminder:unit:{org.units['nong_dan']}", f"reminder:unit:{org.units['phu_nu']}"
    reminded = {
        key: {d.day: numbers(rows[0].text) for d, kinds in by_day.items() for k, rows in kinds.items() if k == key}
        for key in (nong_dan, phu_nu)
    }
    assert reminded[nong_dan] == {
        7: [t1], 11: [t1], 12: [t2], 14: [t2], 18: [t2], 19: [t2], 20: [t2], 23: [t2], 26: [t2], 29: [t2],
    }  # t2's 3-day reminder (Sunday 16) moved to Friday 14
    assert reminded[phu_nu] == {
        7: [t3], 13: [t3], 14: [t3], 17: [t3], 20: [t3], 23: [t3], 24: [t4, t3], 26: [t3], 28: [t4, t3], 29: [t3], 31: [t4, t3],
    }  # t3's 7-day reminder (Sunday 9) moved to Friday 7; t4's 1-day one (Sunday 30) merged with Friday 28;
    # on t4's days t3, overdue but not repeated in full, still has its short line
    digest_days = sorted(d.day for d, kinds in by_day.items() if f"overdue_digest:org:{o}" in kinds)
    assert digest_days == list(range(6, 32))
    weekly_days = sorted(d.day for d, kinds in by_day.items() if f"weekly_digest:org:{o}" in kinds)
    assert weekly_days == [3, 10, 17, 24, 31]

    fri = by_day[date(2025, 3, 14)][phu_nu][0].text
    assert "Hạn: 16/03/2025 — <b>còn 2 ngày</b>" in fri and "Hạn rơi vào Chủ nhật, ngày nghỉ" in fri
    strict = by_day[date(2025, 3, 19)][nong_dan][0].text
    assert "trước 20/03/2025 — <b>đến hạn hôm nay</b>" in strict
    late = by_day[date(2025, 3, 20)][nong_dan][0].text
    assert "quá hạn 1 ngày" in late and "Rà soát hội viên" in late
    digest = by_day[date(2025, 3, 20)][f"overdue_digest:org:{o}"][0].text
    assert numbers(digest) == [t5, t3, t2]  # grouped by unit, units by name
    assert "Hội Cựu chiến binh xã" in digest.split("⚠️")[1]  # named as unreachable
    weekly = by_day[date(2025, 3, 17)][f"weekly_digest:org:{o}"][0].text
    assert ("Hội Nông dân xã</b>\n    Đang thực hiện 1 (đến hạn trong tuần 1) · quá hạn 0 · thường xuyên 1\n"
            "    Tuần qua: hoàn thành đúng hạn 1, hoàn thành quá hạn 0") in weekly  # t1, done on 12/03
    assert "“tuần qua” là từ 10/03/2025 đến 16/03/2025" in weekly
    next_week = by_day[date(2025, 3, 24)][f"weekly_digest:org:{o}"][0].text
    assert ("Hội Nông dân xã</b>\n    Đang thực hiện 0 (đến hạn trong tuần 0) · quá hạn 1 · thường xuyên 1\n"
            "    Tuần qua: hoàn thành đúng hạn 0, hoàn thành quá hạn 0") in next_week  # t1 was the week before
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(CheckRun).where(CheckRun.org_id == o)).one() == 31
        reminded_events = s.exec(select(func.count()).select_from(TaskEvent).where(TaskEvent.kind == "reminded")).one()
    assert reminded_events == 10 + 11  # one per item per reminder; the unreachable unit's none


def test_a_reminder_between_overdue_repeats_still_lists_the_units_overdue_task(engine):
    org = seed_org(engine, units=("nong_dan",))
    late = task(engine, org.org_id, "nong_dan", "Rà soát hộ nghèo", due=date(2025, 3, 10), ref="2")
    soon = task(engine, org.org_id, "nong_dan", "Tổng kết mô hình", due=date(2025, 3, 19))
    day = date(2025, 3, 12)  # `late` is 2 days overdue (repeated in full on 11 and 14); `soon` has its 7-day reminder
    report = run_daily_check(engine, org_id=org.org_id, day=day, now=at(day))
    text = outbox(engine, for_date=day, kind="reminder")[0].text
    assert "2 nhiệm vụ cần chú ý, trong đó 1 quá hạn" in text
    assert numbers(text) == [soon, late]
    assert f"🔴 <b>#{late}</b> (mục 2) Rà soát hộ nghèo — quá hạn 2 ngày" in text
    assert report.reminded_items == 1  # the short line is no reminder of its own (no "reminded" event)
    run_daily_check(engine, org_id=org.org_id, day=date(2025, 3, 13), now=at(date(2025, 3, 13)))
    assert outbox(engine, for_date=date(2025, 3, 13), kind="reminder") == []  # nothing due: the cadence holds


def test_recurring_occurrences_across_month_and_quarter_ends(engine):
    org = seed_org(engine, units=("nong_dan",))
    o = org.org_id
    monthly = task(engine, o, "nong_dan", "Giao ban chi hội", recurrence="monthly")
    quarterly = task(engine, o, "nong_dan", "Báo cáo quý", recurrence="quarterly")
    for day in (date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 1)):
        run_daily_check(engine, org_id=o, day=day, now=at(day))
        with session_scope(engine) as s:
            ensure_current_occurrences(s, org_id=o, day=day)  # twice: nothing new
    with Session(engine) as s:
        rows = s.exec(select(Occurrence).order_by(Occurrence.task_id, Occurrence.period_start)).all()
    periods = [(r.task_id, r.period_start, r.due) for r in rows]
    m, q = rows[0].task_id, rows[-1].task_id
    assert periods == [
        (m, date(2025, 1, 1), date(2025, 1, 31)), (m, date(2025, 2, 1), date(2025, 2, 28)),
        (m, date(2025, 3, 1), date(2025, 3, 31)), (m, date(2025, 4, 1), date(2025, 4, 30)),
        (q, date(2025, 1, 1), date(2025, 3, 31)), (q, date(2025, 4, 1), date(2025, 6, 30)),
    ]
    # 1 April: both March's and Q1's periods are one day late; the new periods are not due yet;
    # January's and February's, never closed, follow as short lines.
    april = outbox(engine, for_date=date(2025, 4, 1), kind="reminder")[0].text
    assert numbers(april) == [monthly, quarterly, monthly, monthly] and april.count("quá hạn 1 ngày") == 2
    assert "kỳ tháng 01/2025" not in april.split("Vẫn còn quá hạn")[0]
    # Closing a period does not close the series.
    with session_scope(engine) as s:
        mark_done(s, actor=Actor.system(o), number=quarterly, now=at(date(2025, 4, 2)))
    run_daily_check(engine, org_id=o, day=date(2025, 4, 4), now=at(date(2025, 4, 4)))
    later = outbox(engine, for_date=date(2025, 4, 4), kind="reminder")[0].text
    assert numbers(later) == [monthly, monthly, monthly]  # March in full; January and February as short lines
    with Session(engine) as s:
        open_q = s.exec(select(Occurrence).where(Occurrence.task_id == q, Occurrence.status == "open")).all()
    assert [r.period_start for r in open_q] == [date(2025, 4, 1)]


def test_dry_run_computes_without_claiming_or_writing(engine):
    org = seed_org(engine, units=("nong_dan",))
    task(engine, org.org_id, "nong_dan", "Việc", due=date(2025, 3, 10))
    task(engine, org.org_id, "nong_dan", "Việc hằng tháng", recurrence="monthly")
    report = run_daily_check(engine, org_id=org.org_id, day=date(2025, 3, 3), now=at(date(2025, 3, 3)), dry_run=True)
    assert report.status == "dry_run" and report.enqueued == {"reminder": 1, "weekly_digest": 1}
    with Session(engine) as s:
        for model in (Outbox, CheckRun, Occurrence):
            assert s.exec(select(func.count()).select_from(model)).one() == 0
    real = run_daily_check(engine, org_id=org.org_id, day=date(2025, 3, 3), now=at(date(2025, 3, 3)))
    assert real.enqueued == report.enqueued


def test_unit_message_is_truncated_under_telegram_limit(engine):
    org = seed_org(engine, units=("nong_dan",))
    for n in range(80):
        task(engine, org.org_id, "nong_dan", f"Nhiệm vụ dài số {n} " + "nội dung " * 30, due=date(2025, 3, 10))
    run_daily_check(engine, org_id=org.org_id, day=date(2025, 3, 10), now=at(date(2025, 3, 10)))
    text = outbox(engine, kind="reminder")[0].text
    assert len(text) <= 4096 and re.search(r"… và \d+ nhiệm vụ khác\.", text)


def test_catch_up_runs_only_organizations_past_their_check_time(engine):
    hanoi = seed_org(engine, name="Đảng ủy xã A", units=("nong_dan",), user_base=1000)
    late = seed_org(engine, name="Đảng ủy xã B", units=("nong_dan",), user_base=2000)
    with session_scope(engine) as s:
        from storage.models import Organization

        s.get(Organization, late.org_id).policy = {"daily_check_at": "09:00"}  # type: ignore[union-attr]
    now = datetime(2025, 3, 4, 1, 0, tzinfo=UTC)  # 08:00 in Hanoi
    first = run_all_due_checks(engine, now=now, check_at=time(7, 30))
    assert [r.org_id for r in first] == [hanoi.org_id]
    assert run_all_due_checks(engine, now=now + timedelta(minutes=30), check_at=time(7, 30)) == []
    second = run_all_due_checks(engine, now=now + timedelta(hours=2), check_at=time(7, 30))
    assert [r.org_id for r in second] == [late.org_id]
    before = run_all_due_checks(engine, now=datetime(2025, 3, 5, 0, 0, tzinfo=UTC), check_at=time(7, 30))  # 07:00
    assert before == []


def test_batched_unit_recipients_match_unit_chats(engine):
    from scheduler.recipients import chats_by_unit, unit_chats

    from .helpers import join

    org = seed_org(engine, units=("nong_dan", "phu_nu"))
    join(engine, org.org_id, role="member", unit_key="nong_dan", user="777")
    join(engine, org.org_id, role="leader", unit_key="phu_nu", user="888", chat="-500", kind="group", title="Nhóm Phụ nữ")
    with Session(engine) as s:
        batched = chats_by_unit(s, org_id=org.org_id)
        for unit_id in org.units.values():
            assert sorted(c.id for c in batched.get(unit_id, [])) == sorted(c.id for c in unit_chats(s, org_id=org.org_id, unit_id=unit_id))


def test_weekly_digest_counts_what_was_finished_during_the_past_week(engine):
    """Monday 10/03/2025: "tuần qua" is 03/03–09/03 in Hanoi time; open/overdue are as of the day;
    periods of a recurring task count by their own status; cancelled tasks count nowhere."""
    from storage.models import Task
    from storage.tasks import cancel_task

    org = seed_org(engine, units=("nong_dan", "phu_nu"))
    o = org.org_id
    hanoi = timezone(timedelta(hours=7))

    def done(number: int, when: datetime) -> None:
        with session_scope(engine) as s:
            mark_done(s, actor=Actor.system(o), number=number, now=when)

    late = task(engine, o, "nong_dan", "Xong muộn trong tuần", due=date(2025, 3, 5))
    early = task(engine, o, "nong_dan", "Xong sớm trong tuần", due=date(2025, 3, 20))
    strict = task(engine, o, "nong_dan", "Trước ngày 07/03, xong ngày 07/03", due=date(2025, 3, 7), strict=True)
    old = task(engine, o, "nong_dan", "Xong tuần trước nữa", due=date(2025, 3, 1))
    edge_before = task(engine, o, "nong_dan", "Xong 23:30 Chủ nhật 02/03", due=date(2025, 3, 20))
    edge_last = task(engine, o, "nong_dan", "Xong 23:30 Chủ nhật 09/03", due=date(2025, 3, 20))
    today_done = task(engine, o, "nong_dan", "Xong sáng nay", due=date(2025, 3, 20))
    task(engine, o, "nong_dan", "Đang làm, hạn tuần này", due=date(2025, 3, 14))
    task(engine, o, "nong_dan", "Đang làm, hạn tuần sau", due=date(2025, 3, 21))
    task(engine, o, "nong_dan", "Quá hạn", due=date(2025, 3, 7))
    task(engine, o, "nong_dan", "Thường xuyên")
    cancelled = task(engine, o, "nong_dan", "Đã hủy", due=date(2025, 3, 5))
    monthly = task(engine, o, "phu_nu", "Báo cáo tháng", recurrence="monthly")
    done(late, datetime(2025, 3, 6, 9, 0, tzinfo=hanoi))
    done(early, datetime(2025, 3, 3, 8, 0, tzinfo=hanoi))
    done(strict, datetime(2025, 3, 7, 8, 0, tzinfo=hanoi))  # due the 6th: late
    done(old, datetime(2025, 3, 1, 9, 0, tzinfo=hanoi))
    done(edge_before, datetime(2025, 3, 2, 23, 30, tzinfo=hanoi))
    done(edge_last, datetime(2025, 3, 9, 23, 30, tzinfo=hanoi))
    done(today_done, datetime(2025, 3, 10, 7, 0, tzinfo=hanoi))
    with session_scope(engine) as s:
        cancel_task(s, actor=Actor.system(o), number=cancelled, now=at(date(2025, 3, 4)))
        monthly_id = s.exec(select(Task.id).where(Task.org_id == o, Task.number == monthly)).one()
        s.add(Occurrence(org_id=o, task_id=monthly_id, period_start=date(2025, 1, 1), due=date(2025, 1, 31), status="open"))
        s.add(Occurrence(org_id=o, task_id=monthly_id, period_start=date(2025, 2, 1), due=date(2025, 2, 28), status="done",
                         done_at=datetime(2025, 3, 4, 2, 0, tzinfo=UTC)))

    run_daily_check(engine, org_id=o, day=date(2025, 3, 10), now=at(date(2025, 3, 10)))
    text = outbox(engine, kind="weekly_digest")[0].text
    assert ("<b>Hội Nông dân xã</b>\n    Đang thực hiện 2 (đến hạn trong tuần 1) · quá hạn 1 · thường xuyên 1\n"
            "    Tuần qua: hoàn thành đúng hạn 2, hoàn thành quá hạn 2") in text
    # January's period is still open (overdue), February's was done late last week, March's is open.
    assert ("<b>Hội Liên hiệp Phụ nữ xã</b>\n    Đang thực hiện 1 (đến hạn trong tuần 0) · quá hạn 1 · thường xuyên 0\n"
            "    Tuần qua: hoàn thành đúng hạn 0, hoàn thành quá hạn 1") in text
    assert "“tuần qua” là từ 03/03/2025 đến 09/03/2025" in text
    assert "<b>Tổng cộng</b>: đang thực hiện 3 (đến hạn trong tuần 1) · quá hạn 2 · thường xuyên 1; tuần qua: hoàn thành đúng hạn 2, hoàn thành quá hạn 3." in text

    # A series closed for good no longer counts its open periods as work in progress.
    with session_scope(engine) as s:
        series = s.exec(select(Task).where(Task.org_id == o, Task.number == monthly)).one()
        series.status = "done"
        series.done_at = datetime(2025, 3, 11, 2, 0, tzinfo=UTC)
    run_daily_check(engine, org_id=o, day=date(2025, 3, 17), now=at(date(2025, 3, 17)))
    later = outbox(engine, kind="weekly_digest", for_date=date(2025, 3, 17))[0].text
    assert "Phụ nữ" not in later
