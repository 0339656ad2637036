"""OCR of scanned PDFs and photos with Tesseract's Vietnamese model.

Each page: rendered (PDF) or opened (photo, turned by its EXIF tag), made grey with the paper's uneven light
flattened, turned upright (Tesseract's orientation detection), straightened (the angle whose rows of ink are
sharpest), then read by the `tesseract` command into words with confidences. Pages run in a small pool of
worker threads, each driving one `tesseract` process, under a page limit and an overall time limit. The
words become lines (with their confidence) and the lines become text: headers and footers repeated on every
page and page numbers are dropped, broken lines are joined, common OCR slips in Vietnamese letters mended.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from conclusions.errors import DocumentError

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

INSTALL_HINT = (
    "Máy chủ chưa cài Tesseract OCR tiếng Việt nên chưa đọc được bản scan hoặc ảnh chụp. "
    "Quản trị viên cài bằng lệnh: sudo apt-get install tesseract-ocr tesseract-ocr-vie — "
    "hoặc anh/chị gửi bản .docx hay PDF có chữ."
)
UNREADABLE = "Không đọc được chữ trên bản scan hoặc ảnh này; hãy chụp lại rõ hơn, hoặc gửi bản .docx hay PDF có chữ."
LOW_CONFIDENCE = 75.0  # below this mean word confidence (0–100), a line is worth a second look
WEAK_WORD = 50.0  # … and so is a line with one word below this ("quý I/2025" for "quý II/2025" reads at about 15)

Progress = Callable[[int, int], None]
"""Called as `progress(page, pages)` when a page starts being read (from a worker thread)."""


@dataclass(frozen=True)
class OcrLimits:
    """How much one document may cost: pages, seconds in all, rendering resolution, parallel pages."""

    max_pages: int = 20
    timeout: float = 300.0
    dpi: int = 300
    workers: int = 2


@dataclass(frozen=True)
class OcrLine:
    """One printed line as read: its text, mean word confidence (0–100), page number (from 1) and its weakest word's confidence."""

    text: str
    confidence: float
    page: int
    weakest: float = 100.0


@dataclass(frozen=True)
class OcrResult:
    """The text of a scan, the lines it was made from, and how sure Tesseract was."""

    text: str
    lines: tuple[OcrLine, ...]
    pages: int
    mean_confidence: float
    seconds: float = 0.0
    rotations: tuple[float, ...] = field(default=())

    def low_confidence_lines(self, threshold: float = LOW_CONFIDENCE) -> list[OcrLine]:
        """The lines read with a confidence below `threshold`."""
        return [ln for ln in self.lines if ln.confidence < threshold or ln.weakest < WEAK_WORD]

    def is_uncertain(self, passage: str, threshold: float = LOW_CONFIDENCE) -> bool:
        """Whether `passage` (a task's source sentence) was read from a line of low confidence."""
        words = set(_words(passage))
        flat = " ".join(_words(passage))
        for line in self.low_confidence_lines(threshold):
            line_words = _words(line.text)
            if not line_words:
                continue
            joined = " ".join(line_words)
            if len(joined) >= 6 and (joined in flat or (len(flat) >= 6 and flat in joined)):
                return True
            if len(line_words) >= 3 and sum(w in words for w in line_words) >= 0.6 * len(line_words):
                return True
        return False


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


@lru_cache(maxsize=1)
def _languages(tesseract: str) -> frozenset[str]:
    try:
        out = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:])


def tesseract_missing() -> str | None:
    """None when Tesseract and its Vietnamese model are installed, else the Vietnamese message saying what to install."""
    tesseract = shutil.which("tesseract")
    if tesseract is None or "vie" not in _languages(tesseract):
        return INSTALL_HINT
    return None


# --- pages -------------------------------------------------------------------------------------


def pdf_page_count(data: bytes) -> int:
    """The number of pages of a PDF, or DocumentError when it cannot be opened."""
    import pypdfium2 as pdfium

    try:
        return len(pdfium.PdfDocument(data))
    except pdfium.PdfiumError as exc:
        raise DocumentError("Tệp PDF bị hỏng hoặc không đọc được.") from exc


