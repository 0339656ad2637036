"""A commune of the 2025 model in chat, through the real Application and the emulator: /report mattran
(the Front and its member organisations as a whole), and a 2024 notice imported with a warning."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot import texts
from bot.emulator import BotApiEmulator, EmulatedUser
from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite
from storage.organizations import create_organization

from .helpers import START, TODAY, add_tasks, join

pytestmark = pytest.mark.usefixtures("app")

BOARD = EmulatedUser(id=611, first_name="Hòa", last_name="Trần Thị")


def _current_commune(engine) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        org = create_organization(session, name="Đảng ủy xã Tân Phú", level="xa", model="2025")
        code = create_invite(session, actor=Actor.system(org.id), role="monitor", unit_ref="xay_dung_dang", now=START).code  # type: ignore[arg-type]
        return org.id, code  # type: ignore[return-value]


async def test_report_mattran_shows_the_front_as_the_new_structure_reads(emulator: BotApiEmulator, engine) -> None:  # type: ignore[no-untyped-def]
    org_id, code = _current_commune(engine)
    late = add_tasks(engine, org_id, "nong_dan", [TODAY - timedelta(days=2)], "Vận động hội viên")[0]
    add_tasks(engine, org_id, "mttq", [TODAY + timedelta(days=5)], "Tổ chức ngày hội")
    add_tasks(engine, org_id, "van_phong", [TODAY - timedelta(days=1)], "Tổng hợp báo cáo")
    board = await join(emulator, BOARD, code)

    everything = await board.say("/report")
    assert "Hội Nông dân xã (thuộc Ủy ban MTTQ)" in everything.text and "Văn phòng Đảng ủy" in everything.text

    front = await board.say("/report mattran")
    assert "Ủy ban MTTQ và các tổ chức thành viên" in front.text
    assert "Hội Nông dân xã (thuộc Ủy ban MTTQ): đang thực hiện (trong hạn) 0, quá hạn chưa hoàn thành 1" in front.text
    assert "Ủy ban MTTQ Việt Nam xã: đang thực hiện (trong hạn) 1" in front.text
    assert f"{texts.FRONT_TOTAL}: đang thực hiện (trong hạn) 1, quá hạn chưa hoàn thành 1" in front.text
    assert "Văn phòng Đảng ủy" not in front.text and "Tổng hợp báo cáo" not in front.text
    assert f"{late} — Hội Nông dân xã" in front.text

    assert texts.FRONT_TOTAL in (await board.say("/report MTTQ và các đoàn thể")).text
    assert texts.REPORT_FILTER_USAGE in (await board.say("/report hội thi")).text


ADMIN_2025 = EmulatedUser(id=612, first_name="Lan", last_name="Võ Thị")
NOTICES = Path(__file__).resolve().parents[1] / "conclusions" / "reform_notices"


async def test_a_2024_notice_imported_in_chat_warns_and_goes_to_ban_xay_dung_dang(emulator: BotApiEmulator, engine) -> None:  # type: ignore[no-untyped-def]
    org_id, _ = _current_commune(engine)
    with session_scope(engine) as session:
        code = create_invite(session, actor=Actor.system(org_id), role="admin", now=START).code
    admin = await join(emulator, ADMIN_2025, code)
    await admin.say("/import")
    await emulator.send_document(admin.user, None, "tb45.txt", (NOTICES / "xa_2024.txt").read_bytes())
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    assert "“Ban Dân vận Đảng ủy” là tên trước 01/7/2025" in preview.text
    assert "Ban Xây dựng Đảng Đảng ủy" in preview.text
