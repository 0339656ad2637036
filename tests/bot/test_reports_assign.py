"""/giao, /report, /export (checked by opening the workbook), /help and the fallbacks."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from bot.emulator import BotApiEmulator
from storage.clock import FixedClock

from .helpers import ADMIN, LEADER, MEMBER, MONITOR, OUTSIDER, TODAY, UNIT_GROUP, Talk, World, add_tasks, join

pytestmark = pytest.mark.usefixtures("app")


async def test_assign_in_one_line_tells_the_unit_and_its_group(emulator: BotApiEmulator, world: World) -> None:
    emulator.add_chat(UNIT_GROUP)
    group = Talk(emulator, MEMBER, UNIT_GROUP)
    assert "đã được kết nối" in (await group.say(f"/start {world.codes['group']}")).text
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    reply = await monitor.say("/giao hoi nong dan Tổ chức hội nghị tổng kết mô hình <b>mới</b> hạn 30/06/2025")
    assert "Đã giao nhiệm vụ số 1 cho Hội Nông dân xã, hạn 30/06/2025" in reply.text
    told = await group.next(lambda m: "nhiệm vụ mới" in (m.text or ""))
    assert "Tổ chức hội nghị tổng kết mô hình <b>mới</b>" in told.text  # user text is escaped, not rendered
    listing = await group.say("/tasks")
    assert "1 nhiệm vụ" in listing.text and listing.buttons()[0]["text"] == "📄 1"  # the group invite was a member's
    assert "không nhận ra đơn vị" in (await monitor.say("/giao Hội Bóng đá Tập luyện hạn 30/06/2025")).text
    assert "chưa hiểu thời hạn" in (await monitor.say("/giao Hội Nông dân Họp hạn khi nào rảnh")).text
    assert "Cú pháp" in (await monitor.say("/giao Hội Nông dân Họp tổng kết")).text
    leader = await join(emulator, LEADER, world.codes["leader"])
    assert "Chỉ Ban theo dõi" in (await leader.say("/giao Hội Nông dân Họp hạn 30/06/2025")).text


async def test_report_and_export_use_the_official_status_terms(emulator: BotApiEmulator, world: World, engine, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    late, on_time, done_late, open_task = add_tasks(
        engine, world.org_id, "nong_dan", [TODAY - timedelta(days=4), TODAY + timedelta(days=3), TODAY - timedelta(days=1), None]
    )
    add_tasks(engine, world.org_id, "cuu_chien_binh", [TODAY + timedelta(days=10)])
    leader = await join(emulator, LEADER, world.codes["leader"])
    await leader.say(f"/done {on_time} đã xong sớm")
    await leader.say(f"/done {done_late}")
    monitor = await join(emulator, MONITOR, world.codes["monitor"])

    report = await monitor.say("/report")
    assert ("Hội Nông dân xã: đang thực hiện (trong hạn) 0, quá hạn chưa hoàn thành 1, hoàn thành đúng hạn 1, "
            "hoàn thành quá hạn 1, thường xuyên 1" in report.text)
    assert "Hội Cựu chiến binh xã: đang thực hiện (trong hạn) 1, quá hạn chưa hoàn thành 0" in report.text
    assert f"{late} — Hội Nông dân xã — 🔴 quá hạn 4 ngày" in report.text

    message = await monitor.say("/export")
    content = emulator.file_bytes(message.document["file_id"])
    assert message.document["file_name"] == "nhiem_vu_20250310.xlsx"
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:7] == ("Số", "Mục", "Đơn vị", "Nội dung", "Thời hạn", "Hạn (ngày)", "Tình trạng")
    by_number = {row[0]: row for row in rows[1:]}
    assert len(by_number) == 5
    assert by_number[late][2] == "Hội Nông dân xã" and by_number[late][6] == "quá hạn chưa hoàn thành"
    assert by_number[late][5].date() == date(2025, 3, 6)
    assert by_number[on_time][6] == "hoàn thành đúng hạn" and by_number[on_time][7] == "10/03/2025 06:00"
    assert by_number[on_time][9] == "đã xong sớm" and by_number[on_time][8] == "Nguyễn Văn An"
    assert by_number[done_late][6] == "hoàn thành quá hạn"
    assert by_number[open_task][6] == "thường xuyên"
    assert "Chỉ Ban theo dõi" in (await leader.say("/export")).text


async def test_help_follows_the_role_and_unknown_input_gets_a_hint(emulator: BotApiEmulator, world: World) -> None:
    stranger = Talk(emulator, OUTSIDER)
    assert "/start MÃ_MỜI" in (await stranger.say("/help")).text
    leader = await join(emulator, LEADER, world.codes["leader"])
    help_text = (await leader.say("/help")).text
    assert "/done 12 [ghi chú kết quả]" in help_text and "/giahan" in help_text and "/import" not in help_text
    admin = await join(emulator, ADMIN, world.codes["admin"])
    assert "/import" in (await admin.say("/help")).text
    assert "chưa hiểu lệnh này" in (await leader.say("/xoahet")).text
    assert "/tasks" in (await leader.say("chào bot")).text
    assert "Không có thao tác nào đang chờ" in (await leader.say("/huy")).text