def _pdf_pages(data: bytes, dpi: int) -> Iterator[Image]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            # A scan is an image per page: render at the resolution Tesseract reads best (about 300 dpi).
            yield page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
    finally:
        pdf.close()


def _open_images(data: bytes, max_pages: int) -> list[Image]:
    """The pages of an image file (a fax-style TIFF may hold several), grey, the right way up by their EXIF tag."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        # Only a TIFF's frames are pages: a phone's JPEG may carry a second, smaller picture (MPO).
        frames = getattr(image, "n_frames", 1) if image.format == "TIFF" else 1
        if frames > max_pages:
            raise DocumentError(f"Tệp ảnh có {frames} trang, quá giới hạn {max_pages} trang mỗi lần đọc; hãy tách thành các tệp nhỏ hơn.")
        pages = [frame.copy() for frame in ImageSequence.Iterator(image)] if frames > 1 else [image.copy()]
    except (UnidentifiedImageError, OSError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise DocumentError("Ảnh bị hỏng hoặc không phải ảnh đọc được (hãy gửi .jpg hoặc .png).") from exc
    out = []
    for page in pages:
        page = ImageOps.exif_transpose(page)  # a phone photo is stored sideways with a tag saying so
        if page.mode in ("RGBA", "LA", "P", "PA"):
            rgba = page.convert("RGBA")
            page = Image.new("RGB", page.size, "white")
            page.paste(rgba, mask=rgba.getchannel("A"))
        out.append(page.convert("L"))
    return out


def _scale(image: Image) -> Image:
    from PIL import Image as PILImage

    # Tesseract reads best with body text about 25–35 px tall: an A4 page 2,000–3,000 px wide.
    width = image.width
    if width < 1700:
        factor = 2400 / width
    elif width > 3600:
        factor = 2800 / width
    else:
        return image
    return image.resize((round(image.width * factor), round(image.height * factor)), PILImage.Resampling.LANCZOS)


def _flatten_light(image: Image) -> Image:
    from PIL import ImageChops, ImageFilter, ImageOps

    # The paper's brightness, without the text: the lightest pixels around each point, blurred.
    small = image.reduce(8).filter(ImageFilter.MaxFilter(9)).filter(ImageFilter.GaussianBlur(4))
    background = small.resize(image.size)
    ink = ImageChops.subtract(background, image)  # how much darker than the paper around it
    return ImageOps.autocontrast(ImageChops.invert(ink), cutoff=(1, 0))


def _osd_rotation(path: Path, tesseract: str, timeout: float) -> int:
    try:
        out = subprocess.run(
            [tesseract, str(path), "stdout", "--psm", "0", "-l", "osd"],
            capture_output=True, text=True, timeout=timeout, env=_tesseract_env(),
        ).stdout  # fmt: skip
    except subprocess.TimeoutExpired:
        raise  # the document's time is up: stop, do not read on without orientation
    except (OSError, subprocess.SubprocessError):
        return 0  # no orientation found: read the page as it is
    rotate = re.search(r"Rotate: (\d+)", out)
    confidence = re.search(r"Orientation confidence: ([\d.]+)", out)
    if rotate and confidence and float(confidence.group(1)) >= 1.0:
        return int(rotate.group(1)) % 360
    return 0


def _ink_profile_score(image: Image, angle: float) -> float:
    from PIL import Image as PILImage

    turned = image.rotate(angle, resample=PILImage.Resampling.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), PILImage.Resampling.BOX).tobytes()
    # Straight text lines give rows that are all ink next to rows that are all paper.
    return sum((a - b) ** 2 for a, b in zip(rows, rows[1:]))


def skew_angle(image: Image, limit: float = 10.0) -> float:
    """The counter-clockwise angle in degrees that makes the text lines of `image` horizontal."""
    from PIL import ImageOps

    small = image.copy()
    small.thumbnail((900, 900))
    ink = ImageOps.invert(small.point(lambda v: 0 if v < 150 else 255))
    best = max((a / 2 for a in range(int(-limit * 2), int(limit * 2) + 1)), key=lambda a: _ink_profile_score(ink, a))
    fine = [best + d / 10 for d in range(-5, 6)]
    return max(fine, key=lambda a: _ink_profile_score(ink, a))


def _upright(image: Image, work: Path, tesseract: str, deadline: float) -> tuple[Image, float]:
    from PIL import Image as PILImage

    turned = 0.0
    probe = work / "osd.png"
    image.save(probe)
    rotation = _osd_rotation(probe, tesseract, _remaining(deadline))
    if rotation:
        # Tesseract says how far to turn the page clockwise; PIL turns counter-clockwise.
        image = image.rotate(-rotation, expand=True)
        turned = float(rotation)
    angle = skew_angle(image)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=PILImage.Resampling.BICUBIC, expand=True, fillcolor=255)
        turned += angle
    return image, turned


# --- recognition -------------------------------------------------------------------------------


@dataclass
class _Line:
    words: list[tuple[str, float]]
    page: int
    top: int = 0
    bottom: int = 0

    @property
    def text(self) -> str:
        return " ".join(w for w, _ in self.words)

    @property
    def confidence(self) -> float:
        weight = sum(len(w) for w, _ in self.words) or 1
        return sum(c * len(w) for w, c in self.words) / weight


def _tesseract_env() -> dict[str, str]:
    # One thread per process: pages are already read in parallel, and the machine is shared.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise subprocess.TimeoutExpired("tesseract", 0)
    return left


def _recognize(path: Path, tesseract: str, dpi: int, deadline: float, page: int) -> list[_Line]:
    done = subprocess.run(
        [tesseract, str(path), "stdout", "-l", "vie", "--psm", "3", "--dpi", str(dpi), "tsv"],
        capture_output=True, text=True, timeout=_remaining(deadline), env=_tesseract_env(),
    )  # fmt: skip
    if done.returncode != 0:
        log.warning("tesseract failed on page %d: %s", page, done.stderr[-300:])
        raise DocumentError(UNREADABLE)
    lines: dict[tuple[int, int, int], _Line] = {}
    for row in done.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        block, par, line = int(cols[2]), int(cols[3]), int(cols[4])
        top, height = int(cols[7]), int(cols[9])
        entry = lines.setdefault((block, par, line), _Line([], page, top, top + height))
        entry.words.append((cols[11].strip(), max(0.0, float(cols[10]))))
        entry.top, entry.bottom = min(entry.top, top), max(entry.bottom, top + height)
    return list(lines.values())


def _read_page(
    image: Image, index: int, pages: int, tesseract: str, dpi: int, deadline: float, progress: Progress | None
) -> tuple[list[_Line], float]:
    if progress:
        progress(index + 1, pages)
    with tempfile.TemporaryDirectory(prefix="dondoc-ocr-") as tmp:
        work = Path(tmp)
        image = _flatten_light(_scale(image))
        image, turned = _upright(image, work, tesseract, deadline)
        path = work / "page.png"
        image.save(path)
        # The page was scaled so text is a usual size; tell Tesseract a resolution to match.
        return _recognize(path, tesseract, dpi, deadline, index + 1), turned


def run_ocr(images: list[Image], *, limits: OcrLimits | None = None, progress: Progress | None = None) -> OcrResult:
    """Read page images with Tesseract (Vietnamese) under the limits; raise DocumentError in Vietnamese on failure."""
    limits = limits or OcrLimits()
    missing = tesseract_missing()
    if missing:
        log.warning("OCR refused: tesseract or its Vietnamese model (tesseract-ocr-vie) is not installed")
        raise DocumentError(missing)
    tesseract = shutil.which("tesseract") or "tesseract"
    started = time.monotonic()
    deadline = started + limits.timeout
    pages = len(images)
    with ThreadPoolExecutor(max_workers=max(1, min(limits.workers, pages)), thread_name_prefix="ocr") as pool:
        futures = [pool.submit(_read_page, img, i, pages, tesseract, limits.dpi, deadline, progress) for i, img in enumerate(images)]
        try:
            results = [f.result() for f in futures]
        except subprocess.TimeoutExpired as exc:
            for f in futures:
                f.cancel()
            log.warning("OCR stopped after %.0f s (limit %.0f s, %d pages)", time.monotonic() - started, limits.timeout, pages)
            raise DocumentError(
                f"Đọc bản scan quá {f'{limits.timeout:g}'.replace('.', ',')} giây nên đã dừng; hãy gửi ít trang hơn, hoặc bản .docx hay PDF có chữ."
            ) from exc
        except (OSError, ValueError, MemoryError) as exc:  # an image Pillow or tesseract could not handle
            log.exception("OCR failed on a %d-page document", pages)
            raise DocumentError(UNREADABLE) from exc
    per_page = [lines for lines, _ in results]
    text, kept = assemble(per_page)
    words = [(w, c) for lines in kept for ln in lines for w, c in ln.words]
    weight = sum(len(w) for w, _ in words) or 1
    mean = sum(c * len(w) for w, c in words) / weight if words else 0.0
    return OcrResult(
        text=text,
        lines=tuple(
            OcrLine(mend(ln.text), round(ln.confidence, 1), ln.page, min((c for _, c in ln.words), default=0.0)) for lines in kept for ln in lines
        ),
        pages=pages,
        mean_confidence=round(mean, 1),
        seconds=round(time.monotonic() - started, 2),
        rotations=tuple(round(t, 1) for _, t in results),
    )


def ocr_pdf(data: bytes, *, limits: OcrLimits | None = None, progress: Progress | None = None) -> OcrResult:
    """OCR every page of a scanned PDF."""
    limits = limits or OcrLimits()
    pages = pdf_page_count(data)
    if pages > limits.max_pages:
        raise DocumentError(
            f"Bản scan có {pages} trang, quá giới hạn {limits.max_pages} trang mỗi lần đọc; hãy tách thành các tệp nhỏ hơn."
        )
    missing = tesseract_missing()
    if missing:
        log.warning("OCR refused: tesseract or its Vietnamese model (tesseract-ocr-vie) is not installed")
        raise DocumentError(missing)
    import pypdfium2 as pdfium

    try:
        pages = list(_pdf_pages(data, limits.dpi))
    except (pdfium.PdfiumError, OSError, ValueError, MemoryError) as exc:
        log.warning("PDF pages could not be rendered for OCR: %s", exc)
        raise DocumentError("Tệp PDF bị hỏng hoặc không đọc được.") from exc
    return run_ocr(pages, limits=limits, progress=progress)


def ocr_image(data: bytes, *, limits: OcrLimits | None = None, progress: Progress | None = None) -> OcrResult:
    """OCR a photo or scanned image (.jpg, .png, a TIFF of several pages…)."""
    limits = limits or OcrLimits()
    return run_ocr(_open_images(data, limits.max_pages), limits=limits, progress=progress)


# --- from lines to text ------------------------------------------------------------------------

_PAGE_NUMBER_RE = re.compile(r"^[-–—\s]*(trang\s*)?\d{1,3}(\s*/\s*\d{1,3})?[-–—\s]*$", re.I)
_LIST_START_RE = re.compile(r"^(\d{1,2}(\.\d{1,2})*[.)]|[a-zđ][.)]|[-–•+*]|[IVXLC]+[.)]|Điều\s+\d)\s", re.I)
_TERMINAL = (".", ":", ";", "!", "?")
# Letters Tesseract sometimes puts in place of Vietnamese ones: eth for đ, and marks left apart.
_SLIPS = str.maketrans({"ð": "đ", "Ð": "Đ", "\u2014": "-", "\u2013": "-", "ﬁ": "fi", "ﬂ": "fl"})


def mend(line: str) -> str:
    """Mend a line as read: Vietnamese letters Tesseract confuses, marks put back on their letter, spacing."""
    line = unicodedata.normalize("NFC", line.translate(_SLIPS))
    line = re.sub(r"(\w)\s+([\u0300-\u036f])", r"\1\2", line)  # a tone mark read as a separate symbol
    line = unicodedata.normalize("NFC", re.sub(r"(?<!\w)[\u0300-\u036f]+", "", line))
    line = re.sub(r"(?<!\S)_+|_+(?!\S)", "", line)  # specks read as underscores at a word's edge
    line = re.sub(r"\s+([,.;:!?%)])", r"\1", line)
    line = re.sub(r"([:;,])\1+", r"\1", line)  # a speck beside a colon: "như sau::"
    line = re.sub(r"(?<!\.)\.\.(?!\.)", ".", line)  # a doubled full stop, not an ellipsis
    line = re.sub(r"([(])\s+", r"\1", line)
    return re.sub(r"\s{2,}", " ", line).strip()


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _drop_headers_and_footers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers, then a first or last line that repeats (digits aside) at the same edge of most pages."""
    edge = 2
    pages = [
        [ln for i, ln in enumerate(lines) if not ((i < edge or i >= len(lines) - edge) and _PAGE_NUMBER_RE.match(ln.text))]
        for lines in pages
    ]
    if len(pages) < 2:
        return pages
    tops = [_shape(lines[0].text) for lines in pages if lines]
    bottoms = [_shape(lines[-1].text) for lines in pages if lines]
    needed = max(2, (len(pages) + 1) // 2)
    top = {shape for shape in tops if tops.count(shape) >= needed}
    bottom = {shape for shape in bottoms if bottoms.count(shape) >= needed}
    out = []
    for number, lines in enumerate(pages):
        kept = list(lines)
        # A running header is kept where it first appears (page 1), dropped on the pages after; footers always.
        if kept and number > 0 and _shape(kept[0].text) in top:
            kept = kept[1:]
        if kept and _shape(kept[-1].text) in bottom:
            kept = kept[:-1]
        out.append(kept)
    return out


def _is_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _join(current: str, line: str) -> str:
    if current.endswith("-") and line[:1].isalpha():
        # A hyphen at the end of a line: "kinh tế -" + "xã hội" keeps its spaces, "Ê-" + "đê" closes up.
        return current + line if current[-2:-1].isalpha() else current + " " + line
    return current + " " + line


def _pitch(lines: list[_Line]) -> float:
    """The usual distance from one line's top to the next on a page (a blank line is about twice that)."""
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
    heights = sorted(ln.bottom - ln.top for ln in lines) or [40]
    if not steps:
        return 1.5 * heights[len(heights) // 2]
    return steps[len(steps) // 4] if len(steps) >= 4 else steps[0]


def assemble(pages: list[list[_Line]]) -> tuple[str, list[list[_Line]]]:
    """Turn the lines of every page into text: blocks apart where the page leaves a blank line, broken lines joined.

    Also return the lines kept (page numbers and repeated headers/footers dropped).
    """
    kept = _drop_headers_and_footers(pages)
    blocks: list[list[str]] = []
    for lines in kept:
        pitch = _pitch(lines)
        previous: _Line | None = None
        for ln in lines:
            text = mend(ln.text)
            if not text:
                continue
            gap = previous is not None and ln.top - previous.top > 1.6 * pitch
            previous = ln
            if not blocks or gap:
                blocks.append([text])
                continue
            block = blocks[-1]
            last = block[-1]
            if _LIST_START_RE.match(text) or _is_heading(text) or _is_heading(last):
                block.append(text)
            elif text[:1].islower() or not last.endswith(_TERMINAL):
                block[-1] = _join(last, text)
            else:
                block.append(text)
    return "\n\n".join("\n".join(block) for block in blocks), kept
