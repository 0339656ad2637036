"""The notice's own header: number, title, issue or meeting date, issuer."""

from __future__ import annotations

import re
from datetime import date

from conclusions.deadlines import parse_plain_date
from conclusions.model import DocumentInfo
from conclusions.normalize import ascii_fold

_NUMBER = re.compile(
    r"(?:Số|số|SỐ)\s*[:.]?\s*(?:(\d{1,5})\s*-\s*([A-ZĐ]{1,6}(?:/[A-ZĐ]{1,8}){1,3})"
    r"|(\d{1,5})\s*/\s*([A-ZĐ]{1,6}(?:-[A-ZĐ]{1,10}){1,3}))(?![\w/-])"
)
# "… Kết luận số 01-KL/TW ngày …": a document the text cites, not the notice's own number.
_CITED = re.compile(
    r"(?:kết luận|chỉ thị|nghị quyết|kế hoạch|thông báo(?: kết luận)?|công văn|quyết định|hướng dẫn|quy định|đề án|"
    r"chương trình|báo cáo|tờ trình|văn bản|thông tri)\s*$",
    re.IGNORECASE,
)
_DOC_TYPES = ("thong bao", "ket luan", "bao cao", "chi thi", "cong van", "ke hoach", "nghi quyet", "y kien chi dao")
_PLACE_DATE = re.compile(r"[A-ZĐ][\w\s]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_MEETING_DATE = re.compile(
    r"(?:^|[.:]\s+)(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:[Nn]gày|hôm)\s+(?:(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})|"
    r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))",
    re.M,
)
_ANY_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?![\d/])|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_NOT_ITS_DATE = re.compile(
    r"(?:số\s*\S+|nghị định|quyết định|chỉ thị|nghị quyết|kết luận|kế hoạch|công văn|thông tư|luật|hướng dẫn|"
    r"diễn ra|khai mạc|tổ chức vào|dự kiến|kỷ niệm|từ|đến|tới|trước|hết|hạn|chậm nhất|thời gian[^.;:]{0,30}:)\s*(?:ngày\s*)?[^.;]{0,12}$",
    re.IGNORECASE,
)
_ISSUER = re.compile(
    r"((?:Ban Thường trực|Thường trực|Ban Thường vụ|Ban Chấp hành|Ban Bí thư)?\s*(?:Ủy ban|Uỷ ban|UBMTTQ|UBND|MTTQ|Đảng ủy|Đảng uỷ|"
    r"Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Hội|Ban)[^,.;:]{0,80}?)\s+(?:đã\s+)?tổ chức\s+(?:Hội nghị|hội nghị|họp|cuộc họp)"
)
_COMMITTEE_BY_CODE = {"HU": "Huyện ủy", "TU": "Tỉnh ủy", "ĐU": "Đảng ủy", "QU": "Quận ủy", "TP": "Thành ủy"}


def _date(groups: tuple[str | None, ...]) -> date | None:
    vals = [g for g in groups if g]
    if len(vals) != 3:
        return None
    return parse_plain_date(int(vals[0]), int(vals[1]), int(vals[2]))


def document_date(paragraphs: list[str]) -> date | None:
    """The notice's date: its place-and-date line, else the meeting date, else the first full date near the top."""
    text = "\n".join(paragraphs)
    m = _PLACE_DATE.search(text)
    if m:
        d = _date(m.groups())
        if d:
            return d
    head = "\n".join(paragraphs[:8])
    m = _MEETING_DATE.search(head)
    if m:
        d = _date(m.groups())
        if d:
            return d
    for m in _ANY_DATE.finditer(head):
        if _NOT_ITS_DATE.search(head[max(0, m.start() - 60) : m.start()]):
            continue  # a cited document's date ("Nghị định số 61/2018/NĐ-CP ngày …") or an event's
        return _date(m.groups())
    return None


def _title(paragraphs: list[str]) -> str | None:
    for i, para in enumerate(paragraphs[:12]):
        folded = ascii_fold(para).strip()
        if any(folded.startswith(t) for t in _DOC_TYPES) and len(para) < 200:
            parts = [para]
            for nxt in paragraphs[i + 1 : i + 3]:
                if len(nxt) < 160 and not nxt.rstrip().endswith((".", ":")) and not re.match(r"(?:Ngày|Sáng|Chiều|Tại|Số)\b", nxt):
                    parts.append(nxt)
                else:
                    break
            return " ".join(parts)
    for para in paragraphs[:3]:
        if 10 <= len(para) <= 200 and not re.match(r"^[\d\s/:|,-]+$", para):
            return para.rstrip(".")
    return None


def _issuer(paragraphs: list[str], number: str | None) -> str | None:
    head = "\n".join(paragraphs[:10])
    m = _ISSUER.search(head)
    if m:
        name = re.sub(r"^.*?(?:,\s*|\d{4}\.?\s+)", "", m.group(1).strip()) if re.search(r",|\d{4}", m.group(1)) else m.group(1)
        return name.strip()
    if number and "/" in number:
        code = number.rsplit("/", 1)[1]
        if code in _COMMITTEE_BY_CODE:
            return _COMMITTEE_BY_CODE[code]
    return None


def _number(paragraphs: list[str]) -> str | None:
    """The notice's own number ("77-KL/HU", "146/TB-UBND"): not one it cites after "Kết luận số …"."""
    for para in paragraphs:
        for m in _NUMBER.finditer(para):
            if _CITED.search(para[max(0, m.start() - 30) : m.start()]):
                continue
            return f"{m.group(1)}-{m.group(2)}" if m.group(1) else f"{m.group(3)}/{m.group(4)}"
    return None


def document_info(paragraphs: list[str], issued_on: date | None) -> DocumentInfo:
    """Read number, title, date (the given one wins) and issuer from the first paragraphs."""
    number = _number(paragraphs[:15])
    return DocumentInfo(
        number=number,
        title=_title(paragraphs),
        issued_on=issued_on or document_date(paragraphs),
        issuer=_issuer(paragraphs, number),
    )
