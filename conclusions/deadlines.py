"""Vietnamese deadline phrases in notices: dates, administrative periods, Tết, working days, recurrence.

Everything is matched on `ascii_fold`ed text (same length as the original), so the rules work with
or without diacritics and the phrase "as written" is cut from the original text by offset.
dateparser reads the plain dates (day first, Vietnamese); the periods are our own rules because it
knows none of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from conclusions import timegrammar
from conclusions.calendar import add_working_days, lunar_new_year, next_lunar_new_year
from conclusions.model import Deadline
from conclusions.normalize import ascii_fold
from conclusions.periods import (
    end_of_half,
    end_of_month,
    end_of_quarter,
    end_of_year,
    full_year,
    quarter_number,
    safe_date,
)

_DP_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def parse_plain_date(day: int, month: int, year: int) -> date | None:
    """Read one day/month/year triple with dateparser (Vietnamese, day first); None if not a real date."""
    if safe_date(year, month, day) is None:
        return None
    parsed = dateparser.parse(f"{day:02d}/{month:02d}/{year:04d}", languages=["vi"], settings=_DP_SETTINGS)
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class Found:
    """One deadline phrase found in a text."""

    start: int
    end: int
    due: date | None
    strict_before: bool
    kind: str  # date | period | tet | days | event
    marked: bool  # introduced by a deadline word (trước, trong, chậm nhất, hoàn thành…)
    year_given: bool
    text: str


_Y = r"(?:\s*(?:/|-|\.|,)?\s*(?:nam\s+)?(\d{4})(?![\d\-–]))?"
_FULL_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])")
_WORD_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?")
_SHORT_DATE = re.compile(r"(?<![\d/.\-,])(\d{1,2})\s*([/\-.])\s*(\d{1,2})(?![\d]|\s*[/\-.]\s*\d|\s*(?:tin|bai|nguoi|ho|%))")
_COUNTED_AFTER = re.compile(r"\s*(?:thon|xa|phuong|huyen|ap|ban|khu\s+(?:pho|dan\s+cu)|to\s+dan\s+pho|truong|don\s+vi|co\s+so|chi\s+(?:bo|hoi|doan)|"
                            r"hoi\s+vien|dang\s+vien|doan\s+vien|ho)(?![a-z])")
_MONTH = re.compile(r"thang\s+(\d{1,2})(?![\d/.\-]\d{1,2}(?!\d))" + _Y)
# "tháng 01 và tháng 02/2026", "tháng 11, 12/2025", "quý I và quý II/2026": one period ending with the later; a bare
# second number needs the year ("tháng 3, 5 đơn vị" is no period).
_MONTH_PAIR = re.compile(r"thang\s+(\d{1,2})\s*(?:,|va)\s*(thang\s+)?(\d{1,2})(?![\d/.\-]\d{1,2}(?!\d))" + _Y)
_QUARTER_PAIR = re.compile(r"quy\s+(iv|i{1,3}|[1-4])\s*(?:,|va)\s*(quy\s+)?(iv|i{1,3}|[1-4])(?![a-z0-9])" + _Y)
_MONTH_REL = re.compile(r"thang\s+(nay|sau|toi)")
_QUARTER = re.compile(r"quy\s+(iv|i{1,3}|[1-4])(?![a-z0-9])" + _Y)
_QUARTER_REL = re.compile(r"quy\s+(nay|sau|toi)")
_HALF = re.compile(r"(?:6|06|sau)\s+thang\s+(dau|cuoi)(?:\s+nam)?" + _Y + r"|nua\s+(dau|cuoi)\s+nam" + _Y)
# "3 tháng cuối năm" (the fourth quarter), "9 tháng đầu năm" (to the end of September).
_MONTHS_OF_YEAR = re.compile(r"(?<![\d.,/])(0?[1-9]|1[01]|ba|chin)\s+thang\s+(dau|cuoi)\s+nam" + _Y)
_YEAR = re.compile(r"nam\s+(\d{4})(?!\s*[-–]\s*\d{4})|nam\s+nay")
_END_OF = re.compile(r"cuoi\s+(thang|quy|nam)(?!\s+(?:\d|i|v|nay|sau|toi))")
_CAN = "giap|at|binh|dinh|mau|ky|canh|tan|nham|quy"
_CHI = "ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi"
_TET = re.compile(rf"tet(?:\s+nguyen\s+dan)?(?:\s+(?P<can>{_CAN})\s+(?P<chi>{_CHI}))?(?:\s+(\d{{4}}))?(?![a-z])")
_BRANCHES = ("ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi")  # Tý … Hợi, folded
_CYCLE_START = 1984  # Giáp Tý: the sexagenary cycle of today's documents runs 1984–2043


def _cyclic_year(can: str, chi: str, ref: date | None) -> int | None:
    """The Gregorian year whose Tết opens the lunar year named by its stem and branch ("Tân Sửu" → 2021): the one
    nearest the document's date, or without one the year of the current cycle (1984–2043)."""
    stem = _CAN.split("|").index(can)
    branches = [i for i, b in enumerate(_BRANCHES) if b == chi]  # "ty" is Tý or Tỵ: the stem's parity tells them apart
    offset = next((k for k in range(60) if k % 10 == stem and k % 12 in branches), None)
    if offset is None:
        return None  # a stem and branch of different parity name no year
    year = _CYCLE_START + offset
    if ref is not None:
        year += 60 * round((ref.year - year) / 60)
    return year
