"""The pure reminder policy: which item gets which reminder on which day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scheduler.policy import (
    BEFORE,
    DUE_TODAY,
    LAST_WORKING_DAY,
    OVERDUE,
    STILL_OVERDUE,
    Item,
    ReminderPolicy,
    VietnamCalendar,
    attention_due,
    previous_working_day,
    reminder_kind,
    reminders_due,
)

CAL = VietnamCalendar()
POLICY = ReminderPolicy()


def item(due: date | None, *, strict: bool = False, number: int = 1, **extra: object) -> Item:
    return Item(task_id=number, number=number, unit_id=1, content="Nhiệm vụ", due=due, strict_before=strict, **extra)  # type: ignore[arg-type]


def schedule(it: Item, start: date, end: date, policy: ReminderPolicy = POLICY) -> dict[date, str]:
    """Every day in [start, end] on which the item gets a reminder, with its kind."""
    days: dict[date, str] = {}
    day = start
    while day <= end:
        kind = reminder_kind(it, day, policy, CAL)
        if kind:
            days[day] = kind
        day += timedelta(days=1)
    return days


def test_working_day_deadline_gets_7_3_1_and_due_day_then_overdue_every_3_days():
    got = schedule(item(date(2025, 3, 14)), date(2025, 3, 1), date(2025, 3, 31))
    assert got == {
        date(2025, 3, 7): BEFORE, date(2025, 3, 11): BEFORE, date(2025, 3, 13): BEFORE, date(2025, 3, 14): DUE_TODAY,
        date(2025, 3, 15): OVERDUE, date(2025, 3, 18): OVERDUE, date(2025, 3, 21): OVERDUE,
        date(2025, 3, 24): OVERDUE, date(2025, 3, 27): OVERDUE, date(2025, 3, 30): OVERDUE,
    }


def test_strict_deadline_is_due_the_day_before():
    got = schedule(item(date(2025, 3, 20), strict=True), date(2025, 3, 10), date(2025, 3, 21))
    # Due Wednesday 19/03; its 3-day reminder would fall on Sunday 16/03 and moves to Friday 14/03.
    assert got == {date(2025, 3, 12): BEFORE, date(2025, 3, 14): BEFORE, date(2025, 3, 18): BEFORE,
                   date(2025, 3, 19): DUE_TODAY, date(2025, 3, 20): OVERDUE}


def test_weekend_deadline_gets_last_reminder_on_friday_and_nothing_after():
    got = schedule(item(date(2025, 3, 16)), date(2025, 3, 1), date(2025, 3, 17))  # a Sunday
    # 7 days before is Sunday 09/03 too: moved to Friday 07/03; 1 day before (Saturday) is covered by Friday 14/03.
    assert got == {date(2025, 3, 7): BEFORE, date(2025, 3, 13): BEFORE, date(2025, 3, 14): LAST_WORKING_DAY,
                   date(2025, 3, 17): OVERDUE}


def test_monday_deadline_1_day_reminder_on_sunday_merges_with_fridays():
    got = schedule(item(date(2025, 3, 17)), date(2025, 3, 1), date(2025, 3, 18))  # a Monday
    assert got == {date(2025, 3, 10): BEFORE, date(2025, 3, 14): BEFORE, date(2025, 3, 17): DUE_TODAY,
                   date(2025, 3, 18): OVERDUE}


def test_tuesday_deadline_3_day_reminder_on_saturday_moves_to_friday():
    got = schedule(item(date(2025, 3, 18)), date(2025, 3, 1), date(2025, 3, 18))
    assert got == {date(2025, 3, 11): BEFORE, date(2025, 3, 14): BEFORE, date(2025, 3, 17): BEFORE,
                   date(2025, 3, 18): DUE_TODAY}


def test_reminders_landing_in_tet_move_before_the_holiday_week():
    # Due Monday 03/02/2025, the first working day after Tết (25/01–02/02): the 7-day reminder
    # (27/01) and the 3-day one (31/01) both move to Friday 24/01, one message; the 1-day one (Sunday
    # 02/02) would land there too.
    got = schedule(item(date(2025, 2, 3)), date(2025, 1, 10), date(2025, 2, 3))
    assert got == {date(2025, 1, 24): BEFORE, date(2025, 2, 3): DUE_TODAY}


def test_national_day_deadline_2_september_reminds_on_friday_29_august():
    got = schedule(item(date(2025, 9, 2)), date(2025, 8, 20), date(2025, 9, 3))
    assert got == {date(2025, 8, 26): BEFORE, date(2025, 8, 29): LAST_WORKING_DAY, date(2025, 9, 3): OVERDUE}


def test_deadline_during_tet_reminds_before_the_holiday_week():
    got = schedule(item(date(2025, 1, 30)), date(2025, 1, 15), date(2025, 1, 31))
    assert got == {date(2025, 1, 23): BEFORE, date(2025, 1, 24): LAST_WORKING_DAY, date(2025, 1, 31): OVERDUE}


def test_no_deadline_and_closed_items_are_never_nagged():
    for day in (date(2025, 3, 1) + timedelta(days=n) for n in range(60)):
        assert reminder_kind(item(None), day, POLICY, CAL) is None
        assert reminder_kind(item(date(2025, 3, 10), status="done"), day, POLICY, CAL) is None


def test_occurrence_reminders_start_with_its_period():
    weekly = item(date(2025, 3, 9), recurrence="weekly", period_start=date(2025, 3, 3), occurrence_id=5)
    got = schedule(weekly, date(2025, 2, 25), date(2025, 3, 10))
    assert got == {date(2025, 3, 6): BEFORE, date(2025, 3, 7): LAST_WORKING_DAY, date(2025, 3, 10): OVERDUE}


def test_month_end_on_a_weekend_moves_the_last_reminder():
    may = item(date(2025, 5, 31), recurrence="monthly", period_start=date(2025, 5, 1), occurrence_id=9)
    got = schedule(may, date(2025, 5, 20), date(2025, 6, 1))
    assert got == {date(2025, 5, 23): BEFORE, date(2025, 5, 28): BEFORE, date(2025, 5, 30): LAST_WORKING_DAY,
                   date(2025, 6, 1): OVERDUE}


def test_a_moved_reminder_never_lands_before_its_period():
    # Weekly period Monday 10/03 – Sunday 16/03 with a 7-day reminder: it would be Sunday 09/03 (before
    # the period), moved even earlier — dropped.
    weekly = item(date(2025, 3, 16), recurrence="weekly", period_start=date(2025, 3, 10), occurrence_id=6)
    got = schedule(weekly, date(2025, 3, 1), date(2025, 3, 16))
    assert got == {date(2025, 3, 13): BEFORE, date(2025, 3, 14): LAST_WORKING_DAY}


def test_a_unit_reminded_today_also_gets_its_overdue_items_between_repeats():
    late = item(date(2025, 3, 10), number=1)  # 2 days late on the 12th: no full repeat
    soon = item(date(2025, 3, 19), number=2)  # 7-day reminder on the 12th
    other_unit = Item(task_id=3, number=3, unit_id=2, content="x", due=date(2025, 3, 10))
    got = attention_due([late, soon, other_unit], date(2025, 3, 12), POLICY, CAL)
    assert [(r.item.number, r.kind, r.days_left) for r in got] == [(1, STILL_OVERDUE, -2), (2, BEFORE, 7)]
    assert attention_due([late, other_unit], date(2025, 3, 12), POLICY, CAL) == []  # nothing due: no message


def test_reminders_are_sorted_most_urgent_first():
    items = [item(date(2025, 3, 17), number=3), item(date(2025, 3, 9), number=1), item(date(2025, 3, 10), number=2),
             item(date(2025, 3, 13), number=4)]
    got = reminders_due(items, date(2025, 3, 10), POLICY, CAL)
    assert [(r.item.number, r.days_left) for r in got] == [(1, -1), (2, 0), (4, 3), (3, 7)]


def test_organization_overrides_and_bad_values_are_ignored():
    policy = ReminderPolicy.from_overrides({"before_days": [5, 0], "overdue_every_days": 7, "weekly_digest_weekday": 9,
                                            "daily_check_at": "06:45"})
    assert policy.before_days == (5, 0) and policy.overdue_every_days == 7
    assert policy.weekly_digest_weekday == 0 and policy.daily_check_at.hour == 6
    got = schedule(item(date(2025, 3, 14)), date(2025, 3, 1), date(2025, 3, 25), policy)
    assert sorted(got) == [date(2025, 3, 7), date(2025, 3, 14), date(2025, 3, 15), date(2025, 3, 22)]  # 5 days before: Sunday → Friday
    assert ReminderPolicy.from_overrides({"before_days": "7,3"}) == ReminderPolicy()


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.booleans())
def test_every_deadline_gets_exactly_one_last_reminder_on_a_working_day(due: date, strict: bool):
    it = item(due, strict=strict)
    effective = due - timedelta(days=1) if strict else due
    got = schedule(it, effective - timedelta(days=40), effective)
    last = [day for day, kind in got.items() if kind in (DUE_TODAY, LAST_WORKING_DAY)]
    assert len(last) == 1 and CAL.is_working_day(last[0])
    assert max(got) == last[0]  # nothing after the last reminder until it is overdue


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.booleans())
def test_before_the_deadline_every_reminder_is_on_a_working_day_and_none_is_lost(due: date, strict: bool):
    it = item(due, strict=strict)
    effective = due - timedelta(days=1) if strict else due
    got = schedule(it, effective - timedelta(days=40), effective)
    assert all(CAL.is_working_day(day) for day in got)
    last = max(got)
    for days in POLICY.before_days:
        nominal = effective - timedelta(days=days)
        working = nominal if CAL.is_working_day(nominal) else previous_working_day(CAL, nominal)
        assert working in got or working >= last  # moved, or covered by the last reminder
