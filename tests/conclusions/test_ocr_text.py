"""From OCR lines to text, without Tesseract: mending what it misreads, and finding the tasks read from unsure lines."""

from __future__ import annotations

import pytest

from conclusions.ocr import OcrLine, OcrResult, mend


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("Kết luận như sau: :", "Kết luận như sau:"),
        ("Thường trực Huyện ủy kết luận như sau::", "Thường trực Huyện ủy kết luận như sau:"),
        ("_THÔNG BÁO", "THÔNG BÁO"),
        ("Hội Nông dân , hoàn thành trước ngày 15/3/2025 .", "Hội Nông dân, hoàn thành trước ngày 15/3/2025."),
        ("ðoàn viên Ðảng ủy", "đoàn viên Đảng ủy"),
        ("hoa\u0300n tha\u0300nh", "hoàn thành"),  # decomposed marks put back together (NFC)
        ("ch\u00ea \u0301 độ", "chế độ"),  # a tone mark read apart from its letter
        ("các nội dung... ( xem phụ lục )", "các nội dung... (xem phụ lục)"),
    ],
)
def test_mend(read: str, mended: str) -> None:
    assert mend(read) == mended


def test_tasks_from_low_confidence_lines_are_found() -> None:
    result = OcrResult(
        text="",
        lines=(
            OcrLine("1. Hội Nông dân huyện tổ chức tập huấn, hoàn thành", 93.0, 1),
            OcrLine("trước ngày 15/3/2025.", 92.0, 1),
            OcrLine("2. Huyện đoàn phối hợp vởi Hội LHPN huyện tổ chức ngày", 61.0, 1),
            OcrLine("hội việc làm trong quý II/2025.", 88.0, 1),
            OcrLine("3. Hội Cựu chiến binh xã rà soát hội viên trong quý I/2025.", 86.0, 1, weakest=15.0),
        ),
        pages=1,
        mean_confidence=85.0,
    )
    assert [ln.confidence for ln in result.low_confidence_lines()] == [61.0, 86.0]  # a low mean, or one word barely read
    assert not result.is_uncertain("Hội Nông dân huyện tổ chức tập huấn, hoàn thành trước ngày 15/3/2025.")
    assert result.is_uncertain("Huyện đoàn phối hợp vởi Hội LHPN huyện tổ chức ngày hội việc làm trong quý II/2025.")
    assert result.is_uncertain("Hội Cựu chiến binh xã rà soát hội viên trong quý I/2025.")
