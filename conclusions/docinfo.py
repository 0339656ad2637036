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
        found = _date(m.groups())
        return _lead_day(head, m, found) or found
    return None


# A news page's own date on a line of its own ("Thứ ba 22/10/2019", "22/10/2019 08:30"), and the lead under it
# ("Ngày 27/8, Đảng ủy … ban hành Công văn …", "Chiều 5/3, …"): the notice or meeting is the lead's day
_PAGE_DATE_LINE = re.compile(r"(?:(?:Thứ\s+\w+|Chủ nhật)\s*,?\s*)?[\d/\-.]+(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM))?)?\s*$", re.I)
_LEAD_DAY = re.compile(r"^(?:(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?!\s*[/\-.]?\s*\d)\s*,", re.M)


def _lead_day(head: str, m: re.Match[str], page_date: date | None) -> date | None:
    """The lead's day and month under a page date line, in the page's year (the year before if it would come later)."""
    line_start = head.rfind("\n", 0, m.start()) + 1
    line_end = head.find("\n", m.end())
    line = head[line_start : line_end if line_end >= 0 else len(head)].strip()
    if page_date is None or not _PAGE_DATE_LINE.fullmatch(line):
        return None
    lead = _LEAD_DAY.search(head, m.end())
    if not lead:
        return None
    day, month = int(lead.group(1)), int(lead.group(2))
    found = parse_plain_date(day, month, page_date.year)
    if found and found > page_date:
        found = parse_plain_date(day, month, page_date.year - 1)
    return found


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
