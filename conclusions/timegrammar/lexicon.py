"""The words of deadline phrases and the first values they give; the rules combine these.

Entries are written with their tones. A word typed with diacritics must match exactly ("sáu" is
six, "sau" is after); a word typed without any is matched toneless and may have several readings
("sau" → sau or sáu, "mot" → một or mốt), which the rules and the costs sort out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from conclusions.normalize import ascii_fold
from conclusions.timegrammar.tokens import Token
from conclusions.timegrammar.values import (
    DateSpec,
    Marker,
    Num,
    Part,
    Rel,
    Roman,
    Sep,
    TetEve,
    Unit,
    Weekday,
    Word,
)

NUMBER_WORDS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
    "chín": 9, "mười": 10,
}
#: Units digits that only follow a tens word: "hai mươi mốt", "mười lăm", "hai mươi tư".
TAIL_WORDS = {"mốt": 1, "lăm": 5, "nhăm": 5, "tư": 4}

UNITS = {
    "ngày": "day", "hôm": "day", "bữa": "day", "tuần": "week", "tuần lễ": "week", "tháng": "month",
    "quý": "quarter", "năm": "year", "ngày làm việc": "workday",
}

RELS = {
    "này": 0, "nay": 0, "hiện tại": 0, "sau": 1, "tới": 1, "tiếp": 1, "tiếp theo": 1, "kế tiếp": 1, "kế": 1,
    "sắp tới": 1, "trước": -1, "qua": -1, "vừa rồi": -1, "vừa qua": -1, "rồi": -1, "ngoái": -1,
}

PARTS = {
    "đầu": "begin", "giữa": "mid", "cuối": "end", "hết": "whole", "nửa đầu": "first_half",
    "nửa cuối": "second_half", "thượng tuần": "dec1", "trung tuần": "dec2", "hạ tuần": "dec3",
}

#: Words before a deadline: (strict, within).
MARKERS = {
    "trước": (True, False), "hạn": (False, False), "hạn chót": (False, False), "thời hạn": (False, False),
    "hạn cuối": (False, False), "deadline": (False, False), "chậm nhất": (False, False), "muộn nhất": (False, False),
    "trễ nhất": (False, False), "đến": (False, False), "tới": (False, False), "cho đến": (False, False),
    "cho tới": (False, False), "từ nay đến": (False, False), "từ nay tới": (False, False), "từ giờ đến": (False, False),
    "từ bây giờ đến": (False, False), "là": (False, False), "vào": (False, False), "trong": (False, True),
    "trong vòng": (False, True), "trong thời hạn": (False, True), "trong thời gian": (False, True),
    "tối đa": (False, True), "không quá": (False, True), "không muộn hơn": (False, False),
    "không chậm hơn": (False, False), "hoàn thành": (False, False), "xong": (False, False), "nộp": (False, False),
    "gửi": (False, False), "kết thúc": (False, False), "hạn nộp": (False, False), "hạn hoàn thành": (False, False),
    "lúc": (False, False), "khoảng": (False, False), "dự kiến": (False, False),
    "chót": (False, False),  # what is left of "hạn chót 30/6" once /giao has split at "hạn"
}

#: Holidays by name: (day, month, lunar).
HOLIDAYS = {
    "tết": (1, 1, True), "tết nguyên đán": (1, 1, True), "tết âm lịch": (1, 1, True), "tết cổ truyền": (1, 1, True),
    "tết ta": (1, 1, True), "rằm tháng giêng": (15, 1, True), "tết nguyên tiêu": (15, 1, True),
    "giỗ tổ": (10, 3, True), "giỗ tổ hùng vương": (10, 3, True), "tết hàn thực": (3, 3, True),
    "phật đản": (15, 4, True), "tết đoan ngọ": (5, 5, True), "đoan ngọ": (5, 5, True),
    "rằm tháng bảy": (15, 7, True), "vu lan": (15, 7, True), "trung thu": (15, 8, True),
    "tết trung thu": (15, 8, True), "ông công ông táo": (23, 12, True), "ông táo": (23, 12, True),
    "tết ông táo": (23, 12, True), "tết ông công": (23, 12, True),
    "tết dương lịch": (1, 1, False), "tết tây": (1, 1, False), "tết dương": (1, 1, False),
    "thành lập đảng": (3, 2, False), "thành lập đảng cộng sản việt nam": (3, 2, False),
    "thầy thuốc việt nam": (27, 2, False), "quốc tế phụ nữ": (8, 3, False), "phụ nữ quốc tế": (8, 3, False),
    "thành lập đoàn": (26, 3, False), "thành lập đoàn thanh niên": (26, 3, False),
    "giải phóng miền nam": (30, 4, False), "thống nhất đất nước": (30, 4, False),
    "quốc tế lao động": (1, 5, False), "sinh nhật bác": (19, 5, False), "quốc tế thiếu nhi": (1, 6, False),
    "tết thiếu nhi": (1, 6, False), "gia đình việt nam": (28, 6, False), "báo chí cách mạng việt nam": (21, 6, False),
    "thương binh liệt sĩ": (27, 7, False), "thương binh - liệt sĩ": (27, 7, False),
    "thành lập công đoàn việt nam": (28, 7, False), "quốc khánh": (2, 9, False), "cách mạng tháng tám": (19, 8, False),
    "thành lập hội nông dân việt nam": (14, 10, False), "thành lập hội nông dân": (14, 10, False),
    "doanh nhân việt nam": (13, 10, False), "phụ nữ việt nam": (20, 10, False),
    "thành lập hội liên hiệp phụ nữ việt nam": (20, 10, False), "thành lập mặt trận": (18, 11, False),
    "đại đoàn kết": (18, 11, False), "đại đoàn kết toàn dân tộc": (18, 11, False),
    "nhà giáo việt nam": (20, 11, False), "nhà giáo": (20, 11, False), "thành lập hội cựu chiến binh": (6, 12, False),
    "quân đội nhân dân": (22, 12, False), "quân đội nhân dân việt nam": (22, 12, False),
    "thành lập quân đội": (22, 12, False), "quốc phòng toàn dân": (22, 12, False), "giáng sinh": (25, 12, False),
    "noel": (25, 12, False), "nô en": (25, 12, False),
}

#: Plain grammatical words and fixed phrases the rules look for by name.
WORDS = [
    "ngày", "hôm", "bữa", "mùng", "mồng", "thứ", "t", "tháng", "quý", "q", "năm", "tuần", "nữa", "nửa", "mươi", "chục",
    "trăm", "linh", "lẻ", "rưỡi", "rưởi", "h", "giờ", "g", "phút", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
    "âm lịch", "âm", "al", "âl", "rằm", "lễ", "dịp", "ngày lễ", "kỷ niệm", "hàng", "hằng", "mỗi", "định kỳ", "lần",
    "kể từ", "tính từ", "từ", "kể từ ngày", "cách đây", "sang", "của", "và", "hoặc", "giao thừa", ",", "thành lập", "ngày thành lập",
    "ba mươi tết", "hôm nay", "ngày hôm nay", "bữa nay", "mai", "ngày mai", "mốt", "ngày mốt", "ngày kia", "ngày kìa",
    "hôm qua", "ngày hôm qua", "hôm kia", "ngày ký", "ngày kí", "ngày ban hành", "ngày nhận", "ngày nhận được",
    "văn bản", "thông báo", "kết luận", "công văn", "quyết định", "kế hoạch", "bây giờ", "giờ", "nay",
    "chủ nhật", "chúa nhật", "cn", "tháng giêng", "tháng chạp", "tết", "nhất", "đầu tiên", "cuối cùng", "ngay",
    "tiếp theo", "sau", "trước", "tới", "sắp tới",
]

#: Punctuation and particles left out at either end of a phrase ("thứ sáu nhé ạ", "ok, mai").
_PUNCT = {",", ".", ";", ":", "!", "?", "-", "–", "+"}
LEADING = _PUNCT | {"ok", "oke", "okay", "vâng", "dạ", "ừ"}
TRAILING = _PUNCT | {"nhé", "nhe", "nha", "nhá", "ạ", "nhen", "nghen", "luôn", "anh", "chị", "em", "ok"}
_LEADING_PLAIN = {ascii_fold(w) for w in LEADING}
_TRAILING_PLAIN = {ascii_fold(w) for w in TRAILING} | {"a"}


def _entries() -> dict[str, list[object]]:
    found: dict[str, list[object]] = defaultdict(list)
    for word, n in NUMBER_WORDS.items():
        found[word].append(Num(n))
    for word, n in TAIL_WORDS.items():
        found[word].append(Num(n, tail=True))
    found["tư"].append(Num(4))
    for word, unit in UNITS.items():
        found[word].append(Unit(unit))
    for word, step in RELS.items():
        found[word].append(Rel(step))
    for word, part in PARTS.items():
        found[word].append(Part(part))
    for word, (strict, within) in MARKERS.items():
        found[word].append(Marker(strict, within))
    for word, (d, m, lunar) in HOLIDAYS.items():
        found[word].append(DateSpec(d, m, None, lunar))
    for word in ("giao thừa", "ba mươi tết", "đêm giao thừa"):
        found[word].append(TetEve())
    for word, wd in (("chủ nhật", 6), ("chúa nhật", 6), ("cn", 6)):
        found[word].append(Weekday(wd))
    for word, n in (("i", 1), ("ii", 2), ("iii", 3), ("iv", 4)):
        found[word].append(Roman(n))
    for word in WORDS:
        found[word].append(Word(word))
    return found


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], tuple[object, ...]]]]:
    """Entries by the toneless form of their first word."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[object, ...]]]] = defaultdict(list)
    for phrase, values in _entries().items():
        words = tuple(phrase.split())
        index[ascii_fold(words[0])].append((words, tuple(dict.fromkeys(values))))
    return index


