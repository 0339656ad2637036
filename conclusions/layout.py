"""Stage 1, layout: blocks of the page with what each one is (title, date line, Kính gửi, body, item, table row,
closing, signature, page chrome, photo caption) and the document's own date.

A block is a paragraph: lines joined where a hard break cut a sentence. Web copies carry page chrome
(share buttons, counters, "Tin liên quan", bylines, photo captions): it is labelled and never read for tasks.
"""

from __future__ import annotations

import re
from datetime import date

from conclusions.cues import REMINDER
from conclusions.deadlines import parse_plain_date
from conclusions.document import Document
from conclusions.lexicon import verb_at
from conclusions.normalize import CHAT_PREFIX, CHAT_SENDER, ascii_fold

BODY_LABELS = ("paragraph", "item", "table_row")

# The mark that opens a numbered or bulleted item: "-", "•", "->" (chat), "1.", "1.2.", "1)", "1/ " (chat and
# scanned letters; "15/3" is a date, so a space must follow), "II.", "a)", and the keycap emoji "1️⃣" of chat lists.
# the pictographs chat messages open their points with: "📌", "👉", "🔹", "✅", "▶️"
_EMOJI_BULLET = r"(?:[\U0001F4CC\U0001F4CD\U0001F449\U0001F539\U0001F538\U0001F53A\u2705\u25B6\u25BA\u27A1\u2B50\u2757]\ufe0f?)+"
ITEM_MARK = re.compile(
    r"\s*(?:(?:[-=]>|→|⇒)\s*|\d\ufe0f?\u20e3\s*|\U0001F51F\s*|[-–—+•*▪●◦✓✔]\s*|" + _EMOJI_BULLET + r"\s*|"
    r"\(?\d{1,3}(?:\.\d{1,3})*[.)]\s*|\d{1,2}/\s+|\(?[IVX]{1,5}[.)]\s+|\(?[a-zđ]\)\s*|"
    # "Thứ nhất, …", "Thứ hai, …": the points of a speech reported in a news article (not "Thứ Hai, ngày 15/3", a weekday);
    # the spoken "Thứ ba, là triển khai …" keeps its "là" out of the point
    r"[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),\s+(?!ngày|\d)(?:là\s+)?|"
    # "Một là, …", "Hai là, …": the same points numbered in words
    r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s+)(?=\S)"
)
_ITEM = re.compile(r"^" + ITEM_MARK.pattern)
_CHROME = re.compile(
    r"^(?:xuat ban thong tin|null|chia se|tieng viet|luot xem|cap nhat|ngay dang|so lan doc|tin lien quan|tin nong|"
    r"tin moi|tin khac|comment|vui long|thong ke|trong nam:|trong thang:|trong tuan:|trong ngay:|online:|a- a|in trang|"
    r"anh:|%image|goc$|the:|danh gia:|luot danh gia|ban do hanh chinh|lien ket website|©|ban quyen|dia chi:|dien thoai:|"
    r"e-?mail|fax|trang chu|print|facebook|twitter|zalo|share|like|bai viet lien quan|xem them|quay lai|ve dau trang|"
    r"dinh kem|tap tin dinh kem|y kien ban doc|nguon:|\(?nguon|video|loading|chinh tri - xa hoi|tdoffice|"
    r"hoat dong khoi|•\s*:|bbt$|ttxvn|in bai viet|gui bai viet|gui ban be|gui email|gui e-mail|tai ve|download|"
    r"tai tep|tep dinh kem|van ban dinh kem|(?:thong tin |noi dung )?chi tiet xem (?:tai |trong )?(?:van ban|tep|file)|"
    r"xem (?:chi tiet|toan van) (?:tai|trong|van ban)|"
    # "Thu Hiền (tổng hợp)", "Minh Anh (lược ghi)": the reporter's byline closing a web article
    r"[a-z]+(?: [a-z]+){0,3} \((?:tong hop|th|luoc ghi|luoc thuat|ghi)\)\.?$)",
)
_WEEKDAY_TIME = re.compile(r"^(?:thu \w+|chu nhat)?[, ]*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})?[, ]*(?:\d{1,2}[:h]\d{2})?\s*$")


