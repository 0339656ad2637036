"""OCR of scans the tests make themselves: a notice typeset in a Vietnamese font, turned, soiled, photographed.

Runs the real `tesseract` with its Vietnamese model (.ci/run installs tesseract-ocr and tesseract-ocr-vie).
"""

from __future__ import annotations

import threading

import pytest

from conclusions import DocumentError, extract
from conclusions.ocr import INSTALL_HINT, OcrLimits, tesseract_missing
from conclusions.reading import read_source
from tests.conclusions.scans import FONT, NOTICE, char_error_rate, degrade, photograph, render_pages, to_jpeg, to_pdf, to_png

pytestmark = [
    pytest.mark.skipif(tesseract_missing() is not None, reason="tesseract or tesseract-ocr-vie not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"),
    pytest.mark.skipif(not FONT.exists(), reason=f"{FONT} not installed (apt-get install fonts-dejavu-core): cannot typeset the test scans"),
    pytest.mark.slow,
]

LONG = NOTICE.replace("Nơi nhận:", "\n\n".join(
    f"{n}. Ban Dân vận Huyện ủy phối hợp với Hội Nông dân huyện kiểm tra việc thực hiện nội dung số {n}, báo cáo trước ngày {n}/6/2025."
    for n in range(5, 19)
) + "\n\nNơi nhận:")  # fmt: skip


@pytest.fixture(scope="module")
def page():
    return render_pages()[0]


def _tasks(draft) -> list[tuple]:
    return [
        (t.content, [u.key for u in t.units], [u.key for u in t.coordinating_units], t.deadline.due, t.deadline.strict_before)
        for t in draft.tasks
    ]


def test_clean_scan_reads_the_notice_and_says_it_came_from_ocr(page) -> None:
    source = read_source(to_png(page), filename="kl.png")
    assert source.kind == "ocr"
    assert char_error_rate(NOTICE, source.text) <= 0.02
    assert 85 <= source.ocr.mean_confidence <= 100
    assert source.ocr.pages == 1
    assert all(0 <= line.confidence <= 100 and line.page == 1 for line in source.ocr.lines)
    assert "- 1 -" not in source.text  # the page number is not part of the notice


def test_clean_scan_gives_the_same_tasks_as_the_text(page) -> None:
    from_scan = extract(to_png(page), filename="kl.png")
    original = extract(NOTICE)
    assert len(original.tasks) == 4
    assert _tasks(from_scan) == _tasks(original)


def test_multi_page_pdf_scan_drops_running_headers_and_reports_progress() -> None:
    pages = render_pages(LONG, header="Thông báo số 12-TB/HU ngày 02/3/2025")
    assert len(pages) >= 2
    calls: list[tuple[int, int]] = []
    lock = threading.Lock()

    def progress(page: int, total: int) -> None:
        with lock:
            calls.append((page, total))

    source = read_source(to_pdf(pages), filename="scan.pdf", progress=progress)
    assert sorted(calls) == [(n, len(pages)) for n in range(1, len(pages) + 1)]
    assert source.kind == "ocr" and source.ocr.pages == len(pages)
    # The running header stays once, where it first appears; page numbers go.
    assert source.text.count("Thông báo số 12-TB/HU") == 1
    expected = "Thông báo số 12-TB/HU ngày 02/3/2025\n" + LONG
    assert char_error_rate(expected, source.text) <= 0.02
    assert _tasks(extract(source.text)) == _tasks(extract(LONG))


@pytest.mark.parametrize(("angle", "noise", "quality", "seed"), [(3.0, 0.04, 40, 7), (-2.0, 0.02, 30, 11)])
def test_degraded_scan_turned_noisy_and_compressed(page, angle: float, noise: float, quality: int, seed: int) -> None:
    scan = degrade(page, angle=angle, noise=noise, jpeg_quality=quality, seed=seed)
    source = read_source(to_jpeg(scan, 50), filename="scan.jpg")
    assert abs(source.ocr.rotations[0] + angle) <= 0.5  # straightened back
    assert char_error_rate(NOTICE, source.text) <= 0.05
    # A due date misread ("quý I/2025" for "quý II/2025") comes from a word read with low confidence:
    # the task is marked for the reviewer.
    dues = {t.deadline.due for t in extract(NOTICE).tasks}
    for task in extract(source.text).tasks:
        if task.deadline.due not in dues:
            assert source.ocr.is_uncertain(task.evidence.text if task.evidence else task.content), task.content


def test_page_photographed_sideways_is_turned_upright(page) -> None:
    source = read_source(to_png(page.rotate(90, expand=True)), filename="kl.png")
    assert abs(source.ocr.rotations[0] - 90) <= 0.5
    assert char_error_rate(NOTICE, source.text) <= 0.02


def test_phone_photo_with_perspective_and_uneven_light(page) -> None:
    source = read_source(to_jpeg(photograph(page), 85))  # a photo sent in chat has no file name
    assert source.kind == "ocr"
    assert char_error_rate(NOTICE, source.text) <= 0.05


def test_tiff_of_several_pages_is_read_page_by_page() -> None:
    import io

    pages = render_pages(LONG, dpi=200)
    buffer = io.BytesIO()
    pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    source = read_source(buffer.getvalue(), filename="fax.tiff")
    assert source.ocr.pages == len(pages) >= 2
    assert char_error_rate(LONG, source.text) <= 0.02


def test_page_limit_is_a_clear_error_before_any_reading() -> None:
    pdf = to_pdf(render_pages(LONG + "\n\n" + LONG))
    with pytest.raises(DocumentError, match=r"Bản scan có \d+ trang, quá giới hạn 1 trang"):
        read_source(pdf, filename="scan.pdf", ocr_limits=OcrLimits(max_pages=1))


def test_time_limit_stops_reading_with_a_clear_error(page) -> None:
    with pytest.raises(DocumentError, match="quá 0,2 giây nên đã dừng"):
        read_source(to_png(page), filename="kl.png", ocr_limits=OcrLimits(timeout=0.2))


@pytest.mark.parametrize(("data", "name"), [(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "a.png"), (b"\xff\xd8\xff" + b"garbage" * 10, "a.jpg")])
def test_broken_image_is_a_clear_error(data: bytes, name: str) -> None:
    with pytest.raises(DocumentError, match="Ảnh bị hỏng"):
        read_source(data, filename=name)


def test_blank_page_is_a_clear_error() -> None:
    from PIL import Image

    with pytest.raises(DocumentError, match="Không đọc được chữ nào"):
        read_source(to_png(Image.new("L", (2480, 3508), 255)), filename="trang.png")


def test_without_tesseract_the_message_says_what_to_install(page, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a server where Tesseract was never installed
    with pytest.raises(DocumentError) as error:
        read_source(to_png(page), filename="kl.png")
    assert str(error.value) == INSTALL_HINT
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-vie" in INSTALL_HINT
