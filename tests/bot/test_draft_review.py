"""Reviewing an import before saving, through the real bot: the paged preview with problems first,
each /nhap correction, mapping an unknown name (learned for the next import), who may do it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator
from bot.handlers.guards import FloodGuard
from bot.services.base import Services
from storage.access import Actor
from storage.db import session_scope
from storage.invites import create_invite
from storage.models import ImportDraft, Task, TaskEvent, Unit

from .helpers import ADMIN, LEADER, OUTSIDER, START, World, button, join
from .test_import import notice

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def flood_guard() -> FloodGuard:
    """Flood control relaxed: a clerk's corrections come one after another here."""
    return FloodGuard(rate=100.0, burst=1000)


def long_notice(number: int, odd_name: str = "Tổ công tác đặc biệt xã") -> str:
    """Twelve tasks for the Hội Nông dân, one for a unit the catalog does not know, one whose
    deadline is earlier than the notice."""
    items = "\n".join(
        f"{i}. Giao Hội Nông dân xã thực hiện phần việc thứ {i} của kế hoạch, hoàn thành trước ngày {i}/4/2025."
        for i in range(1, 13)
    )
    return f"""ĐẢNG ỦY XÃ TÂN LỢI
Số {number}-TB/ĐU
Tân Lợi, ngày 03 tháng 3 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY

{items}
13. Giao {odd_name} rà soát hộ nghèo, báo cáo trong tháng 4/2025.
14. Giao Hội Cựu chiến binh xã tổng kết công tác năm, hoàn thành trước ngày 15/02/2025.
"""


def odd_notice(number: int, odd_name: str = "Tổ công tác đặc biệt xã") -> str:
    """A short notice with one name the catalog does not know."""
    return f"""ĐẢNG ỦY XÃ TÂN LỢI
Số {number}-TB/ĐU
Tân Lợi, ngày 03 tháng 3 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY

1. Giao Hội Nông dân xã tổ chức tập huấn, hoàn thành trước ngày 31/3/2025.
2. Giao {odd_name} rà soát hộ nghèo, hoàn thành trong tháng 4/2025.
"""


async def _preview(emulator: BotApiEmulator, admin, name: str, text: str):  # type: ignore[no-untyped-def]
    await emulator.send_document(admin.user, None, name, text.encode())
    return await admin.next(lambda m: "Xem trước" in (m.text or ""))