def is_chrome(folded: str) -> bool:
    """A line of web page chrome: a known phrase, or "|"-separated pieces each chrome or a date/time."""
    if _CHROME.match(folded):
        return True
    if "|" not in folded:
        return False
    pieces = [p.strip() for p in folded.split("|") if p.strip()]
    return all(_CHROME.match(p) or _WEEKDAY_TIME.match(p) or _chrome_tail(p) for p in pieces)


def _chrome_tail(piece: str) -> bool:
    """"16:30        In trang": a time, then chrome, in one cell."""
    m = re.match(r"^\d{1,2}[:h]\d{2}\s+(.+)$", piece)
    return bool(m and _CHROME.match(m.group(1)))
_CLOSING = re.compile(
    r"^(?:noi nhan|tren day la|t/m|tm\.|tm |k/t|kt\.|kt |thua lenh|tl\.|q\. |ban bien tap|ky ten|\(da ky\)|"
    r"[^.]{0,80}\sthong bao (?:de|cho) [^.]{0,80}biet)"
)
# "Thừa lệnh Chủ tịch UBND huyện, Văn phòng … đôn đốc như sau:": the formula opening a sentence of the body, not a signature
_ON_BEHALF_LEAD = re.compile(r"^thua lenh\s[^,:]{3,80},[^:]{3,200}:$")
_KINH_GUI = re.compile(r"^kinh gui\b")
_APPENDIX = re.compile(r"^(?:phu luc|danh muc (?:cac )?(?:nhiem vu|cong viec)|bang phan cong|bieu phan cong)(?:\s+[ivx\d]+)?\s*[:.]?\s*(?:$|[a-z(])")
_PREFIX_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_PLACE_DATE = re.compile(r"[A-ZĐ][^\n,]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_STAND_DATE = re.compile(
    r"^(?:[^\d\n]{0,20},\s*)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s*[-|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:pm|am)?\s*$", re.I
)
_TERMINAL = tuple(".:;!?…")


_BULLET = re.compile(r"\s*(?:[-=]>|→|⇒|[-–—+•*▪●◦✓✔])\s*\S")
_TRAILING_SYMBOLS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+$")


def _ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, emoji after it aside ("… nhé ạ. 🙏")."""
    return _TRAILING_SYMBOLS.sub("", text).endswith(_TERMINAL)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# "1️⃣ @Phòng Kinh tế", "- @Công an xã @BCH Quân sự": whom a chat tags, alone on the line, heads the lines under it
_MENTION_HEADING = re.compile(r"\s*(?:" + ITEM_MARK.pattern + r")?@\w[^@\n]{0,40}(?:@\w[^@\n]{0,40})*\s*")


def _joinable(prev: str, line: str, chat: bool = False, wrap: int = 0) -> bool:
    """A hard break inside a sentence: the next line goes on in lower case or the previous one is cut mid-phrase.

    Chat messages are not wrapped: there a long line is cut only where the next one goes on in lower case. `wrap` is
    the length a wrapped line reaches (most of the text's long lines'): a shorter line ended where its writer ended it."""
    if _ITEM.match(line) or "|" in line or "\t" in line.strip():
        return False
    s = line.lstrip()
    if not s or not prev.strip():
        return False
    if prev.rstrip().endswith(_TERMINAL) or _MENTION_HEADING.fullmatch(prev):
        return False
    if _KINH_GUI.match(" ".join(ascii_fold(prev).split())) and not s[0].islower():
        return False  # the addressees of "Kính gửi(:)" end with their line; a capital starts the body
    if _in_capitals(prev) and (any(ch.islower() for ch in s) or _STAND_DATE.match(s)):
        return False  # a headline in capitals ends with its line: the date or the lead under it is not its tail
    if _LEAD_OPENER.match(s) and not _OPEN_END.search(prev):
        return False  # "… làm việc với Ủy ban MTTQ xã" then "Sáng 10/7/2025, Đoàn công tác …": a headline, then the lead
    if len(prev) < wrap and s[0].isupper() and verb_at(s, 0) > 0 and not _OPEN_END.search(prev) and not _ITEM.match(prev):
        return False  # a paragraph's line shorter than wrapped lines, its end lost, then "Tổ chức thực hiện …": the next item
    return s[0].islower() or (s[0].isdigit() and not _ITEM.match(s)) or len(prev) >= 60 and not chat


# A news lead opening on the day: "Sáng 10/7/2025, …", "Ngày 24/5, …"; a line cut after "vào", "của", "," goes on
_LEAD_OPENER = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:ngày\s+|nay\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{2,4})?\s*,")
_OPEN_END = re.compile(r"(?:[,;:(\-–]|\s(?:vào|của|và|các|với|từ|đến|trong|tại|là|cho|ngày))\s*$", re.I)


def _headline_then_lead(first: str, line: str) -> bool:
    """A page's headline ("Phường X: Trước ngày 20-7 hoàn thành …") on its own first line, then a lead sentence in capital
    that ends with its own line: two blocks, not one sentence wrapped."""
    return (":" in first or len(first.split()) <= 20) and line.strip()[:1].isupper() and _ends_sentence(line) \
        and len(line.split()) >= 8 and not first.rstrip().endswith((",", "và", "của", "các"))


def _in_capitals(text: str) -> bool:
    """A line written in capitals, as a page's headline is ("UBND XÃ A TỔ CHỨC HỘI NGHỊ …")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _sender_line(text: str) -> bool:
    """The sender line of a chat message, with its date ("[07:42 11/03] Ngọc:") or only its time ("[07:42] Ngọc")."""
    return bool(CHAT_PREFIX.fullmatch(text) or CHAT_SENDER.fullmatch(text))


