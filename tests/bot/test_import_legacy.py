"""/import of a notice typed in TCVN3 (.VnTime) sent as a .txt: converted to Unicode, and the preview says so."""

from __future__ import annotations

import pytest

from bot.emulator import BotApiEmulator
from conclusions.legacy_encodings import unicode_to_tcvn3

from .helpers import ADMIN, World, join
from .test_import import notice

pytestmark = pytest.mark.usefixtures("app")


async def test_tcvn3_text_file_is_previewed_in_unicode(emulator: BotApiEmulator, world: World) -> None:
    admin = await join(emulator, ADMIN, world.codes["admin"])
    # TCVN3 has no toned capitals outside its capitals fonts: its typists wrote "Uỷ ban", never "Ủy ban".
    text = notice(50, "tổ chức tập huấn kỹ thuật trồng lúa").replace("Ủy ban", "Uỷ ban")
    await emulator.send_document(admin.user, None, "tb50.txt", unicode_to_tcvn3(text).encode("cp1252"))
    preview = await admin.next(lambda m: "Xem trước" in (m.text or ""))
    assert "Số 50-TB/ĐU, ngày 03/03/2025" in preview.text
    assert "Hội Nông dân xã" in preview.text and "3 nhiệm vụ cho 2 đơn vị" in preview.text
    note = await admin.next(lambda m: "bảng mã" in (m.text or ""))
    assert "bảng mã cũ TCVN3 đã được tự động chuyển sang Unicode" in note.text
