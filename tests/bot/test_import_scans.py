"""/import of a photo sent in chat and of a scanned PDF: OCR with its progress message and confidence in the
preview, through the real bot and the local emulator; without Tesseract, a message saying what to install."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.emulator import BotApiEmulator
from conclusions.ocr import tesseract_missing
from storage.db import session_scope
from storage.models import ImportDraft, Task
from tests.conclusions.scans import FONT, render_pages, to_jpeg, to_pdf

from .helpers import ADMIN, World, button, join
from .test_import import notice

pytestmark = [
    pytest.mark.usefixtures("app"),
    pytest.mark.skipif(tesseract_missing() is not None, reason="tesseract or tesseract-ocr-vie not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"),
    pytest.mark.skipif(not FONT.exists(), reason=f"{FONT} not installed (apt-get install fonts-dejavu-core): cannot typeset the test scans"),
    pytest.mark.slow,
]


async def test_photo_of_a_notice_is_previewed_with_its_ocr_confidence(emulator: BotApiEmulator, world: World, engine) -> None:  # type: ignore[no-untyped-def]
    admin = await join(emulator, ADMIN, world.codes["admin"])
    await admin.say("/import")
    photo = to_jpeg(render_pages(notice(47, "tổ chức tập huấn kỹ thuật trồng lúa"), dpi=200)[0], 85)
    await emulator.send_photo(admin.user, None, photo)
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""), timeout=60)
    assert "Số 47-TB/ĐU, ngày 03/03/2025" in preview.text
    assert "3 nhiệm vụ cho 2 đơn vị" in preview.text and "hạn trước 31/03/2025" in preview.text
    note = await admin.next(lambda m: "OCR" in (m.text or ""), timeout=10)
    assert "đọc tự động (OCR) từ ảnh chụp" in note.text and "độ tin cậy trung bình" in note.text
    saved = await admin.press(preview, button(preview, "✔ Lưu"))
    assert "Đã lưu thông báo (số 47-TB/ĐU): 3 nhiệm vụ cho 2 đơn vị" in saved.text
    with session_scope(engine) as session:
        assert len(session.exec(select(Task)).all()) == 3


async def test_scanned_pdf_shows_page_progress(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    long_notice = notice(48, "xây dựng mô hình kinh tế tập thể").replace(
        "Nơi nhận:", "\n".join(f"{n}. Giao Hội Cựu chiến binh xã kiểm tra nội dung số {n}, báo cáo trước ngày {n}/5/2025." for n in range(4, 22)) + "\n\nNơi nhận:"
    )
    pages = render_pages(long_notice, dpi=200)
    assert len(pages) == 2
    await emulator.send_document(admin.user, None, "tb48_scan.pdf", to_pdf(pages, dpi=200))
    progress = await admin.next(lambda m: "Đang đọc trang" in (m.text or ""), timeout=60)
    assert progress.text.endswith("/2…")
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""), timeout=60)
    assert "Số 48-TB/ĐU" in preview.text
    note = await admin.next(lambda m: "OCR" in (m.text or ""), timeout=10)
    assert "từ bản scan 2 trang" in note.text


async def test_without_tesseract_the_admin_is_told_what_to_install(
    emulator: BotApiEmulator, world: World, engine, monkeypatch: pytest.MonkeyPatch, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    monkeypatch.setenv("PATH", str(tmp_path))  # the server has no tesseract
    await emulator.send_photo(admin.user, None, to_jpeg(render_pages(notice(49, "trồng cây"), dpi=150)[0]))
    refusal = await admin.next(lambda m: "Tesseract" in (m.text or ""), timeout=30)
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-vie" in refusal.text
    with session_scope(engine) as session:
        assert session.exec(select(ImportDraft)).all() == []
