"""/tasks: marks, dates, paging, filters, the board's summary and the details."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.emulator import BotApiEmulator

from .helpers import LEADER, MEMBER, MONITOR, OTHER_LEADER, TODAY, World, add_tasks, button, join

pytestmark = pytest.mark.usefixtures("app")


async def test_unit_list_shows_marks_dates_and_pages(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    dues = [TODAY - timedelta(days=3), TODAY, TODAY + timedelta(days=2), None] + [TODAY + timedelta(days=30 + i) for i in range(10)]
    numbers = add_tasks(engine, world.org_id, "nong_dan", dues)
    add_tasks(engine, world.org_id, "cuu_chien_binh", [TODAY])
    talk = await join(emulator, LEADER, world.codes["leader"])

    first = await talk.say("/tasks")
    text = first.text
    assert "Nhiệm vụ chưa hoàn thành — Hội Nông dân xã" in text and "14 nhiệm vụ" in text and "trang 1/2" in text
    assert f"{numbers[0]}. 🔴 quá hạn 3 ngày · hạn 07/03/2025" in text
    assert f"{numbers[1]}. 🟠 đến hạn hôm nay · hạn 10/03/2025" in text
    assert f"{numbers[2]}. 🟡 còn 2 ngày" in text
    assert text.index(f"{numbers[0]}. ") < text.index(f"{numbers[1]}. ") < text.index(f"{numbers[2]}. ")
    assert f"✅ {numbers[0]}" in [b["text"] for b in first.buttons()]

    second = await talk.press(first, button(first, "Sau ▶"))
    assert second.message_id == first.message_id and "trang 2/2" in second.text
    assert "🔁 thường xuyên" in second.text  # tasks without a deadline come last

    overdue = await talk.press(second, button(second, "Quá hạn"))
    assert "Nhiệm vụ quá hạn" in overdue.text and "1 nhiệm vụ" in overdue.text
    soon = await talk.press(overdue, button(overdue, "Sắp đến hạn"))
    assert "2 nhiệm vụ" in soon.text
    done = await talk.press(soon, button(soon, "Đã xong"))
    assert "Chưa có nhiệm vụ nào" in done.text
    assert "2 nhiệm vụ" in (await talk.say("/tasks sapden")).text


async def test_text_filters_match_the_buttons(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=1), TODAY + timedelta(days=20)])
    talk = await join(emulator, LEADER, world.codes["leader"])
    assert "1 nhiệm vụ" in (await talk.say("/tasks quá hạn")).text
    assert "2 nhiệm vụ" in (await talk.say("/tasks tatca")).text
    assert "Bộ lọc chưa đúng" in (await talk.say("/tasks linh tinh")).text


async def test_members_see_details_but_no_done_buttons(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=5)], content="Rà soát hộ nghèo")
    talk = await join(emulator, MEMBER, world.codes["member"])
    listing = await talk.say("/tasks")
    assert [b["text"] for b in listing.buttons()][0] == f"📄 {number}"
    details = await talk.press(listing, f"dt:{number}")
    assert f"Nhiệm vụ số {number}" in details.text and "Rà soát hộ nghèo 1" in details.text
    assert "Đơn vị thực hiện: Hội Nông dân xã" in details.text and "Tình trạng: đang thực hiện (trong hạn)" in details.text
    assert "Giao trực tiếp, không kèm văn bản" in details.text and "giao nhiệm vụ" in details.text
    assert details.buttons() == []


async def test_monitor_sees_summary_first_and_opens_a_unit(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    add_tasks(engine, world.org_id, "nong_dan", [TODAY - timedelta(days=2), TODAY + timedelta(days=9)])
    add_tasks(engine, world.org_id, "cuu_chien_binh", [TODAY + timedelta(days=1)])
    talk = await join(emulator, MONITOR, world.codes["monitor"])
    summary = await talk.say("/tasks")
    assert "Tình hình thực hiện — Đảng ủy xã Tân Lợi" in summary.text
    assert "Hội Nông dân xã: 2 chưa hoàn thành (1 quá hạn), 0 đã hoàn thành" in summary.text
    unit_list = await talk.press(summary, button(summary, "Hội Nông dân xã (1 quá hạn)"))
    assert "Hội Nông dân xã" in unit_list.text and "2 nhiệm vụ" in unit_list.text
    everything = await talk.press(unit_list, button(unit_list, "📊"))
    all_overdue = await talk.press(everything, button(everything, "🔴 Quá hạn"))
    assert "mọi đơn vị" in all_overdue.text and "Hội Nông dân xã" in all_overdue.text and "1 nhiệm vụ" in all_overdue.text
    by_name = await talk.say("/tasks cuu chien binh")
    assert "Hội Cựu chiến binh xã" in by_name.text and "1 nhiệm vụ" in by_name.text


async def test_leader_cannot_open_another_units_task(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    [theirs] = add_tasks(engine, world.org_id, "cuu_chien_binh", [TODAY])
    talk = await join(emulator, LEADER, world.codes["leader"])
    assert "thuộc đơn vị khác" in (await talk.say(f"/chitiet {theirs}")).text
    assert "thuộc đơn vị khác" in (await talk.say(f"/done {theirs}")).text
    other = await join(emulator, OTHER_LEADER, world.codes["other_leader"])
    assert "1 nhiệm vụ" in (await other.say("/tasks")).text
