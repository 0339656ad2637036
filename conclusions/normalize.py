"""Text clean-up shared by every stage: Unicode NFC, markdown markers, hard line breaks, folding for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Tone marks only: dropping them makes old ("hoà") and new ("hòa") tone placement compare equal
# while keeping the vowel letters (â, ơ, ư…) that tell words apart.
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ALL_MARKS_RE = re.compile(r"[\u0300-\u036f]")


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC with BOMs and non-breaking/zero-width spaces made plain."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\ufeff", "").replace("\u200b", "").replace("\u00a0", " ").replace("\u202f", " ")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    kept = "".join(c for c in unicodedata.normalize("NFD", low) if c not in _TONE_MARKS)
    folded = unicodedata.normalize("NFC", kept)
    return folded if len(folded) == 1 else low


class _CharTable(dict):  # type: ignore[type-arg]
    """A `str.translate` table that converts each character the first time it is met (one in, one out)."""

    def __init__(self, convert: Callable[[str], str]):
        super().__init__()
        self.convert = convert

    def __missing__(self, code: int) -> str:
        mapped = self[code] = self.convert(chr(code))
        return mapped


_FOLD_TABLE = _CharTable(_fold_char)


@lru_cache(maxsize=8192)  # the readers fold the same sentences and clauses many times over
def fold(text: str) -> str:
    """Lower-case and drop tone marks, one character for one character, so offsets stay valid."""
    return text.translate(_FOLD_TABLE)


def _ascii_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = _ALL_MARKS_RE.sub("", unicodedata.normalize("NFD", low))
    return base if len(base) == 1 else low


_ASCII_TABLE = _CharTable(_ascii_char)


@lru_cache(maxsize=8192)
def ascii_fold(text: str) -> str:
    """Lower-case and strip every diacritic (đ→d), one character for one: how people type on phones."""
    return text.translate(_ASCII_TABLE)


_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s*", re.M)
_MD_RULE_RE = re.compile(r"^\s*([-_*=]\s*){3,}$", re.M)
_MD_BOLD_RE = re.compile(r"(\*\*|__)(.+?)\1", re.S)
_MD_ITALIC_RE = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_BULLET_STAR_RE = re.compile(r"^(\s*)[*•●▪◦]\s+", re.M)


def strip_markup(text: str) -> str:
    """Remove markdown emphasis, heading hashes and rules; keep the words and list markers."""
    text = _MD_RULE_RE.sub("", text)
    text = _MD_HEADING_RE.sub("", text)
    text = _BULLET_STAR_RE.sub(r"\1- ", text)
    for _ in range(2):  # nested "***x***"
        text = _MD_BOLD_RE.sub(r"\2", text)
    text = _MD_ITALIC_RE.sub(r"\1", text)
    text = _MD_ESCAPE_RE.sub(r"\1", text)
    text = text.replace("**", "")
    text = re.sub(r"^\s*\*\s*$", "", text, flags=re.M)  # a lone "*" decoration line
    return text


# The sender line of a chat export: "[07:58, 03/06/2026] Trần Minh Hiếu - VP UBND P.: …" (Zalo, WhatsApp) or
# "Văn phòng ĐU   08:12 24/11" above a message; what follows it is a message of its own.
# The stamp comes time first ("[07:42 11/03/2024]", "[07:42, 11/03/2024]") or date first ("[17/11 09:42]"), the year optional.
_CHAT_TIME = r"\d{1,2}:\d{2}(?:\s*(?:AM|PM|SA|CH))?"
_CHAT_DAY = r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"
CHAT_PREFIX = re.compile(rf"\[\s*(?:{_CHAT_TIME},?\s*{_CHAT_DAY}|{_CHAT_DAY},?\s*{_CHAT_TIME})\s*\]\s*[^:\n]{{1,80}}:\s*", re.I)
# "[07:45] VP UBND phường - Thu Trang" alone on its line (the day in a separator line above, "——— Thứ Hai, 10/11 ———"):
# the sender line of an export that stamps only the time and puts the message on the lines below.
# Other exports put the name first: "Nguyễn Thị Hà (VP xã)  07:41" (the time after two spaces) or
# "Văn phòng P.Tân Hòa, [24/11 07:32]" (Telegram, "(đã sửa)" when edited).
_CHAT_NAME = r"[^\W\d][^:\n!?/\[\]]{0,60}?(?<![.,;:])(?<!\slúc)"
_CHAT_STAMP = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
CHAT_SENDER = re.compile(
    rf"[^\S\n]*(?:\[\s*{_CHAT_TIME}\s*\][^\S\n]*(?:[^:\n!?]{{0,60}}(?<![.,;]))?|{_CHAT_NAME}[^\S\n]{{2,}}{_CHAT_TIME}[^\S\n]*"
    rf"|{_CHAT_NAME},?[^\S\n]*\[\s*(?:{_CHAT_STAMP},?\s*{_CHAT_TIME}|{_CHAT_TIME},?\s*{_CHAT_STAMP})\s*\](?:[^\S\n]*\([^()\n]{{1,20}}\))?[^\S\n]*)",
    re.I,
)
_CHAT_SENDER_LINE = re.compile(rf"^{CHAT_SENDER.pattern}$", re.I | re.M)
_LIST_START_RE = re.compile(
    r"^\s*(?:[-+•–]\s|\d\ufe0f?\u20e3|\U0001F51F|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]\s|\d{1,2}/\s+(?=\S)|\(?[IVXLC]{1,6}[.)]\s|\(?[a-zđ][)]\s|[a-zđ]\.\s)"
)
_TERMINAL = tuple(".:;!?…")
# Words a sentence cannot end on: a paragraph ending on one was cut by a hard break.
_DANGLING = {
    "theo", "của", "và", "các", "trong", "với", "cho", "để", "tại", "về", "từ", "đến", "những", "là",
    "được", "có", "thì", "mà", "hoặc", "cùng", "trên", "dưới", "sau", "trước", "nhằm", "đối", "một",
}


def _is_list_start(line: str) -> bool:
    return bool(_LIST_START_RE.match(line))


def _starts_lower(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and s[0].islower()


def _last_word(line: str) -> str:
    words = line.rstrip().split()
    return words[-1].lower() if words else ""


def paragraphs(text: str) -> list[str]:
    """Split clean text into paragraphs, re-joining lines and paragraphs cut by hard breaks.

    The sender line of a chat message is a paragraph of its own and its message starts another."""
    chat = bool(CHAT_PREFIX.search(text) or _CHAT_SENDER_LINE.search(text))  # chat messages are not wrapped
    text = CHAT_PREFIX.sub(lambda m: "\n\n" + m.group(0).rstrip() + "\n\n", text)
    text = _CHAT_SENDER_LINE.sub(lambda m: "\n\n" + m.group(0).strip() + "\n\n", text)
    blocks = re.split(r"\n\s*\n", text)
    line_lengths = [len(ln.strip()) for ln in text.split("\n") if ln.strip()]
    # A wrapped line (PDF, fixed-width text) is nearly as long as the longest lines.
    full = sorted(line_lengths)[int(len(line_lengths) * 0.9)] if line_lengths else 0
    wrap_threshold = max(40, int(full * 0.6))
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        current = ""
        for line in lines:
            if not current:
                current = line
                continue
            joinable = not _is_list_start(line) and (
                _starts_lower(line)
                or _last_word(current) in _DANGLING
                or (not chat and not current.endswith(_TERMINAL) and len(current) >= wrap_threshold)
            )
            if joinable:
                current = current + " " + line
            else:
                out.append(current)
                current = line
        if current:
            out.append(current)
    # Join across blank lines when the break falls inside a sentence.
    merged: list[str] = []
    for para in out:
        if merged and not _is_list_start(para) and not merged[-1].endswith(_TERMINAL) and not CHAT_SENDER.fullmatch(merged[-1]) and (
            _starts_lower(para) or _last_word(merged[-1]) in _DANGLING
        ):
            merged[-1] = merged[-1] + " " + para
        else:
            merged.append(para)
    # a sender line keeps its spacing: "Lê Văn Nam  07:52" is told from a sentence by the two spaces
    return [p.strip() if CHAT_SENDER.fullmatch(p.strip()) else re.sub(r"[ \t]+", " ", p).strip() for p in merged if p.strip()]


def clean_text(text: str) -> str:
    """NFC-normalize and strip markup: the text the extractor works on."""
    return strip_markup(nfc(text))
