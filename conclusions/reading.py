"""Turn an uploaded file (.txt, .md, .docx, .doc, .pdf, a scan or a photo) into plain text, or explain in Vietnamese why not."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from conclusions.errors import DocumentError
from conclusions.legacy import convert_legacy, font_encoding, to_unicode
from conclusions.normalize import nfc
from conclusions.ocr import OcrLimits, OcrResult, Progress, ocr_image, ocr_pdf
from conclusions.word97 import doc_to_docx

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
UNSUPPORTED_HINTS = {
    ".rtf": "tệp .rtf chưa được hỗ trợ; hãy gửi bản .docx",
    ".odt": "tệp .odt chưa được hỗ trợ; hãy gửi bản .docx",
    ".xls": "bảng tính không phải văn bản kết luận; hãy gửi bản .docx",
    ".xlsx": "bảng tính không phải văn bản kết luận; hãy gửi bản .docx",
}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"}

# Column titles of task tables, matched on lower-cased header cells.
_COLUMN_KEYS: list[tuple[str, tuple[str, ...]]] = [
    ("ref", ("stt", "tt", "số tt", "số thứ tự", "mục")),
    ("coord", ("phối hợp",)),
    ("unit", ("chủ trì", "thực hiện", "đơn vị", "cơ quan", "trách nhiệm", "phụ trách")),
    ("due", ("thời gian", "thời hạn", "hoàn thành", "tiến độ", "hạn")),
    ("content", ("nội dung", "nhiệm vụ", "công việc", "kết luận", "yêu cầu")),
]


# Windows-1252 with its five unassigned bytes kept as the Latin-1 characters, so legacy text loses nothing.
_CP1252 = {b: (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) for b in range(0x80, 0xA0)}


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data[:200].count(b"\x00") > 20:  # UTF-16 without a byte-order mark
        even_nuls = data[0:200:2].count(b"\x00")
        return data.decode("utf-16-be" if even_nuls > 50 else "utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252)


def _check_text(text: str, kind: str = "text") -> tuple[str, str, str | None]:
    """The text made NFC and Unicode, its kind, and the legacy encoding it was converted from."""
    text = nfc(text)
    if not text.strip():
        raise DocumentError("Tệp rỗng: không có nội dung để đọc.")
    text, legacy = convert_legacy(text)
    if legacy:
        log.info("converted %s text from %s to Unicode", kind, legacy)
    text = nfc(text)
    controls = sum(1 for ch in text[:5000] if ord(ch) < 32 and ch not in "\n\t\r\f")
    if controls > 50:
        raise DocumentError("Tệp không phải văn bản đọc được.")
    return text, kind, legacy


def column_kind(header: str) -> str | None:
    """What a task table's column holds, from its title: ref, coord, unit, due or content.

    "Phối hợp" anywhere makes a partners' column ("Đơn vị phối hợp"); otherwise the title's first known word decides,
    so "Thời gian thực hiện" is a date column and "Đơn vị thực hiện" a unit column."""
    h = " ".join(header.lower().split())
    best: tuple[int, int, str] | None = None
    for rank, (kind, words) in enumerate(_COLUMN_KEYS):
        for w in words:
            if h == w or h.startswith(w) or (len(w) > 3 and w in h and kind != "ref"):
                at = 0 if h.startswith(w) else h.find(w)
                if kind == "coord":
                    return kind
                if best is None or (at, rank) < best[:2]:
                    best = (at, rank, kind)
    return best[2] if best else None


def _dedupe(cells: list[str]) -> list[str]:
    out: list[str] = []
    for c in cells:
        if not out or c != out[-1]:  # python-docx repeats merged cells
            out.append(c)
    return out


def _table_lines(table: object, fonts: _Fonts) -> list[str]:
    rows = [["\n".join(fonts.paragraph_text(p) for p in c.paragraphs).strip() for c in row.cells] for row in table.rows]  # type: ignore[attr-defined]
    if not rows:
        return []
    kinds = [column_kind(h) if len(h.split()) <= 8 else None for h in rows[0]]  # a letterhead cell is no column title
    if "content" not in kinds:
        return [" ".join(_dedupe([c for c in r if c])) for r in rows if any(r)]
    lines: list[str] = []
    for row in rows[1:]:
        if len(set(c for c in row if c)) <= 1 or (len(set(row)) == 2 and kinds[0] == "ref"):
            # A merged row spanning the table is a section heading ("I | Nhiệm vụ chung").
            parts = _dedupe([c for c in row if c])
            lines.append(". ".join(parts) if len(parts) > 1 else (parts[0] if parts else ""))
            continue
        fields: dict[str, str] = {}
        for kind, cell in zip(kinds, row):
            if kind and cell and kind not in fields:
                fields[kind] = re.sub(r"\s*\n\s*", " ", cell)
        if not fields.get("content"):
            continue
        ref = fields.get("ref", "").rstrip(".")
        line = (f"{ref}. " if ref else "- ") + fields["content"]
        if fields.get("unit"):
            line += f" | Chủ trì: {fields['unit']}"
        if fields.get("coord"):
            line += f" | Phối hợp: {fields['coord']}"
        if fields.get("due"):
            line += f" | Thời hạn: {fields['due']}"
        lines.append(line)
    return [ln for ln in lines if ln]


class _Fonts:
    """Paragraph text of a .docx with runs in TCVN3 (.VnTime…) or VNI (VNI-Times…) fonts turned into Unicode."""

    def __init__(self, doc: object) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        styles = doc.styles.element  # type: ignore[attr-defined]
        self._styles = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
        self._default = self._font_of(styles.find(qn("w:docDefaults")))
        default_para = next((s for s in self._styles.values() if s.get(qn("w:default")) == "1" and s.get(qn("w:type")) == "paragraph"), None)
        self._default_para_id = default_para.get(qn("w:styleId")) if default_para is not None else None

    def _font_of(self, element: object) -> str | None:
        if element is None:
            return None
        for fonts in element.iter(self._qn("w:rFonts")):  # type: ignore[attr-defined]
            for attr in ("w:hAnsi", "w:ascii"):
                name = fonts.get(self._qn(attr))
                if name:
                    return name
        return None

    def _style_font(self, style_id: str | None) -> str | None:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return None
            rpr = style.find(self._qn("w:rPr"))
            font = self._font_of(rpr)
            if font:
                return font
            based = style.find(self._qn("w:basedOn"))
            style_id = based.get(self._qn("w:val")) if based is not None else None
        return None

    def _run_font(self, run: object, para_font: str | None) -> str | None:
        rpr = run._r.rPr  # type: ignore[attr-defined]
        if rpr is not None:
            font = self._font_of(rpr.find(self._qn("w:rFonts")))
            if font:
                return font
            style = rpr.find(self._qn("w:rStyle"))
            if style is not None:
                font = self._style_font(style.get(self._qn("w:val")))
                if font:
                    return font
        return para_font

    def _legacy_run_text(self, run: object) -> str:
        # TCVN3's ư is byte 0xAD, the soft hyphen: Word and LibreOffice keep it as <w:softHyphen/>, which
        # python-docx's run.text drops.
        r = run._r  # type: ignore[attr-defined]
        if r.find(self._qn("w:softHyphen")) is None:
            return run.text  # type: ignore[attr-defined]
        parts = []
        for child in r:
            if child.tag == self._qn("w:softHyphen"):
                parts.append("\u00ad")
            elif child.tag == self._qn("w:t"):
                parts.append(child.text or "")
            elif child.tag == self._qn("w:tab"):
                parts.append("\t")
            elif child.tag in (self._qn("w:br"), self._qn("w:cr")):
                parts.append("\n")
        return "".join(parts)

    def paragraph_text(self, paragraph: object) -> str:
        """The paragraph's text, each run converted from the legacy encoding its font implies."""
        from docx.text.hyperlink import Hyperlink

        ppr = paragraph._p.pPr  # type: ignore[attr-defined]
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else self._default_para_id
        para_font = self._style_font(style_id) or self._default
        groups: list[tuple[tuple[str, bool] | None, list[str]]] = []
        for item in paragraph.iter_inner_content():  # type: ignore[attr-defined]
            runs = item.runs if isinstance(item, Hyperlink) else [item]
            for run in runs:
                legacy = font_encoding(self._run_font(run, para_font))
                text = self._legacy_run_text(run) if legacy else run.text
                if groups and groups[-1][0] == legacy:
                    groups[-1][1].append(text)
                else:
                    groups.append((legacy, [text]))
        # Neighbouring runs in one encoding are converted together: a VNI letter and its mark may sit in two runs.
        return "".join(to_unicode("".join(parts), legacy[0], uppercase=legacy[1]) if legacy else "".join(parts) for legacy, parts in groups)


