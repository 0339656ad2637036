"""/import in chat: a document or pasted text → preview by unit → ✔ Lưu → units told; refusals."""

from __future__ import annotations

import io

import pytest
from docx import Document
from sqlmodel import select

from bot import texts
from bot.emulator import BotApiEmulator
from storage.db import session_scope
from storage.models import ImportDraft, Task

from .helpers import ADMIN, LEADER, World, button, join

pytestmark = pytest.mark.usefixtures("app")


def notice(number: int, farmers_work: str) -> str:
    """A short conclusion notice written for these tests."""
    return f"""ĐẢNG BỘ HUYỆN TÂN PHÚ
ĐẢNG ỦY XÃ TÂN LỢI
Số {number}-TB/ĐU
Tân Lợi, ngày 03 tháng 3 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
tại cuộc họp giao ban tháng 02/2025

Ngày 28/02/2025, Ban Thường vụ Đảng ủy xã họp giao ban và kết luận như sau:

1. Giao Hội Nông dân xã {farmers_work}, hoàn thành trước ngày 31/3/2025.
2. Giao Hội Cựu chiến binh xã rà soát, cập nhật danh sách hội viên, hoàn thành trong tháng 4/2025.
3. Giao Hội Nông dân xã phối hợp với Ủy ban MTTQ Việt Nam xã vận động nhân dân giữ gìn vệ sinh môi trường, thực hiện thường xuyên.

Nơi nhận:
- Lưu Văn phòng Đảng ủy.
"""


def docx_bytes(text: str) -> bytes:
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def test_import_a_document_preview_then_save_notifies_each_unit(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    leader = await join(emulator, LEADER, world.codes["leader"])
    admin = await join(emulator, ADMIN, world.codes["admin"])
    prompt = await admin.say("/import")
    assert ".docx, .pdf hoặc .txt" in prompt.text
    await emulator.send_document(admin.user, None, "tb45.txt", notice(45, "tổ chức tập huấn kỹ thuật trồng lúa").encode())
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    text = preview.text
    assert "Số 45-TB/ĐU, ngày 03/03/2025" in text and "3 nhiệm vụ cho 2 đơn vị · có hạn 2 · không hạn 1" in text
    assert "1. (mục 1) Hội Nông dân xã" in text and "2. (mục 2) Hội Cựu chiến binh xã" in text
    assert "hạn trước 31/03/2025" in text and "hạn 30/04/2025" in text
    with session_scope(engine) as session:
        assert session.exec(select(ImportDraft)).one().status == "pending"

    saved = await admin.press(preview, button(preview, "✔ Lưu"))
    assert saved.message_id == preview.message_id
    assert "Đã lưu thông báo (số 45-TB/ĐU): 3 nhiệm vụ cho 2 đơn vị" in saved.text
    told = await leader.next(lambda m: "nhiệm vụ mới" in (m.text or ""))
    assert "Hội Nông dân xã được giao 2 nhiệm vụ mới (theo thông báo số 45-TB/ĐU ngày 03/03/2025)" in told.text
    assert "trước 31/03/2025" in told.text
    with session_scope(engine) as session:
        assert len(session.exec(select(Task)).all()) == 3

    await emulator.send_document(admin.user, None, "tb45.txt", notice(45, "tổ chức tập huấn kỹ thuật trồng lúa").encode())
    duplicate = await admin.next(lambda m: "đã được nhập" in (m.text or ""))
    assert "không nhập lại để tránh trùng nhiệm vụ" in duplicate.text


async def test_import_docx_and_pasted_text_and_cancel(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "tb46.docx", docx_bytes(notice(46, "xây dựng mô hình kinh tế tập thể")))
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    assert "Số 46-TB/ĐU" in preview.text
    cancelled = await admin.press(preview, button(preview, "✖ Hủy"))
    assert "Đã hủy" in cancelled.text
    assert "Không có thao tác nào đang chờ" in (await admin.say("/huy")).text

    await admin.say("/import")
    await emulator.send_text(admin.user, None, notice(47, "tổ chức hội thi nhà nông đua tài"))
    pasted = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    assert "Số 47-TB/ĐU" in pasted.text
    saved = await admin.say("/luu")
    assert "Đã lưu thông báo (số 47-TB/ĐU)" in saved.text
    assert "Không có bản xem trước nào" in (await admin.say("/luu")).text
    with session_scope(engine) as session:
        assert sorted(d.status for d in session.exec(select(ImportDraft))) == ["cancelled", "saved"]


async def test_import_refusals(emulator: BotApiEmulator, world: World) -> None:
    leader = await join(emulator, LEADER, world.codes["leader"])
    assert "Chỉ quản trị viên" in (await leader.say("/import")).text
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "bang.xlsx", b"PK\x03\x04")
    assert "đọc được tệp .docx, .doc, .pdf (cả bản scan), .txt và ảnh chụp" in (await admin.next()).text
    before = len(emulator.calls("getFile"))
    await emulator.send_document(admin.user, None, "lon.pdf", b"%PDF" + b"\0" * (20 * 1024 * 1024))
    assert "Tệp quá lớn" in (await admin.next()).text
    assert len(emulator.calls("getFile")) == before  # refused before downloading
    forged = await admin.press_for_answer(1, "is:99999", force=True)
    assert forged is not None and "Không có bản xem trước nào" in forged


async def test_a_large_document_without_a_size_is_refused_like_a_known_large_one(  # type: ignore[no-untyped-def]
    emulator: BotApiEmulator, world: World, engine, caplog: pytest.LogCaptureFixture,
) -> None:
    """`file_size` is optional in the Bot API: a document sent without it that is over 20 MB is
    refused at getFile; the admin gets the same clear answer as for a known-large file."""
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await emulator.send_document(admin.user, None, "lon.pdf", b"%PDF" + b"\0" * (20 * 1024 * 1024), with_size=False)
    assert (await admin.next()).text == texts.file_too_large(20)
    assert not [r for r in caplog.records if r.levelname == "ERROR" or r.exc_info]
    with session_scope(engine) as session:
        assert session.exec(select(ImportDraft)).all() == []