def chat_stamp(m: re.Match[str]) -> tuple[int, int, int | None]:
    """Day, month and year (None when the stamp leaves it out) of a `CHAT_PREFIX` match."""
    day, month, year = m.groups()[:3] if m.group(1) else m.groups()[3:]
    return int(day), int(month), (int(year) + (2000 if len(year) == 2 else 0)) if year else None


def blocks(doc: Document) -> list[tuple[int, int]]:
    """Paragraph offsets: non-blank lines, re-joined where a hard break fell inside a sentence; the sender
    line of a chat message is a block of its own, and its message starts another."""
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    blank = True
    chat = False
    start_of_text = len(doc.text) - len(doc.text.lstrip())
    lengths = sorted(len(ln.strip()) for ln in doc.text.split("\n") if ln.strip())
    wrap = int(lengths[int(len(lengths) * 0.9)] * 0.6) if lengths else 0  # as `normalize.paragraphs` measures it
    for start, end in _lines(doc.text):
        line = doc.text[start:end]
        sender = CHAT_PREFIX.match(line) or CHAT_SENDER.fullmatch(line)
        chat = chat or bool(sender)
        if sender:
            if cur:
                out.append(cur)
            out.append((start, start + sender.end()))
            cur, blank = None, True
            start += sender.end()
            line = doc.text[start:end]
        if not line.strip():
            blank = True
            continue
        if cur and not blank and _joinable(doc.text[cur[0] : cur[1]], line, chat, wrap) and not (
                not out and cur[0] == start_of_text and _headline_then_lead(doc.text[cur[0] : cur[1]], line)):
            cur = (cur[0], end)
        elif cur and blank and _joinable(doc.text[cur[0] : cur[1]], line, chat, wrap) and line.lstrip()[:1].islower():
            cur = (cur[0], end)
        else:
            if cur:
                out.append(cur)
            cur = (start, end)
        blank = False
    if cur:
        out.append(cur)
    return out


def _section_title(text: str) -> bool:
    """A short line in capitals inside the body ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ"), no sentence end."""
    t = text.strip().rstrip(":")
    letters = [ch for ch in t if ch.isalpha()]
    return (2 <= len(t.split()) <= 10 and len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)
            and not t.endswith(_TERMINAL))