def _word_cost(token: Token, word: str) -> int | None:
    """0 for an exact match, 1 for a toneless token read as a toned word, None for no match."""
    if token.toned:
        return 0 if token.text == word else None
    if token.plain != ascii_fold(word):
        return None
    return 0 if token.text == word else 1


def readings(tokens: list[Token], start: int) -> Iterator[tuple[int, object, int]]:
    """Every (end, value, cost) the lexicon reads from `tokens[start:]`."""
    token = tokens[start]
    if token.text.isascii() and token.text.isdigit():
        if len(token.text) <= 6:  # a longer run of digits is no day, month or year
            yield start + 1, Num(int(token.text), len(token.text)), 0
        return
    if token.text in "/-.:–":
        yield start + 1, Sep("-" if token.text == "–" else token.text), 0
    for words, values in _index().get(token.plain, ()):
        end = start + len(words)
        if end > len(tokens):
            continue
        cost = 0
        for tok, word in zip(tokens[start:end], words, strict=True):
            c = _word_cost(tok, word)
            if c is None:
                break
            cost += c
        else:
            for value in values:
                yield end, value, cost


def is_filler(token: Token, *, leading: bool) -> bool:
    """True for punctuation and particles that may open (or close) a phrase without changing it."""
    words, plain = (LEADING, _LEADING_PLAIN) if leading else (TRAILING, _TRAILING_PLAIN)
    return token.text in words or (not token.toned and token.plain in plain)
