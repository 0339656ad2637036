"""Scans made by the tests: a notice typeset in a Vietnamese font on an A4 page, then turned, soiled and photographed.

Used by tests/conclusions/test_ocr.py and benchmarks/ocr_bench.py; nothing here reads text back.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
A4_MM = (210, 297)

NOTICE = """ĐẢNG BỘ HUYỆN TÂN LỢI
Số 12-TB/HU

THÔNG BÁO
Kết luận của Thường trực Huyện ủy tại buổi giao ban tháng 3 năm 2025

Ngày 02/3/2025, Thường trực Huyện ủy chủ trì buổi giao ban với Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện. Sau khi nghe báo cáo và ý kiến thảo luận, Thường trực Huyện ủy kết luận như sau:

1. Hội Nông dân huyện tổ chức tập huấn chuyển giao khoa học kỹ thuật cho hội viên, hoàn thành trước ngày 15/3/2025.

2. Huyện đoàn phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức ngày hội việc làm cho thanh niên trong quý II/2025.

3. Ủy ban Mặt trận Tổ quốc huyện chủ trì rà soát, tổng hợp danh sách hộ nghèo, hộ cận nghèo; báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 30/4/2025.

4. Hội Cựu chiến binh huyện tiếp tục vận động hội viên tham gia giữ gìn an ninh trật tự ở khu dân cư, thực hiện thường xuyên.

Nơi nhận:
- Các đồng chí Ủy viên Ban Thường vụ,
- Lưu Văn phòng Huyện ủy."""


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break each paragraph of `text` into lines no wider than `width` pixels; blank lines kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if font.getlength(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def render_pages(text: str = NOTICE, *, dpi: int = 300, size_pt: float = 13, header: str | None = None) -> list[Image.Image]:
    """Typeset `text` on as many white A4 pages as it needs, with an optional running header and page numbers."""
    width, height = (round(mm / 25.4 * dpi) for mm in A4_MM)
    px = round(size_pt / 72 * dpi)
    font = ImageFont.truetype(str(FONT), px)
    margin_x, margin_y = round(25 / 25.4 * dpi), round(20 / 25.4 * dpi)
    lines = wrap(text, font, width - 2 * margin_x)
    step = round(px * 1.45)
    per_page = (height - 2 * margin_y - 3 * step) // step
    pages = []
    for start in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        y = margin_y
        if header:
            draw.text((margin_x, y), header, font=ImageFont.truetype(str(FONT), round(px * 0.8)), fill=60)
            y += 2 * step
        for line in lines[start : start + per_page]:
            draw.text((margin_x, y), line, font=font, fill=0)
            y += step
        number = f"- {len(pages) + 1} -"
        draw.text(((width - font.getlength(number)) / 2, height - margin_y), number, font=font, fill=0)
        pages.append(page)
    return pages


def degrade(page: Image.Image, *, angle: float = 2.5, noise: float = 0.04, jpeg_quality: int = 45, seed: int = 7) -> Image.Image:
    """A poor scan: turned a few degrees, speckled with noise and saved as a strongly compressed JPEG."""
    rng = random.Random(seed)
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    pixels = turned.load()
    w, h = turned.size
    for _ in range(int(w * h * noise)):
        x, y = rng.randrange(w), rng.randrange(h)
        pixels[x, y] = rng.choice((0, 90, 200, 255))
    turned = turned.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    turned.save(buffer, "JPEG", quality=jpeg_quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def photograph(page: Image.Image, *, seed: int = 3) -> Image.Image:
    """A phone photo of the page: seen a little from the side, lit unevenly, on a desk, as a colour JPEG."""
    rng = random.Random(seed)
    w, h = page.size
    desk = Image.new("L", (int(w * 1.12), int(h * 1.08)), 110)
    desk.paste(page, (int(w * 0.06), int(h * 0.04)))
    dw, dh = desk.size
    # Perspective: the top edge looks narrower than the bottom one.
    squeeze = 0.035 * dw
    quad = (squeeze, 0, -squeeze * 0.2, dh, dw + squeeze * 0.2, dh, dw - squeeze, 0)
    seen = desk.transform((dw, dh), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC, fillcolor=110)
    seen = seen.rotate(rng.uniform(-2.0, 2.0), resample=Image.Resampling.BICUBIC, fillcolor=110)
    # Light falling off from the top-left corner: up to 45% darker at the far corner.
    down = Image.linear_gradient("L").resize((dw, dh))
    across = Image.linear_gradient("L").rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((dw, dh))
    shade = ImageChops.add(down, across, scale=2).point(lambda v: 255 - int(v * 0.45))
    lit = ImageChops.multiply(seen, shade)
    lit = lit.filter(ImageFilter.GaussianBlur(1.0)).resize((round(dw * 0.8), round(dh * 0.8)), Image.Resampling.LANCZOS)
    photo = Image.merge("RGB", (lit, lit.point(lambda v: int(v * 0.97)), lit.point(lambda v: int(v * 0.9))))
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue()))


def to_png(image: Image.Image) -> bytes:
    """The image as PNG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def to_jpeg(image: Image.Image, quality: int = 80) -> bytes:
    """The image as JPEG bytes."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def to_pdf(pages: list[Image.Image], dpi: int = 300) -> bytes:
    """An image-only PDF of the pages, as a scanner makes: no text layer."""
    buffer = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(buffer, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return buffer.getvalue()


def char_error_rate(expected: str, got: str) -> float:
    """Levenshtein distance between the texts (spaces and line breaks collapsed) over the expected length."""
    a, b = " ".join(expected.split()), " ".join(got.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / max(1, len(a))
