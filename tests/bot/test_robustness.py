"""Bad input gets a short Vietnamese answer, a line in the operator's log, and changes nothing."""

from __future__ import annotations

import io
import logging
import zipfile
from datetime import timedelta

import pytest
from pypdf import PdfWriter
from sqlmodel import select

from bot.emulator import BotApiEmulator
from storage.access import Actor
from storage.db import session_scope
from storage.models import ExtensionRequest, ImportDraft, Task, TaskEvent
from storage.tasks import cancel_task

from .helpers import ADMIN, LEADER, MONITOR, TODAY, World, add_tasks, join

pytestmark = pytest.mark.usefixtures("app")


def counts(engine) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return tuple(len(session.exec(select(model)).all()) for model in (Task, TaskEvent, ExtensionRequest, ImportDraft))  # type: ignore[return-value]


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)  # a scan without a text layer looks like this to a reader
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def junk_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("rac.bin", b"\x00\x01" * 500)
    return buffer.getvalue()


async def test_malformed_commands_get_a_short_answer_and_change_nothing(
    emulator: BotApiEmulator, world: World, engine, caplog: pytest.LogCaptureFixture  # type: ignore[no-untyped-def]
) -> None:
    [number] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=3)])
    [cancelled] = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=5)])
    with session_scope(engine) as session:
        cancel_task(session, actor=Actor.system(world.org_id), number=cancelled)
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    before = counts(engine)
    with caplog.at_level(logging.INFO, logger="bot.handlers.common"):
        assert "Cú pháp" in (await monitor.say("/giao")).text
        assert "Cú pháp" in (await monitor.say("/giao hạn 30/06/2025")).text
        assert "không nhận ra đơn vị" in (await monitor.say("/giao Ban Bóng đá Tập huấn hạn 30/06/2025")).text
        assert "chưa hiểu thời hạn" in (await monitor.say("/giao Hội Nông dân Tập huấn hạn lúc nào rảnh")).text
        assert "không được sớm hơn hôm nay" in (await leader.say(f"/giahan {number} 01/03/2025 vì chờ kinh phí")).text
        assert "chưa hiểu hạn mới" in (await leader.say(f"/giahan {number} khi nào xong vì bận")).text
        assert "nêu lý do" in (await leader.say(f"/giahan {number} 30/06/2025")).text
        assert "chưa hiểu hạn mới" in (await leader.say(f"/giahan {number}")).text
        assert "đã bị hủy" in (await leader.say(f"/done {cancelled} đã làm")).text
        assert "Vui lòng ghi số nhiệm vụ" in (await leader.say("/done")).text
        assert "Vui lòng ghi số nhiệm vụ" in (await leader.say("/chitiet 12345678901234")).text
    assert counts(engine) == before
    assert "refused assign for user 502" in caplog.text and "refused extension_command for user 503" in caplog.text


async def test_very_long_notes_are_kept_short_and_escaped(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    first, second = add_tasks(engine, world.org_id, "nong_dan", [TODAY + timedelta(days=3), TODAY - timedelta(days=1)])
    monitor = await join(emulator, MONITOR, world.codes["monitor"])
    leader = await join(emulator, LEADER, world.codes["leader"])
    note = "<b>&amp;</b>" + "&" * 4080  # each "&" is five characters once escaped for HTML
    ack = await leader.say(f"/done {first} {note}")
    assert ack.text.startswith("✅ Đã ghi nhận") and len(ack.text) < 4096 and "<b>&amp;</b>&&&" in ack.text
    told = await emulator.wait_for_message(MONITOR.id, lambda m: "báo hoàn thành" in (m.text or ""), since=0)
    assert len(told.text) < 1200
    asked = await leader.say(f"/giahan {second} 30/06/2025 vì {note}")
    assert "Đã gửi Ban theo dõi đề nghị gia hạn" in asked.text
    request = await emulator.wait_for_message(MONITOR.id, lambda m: "Đề nghị gia hạn số" in (m.text or ""), since=0)
    assert len(request.text) < 1500
    explained = await leader.say(f"/giaitrinh {second} {note}")
    assert "Đã gửi giải trình" in explained.text
    forwarded = await emulator.wait_for_message(MONITOR.id, lambda m: "Giải trình nhiệm vụ" in (m.text or ""), since=0)
    assert len(forwarded.text) < 1200
    details = await monitor.say(f"/chitiet {first}")
    assert len(details.text) < 4096 and "Hoàn thành lúc" in details.text


async def test_unreadable_documents_get_a_clear_answer_and_save_nothing(
    emulator: BotApiEmulator, world: World, engine, caplog: pytest.LogCaptureFixture  # type: ignore[no-untyped-def]
) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    before = counts(engine)
    with caplog.at_level(logging.INFO, logger="bot.handlers.common"):
        for filename, content, expected in (
            ("thong_bao.docx", junk_docx(), "bị hỏng hoặc không phải tệp Word"),
            ("thong_bao_scan.pdf", blank_pdf(), "bản scan"),  # read by OCR: nothing there (or Tesseract missing)
            ("trong.txt", b"", "Tệp rỗng"),
        ):
            await admin.say("/import")
            await emulator.send_document(ADMIN, None, filename, content)
            reply = await admin.next(lambda m: "Đang đọc văn bản" not in (m.text or ""))
            assert expected in reply.text, filename
        assert "Hệ thống chưa hiểu lệnh này" not in (await admin.say("/huy")).text
    assert counts(engine) == before
    assert caplog.text.count("refused import_document for user 501") == 3