class _ListMarks:
    """The numbers and bullets Word draws for automatically numbered paragraphs, which are not in their text:
    "1. ", "a) ", "- ", so that a list of tasks still reads as one ("List Number", "List Bullet", numPr)."""

    def __init__(self, doc: object) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            for level, fmt in abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}).items():
                self._formats[(num.get(qn("w:numId")), level)] = fmt

    def mark(self, paragraph: object) -> str:
        qn = self._qn
        ppr = paragraph._p.pPr  # type: ignore[attr-defined]
        style = (getattr(paragraph.style, "name", "") or "").lower()  # type: ignore[attr-defined]
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is None and not style.startswith("list"):
            return ""
        num_id, level = "style:" + style, 0
        if num is not None:
            id_node, lvl_node = num.find(qn("w:numId")), num.find(qn("w:ilvl"))
            num_id = id_node.get(qn("w:val")) if id_node is not None else num_id
            level = int(lvl_node.get(qn("w:val"))) if lvl_node is not None else 0
        fmt = self._formats.get((num_id, level)) or ("bullet" if "bullet" in style else "decimal")
        if num_id == "0" or fmt == "none":
            return ""
        if fmt == "bullet":
            return "- "
        for key in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[key]  # a new item restarts the numbering of the levels under it
        count = self._counters[(num_id, level)] = self._counters.get((num_id, level), 0) + 1
        if fmt in ("lowerLetter", "upperLetter"):
            letter = "abcdđeghiklmnopqrstuvxy"[(count - 1) % 23]
            return f"{letter.upper() if fmt == 'upperLetter' else letter}) "
        if fmt in ("upperRoman", "lowerRoman"):
            numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
            return f"{numerals[(count - 1) % 10]}. "
        return f"{count}. "


