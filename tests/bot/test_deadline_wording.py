"""A strict deadline ("trước ngày 15/03") reads the same everywhere in chat: "trước 15/03/2025"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.emulator import BotApiEmulator
from storage.access import Actor
from storage.db import session_scope
from storage.tasks import add_task

from .helpers import ADMIN, LEADER, MONITOR, START, World, join
from .test_import import notice

pytestmark = pytest.mark.usefixtures("app")


async def test_import_preview_shows_a_strict_deadline_as_before_that_day(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "tb45.txt", notice(45, "tổ chức tập huấn kỹ thuật trồng lúa").encode())
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    assert "tập huấn kỹ thuật trồng lúa" in preview.text and "hạn trước 31/03/2025" in preview.text


async def test_strict_deadline_in_task_list_details_and_extension_texts(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        number = add_task(session, actor=Actor.system(world.org_id), unit_ref="nong_dan", content="Rà soát hội viên",
                          due=date(2025, 3, 15), strict_before=True, deadline_text="trước ngày 15/3", now=START).number
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])

    assert "hạn trước 15/03/2025" in (await leader.say("/tasks")).text
    details = (await leader.say(f"/chitiet {number}")).text
    assert "Thời hạn: trước 15/03/2025 (văn bản ghi: “trước ngày 15/3”)" in details

    await leader.say(f"/giahan {number} 30/06/2025 lý do: chờ kinh phí")
    request = await monitor.next(lambda m: "Đề nghị gia hạn số" in (m.text or ""))
    assert "Hạn hiện tại: trước 15/03/2025 → đề nghị: 30/06/2025" in request.text
    request_id = request.text.split("Đề nghị gia hạn số ")[1].split()[0]
    await monitor.say(f"/tuchoi {request_id}")
    told = await leader.next(lambda m: "không duyệt" in (m.text or ""))
    assert "hạn vẫn là trước 15/03/2025" in told.text
