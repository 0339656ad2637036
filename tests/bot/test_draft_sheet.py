"""The draft as an Excel workbook and back, through the real bot: the sheet (drop-downs of units,
real dates) edited with openpyxl, invalid rows refused with row and column named and nothing
changed, then a valid sheet becomes the draft that is saved."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator
from storage.db import session_scope
from storage.models import ImportDraft, Task, Unit

from .helpers import ADMIN, World, button, join
from .test_import import notice

pytestmark = pytest.mark.usefixtures("app")


def _save(workbook) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


async def test_excel_round_trip_refuses_bad_rows_then_takes_the_edited_draft(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "tb45.txt", notice(45, "tổ chức tập huấn kỹ thuật trồng lúa").encode())
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    sent = await admin.press(preview, button(preview, texts.BTN_SHEET))
    assert sent.document is not None and sent.document["file_name"].endswith(".xlsx")
    original = emulator.file_bytes(sent.document["file_id"])

    workbook = load_workbook(io.BytesIO(original))
    sheet = workbook[texts.SHEET_TASKS]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == texts.SHEET_HEADERS
    assert [r[0] for r in rows[1:]] == [1, 2, 3]
    assert rows[1][1] == "Hội Nông dân xã" and rows[1][4] == datetime(2025, 3, 31) and rows[1][5] == texts.SHEET_STRICT
    assert rows[3][2] == "Ủy ban MTTQ Việt Nam xã" and rows[3][4] is None
    formulas = [v.formula1 for v in sheet.data_validations.dataValidation]
    assert any(texts.SHEET_UNITS in (f or "") for f in formulas)  # unit columns offer the org's units
    units_listed = [r[0] for r in workbook[texts.SHEET_UNITS].iter_rows(values_only=True)]
    assert "Hội Nông dân xã" in units_listed and "Đoàn Thanh niên xã" in units_listed

    # Three wrong rows: an unknown unit, an impossible date, no content. Nothing may change.
    bad = load_workbook(io.BytesIO(original))
    tasks = bad[texts.SHEET_TASKS]
    tasks["B2"] = "Hội Sinh vật cảnh"
    tasks["E3"] = "31/02/2025"
    tasks["D4"] = None
    await emulator.send_document(admin.user, None, "ban_nhap.xlsx", _save(bad))
    refused = (await admin.next()).text
    assert "3 lỗi, chưa thay đổi gì" in refused
    assert "Dòng 2, cột “Đơn vị chủ trì”: không có đơn vị “Hội Sinh vật cảnh”" in refused
    assert "Dòng 3, cột “Hạn”: ngày “31/02/2025” không hợp lệ" in refused
    assert "Dòng 4, cột “Nội dung”: nội dung trống" in refused
    with session_scope(engine) as session:
        draft = session.exec(select(ImportDraft)).one()
        assert [t["units"][0]["name"] for t in draft.data["tasks"]] == ["Hội Nông dân xã", "Hội Cựu chiến binh xã", "Hội Nông dân xã"]

    # A good edit: another unit and a new date on row 2, row 3 dropped, one row added.
    good = load_workbook(io.BytesIO(original))
    tasks = good[texts.SHEET_TASKS]
    tasks["B2"] = "Đoàn Thanh niên xã, HND"
    tasks["E2"] = date(2025, 5, 20)
    tasks["F2"] = texts.SHEET_ON_DAY
    tasks.delete_rows(3)
    for column, value in zip("BDEG", ("Hội Cựu chiến binh xã", "Thăm hỏi hội viên ốm đau", date(2025, 4, 30), "hằng tháng"), strict=True):
        tasks[f"{column}4"] = value  # a new row, without a number
    await emulator.send_document(admin.user, None, "ban_nhap.xlsx", _save(good))
    shown = (await admin.next(lambda m: "Xem trước" in (m.text or ""))).text
    assert "Đoàn Thanh niên xã, Hội Nông dân xã" in shown and "hạn 20/05/2025" in shown
    assert "\n4. " in shown and "Thăm hỏi hội viên ốm đau" in shown
    assert "3 nhiệm vụ (lưu thành 4 nhiệm vụ theo đơn vị) cho 3 đơn vị" in shown

    saved = (await admin.say("/luu")).text
    assert "4 nhiệm vụ cho 3 đơn vị" in saved
    with session_scope(engine) as session:
        names = {u.id: u.name for u in session.exec(select(Unit))}
        got = sorted(((names[t.unit_id], t.due, t.strict_before, t.recurrence) for t in session.exec(select(Task))), key=str)
    assert got == sorted([
        ("Đoàn Thanh niên xã", date(2025, 5, 20), False, None), ("Hội Nông dân xã", date(2025, 5, 20), False, None),
        ("Hội Nông dân xã", None, False, None), ("Hội Cựu chiến binh xã", date(2025, 4, 30), False, "monthly"),
    ], key=str)


async def test_a_sheet_is_refused_when_it_is_not_a_draft_or_not_this_draft(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "tb45.txt", notice(45, "tổ chức tập huấn").encode())
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    first = emulator.file_bytes((await admin.say("/nhap excel")).document["file_id"])
    await admin.press(preview, button(preview, "✖ Hủy"))
    await emulator.send_document(admin.user, None, "tb46.txt", notice(46, "tổ chức hội thi").encode())
    await admin.next(lambda m: "Xem trước" in (m.text or ""))
    await emulator.send_document(admin.user, None, "ban_nhap.xlsx", first)
    assert texts.SHEET_OTHER_DRAFT in (await admin.next()).text
    await emulator.send_document(admin.user, None, "rac.xlsx", b"PK\x03\x04 not a workbook")
    assert texts.SHEET_UNREADABLE in (await admin.next()).text