def _is_caption(text: str) -> bool:
    """A photo caption or byline: short, no sentence end, no request in it."""
    t = text.strip()
    words = t.split()
    if not words or len(words) > 30 or _ITEM.match(t):
        return False
    folded = ascii_fold(t)
    if re.search(r"\b(?:de nghi|yeu cau|giao|can|phai|chi dao)\b", folded) and t.endswith((".", ":", ";")):
        return False
    if not t.endswith(_TERMINAL) or t.endswith("…"):
        return True
    if ":" in t or ";" in t or len(words) > 20:
        return False
    return bool(re.match(r"(?:toan canh|quang canh|cac dai bieu|dai bieu|dong chi .{0,80}(?:phat bieu|tang|trao|chu tri)|"
                         r".{0,80}(?:tang hoa|tang lang hoa|trao quyet dinh|phat bieu (?:tai|chi dao|ket luan)))", folded))


# "…, Thủ tướng yêu cầu Bộ X phải định kỳ báo cáo …" cut off where the page text ends: a request, not a caption
_CUT_REQUEST = re.compile(r"\b(?:yeu cau|de nghi|giao)\s+(?!(?:tai|trong|cua|nay)\b)\S+(?:\s+\S+){6}")


# "Đồng thời, tiếp tục nâng cao …, siết chặt …, phát huy trá" cut where the page text ends: the speech going on, not a caption
_GOES_ON = re.compile(r"(?:dong thoi|ben canh do|ngoai ra|mat khac)\s*,")


def _cut_request(text: str, after: str) -> bool:
    """The text's last block is a request cut mid-sentence (no sentence end because the page was cut there)."""
    folded = ascii_fold(text)
    return not after.strip() and len(text.split()) >= 12 and bool(_CUT_REQUEST.search(folded) or _GOES_ON.match(folded))


def label_blocks(doc: Document) -> None:
    """Give every block its layout label and a reason."""
    closing = False
    seen_body = False
    message = False  # the block opens a chat message: words someone typed, never a caption or a title
    chat = False  # in a chat every line was typed by someone: none is a photo caption
    marked = False  # the block before was a bullet mark alone on its line ("-"): this block is its item's words
    for i, (start, end) in enumerate(blocks(doc)):
        text = doc.view[start:end].strip()
        after_mark, marked = marked, text in _LONE_MARKS
        folded = ascii_fold(text)
        opens_message, message = message, False
        if opens_message and not closing and text and not is_chrome(folded):
            doc.add(start, end, "item" if _ITEM.match(doc.text[start:end]) else "paragraph", "message of a chat")
            seen_body = True
        elif closing and _APPENDIX.match(folded):
            # "PHỤ LỤC / Danh mục nhiệm vụ … (Kèm theo Công văn số …)": the appendix after the signature is body again
            doc.add(start, end, "title", "appendix heading after the signature")
            closing = False
        elif closing and not _sender_line(doc.text[start:end]):
            doc.add(start, end, "closing", "after the closing formula")
        elif _PREFIX_DATE.match(doc.text[start:end]):
            cut = _PREFIX_DATE.match(doc.text[start:end]).end()
            doc.add(start, start + cut, "dateline", "'date YYYY-MM-DD' line of a stored web copy")
            if doc.view[start + cut : end].strip():
                _label_text_block(doc, start + cut, end, doc.view[start + cut : end].strip(), seen_body, i)
                seen_body = True
        elif _sender_line(doc.text[start:end]):
            doc.add(start, end, "dateline", "sender and time of a chat message")
            message = chat = True
            closing = False  # the next message after a document pasted into the chat, signature and all
        elif is_chrome(folded):
            doc.add(start, end, "chrome", "web page chrome")
            if folded.startswith(("tin lien quan", "tin khac", "bai viet lien quan", "xem them")):
                closing = True
        elif _CLOSING.match(folded) and not _ON_BEHALF_LEAD.match(folded):
            doc.add(start, end, "closing", "closing formula or Nơi nhận")
            closing = True
        elif _KINH_GUI.match(folded):
            doc.add(start, end, "kinh_gui", "'Kính gửi' line: the default audience")
        elif _PLACE_DATE.search(text) and len(text) < 120:
            doc.add(start, end, "dateline", "place-and-date line")
        elif _STAND_DATE.match(text):
            doc.add(start, end, "dateline", "a date alone on its line")
        else:
            seen_body = _label_text_block(doc, start, end, text, seen_body, i, chat, after_mark) or seen_body