async def test_preview_shows_every_task_ten_a_page_with_problems_first(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    first = await _preview(emulator, admin, "tb60.txt", long_notice(60))
    text = first.text
    problems_at, task_one_at = text.index("Cần xem trước khi lưu"), text.index("\n1. ")
    assert problems_at < task_one_at
    assert "“Tổ công tác đặc biệt xã” chưa có trong danh mục" in text
    assert "sớm hơn ngày văn bản" in text  # the extractor's note about task 14's deadline
    assert "\n10. " in text and "\n11. " not in text and "đã được rút gọn" not in text
    assert "Trang 1/2" in text
    tasks_line = next(line for line in text.splitlines() if line.startswith("📊"))
    assert "nhiệm vụ cho" in tasks_line and "vấn đề cần xem" in tasks_line
    second = await admin.press(first, button(first, texts.BTN_NEXT))
    assert second.message_id == first.message_id
    assert "Trang 2/2" in second.text and "\n11. " in second.text and "\n1. " not in second.text
    assert tasks_line in second.text  # the same summary on every page
    typed = await admin.say("/nhap trang 2")
    assert "\n12. " in typed.text and "Trang 2/2" in typed.text
    back = await admin.press(second, button(second, texts.BTN_PREV))
    assert "Trang 1/2" in back.text
    assert "có 2 trang" in (await admin.say("/nhap trang 5")).text

    saved = await admin.say("/luu")
    count = int(tasks_line.split("📊 ")[1].split(" nhiệm vụ")[0])
    assert f"{count} nhiệm vụ cho" in saved.text  # the preview and the save message agree
    with session_scope(engine) as session:
        assert len(session.exec(select(Task)).all()) == count


async def test_each_correction_of_a_draft_then_save(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await _preview(emulator, admin, "tb45.txt", notice(45, "tổ chức tập huấn kỹ thuật trồng lúa"))

    edited = await admin.say("/nhap 2 donvi HND, Đoàn TN")
    reply = edited.text
    assert "Đã sửa nhiệm vụ 2" in reply and "Hội Nông dân xã, Đoàn Thanh niên" in reply
    assert "lưu thành 4 nhiệm vụ theo đơn vị" in reply
    assert button(edited, "🗑 Bỏ nhiệm vụ 2") and button(edited, "✂ Tách")  # the buttons twin /nhap 2 xoa|tach
    assert "phối hợp: Ủy ban MTTQ" in (await admin.say("/nhap 2 phối hợp MTTQ")).text
    assert "hạn 15/04/2025" in (await admin.say("/nhap 1 han 15/4/2025")).text
    assert "hạn 21/03/2025" in (await admin.say("/nhap 1 hạn thứ sáu tuần sau")).text
    assert "hạn trước 30/04/2025" in (await admin.say("/nhap 1 han trước 30/4/2025")).text
    assert "⏰ thường xuyên" in (await admin.say("/nhap 2 han không hạn")).text
    assert "Tổ chức 2 lớp tập huấn" in (await admin.say("/nhap 1 noidung Tổ chức 2 lớp tập huấn")).text
    assert "định kỳ hằng tháng" in (await admin.say("/nhap 3 laplai hằng tháng")).text
    split_message = await admin.say("/nhap 2 tach")
    split = split_message.text
    assert "Đã tách nhiệm vụ 2 thành 2 nhiệm vụ" in split and "\n4. " in split
    dropped = await admin.press(split_message, button(split_message, "🗑 Bỏ nhiệm vụ 4"))
    assert dropped.message_id == split_message.message_id and "Đã bỏ nhiệm vụ 4" in dropped.text
    assert "Bản nháp không có nhiệm vụ số 4" in (await admin.say("/nhap 4 xoa")).text
    added = (await admin.say("/nhap them Hội Cựu chiến binh Thăm hỏi hội viên ốm đau hạn 30/4/2025")).text
    assert "Đã thêm nhiệm vụ 5" in added and "Hội Cựu chiến binh xã" in added and "hạn 30/04/2025" in added

    # Bad input: a clear message, nothing changed.
    assert "không có nhiệm vụ số 9" in (await admin.say("/nhap 9 han 1/5/2025")).text
    assert "chưa hiểu thời hạn" in (await admin.say("/nhap 1 han 31/2/2025")).text
    assert "Không tìm thấy đơn vị “Hội Sinh vật cảnh”" in (await admin.say("/nhap 1 donvi Hội Sinh vật cảnh")).text
    assert texts.DRAFT_NEED_CONTENT in (await admin.say("/nhap 1 noidung")).text
    assert texts.DRAFT_BAD_RECURRENCE in (await admin.say("/nhap 1 laplai thỉnh thoảng")).text
    assert texts.DRAFT_SPLIT_ONE in (await admin.say("/nhap 1 tach")).text
    assert "Sửa bản nháp" in (await admin.say("/nhap 1 sửa gì đó")).text
    assert "Sửa bản nháp" in (await admin.say("/nhap huongdan")).text

    page = (await admin.say("/nhap")).text
    assert "4 nhiệm vụ cho 2 đơn vị" in page and "\n4. " not in page

    saved = (await admin.say("/luu")).text
    assert "4 nhiệm vụ cho 2 đơn vị" in saved
    with session_scope(engine) as session:
        units = {u.id: u.name for u in session.exec(select(Unit))}
        rows = sorted(session.exec(select(Task)).all(), key=lambda t: t.number)
        got = [(units[t.unit_id], t.content, t.due, t.strict_before, t.recurrence, t.coordinating_units) for t in rows]
    assert got == [
        ("Hội Nông dân xã", "Tổ chức 2 lớp tập huấn", date(2025, 4, 30), True, None, []),
        ("Hội Nông dân xã", got[1][1], None, False, None, ["Ủy ban MTTQ Việt Nam xã"]),
        ("Hội Nông dân xã", got[2][1], None, False, "monthly", got[2][5]),
        ("Hội Cựu chiến binh xã", "Thăm hỏi hội viên ốm đau", date(2025, 4, 30), False, None, []),
    ]
    assert "danh sách hội viên" in got[1][1]


async def test_an_unknown_name_mapped_once_is_learned_for_the_next_import(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    preview = await _preview(emulator, admin, "tb70.txt", odd_notice(70))
    assert "“Tổ công tác đặc biệt xã” chưa có trong danh mục" in preview.text
    choose = await admin.press(preview, button(preview, "🔗"))
    assert "Chọn đơn vị ứng với tên “Tổ công tác đặc biệt xã”" in choose.text
    mapped = await admin.press(choose, button(choose, "Hội Cựu chiến binh xã"))
    assert "Xem trước" in mapped.text and "chưa có trong danh mục" not in mapped.text
    with session_scope(engine) as session:
        veterans = session.get(Unit, world.veterans_id)
        assert "Tổ công tác đặc biệt xã" in veterans.aliases
        assert session.exec(select(TaskEvent).where(TaskEvent.kind == "unit_alias_added")).one().detail["alias"]
    await admin.say("/luu")

    # The next notice using the same name resolves it by itself.
    again = await _preview(emulator, admin, "tb71.txt", odd_notice(71))
    assert "chưa có trong danh mục" not in again.text and "Hội Cựu chiến binh xã" in again.text
    await admin.say("/luu")
    with session_scope(engine) as session:
        names = {u.name for u in session.exec(select(Unit))}
        assert "Tổ công tác đặc biệt xã" not in names  # no unit created from the name
        assert len(session.exec(select(Task).where(Task.unit_id == world.veterans_id)).all()) >= 2


async def test_unknown_name_typed_as_a_mapping_or_a_new_unit(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await _preview(emulator, admin, "tb72.txt", odd_notice(72, "Tổ dân vận thôn"))
    assert "Không có tên đơn vị chưa rõ “7”" in (await admin.say("/nhap ten 7 = HND")).text
    created = (await admin.say("/nhap ten 1 moi")).text
    assert "Đã tạo đơn vị mới “Tổ dân vận thôn”" in created
    assert texts.DRAFT_NO_UNKNOWN in (await admin.say("/nhap ten 1 = HND")).text
    await admin.say("/luu")
    await _preview(emulator, admin, "tb73.txt", odd_notice(73, "Tổ công tác đặc biệt xã"))
    mapped = (await admin.say("/nhap ten Tổ công tác đặc biệt xã = Hội Nông dân")).text
    assert "“Tổ công tác đặc biệt xã” là Hội Nông dân xã" in mapped and "ghi nhớ" in mapped
    with session_scope(engine) as session:
        units = {u.name: u for u in session.exec(select(Unit).where(Unit.org_id == world.org_id))}
        assert "Tổ dân vận thôn" in units
        assert "Tổ công tác đặc biệt xã" in units["Hội Nông dân xã"].aliases


async def test_only_the_admin_who_imported_may_review_the_draft(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        code = create_invite(session, actor=Actor.system(world.org_id), role="admin", now=START).code
    admin = await join(emulator, ADMIN, world.codes["admin"])
    other_admin = await join(emulator, OUTSIDER, code)
    leader = await join(emulator, LEADER, world.codes["leader"])
    preview = await _preview(emulator, admin, "tb74.txt", odd_notice(74))
    with session_scope(engine) as session:
        draft_id = session.exec(select(ImportDraft)).one().id
    assert "Chỉ quản trị viên" in (await leader.say("/nhap 1 han 1/5/2025")).text
    assert "Không có bản xem trước" in (await other_admin.say("/nhap 1 han 1/5/2025")).text
    for data in (f"dp:{draft_id}:0", f"is:{draft_id}", f"dw:{draft_id}:0:1", f"dd:{draft_id}:1"):
        refused = await other_admin.press_for_answer(preview.message_id, data, force=True)
        assert refused is not None and texts.DRAFT_NOT_OWNER in refused, (data, refused)
    stale = await admin.press_for_answer(preview.message_id, f"dw:{draft_id}:0:1", force=True)
    assert stale == texts.STALE_BUTTON  # a fingerprint that does not match the name: refused
    fingerprint = button(preview, "🔗").split(":")[3]
    with session_scope(engine) as session:
        foreign_unit = session.exec(select(Unit).where(Unit.org_id != world.org_id)).first().id
    forged = await admin.press_for_answer(preview.message_id, f"da:{draft_id}:0:{fingerprint}:{foreign_unit}", force=True)
    assert forged is not None and "Không tìm thấy đơn vị" in forged  # another organization's unit
    with session_scope(engine) as session:
        assert session.exec(select(ImportDraft)).one().status == "pending"
        assert session.exec(select(Task)).all() == []


async def test_an_unsaved_draft_expires_at_the_stated_time_and_the_admin_is_told(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine, services: Services, clock,
) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    preview = await _preview(emulator, admin, "tb75.txt", odd_notice(75))
    assert "Bản nháp giữ đến 13/03/2025 07:30" in preview.text  # the daily check, three days on
    clock.set(datetime(2025, 3, 13, 0, 29, tzinfo=UTC))  # 07:29 in Hà Nội: still there
    assert "Xem trước" in (await admin.say("/nhap")).text
    clock.set(datetime(2025, 3, 13, 0, 31, tzinfo=UTC))
    assert services.scheduler is not None
    await services.scheduler.run_due_checks()
    told = await admin.next(lambda m: "hết hạn" in (m.text or ""))
    assert "đã hết hạn lúc 13/03/2025 07:30 mà chưa được lưu" in told.text
    pressed = await admin.press_for_answer(preview.message_id, button(preview, "✔ Lưu"))
    assert pressed == texts.DRAFT_EXPIRED
    assert "Không có bản xem trước" in (await admin.say("/luu")).text
    with session_scope(engine) as session:
        assert session.exec(select(ImportDraft)).one().status == "expired"
        assert session.exec(select(Task)).all() == []


async def test_a_page_of_long_tasks_is_shortened_never_cut(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    work = "xây dựng và triển khai kế hoạch vận động hội viên tham gia phong trào chung sức xây dựng nông thôn mới " * 3
    items = "\n".join(f"{i}. Giao Hội Nông dân xã {work}lần {i}, hoàn thành trước ngày {i}/4/2025." for i in range(1, 13))
    text = f"ĐẢNG ỦY XÃ TÂN LỢI\nSố 80-TB/ĐU\nTân Lợi, ngày 03 tháng 3 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN\n\n{items}\n"
    preview = await _preview(emulator, admin, "tb80.txt", text)
    assert len(preview.text) <= texts.MAX_TEXT and "rút gọn" not in preview.text
    assert all(f"\n{n}. " in preview.text for n in range(1, 11)) and "Trang 1/2" in preview.text


async def test_a_notice_dated_years_ago_is_flagged_before_saving(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    old = odd_notice(81).replace("năm 2025", "năm 2022").replace("31/3/2025", "31/3/2022").replace("4/2025", "4/2022")
    preview = await _preview(emulator, admin, "tb81.txt", old)
    problems = preview.text.split("Cần xem trước khi lưu")[1].split("\n1. ")[0]
    assert "Văn bản ghi ngày 03/03/2022, đã hơn 6 tháng" in problems
    assert "Nhiệm vụ 1: hạn 31/03/2022 đã qua (hôm nay 10/03/2025)" in problems
