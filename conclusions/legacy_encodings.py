"""TCVN3 (ABC, TCVN 5712:1993 VN3) and VNI-Windows text ↔ Unicode.

Legacy text reaches us as characters, not bytes: a .txt decoded as Windows-1252, or a Word run in a
.VnTime / VNI-Times font whose characters Word stores as their Windows-1252 code points. So both
directions work on `str` in that "Windows-1252 view": byte 0xB8 is the character '¸'.

The tables are written here as rows (one vowel, its six tones) from the published code charts:
TCVN3 gives every lowercase toned vowel one byte and has only the seven plain capitals Ă Â Ê Ô Ơ Ư Đ
(capitals with a tone are the lowercase codes shown in an all-caps ".VnTimeH" font); VNI writes a
base letter followed by one mark byte, except for the i-tones, ỵ, ơ, ư and đ, which are one byte.
"""

from __future__ import annotations

import re
import unicodedata

# Tone order used by every row below: none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def _toned(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONE_MARKS[tone])


def _tcvn3_rows() -> dict[str, str]:
    # Byte of each toned lowercase vowel, tones in the order above (the plain vowel first).
    rows = {
        "a": ("a", 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
        "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
        "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
        "e": ("e", 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
        "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
        "i": ("i", 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
        "o": ("o", 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
        "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
        "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
        "u": ("u", 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
        "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
        "y": ("y", 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
    }
    table: dict[str, str] = {}
    for vowel, codes in rows.items():
        for tone, code in enumerate(codes):
            if isinstance(code, int):
                table[_toned(vowel, tone)] = bytes([code]).decode("cp1252")
    table["đ"] = bytes([0xAE]).decode("cp1252")
    for letter, code in zip("ĂÂÊÔƠƯĐ", range(0xA1, 0xA8)):
        table[letter] = bytes([code]).decode("cp1252")
    return table


# VNI mark bytes (lowercase; the capital forms are the same letters upper-cased): tones in the order
# above for a plain vowel, for a circumflex vowel (â ê ô) and for a breve (ă).
_VNI_PLAIN_TONES = ("", "ø", "û", "õ", "ù", "ï")
_VNI_CIRCUMFLEX_TONES = ("â", "à", "å", "ã", "á", "ä")
_VNI_BREVE_TONES = ("ê", "è", "ú", "ü", "é", "ë")
# One-byte forms: the toned i's, ỵ, and the horn letters ơ ư with đ (their tones follow as plain marks).
_VNI_SINGLE = {"ì": "ì", "ỉ": "æ", "ĩ": "ó", "í": "í", "ị": "ò", "ỵ": "î", "ơ": "ô", "ư": "ö", "đ": "ñ"}


def _vni_rows() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel in _VOWELS:
        for tone in range(6):
            toned = _toned(vowel, tone)
            if toned in _VNI_SINGLE:
                code = _VNI_SINGLE[toned]
            elif vowel in "ơư":
                code = _VNI_SINGLE[vowel] + _VNI_PLAIN_TONES[tone]
            elif vowel in "âêô":
                code = unicodedata.normalize("NFD", vowel)[0] + _VNI_CIRCUMFLEX_TONES[tone]
            elif vowel == "ă":
                code = "a" + _VNI_BREVE_TONES[tone]
            else:
                code = vowel + _VNI_PLAIN_TONES[tone]
            table[toned] = code
    table["đ"] = _VNI_SINGLE["đ"]
    for lower, code in list(table.items()):
        table[lower.upper()] = code.upper()
    return {k: v for k, v in table.items() if k != v}


TCVN3_ENCODE: dict[str, str] = _tcvn3_rows()
TCVN3_DECODE: dict[str, str] = {code: letter for letter, code in TCVN3_ENCODE.items()}
VNI_ENCODE: dict[str, str] = _vni_rows()
VNI_DECODE: dict[str, str] = {code: letter for letter, code in VNI_ENCODE.items()}
_VNI_RE = re.compile("|".join(re.escape(code) for code in sorted(VNI_DECODE, key=len, reverse=True)))
_TCVN3_RE = re.compile("[" + re.escape("".join(TCVN3_DECODE)) + "]")
# Word is stored in the private-use area when a legacy font is flagged as a symbol font.
_SYMBOL_AREA = {chr(0xF000 + b): bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x20, 0x100)}
_WORD_RE = re.compile(r"\S+")


def _from_symbol_area(text: str) -> str:
    if not any("\uf020" <= ch <= "\uf0ff" for ch in text):
        return text
    return "".join(_SYMBOL_AREA.get(ch, ch) for ch in text)


def _ascii_letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isascii() and ch.isalpha())


def _is_capitals_word(word: str) -> bool:
    """A word of letters only, with two or more plain letters, all capitals ("B¸O", "§¶NG")."""
    core = word.strip(".,;:!?()[]\"'“”‘’…-–")
    letters = _ascii_letters(core)
    return len(letters) >= 2 and letters.isupper() and all(ch.isalpha() or ch in TCVN3_DECODE for ch in core)


def _tcvn3_line(line: str) -> str:
    words = _WORD_RE.findall(line)
    capitals = [_is_capitals_word(w) for w in words]
    out: list[str] = []
    pos = 0
    for i, m in enumerate(_WORD_RE.finditer(line)):
        out.append(line[pos : m.start()])
        pos = m.end()
        word = m.group()
        converted = _TCVN3_RE.sub(lambda c: TCVN3_DECODE[c.group()], word)
        if _TCVN3_RE.search(word):  # not `converted != word`: ý is its own code
            letters = _ascii_letters(word)
            # A toned capital is its lowercase code: a word typed in capitals is upper case throughout, and so
            # is a one-capital word ("X·") standing next to one ("X· HéI").
            beside_capitals = (i > 0 and capitals[i - 1]) or (i + 1 < len(words) and capitals[i + 1])
            if capitals[i] or (len(letters) == 1 and letters.isupper() and beside_capitals):
                converted = converted.upper()
        out.append(converted)
    out.append(line[pos:])
    return "".join(out)


def tcvn3_to_unicode(text: str, *, uppercase: bool = False) -> str:
    """Convert TCVN3 text (Windows-1252 view) to Unicode NFC; `uppercase` for runs in a ".VnTimeH" capitals font.

    Without a font to tell, words typed in capitals ("B¸O", "X· HéI") are taken as capitals throughout.
    """
    text = _from_symbol_area(text)
    if uppercase:
        return _TCVN3_RE.sub(lambda m: TCVN3_DECODE[m.group()], text).upper()
    return "\n".join(_tcvn3_line(line) for line in text.split("\n"))


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text (Windows-1252 view) to Unicode NFC."""
    return _VNI_RE.sub(lambda m: VNI_DECODE[m.group()], _from_symbol_area(text))


def unicode_to_tcvn3(text: str) -> str:
    """Encode Unicode Vietnamese as TCVN3 (Windows-1252 view); toned capitals become their lowercase codes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = TCVN3_ENCODE.get(ch)
        if code is None and ch.isupper():
            code = TCVN3_ENCODE.get(ch.lower())
        out.append(code if code is not None else ch)
    return "".join(out)


def unicode_to_vni(text: str) -> str:
    """Encode Unicode Vietnamese as VNI-Windows (Windows-1252 view)."""
    return "".join(VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
