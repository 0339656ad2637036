"""Turn an uploaded file (.txt, .md, .docx, .pdf) into plain text, or explain in Vietnamese why not."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from conclusions.errors import DocumentError
from conclusions.legacy import detect_legacy_encoding
from conclusions.normalize import nfc

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
UNSUPPORTED_HINTS = {
    ".doc": "tệp .doc (Word cũ) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc PDF có chữ",
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
        return data.decode("cp1252", errors="replace")


def _check_text(text: str) -> str:
    text = nfc(text)
    if not text.strip():
        raise DocumentError("Tệp rỗng: không có nội dung để đọc.")
    legacy = detect_legacy_encoding(text)
    if legacy:
        raise DocumentError(
            f"Văn bản dùng bảng mã cũ {legacy}; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi gửi lại."
        )
    controls = sum(1 for ch in text[:5000] if ord(ch) < 32 and ch not in "\n\t\r\f")
    if controls > 50:
        raise DocumentError("Tệp không phải văn bản đọc được.")
    return text


def _column_kind(header: str) -> str | None:
    h = header.lower().strip()
    for kind, words in _COLUMN_KEYS:
        if any(h == w or h.startswith(w) or (len(w) > 3 and w in h) for w in words):
            return kind
    return None


def _dedupe(cells: list[str]) -> list[str]:
    out: list[str] = []
    for c in cells:
        if not out or c != out[-1]:  # python-docx repeats merged cells
            out.append(c)
    return out


def _table_lines(table: object) -> list[str]:
    rows = [[c.text.strip() for c in row.cells] for row in table.rows]  # type: ignore[attr-defined]
    if not rows:
        return []
    kinds = [_column_kind(h) for h in rows[0]]
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


def _read_docx(data: bytes) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError("Tệp .docx bị hỏng hoặc không phải tệp Word.") from exc
    chunks: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            chunks.append(block.text)
        elif isinstance(block, Table):
            chunks.extend(_table_lines(block))
    return "\n\n".join(chunks)


def _read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise DocumentError("Tệp PDF bị hỏng hoặc không đọc được.") from exc
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 20 * max(1, len(pages)) * 0.5:
        raise DocumentError("Tệp PDF không có lớp văn bản; hãy gửi bản .docx hoặc PDF có chữ.")
    return text


def read_document(path_or_bytes: Path | str | bytes, filename: str | None = None) -> str:
    """Return the NFC text of a .txt/.md/.docx/.pdf file given by path or bytes (+ filename)."""
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
    if suffix in IMAGE_SUFFIXES or data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        raise DocumentError("Ảnh chụp không đọc được chữ; hãy gửi bản .docx hoặc PDF có chữ.")
    if suffix in UNSUPPORTED_HINTS:
        raise DocumentError(UNSUPPORTED_HINTS[suffix].capitalize() + ".")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise DocumentError("Tệp .pdf không phải PDF hợp lệ.")
        return _check_text(_read_pdf(data))
    if data.startswith(b"PK") or suffix == ".docx":
        if not data.startswith(b"PK"):
            raise DocumentError("Tệp .docx bị hỏng hoặc không phải tệp Word.")
        return _check_text(_read_docx(data))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(UNSUPPORTED_HINTS[".doc"].capitalize() + ".")
    if suffix not in TEXT_SUFFIXES:
        raise DocumentError(f"Loại tệp {suffix} chưa được hỗ trợ; hãy gửi .txt, .docx hoặc PDF có chữ.")
    return _check_text(_decode(data))