# Campaign months named by what they are for, each always the same month: "Tháng Thanh niên" is March, "Tháng Công
# nhân" May, "Tháng hành động vì trẻ em" June
_NAMED_MONTHS = {"thanh nien": 3, "cong nhan": 5, "hanh dong vi tre em": 6}
_NAMED_MONTH = re.compile(r"(?<![a-z])thang\s+(" + "|".join(k.replace(" ", r"\s+") for k in _NAMED_MONTHS) + r")(?![a-z])"
                          r"(?:\s+nam\s+(\d{4})(?!\s*[-–]\s*\d))?")
_WORKDAYS = re.compile(r"(\d{1,3})\s+ngay\s+lam\s+viec")
_DAYS = re.compile(r"(\d{1,3})\s+(ngay|tuan)(?!\s+lam)(?!\s*[/\-]\d)")
_EVENT = re.compile(
    r"(?:ngay\s+)?sau\s+khi\s+[^,.;:()]{3,80}|truoc\s+(?:khi|dai\s+hoi|ky\s+hop|hoi\s+nghi|le\s+)[^,.;:()]{0,60}"
)

# "17 giờ", "16h00", "17 giờ 30 phút", "sáng", "chiều": the time of day in "trước 17 giờ ngày 20/10".
_TIME_OF_DAY = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?(?:\s*phut)?|sang|chieu|trua|toi"
# Words that make the phrase right after them a deadline ("trước ngày …", "hoàn thành trong quý …"; "trc" in a chat).
_MARKER_BEFORE = re.compile(
    r"(?<![a-z])(?:tr(?:uo)?c|cham\s+nhat|han\s+chot|thoi\s+han|thoi\s+gian(?:\s+hoan\s+thanh|\s+thuc\s+hien)?|han|hoan\s+thanh|"
    r"xong|den|den\s+het|het|trong|trong\s+vong|cuoi|ket\s+thuc|tien\s+do|vao|truoc\s+hoac\s+trong)"
    r"(?:\s+(?:la|vao|ngay|tr(?:uo)?c|trong|cua|" + _TIME_OF_DAY + r"))*\s*[:\-]?\s*$"
)
_STRICT_BEFORE = re.compile(r"tr(?:uo)?c(?:\s+(?:" + _TIME_OF_DAY + r"))*(?:\s+ngay)?\s*:?\s*$")
_BEFORE_NAMED_DAY = re.compile(r"(?<![a-z])truoc\s+ngay\s+(?:[a-z]+\s+){1,3}$")
_SUBMIT_BEFORE = re.compile(r"(?:gui|nop|bao\s+cao|trinh)[^.;:]{0,50}?\s(?:vao\s+)?ngay\s*$")
# A date right after these is a cited document, an anniversary or a meeting, not a deadline.
_CITATION_BEFORE = re.compile(
    r"(?:so\s*[\d\-]+[^\s]*|ky\s+niem|thanh\s+lap|quoc\s+te|ban\s+hanh|(?<![a-z])(sang|chieu|toi|hop|tu)|nhan\s+dip|dien\s+ra)"
    r"(?:\s+ngay)?\s*,?\s*$"
)
# The short citation words above are ambiguous once tones are dropped: "tối ngày" (the evening of) is a
# meeting time but "tới ngày" (until) is a deadline, "họp" is a meeting but "phối hợp" is not, "từ" (since)
# is not "tư"/"tự". Written with tones, only these forms are citations.
_CITATION_TONED = {"sáng", "chiều", "tối", "họp", "từ"}
# The regular meeting a report or a submission is for: "tại phiên họp thường kỳ", "trong kỳ sinh hoạt chi bộ", "trình hội nghị …"
_OCCASION_BEFORE = re.compile(r"(?<![a-z])(?:tai|trong|vao|trinh)\s+(?:(?:ky|phien|cuoc|buoi)\s+(?:hop|sinh\s+hoat|giao\s+ban)|hoi\s+nghi)"
                              r"(?:\s+[a-z]+){0,5}\s*$")
_TARGET_NOUNS = re.compile(r"chi\s+tieu|muc\s+tieu|nhiem\s+ky")
# "Nghị quyết … về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045": the horizon in a plan's or a
# resolution's name, not when the work is due
_HORIZON_BEFORE = re.compile(r"(?:tam\s+nhin|dinh\s+huong)\s+(?:den|toi)\s*$|"
                             r"(?<![a-z])(?:nghi\s+quyet|chien\s+luoc|quy\s+hoach|de\s+an)(?![a-z])"
                             r"(?:[^;.]{0,90}?\sve\s[^;.]{0,90}?|[^;.,]{0,90}?)\s(?:den|toi)\s*$")
_ASSIGNED_IN = re.compile(r"(?:nhiem\s+vu|viec|chi\s+tieu)\s+(?:da\s+)?(?:duoc\s+)?(?:giao|phan\s+cong)\s*$")
_YEAR_SPAN = re.compile(r"\d{4}\s*[-–]\s*\d{4}")
_NOT_LET = re.compile(r"\s*(?:va\s+)?(?:tuyet\s+doi\s+)?khong\s+(?:de|duoc)\s")


def _clause_prefix(t: str, start: int, width: int = 90) -> str:
    pre = t[max(0, start - width) : start]
    cut = max(pre.rfind(";"), pre.rfind(". "), pre.rfind("\n"), pre.rfind("!"), pre.rfind("?"))
    return pre[cut + 1 :] if cut >= 0 else pre


def _year_default(ref: date | None) -> int | None:
    return ref.year if ref else None