def _read_docx(data: bytes) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError("Tệp .docx bị hỏng hoặc không phải tệp Word.") from exc
    fonts = _Fonts(doc)
    marks = _ListMarks(doc)
    chunks: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            text = fonts.paragraph_text(block)
            chunks.append(marks.mark(block) + text if text.strip() else text)
        elif isinstance(block, Table):
            chunks.extend(_table_lines(block, fonts))
    return "\n\n".join(chunks)


def _read_pdf(data: bytes) -> str | None:
    """The PDF's text layer, or None when it has none to speak of (a scan)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("Tệp PDF có đặt mật khẩu nên không đọc được; hãy gửi bản không đặt mật khẩu.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DependencyError as exc:  # AES-encrypted, and the optional decryption package is not installed
        raise DocumentError("Tệp PDF có đặt mật khẩu nên không đọc được; hãy gửi bản không đặt mật khẩu.") from exc
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        raise DocumentError("Tệp PDF bị hỏng hoặc không đọc được.") from exc
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 20 * max(1, len(pages)) * 0.5:
        return None
    return text


@dataclass(frozen=True)
class SourceText:
    """The text of an upload and where it came from: `kind` is "text", "docx", "doc", "pdf" or "ocr"."""

    text: str
    kind: str
    legacy_encoding: str | None = None
    ocr: OcrResult | None = None


def _from_scan(result: OcrResult) -> SourceText:
    if sum(ch.isalpha() for ch in result.text) < 20:
        log.warning("OCR found no text (%d pages, mean confidence %.0f)", result.pages, result.mean_confidence)
        raise DocumentError("Không đọc được chữ nào trên bản scan hoặc ảnh; hãy chụp lại rõ và thẳng hơn, hoặc gửi bản .docx hay PDF có chữ.")
    log.info("OCR read %d pages in %.1f s, mean confidence %.0f", result.pages, result.seconds, result.mean_confidence)
    return SourceText(_check_text(result.text)[0], "ocr", None, result)


def read_source(
    path_or_bytes: Path | str | bytes,
    filename: str | None = None,
    *,
    progress: Progress | None = None,
    ocr_limits: OcrLimits | None = None,
) -> SourceText:
    """Read an upload (.txt/.md/.docx/.doc/.pdf, a scanned PDF or a photo) given by path or bytes (+ filename).

    Scans and photos go through OCR, calling `progress(page, pages)` as each page starts.
    """
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
        suffix = Path(filename or "").suffix.lower()
    else:
        path = Path(path_or_bytes)
        if not path.is_file():
            raise DocumentError(f"Không tìm thấy tệp {path.name}.")
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError("Tệp lớn hơn 20 MB; hãy gửi tệp nhỏ hơn.")
        data = path.read_bytes()
        suffix = path.suffix.lower()
    if len(data) > MAX_BYTES:
        raise DocumentError("Tệp lớn hơn 20 MB; hãy gửi tệp nhỏ hơn.")
    if not data.strip():
        raise DocumentError("Tệp rỗng: không có nội dung để đọc.")
    if suffix == ".heic":
        raise DocumentError("Ảnh HEIC (iPhone) chưa đọc được; hãy gửi ảnh dạng .jpg (hoặc gửi ảnh trực tiếp trong chat).")
    if suffix in IMAGE_SUFFIXES or data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        return _from_scan(ocr_image(data, limits=ocr_limits, progress=progress))
    if suffix in UNSUPPORTED_HINTS:
        raise DocumentError(UNSUPPORTED_HINTS[suffix].capitalize() + ".")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise DocumentError("Tệp .pdf không phải PDF hợp lệ.")
        layer = _read_pdf(data)
        if layer is None:
            return _from_scan(ocr_pdf(data, limits=ocr_limits, progress=progress))
        return SourceText(*_check_text(layer, kind="pdf"))
    if data.startswith(b"PK") or suffix == ".docx":
        if not data.startswith(b"PK"):
            raise DocumentError("Tệp .docx bị hỏng hoặc không phải tệp Word.")
        return SourceText(*_check_text(_read_docx(data), kind="docx"))
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".doc":
        return SourceText(*_check_text(_read_docx(doc_to_docx(data)), kind="doc"))
    if suffix not in TEXT_SUFFIXES:
        raise DocumentError(f"Loại tệp {suffix} chưa được hỗ trợ; hãy gửi .txt, .docx, .doc, PDF hoặc ảnh chụp.")
    return SourceText(*_check_text(_decode(data), kind="text"))


def read_document(path_or_bytes: Path | str | bytes, filename: str | None = None) -> str:
    """Return the NFC text of an upload (.txt/.md/.docx/.doc/.pdf, a scan or a photo) given by path or bytes (+ filename)."""
    return read_source(path_or_bytes, filename).text