_LONE_MARKS = {"-", "+", "–", "•", "*"}


def _label_text_block(doc: Document, start: int, end: int, text: str, seen_body: bool, index: int, chat: bool = False,
                      after_mark: bool = False) -> bool:
    """Label a block of words; True when it is body text. `after_mark`: a bullet mark alone on the line before heads
    it ("-" then "Tổ chức thăm hỏi, tặng quà …" broken over lines by a PDF copy), an item's words, never a caption."""
    if re.match(r"^(?:Số|SỐ)\s*[:.]?\s*\d", text) and len(text) < 60:
        doc.add(start, end, "number", "document number line")
        return False
    cells = [c.strip() for c in text.split("|") if c.strip()]
    if "|" in text and len(cells) == 1 and _is_caption(cells[0]) and not chat:
        # "| Quang cảnh buổi làm việc. |": a photo's caption that the page's conversion put in a table cell
        doc.add(start, end, "caption", "a photo caption in a one-cell row")
        return False
    if "|" in text and text.count("|") >= 2 or "\t" in text.strip():
        doc.add(start, end, "table_row", "cells separated by | or tabs")
        return True
    # "+ Các chi bộ nộp …" and "VP xin nhắc một số việc …" in a chat reminder: never a title
    bullet = _BULLET.match(text) and len(text.split()) >= 6 or REMINDER.search(text)
    if not seen_body and not bullet and (text.isupper() or (len(text.split()) <= 40 and not _ends_sentence(text))):
        doc.add(start, end, "title", "first line without a sentence end")
        return False
    if _ITEM.match(doc.text[start:end]):
        doc.add(start, end, "item", "numbered or bulleted item")
        return True
    if _section_title(text):
        # "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN" in a plan without roman numbers: the section opens, read as an item
        doc.add(start, end, "item", "section heading in capitals")
        return True
    if not chat and not (after_mark and seen_body) and _is_caption(text) and not REMINDER.search(text) \
            and not _cut_request(text, doc.text[end:]):
        doc.add(start, end, "caption", "short line without a sentence end: caption, byline or heading")
        return False
    doc.add(start, end, "paragraph", "body paragraph")
    return True


def document_date(doc: Document) -> date | None:
    """The document's date: a 'date' prefix line, the place-and-date line, a date line, else the first meeting date."""
    for span in doc.layer("dateline"):
        raw = doc.text[span.start : span.end]
        m = CHAT_PREFIX.match(raw)
        if m and chat_stamp(m)[2]:
            day, month, year = chat_stamp(m)
            return parse_plain_date(day, month, year)
        m = _PREFIX_DATE.match(raw)
        if m:
            return parse_plain_date(int(m.group(3) or 1), int(m.group(2)), int(m.group(1)))
        m = _PLACE_DATE.search(raw)
        if m:
            return parse_plain_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _STAND_DATE.match(raw.strip())
        if m:
            return parse_plain_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for span in list(doc.layer("title", "paragraph", "caption"))[:4]:
        m = re.search(r"(?:^|\.\s)\s*(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})",
                      doc.view[span.start : span.end])
        if m:
            return parse_plain_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for span in list(doc.layer("title", "paragraph", "caption"))[:4]:
        found = _MEETING_DAY_YEAR.search(doc.view[span.start : span.end])
        if found:
            return parse_plain_date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    return None


# "Sáng 22-3, Thường trực Huyện ủy tổ chức hội nghị giao ban quý I năm 2019.": the meeting's day without its year,
# and the year of the period it is about, in the same sentence (not a date's year: "ngày 20/12/2025", "tháng 12 năm 2025")
_MEETING_DAY_YEAR = re.compile(r"(?:^|\.\s)\s*(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})"
                               r"(?![/.\-]?\d)[^.]{0,200}?(?<!\d )(?<!\d)năm\s+((?:19|20)\d\d)(?!\d)")


def run(doc: Document) -> Document:
    """Stage 1: label the blocks of `doc`."""
    label_blocks(doc)
    return doc