def _roll(d: date | None, ref: date | None, year_given: bool, end_of: bool = False) -> date | None:
    """A year left out means the next such date on or after the document ("30-8" written in September)."""
    if d is None or year_given or ref is None:
        return d
    if d < ref:
        try:
            return d.replace(year=d.year + 1)
        except ValueError:
            return end_of_month(d.year + 1, d.month)
    return d


def _candidates(t: str, ref: date | None) -> list[Found]:
    out: list[Found] = []
    y0 = _year_default(ref)

    def add(m: re.Match[str], due: date | None, kind: str, year_given: bool, group_start: int | None = None) -> None:
        s = m.start() if group_start is None else group_start
        out.append(Found(s, m.end(), due, False, kind, False, year_given, ""))

    for m in _FULL_DATE.finditer(t):
        y = full_year(m.group(4), None)
        d = parse_plain_date(int(m.group(1)), int(m.group(3)), y) if y else None
        if d:
            add(m, d, "date", True)
    for m in _WORD_DATE.finditer(t):
        y = full_year(m.group(3), y0)
        d = parse_plain_date(int(m.group(1)), int(m.group(2)), y) if y else None
        if d or y is None:
            add(m, _roll(d, ref, bool(m.group(3))), "date", bool(m.group(3)))
    for m in _SHORT_DATE.finditer(t):
        if m.group(2) == "." and not re.search(r"(?:ngay|truoc|den|nhat)\s*$", t[max(0, m.start() - 12) : m.start()]):
            continue  # "1.5 triệu" is not a date; "ngày 6.10" is
        if _COUNTED_AFTER.match(t, m.end()) and not re.search(r"(?:ngay|truoc|den|han)\s*$", t[max(0, m.start() - 12) : m.start()]):
            continue  # "tại 9/9 thôn", "đạt 12/15 xã": so many out of so many, not a day
        d = parse_plain_date(int(m.group(1)), int(m.group(3)), y0) if y0 else None
        if d or (y0 is None and safe_date(2000, int(m.group(3)), int(m.group(1)))):
            add(m, _roll(d, ref, False), "date", False)
    for m in _MONTH.finditer(t):
        mon = int(m.group(1))
        y = full_year(m.group(2), y0)
        if 1 <= mon <= 12:
            add(m, _roll(end_of_month(y, mon), ref, bool(m.group(2)), True) if y else None, "period", bool(m.group(2)))
    for m in _NAMED_MONTH.finditer(t):
        mon = _NAMED_MONTHS[" ".join(m.group(1).split())]
        y = full_year(m.group(2), y0)
        add(m, _roll(end_of_month(y, mon), ref, bool(m.group(2)), True) if y else None, "period", bool(m.group(2)))
    for pair, last_of, top in ((_MONTH_PAIR, end_of_month, 12), (_QUARTER_PAIR, end_of_quarter, 4)):
        for m in pair.finditer(t):
            first, second = (int(g) if g.isdigit() else quarter_number(g) or 0 for g in (m.group(1), m.group(3)))
            if not 1 <= first < second <= top or not (m.group(2) or m.group(4)):
                continue
            y = full_year(m.group(4), y0)
            add(m, _roll(last_of(y, second), ref, bool(m.group(4)), True) if y else None, "period", bool(m.group(4)))
    for m in _MONTH_REL.finditer(t):
        if ref:
            first = ref.replace(day=1)
            nxt = (first + timedelta(days=32)).replace(day=1)
            add(m, end_of_month(ref.year, ref.month) if m.group(1) == "nay" else end_of_month(nxt.year, nxt.month), "period", True)
    for m in _QUARTER.finditer(t):
        q = quarter_number(m.group(1))
        y = full_year(m.group(2), y0)
        if q:
            add(m, _roll(end_of_quarter(y, q), ref, bool(m.group(2)), True) if y else None, "period", bool(m.group(2)))
    for m in _QUARTER_REL.finditer(t):
        if ref:
            q = (ref.month - 1) // 3 + 1
            if m.group(1) != "nay":
                q, yr = (q + 1, ref.year) if q < 4 else (1, ref.year + 1)
            else:
                yr = ref.year
            add(m, end_of_quarter(yr, q), "period", True)
    for m in _HALF.finditer(t):
        part = m.group(1) or m.group(3)
        ytok = m.group(2) or m.group(4)
        y = full_year(ytok, y0)
        add(m, _roll(end_of_half(y, part == "cuoi"), ref, bool(ytok), True) if y else None, "period", bool(ytok))
    for m in _MONTHS_OF_YEAR.finditer(t):
        n = {"ba": 3, "chin": 9}.get(m.group(1)) or int(m.group(1))
        y = full_year(m.group(3), y0)
        if n == 6 or y is None:
            continue  # "6 tháng đầu năm" is _HALF's
        due = end_of_month(y, n) if m.group(2) == "dau" else end_of_year(y)
        add(m, _roll(due, ref, bool(m.group(3)), True), "period", bool(m.group(3)))
    for m in _YEAR.finditer(t):
        y = full_year(m.group(1), y0) if m.group(1) else y0
        add(m, end_of_year(y) if y else None, "period", bool(m.group(1)) or m.group(0).endswith("nay"))
    for m in _END_OF.finditer(t):
        if ref:
            what = m.group(1)
            due = (
                end_of_month(ref.year, ref.month)
                if what == "thang"
                else end_of_quarter(ref.year, (ref.month - 1) // 3 + 1)
                if what == "quy"
                else end_of_year(ref.year)
            )
            out.append(Found(m.start(), m.end(), due, False, "period", True, True, ""))
    for m in _TET.finditer(t):
        if not re.search(r"truoc\s*$", t[max(0, m.start() - 12) : m.start()]):
            continue  # "đón Tết", "dịp Tết" name the holiday; only "trước Tết" sets a deadline
        cyclic = _cyclic_year(m.group("can"), m.group("chi"), ref) if m.group("can") and not m.group(3) else None
        if m.group(3):
            due: date | None = lunar_new_year(int(m.group(3)))
        elif cyclic:  # "trước Tết Nguyên đán Tân Sửu": the year's name is its year
            due = lunar_new_year(cyclic)
        else:
            due = next_lunar_new_year(ref) if ref else None
        add(m, due, "tet", bool(m.group(3) or cyclic))
    for m in _WORKDAYS.finditer(t):
        base = _base_date(t, m.end(), ref)
        add(m, add_working_days(base, int(m.group(1))) if base else None, "days", True)
    for m in _DAYS.finditer(t):
        n = int(m.group(1)) * (7 if m.group(2) == "tuan" else 1)
        base = _base_date(t, m.end(), ref)
        pre = t[max(0, m.start() - 14) : m.start()]
        if re.search(r"(?:trong|vong|sau|han)\s*$", pre):
            add(m, base + timedelta(days=n) if base else None, "days", True)
    for m in _EVENT.finditer(t):
        out.append(Found(m.start(), m.end(), None, m.group(0).startswith("truoc"), "event", True, True, ""))
    return out


def _base_date(t: str, pos: int, ref: date | None) -> date | None:
    """"trong 5 ngày làm việc kể từ ngày 02/3/2018" counts from that date; "kể từ khi …" from an event."""
    tail = t[pos : pos + 60]
    m = re.match(r"\s*,?\s*(?:ke\s+tu|tinh\s+tu)\s+(?:ngay\s+)?(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?", tail)
    if m:
        y = full_year(m.group(3), ref.year if ref else None)
        return parse_plain_date(int(m.group(1)), int(m.group(2)), y) if y else None
    if re.match(r"\s*,?\s*(?:ke\s+tu|tinh\s+tu|sau)\s+khi", tail):
        return None
    return ref


def _remove_overlaps(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _is_citation_word(text: str, start: int, word: str | None) -> bool:
    """Whether the short citation word at `start` of the original text is the toned one (see _CITATION_TONED)."""
    if not word:
        return True  # a long citation phrase ("kỷ niệm", "ban hành")
    written = unicodedata.normalize("NFC", text[start : start + len(word)].lower())
    if not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", written)) and "đ" not in written:
        return True  # typed without diacritics: keep the cautious reading
    return written in _CITATION_TONED


# Words written with tones whose tone-less form is ambiguous, mapped to a same-length deadline word.
_TONED_SYNONYMS = {"tới": "den"}
# The deadline words, as they are written with their tones. Folded, "trọng"/"trồng" read as "trong",
# "đền" as "đến", "cưới" as "cuối", "thắng" as "tháng", "quy chế" as "quý": a toned word that is not
# one of these forms is blanked out of the folded text so that no rule takes it for a deadline word.
_DEADLINE_WORDS = {
    "truoc": {"trước"}, "han": {"hạn"}, "den": {"đến"}, "het": {"hết"}, "trong": {"trong"}, "cuoi": {"cuối"},
    "xong": {"xong"}, "vao": {"vào"}, "toi": {"tối", "tới"}, "thang": {"tháng"}, "quy": {"quý"}, "tet": {"tết"},
}
_WORD = re.compile(r"[^\W\d_]+")


# A scanned date with a letter for a digit: "3O/11/2024", "2O/12", "l5/3/2025" (O for 0, l or I for 1)
_OCR_DATE = re.compile(r"(?<![\w/])(?=[\dOolI]{1,2}\s*/\s*[\dOolI]{1,2}(?:\s*/\s*\d{2,4})?(?![\w/]))(?=\S*\d)[\dOolI]{1,2}\s*/\s*[\dOolI]{1,2}")
_OCR_DIGIT = str.maketrans("OolI", "0011")


def _deadline_fold(text: str) -> str:
    """`ascii_fold` with tone-checked deadline words and "tới ngày" read as "đến ngày" ("tối" is the evening)."""
    t = ascii_fold(text)
    if "/" in t:
        t = _OCR_DATE.sub(lambda m: m.group(0).translate(_OCR_DIGIT), t)
    nfc_text = unicodedata.normalize("NFC", text)
    if len(nfc_text) != len(text):
        return t
    for m in _WORD.finditer(nfc_text):
        word = m.group(0).lower()
        key = t[m.start() : m.end()]
        if word in _TONED_SYNONYMS:
            t = t[: m.start()] + _TONED_SYNONYMS[word] + t[m.end() :]
        elif key in _DEADLINE_WORDS and word != key and word not in _DEADLINE_WORDS[key]:
            t = t[: m.start()] + "x" * len(key) + t[m.end() :]
    return t


def find_deadlines(text: str, ref: date | None) -> list[Found]:
    """Every deadline-like phrase in `text` with its date, marked or not, in reading order."""
    return list(_find_deadlines(text, ref))


@lru_cache(maxsize=4096)
def _find_deadlines(text: str, ref: date | None) -> tuple[Found, ...]:
    """`find_deadlines`, remembered: a clause's words are read for dates by several stages (`Found` is frozen)."""
    return tuple(_find_deadlines_uncached(text, ref))


def _find_deadlines_uncached(text: str, ref: date | None) -> list[Found]:
    t = _deadline_fold(text)
    result: list[Found] = []
    occasions: set[int] = set()
    for f in _remove_overlaps(_candidates(t, ref)):
        pre = _clause_prefix(t, f.start)
        marker = _MARKER_BEFORE.search(pre)
        strict = bool(_STRICT_BEFORE.search(pre)) or (f.kind == "event" and f.strict_before)
        if f.kind == "tet":
            strict = pre.rstrip().endswith("truoc")
        marked = f.marked or bool(marker) or (f.kind == "date" and bool(_SUBMIT_BEFORE.search(pre)))
        named_day = _BEFORE_NAMED_DAY.search(pre) if f.kind == "date" and not marked else None
        if named_day:  # "trước ngày khai giảng 05/9/2025", "trước ngày Quốc khánh 02/9": before that day
            marker, marked, strict = named_day, True, True
        if not marked and f.kind == "period" and t.startswith("thang", f.start) and _OCCASION_BEFORE.search(pre):
            marked = True  # "báo cáo … tại phiên họp thường kỳ tháng 9/2024": done by that month's meeting
            occasions.add(f.start)
        if f.kind == "date" and not marker:
            cm = _CITATION_BEFORE.search(pre)
            if cm and _is_citation_word(text, f.start - len(pre) + cm.start(1), cm.group(1)):
                marked = False
        if f.kind in ("period", "date") and marker and marker.group(0).strip().startswith("trong"):
            segment = pre[max(pre.rfind(","), 0) :]
            target = _TARGET_NOUNS.search(segment)
            # "chỉ tiêu phát triển trong năm 2018" is the target's period; "nhiệm kỳ 2025 - 2030 trong quý I" is not the term's
            if target and not _YEAR_SPAN.search(segment, target.end()):
                marked = False
        if marked and marker and marker.group(0).startswith("trong") and _ASSIGNED_IN.search(pre[: marker.start()]):
            marked = False  # "các nhiệm vụ được giao trong quý I": when the work was given, not when it is due
        if marked and marker and f.kind == "period" and t.startswith("nam", f.start) and _HORIZON_BEFORE.search(pre):
            marked = False  # "… đến năm 2030, tầm nhìn đến năm 2045": a horizon named with the plan, no deadline
        if marked and marker and marker.group(0).startswith("vao") and _NOT_LET.match(pre[pre.rfind(",") + 1 :]):
            marked = False  # "không để dồn vào cuối năm": when the work must not pile up, not a deadline
        start = f.start
        if marker and marked:
            start = f.start - (len(pre) - marker.start())
            # "hoàn thành trước ngày …" is written down as "trước ngày …", as people say it.
            inner = re.search(r"(?:truoc|trong|cham\s+nhat|den|cuoi)(?:\s|$)", marker.group(0))
            if inner and inner.start() > 0:
                start += inner.start()
        phrase = text[start : f.end].strip(" ,:;-")
        result.append(Found(start, f.end, f.due, strict, f.kind, marked, f.year_given, phrase))
    if occasions and any(f.marked and f.due and f.start not in occasions for f in result):
        # "hoàn chỉnh … trước ngày 30/9 để trình hội nghị thường kỳ tháng 10": the stated day, not the meeting's month
        result = [replace(f, marked=False) if f.start in occasions else f for f in result]
    return _with_grammar_readings(text, t, ref, _marked_pairs(t, result))


_PERIOD_AND = re.compile(r"\s*(?:,|va)\s*")


def _marked_pairs(folded: str, found: list[Found]) -> list[Found]:
    """"trong tháng 4 và quý II năm 2021": the second period of a pair shares the marker of the first."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.marked and a.kind == b.kind == "period" and not b.marked and _PERIOD_AND.fullmatch(folded, a.end, b.start):
            out[i] = replace(b, marked=True)
    return out


# Deadline words whose date the patterns above may miss when a weekday, an hour or a lunar day sits between
# them and the date: "chậm nhất 17h thứ 6 ngày 28/11", "trước thứ 4 (26/11)", "trước rằm tháng Giêng".
# "trong hôm nay", "trong sáng mai" (a chat's day words) bound the work to that day.
_DAY_WORDS = r"(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?:nay|mai)|hom\s+nay|ngay\s+mai)(?![a-z])"
_GRAMMAR_MARKER = re.compile(rf"(?<![a-z])(?:truoc|cham\s+nhat|han\s+chot|han\s+cuoi|xong\s+truoc|trong(?=\s+{_DAY_WORDS}))(?![a-z])")
_GRAMMAR_HINT = re.compile(rf"\d|(?<![a-z])(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat|ram|mung|mong|gieng|chap|am\s+lich|{_DAY_WORDS})(?![a-z])")
_GRAMMAR_WORD = re.compile(r"[^\s,;.:!?]+")
_EVERY_WEEK = re.compile(r"(?<![a-z])(?:hang|moi)\s+tuan(?![a-z])")
_GRAMMAR_WINDOW = 9  # words after the marker, the longest phrase tried


def _with_grammar_readings(text: str, folded: str, ref: date | None, found: list[Found]) -> list[Found]:
    """Add what the time grammar (`conclusions.timegrammar`, the chat parser) reads after a deadline word
    the patterns left without a date: the longest phrase it reads whole wins."""
    if ref is None:
        return found
    added: list[Found] = []
    for m in _GRAMMAR_MARKER.finditer(folded):
        if any(f.start - 12 <= m.start() < f.end and f.due for f in found):
            continue  # already read, with its date
        words = list(_GRAMMAR_WORD.finditer(text, m.end(), min(len(text), m.end() + 80)))[:_GRAMMAR_WINDOW]
        if not words or not _GRAMMAR_HINT.search(folded, m.end(), words[-1].end()):
            continue
        for last in range(len(words) - 1, -1, -1):
            end = words[last].end()
            if end - m.end() > 60 or re.search(r"[,;.]", text[m.end() : end].rstrip(")")):
                continue
            deadline = timegrammar.parse_deadline(text[m.start() : end], ref)
            if deadline is not None and deadline.due is not None and _EVERY_WEEK.search(folded[m.end() : end + 16]):
                break  # "trước 16 giờ thứ Sáu hằng tuần": every week's Friday, no one due day
            if deadline is not None and deadline.due is not None:
                year_given = bool(re.search(r"\d{4}|\d{1,2}/\d{1,2}/\d{2}", text[m.start() : end]))
                added.append(Found(m.start(), end, deadline.due, deadline.strict_before, "date", True, year_given,
                                   text[m.start() : end].strip(" ,:;-")))
                break
    if not added:
        return found
    kept = [f for f in found if not any(a.start <= f.start < a.end or f.start <= a.start < f.end for a in added)]
    return sorted(kept + added, key=lambda f: f.start)


_RECURRENCE: list[tuple[str, re.Pattern[str]]] = [
    ("half_yearly", re.compile(r"dinh\s+ky\s+(?:6|06|sau)\s+thang|(?:6|sau)\s+thang\s+(?:mot|1)\s+lan|(?<![a-z])hang\s+nua\s+nam|"
                               r"nua\s+nam\s+(?:mot|1)\s+lan")),
    ("weekly", re.compile(r"(?<![a-z])(?:hang|moi)\s+tuan|tuan\s+(?:mot|1)\s+lan|/\s*tuan(?![a-z])|dinh\s+ky\s+tuan")),
    ("quarterly", re.compile(r"(?<![a-z])(?:hang|moi)\s+quy(?![a-z])|quy\s+(?:mot|1)\s+lan|dinh\s+ky\s+(?:hang\s+)?quy|/\s*quy(?![a-z])|"
                              r"(?<![a-z])theo\s+quy(?=\s*(?:[,;.]|$))")),  # "thu hội phí theo quý, nộp …"
    ("monthly", re.compile(r"(?<![a-z])(?:hang|moi)\s+thang|thang\s+(?:mot|1)\s+lan|dinh\s+ky\s+(?:hang\s+)?thang|/\s*thang(?![a-z])")),
    ("yearly", re.compile(r"(?<!thi dua )(?<![a-z])(?:hang|moi)\s+nam(?![a-z])|nam\s+(?:mot|1)\s+lan|dinh\s+ky\s+(?:hang\s+)?nam")),
]


# Folded like "mỗi" (each): "mới" (new), "mời", "mọi" ("khởi công mới năm 2026" does not repeat every year)
_NOT_EACH = re.compile(r"m[ớờọ]i", re.I)
# "hưởng trợ cấp hằng tháng", "lương hưu, trợ cấp BHXH hằng tháng": a monthly allowance, not a monthly duty
_ALLOWANCE = re.compile(r"(?:tro\s+cap|phu\s+cap|luong(?:\s+huu)?|thu\s+nhap)(?:\s+[a-z]+){0,2}\s+(?:hang|moi)\s+thang")


# "chỉ đạo … tại các kết luận hằng tháng, quý": where the direction was given, how often those are held, not the task
# (a report "tại cuộc họp giao ban hằng tuần" is made at each meeting: weekly)
_HELD_SOURCE = re.compile(r"(?:tai|theo)\s+(?:cac\s+)?(?:ket\s+luan|thong\s+bao(?:\s+ket\s+luan)?)(?:\s+[a-z]+){0,2}?"
                          r"\s+(?:hang|moi)\s+(?:tuan|thang|quy|nam)"
                          r"(?:\s*(?:,|va)\s*(?:tuan|thang|quy|nam))*")


def find_recurrence(text: str) -> str | None:
    """Return how a task repeats ("monthly", "quarterly"…) from phrases like "hàng tháng", or None."""
    t = ascii_fold(text)
    if "tai" in t or "theo" in t:
        t = _HELD_SOURCE.sub(lambda m: " " * len(m.group(0)), t)
    if "moi" in t:
        t = ascii_fold(_NOT_EACH.sub("mxi", unicodedata.normalize("NFC", text)))
    if "thang" in t:
        t = _ALLOWANCE.sub(lambda m: " " * len(m.group(0)), t)
    best: tuple[int, str] | None = None
    for name, pattern in _RECURRENCE:
        m = pattern.search(t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def _to_deadline(f: Found, recurrence: str | None) -> Deadline:
    return Deadline(text=f.text or None, due=f.due, strict_before=f.strict_before, recurrence=recurrence)


def task_deadline(text: str, ref: date | None) -> tuple[Deadline | None, list[Found]]:
    """The deadline a task's own words state (None when they state none) and every marked phrase found."""
    found, marked = _task_deadline(text, ref)
    return found, list(marked)


@lru_cache(maxsize=4096)
def _task_deadline(text: str, ref: date | None) -> tuple[Deadline | None, tuple[Found, ...]]:
    """`task_deadline`, remembered (`Deadline` and `Found` are frozen)."""
    found, marked = _task_deadline_uncached(text, ref)
    return found, tuple(marked)


def _task_deadline_uncached(text: str, ref: date | None) -> tuple[Deadline | None, list[Found]]:
    marked = [f for f in find_deadlines(text, ref) if f.marked]
    if not marked:
        return None, []
    # The completion phrase wins over a date mentioned on the way ("…gửi trước 10/3, hoàn thành trong quý II").
    best = max(marked, key=lambda f: (_rank(text, f), f.due is not None, f.start))
    # "trước ngày 15/6 (sơ kết) và trước ngày 15/11 (tổng kết)": two due days of one duty, the first comes first
    for f in marked:
        if f.kind == "date" and f.due and best.due and f.end <= best.start and f.due < best.due and _rank(text, f) == _rank(text, best) \
                and _AND_DAY.fullmatch(text, f.end, best.start):
            return _to_deadline(f, None), marked
    return _to_deadline(best, None), marked


# "từ ngày 15/12/2022 đến ngày 28/02/2023": a window opened by a day; "từ nay đến …" counts down to a deadline
_WINDOW_FROM = re.compile(r"(?<![a-z])tu\s+(?:ngay\s+)?\d{1,2}(?:\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{2,4})?)?\s*$")


def repeats_within(text: str, found: Deadline | None) -> bool:
    """True when a repeated duty names the window it repeats in, not a deadline ("báo cáo vào thứ Sáu hằng tuần
    trong thời gian từ ngày 10/9 đến ngày 15/10"): the end of the window is when it stops, not when it is due."""
    if found is None or not found.text or not find_recurrence(text):
        return False
    at = text.find(found.text)
    return at > 0 and ascii_fold(found.text).startswith("den") and bool(_WINDOW_FROM.search(ascii_fold(text[max(0, at - 40) : at])))


_AND_DAY = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?và\s+(?:trước\s+)?(?:ngày\s+)?", re.I)


def _rank(text: str, f: Found) -> int:
    pre = ascii_fold(text[max(0, f.start - 30) : f.start + 12])
    if f.due is None and f.kind == "event":
        return 0
    return 2 if re.search(r"hoan\s+thanh|thoi\s+(?:han|gian)|cham\s+nhat|han\s+chot", pre) else 1


_SCOPE_CONTEXT = re.compile(r"nhiem\s+vu|phuong\s+huong|ke\s+hoach\s+cong\s+tac|de\s+nghi|yeu\s+cau|chuong\s+trinh\s+cong\s+tac")
# "triển khai Chương trình phối hợp … năm 2026, tập trung vào …:": a programme or plan of a period scopes what it lists,
# unless it is only the aim ("Để hoàn thành chỉ tiêu kế hoạch năm 2020, … yêu cầu:") or another remark follows it
# ("đề ra chương trình … năm 2023 và lưu ý một số nội dung như:": the remarks are not the programme's)
_PROGRAMME = re.compile(r"(?<![\w])(?:chuong\s+trinh|ke\s+hoach)\b")
_AIM_BEFORE = re.compile(r"(?:\bde|chi\s+tieu|thuc\s+hien|hoan\s+thanh|theo)\s+$")
_ANOTHER_REMARK = re.compile(r"\b(?:va|dong\s+thoi)\s+(?:luu\s+y|de\s+nghi|yeu\s+cau|chi\s+dao|nhan\s+manh|neu)\b")


def _programme_scopes(before: str, after: str) -> bool:
    """Whether a programme or plan named just before a period is what scopes the text after it."""
    found = list(_PROGRAMME.finditer(before))
    return bool(found) and not _AIM_BEFORE.search(before[: found[-1].start()]) and not _ANOTHER_REMARK.search(after)


def scope_deadline(text: str, ref: date | None) -> Deadline | None:
    """A period that scopes a heading or lead-in ("Giao nhiệm vụ quý II năm 2024", "đề nghị, 6 tháng cuối năm…")."""
    t = ascii_fold(text)
    for f in find_deadlines(text, ref):
        if f.kind != "period" or f.due is None:
            continue
        before = t[max(0, f.start - 60) : f.start]
        if f.marked or _SCOPE_CONTEXT.search(before) or _programme_scopes(before, t[f.end :]):
            return Deadline(text=f.text or None, due=f.due, strict_before=False, recurrence=None)
    return None


_HEADING_MARK = re.compile(r"\s*(?:\(?(?:\d{1,2}|[IVXivx]{1,5}|[a-zA-ZđĐ])[.)/]|[-+•*])?\s*")


def period_heading(text: str, ref: date | None) -> Deadline | None:
    """A heading that is only a month or a quarter ("1. Tháng 9/2025", "Quý III:"): the period of the items under it."""
    m = _HEADING_MARK.match(text)
    body = text[m.end() :].strip().rstrip(":.").strip()
    if not body or len(body.split()) > 6 or not re.match(r"(?:trong\s+)?(?:thang|quy)\s", ascii_fold(body).lower()):
        return None
    found = [f for f in find_deadlines(body, ref) if f.kind == "period" and f.due]
    if len(found) == 1 and _NAMED_MONTH.match(_deadline_fold(body), found[0].start):
        return None  # "2. Tháng Thanh niên": the campaign's activities, named as the campaign, not a month's list
    if len(found) != 1 or body[found[0].end :].strip(" ,.:()") or found[0].start > 6:
        return None
    return Deadline(text=body, due=found[0].due)


_ALL_ABOVE_WORDS = r"(?:cac|nhung)\s+(?:noi\s+dung|nhiem\s+vu|viec|cong\s+viec)(?:\s+neu)?\s+tren"


def is_deadline_sentence(text: str, ref: date | None) -> bool:
    """True for a sentence that only states when to finish ("Thời gian hoàn thành trước ngày 06/3/2018.")."""
    t = ascii_fold(text).strip()
    if len(t.split()) > 25:
        return False
    if not re.match(
        r"(?:\(?\s*)?(?:thoi\s+(?:gian|han)|han\s+chot|cac\s+(?:don\s+vi|cap|dia\s+phuong|xa|doan\s+the)\s+hoan\s+thanh|"
        r"hoan\s+thanh|cham\s+nhat|tien\s+do)",
        t,
    ):
        return False
    marked = [f for f in find_deadlines(text, ref) if f.marked]
    if not marked:
        return False
    # What is left besides the deadline is only its subject/verb ("Các cấp hoàn thành …"), not a new job.
    rest = t[: marked[0].start] + " " + t[marked[-1].end :]
    rest = re.sub(r"\(\s*tuc\s[^)]*\)", " ", rest)  # "(tức ngày 20 tháng Chạp)": the same day by the lunar calendar
    rest = re.sub(_ALL_ABOVE_WORDS, " ", rest)  # "Thời gian hoàn thành các nội dung trên: …"
    rest = re.sub(r"thoi\s+(?:gian|han)|hoan\s+thanh|cac\s+(?:don\s+vi|cap|dia\s+phuong|xa|doan\s+the)|bao\s+cao|[^a-z ]", " ", rest)
    return len(rest.split()) <= 3


def period_deadline(text: str, ref: date | None) -> Deadline | None:
    """The first period or date in a short phrase, marked or not ("6 tháng cuối năm 2025")."""
    for f in find_deadlines(text, ref):
        if f.due and f.kind in ("period", "date"):
            return Deadline(text=text[f.start : f.end].strip() or None, due=f.due)
    return None


_DAY_OF_MONTH = re.compile(
    r"(?:(truoc|cham\s+nhat|han\s+chot|vao|den|han)\s+)?ngay\s+(\d{1,2})(?![\d,])(?!\s*[/\-.]\s*\d)(?!\s+thang\s+\d)(?!\s+(?:lam\s+viec|nua|toi))"
)


def recurring_day_deadline(text: str | None, ref: date | None, recurrence: str | None) -> Deadline | None:
    """The next due date of a monthly task that names the day it is due by ("hàng tháng, trước ngày 25"); a day it
    only happens on ("vào ngày 15 hằng tháng", "ngày 20 hằng tháng") gives none.

    The schema keeps one due date and a recurrence, so the day is exposed as the first such day on or
    after the document's date; the recurrence says it comes back every month.
    """
    if not text or recurrence != "monthly" or ref is None:
        return None
    t = ascii_fold(text)
    for m in _DAY_OF_MONTH.finditer(t):
        marker = m.group(1)
        if marker in (None, "vao"):
            continue  # "sinh hoạt vào ngày 15 hằng tháng": the day it comes back, not a day it is due by
        day = int(m.group(2))
        if not 1 <= day <= 31:
            continue
        year, month = ref.year, ref.month
        due = date(year, month, min(day, end_of_month(year, month).day))
        if due < ref:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
            due = date(year, month, min(day, end_of_month(year, month).day))
        phrase = text[m.start() : m.end()].strip(" ,:;-")
        return Deadline(text=phrase or None, due=due, strict_before=marker == "truoc", recurrence=recurrence)
    return None


_ONGOING = re.compile(
    r"(?:^|[,;:(]\s*|\s)(?:(?:thuc\s+hien|trien\s+khai|tien\s+hanh|duy\s+tri|thoi\s+(?:gian|han))\s*:?\s*)?"
    r"thuong\s+xuyen(?:\s*(?:,|va)\s*lau\s+dai|\s+lien\s+tuc)?\s*[.;)]?\s*$"
)


def is_ongoing(text: str | None) -> bool:
    """True when a task's time is stated as ongoing ("…, thực hiện thường xuyên.", a "Thường xuyên" cell).

    Such a task has no due date of its own and does not take the period of its section either.
    """
    return bool(text) and bool(_ONGOING.search(ascii_fold(text).strip()))


# "Hướng dẫn số 05-HD/ĐU ngày 12/9/2025", "Quyết định ban hành ngày …": a cited document's date
_CITED_BEFORE = re.compile(r"(?:số\s*\S+|ban hành|ký)\s+(?:ngày\s+)?$", re.I)


# "(15/10/1956 - 15/10/2025)": an anniversary's two dates
_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d")
_SPAN_BEFORE = re.compile(r"\d\s*[-–]\s*$")


def dated_by_event(text: str, ref: date | None) -> bool:
    """An action that names the day of its event ("giám sát cuộc bầu cử ngày 15/3/2026", "(khai giảng ngày 12/11)")
    takes no period from its section: the README's "not for an item dated by its event"."""
    for f in find_deadlines(text, ref):
        if f.kind != "date" or f.marked or f.due is None or (ref is not None and f.due < ref):
            continue
        if _CITED_BEFORE.search(text[max(0, f.start - 40) : f.start]) or _SPAN_AFTER.match(text, f.end):
            continue
        if not _SPAN_BEFORE.search(text[max(0, f.start - 12) : f.start]):
            return True
    return False


def period_start(found: Found) -> date | None:
    """The first day of a quarter, a month or a year found as a period ("quý II/2023" → 1/4/2023), or None."""
    due, text = found.due, found.text.lower()
    if due is None or not re.search(r"\d{4}", text):
        return None  # "tháng 10" without its year may be last October as well as the next
    if re.search(r"(?<!\w)quý(?!\w)", text):
        return date(due.year, due.month - 2, 1)
    if re.search(r"(?<!\w)tháng\s+\d", text):
        return date(due.year, due.month, 1)
    if re.fullmatch(r"\s*(?:trong\s+)?năm\s+\d{4}\s*", text):
        return date(due.year, 1, 1)
    return None
