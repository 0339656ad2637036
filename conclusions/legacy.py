"""Recognize text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC) and VNI, and convert it to Unicode.

Detection looks only at what ordinary Unicode Vietnamese never contains, so a Unicode notice — capitals,
French quotes, a © line and all — is left alone:
- TCVN3 read as Windows-1252 is full of symbols standing for letters (¸ = á, µ = à, « = ô, ® = đ, ­ = ư)
  and of capital Latin-1 letters right after a lower-case letter ("kÕt", "HuyÖn");
- VNI writes a vowel followed by a mark byte ("baùo", "Thoâng") and ơ ư đ as ô ö ñ; pairs that are also
  real Unicode Vietnamese ("hoá", "quân", "tiên") are not counted.
Both are weighed against the letters only Unicode Vietnamese has (ạ ả ấ … ă đ ơ ư), which a legacy text
read as Windows-1252 cannot contain.
"""

from __future__ import annotations

import re

from conclusions.legacy_encodings import tcvn3_to_unicode, vni_to_unicode

_TCVN3_SYMBOLS = set("¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾")
_TCVN3_CAPITAL_INSIDE_RE = re.compile(r"[a-zà-ÿ][Æ-ÖØ-ß]")
_VNI_MARKS = "ùøûõïâêáàåãäéèúüë"
_VNI_PAIR_RE = re.compile(f"[aeouyAEOUYôöÔÖ][{_VNI_MARKS}{_VNI_MARKS.upper()}]")
# Vowel pairs that are ordinary Unicode Vietnamese as well as VNI ("hoá", "quà", "quân", "quê", "khoẻ"…).
_UNICODE_PAIRS = {"oà", "oá", "oã", "uà", "uá", "uã", "uâ", "uê", "uè", "ué", "oè", "oé", "yê", "uô", "oă", "uy"}
_VNI_LETTERS_RE = re.compile(r"[ñÑöÖ](?=[a-zA-Z\u00c0-\u00ff])|(?<=[a-zA-Z])[ñÑöÖ]")
_UNICODE_ONLY_RE = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")


def _scores(sample: str) -> tuple[int, int, int]:
    tcvn = sum(ch in _TCVN3_SYMBOLS for ch in sample) + len(_TCVN3_CAPITAL_INSIDE_RE.findall(sample))
    vni = sum(1 for m in _VNI_PAIR_RE.finditer(sample) if m.group().lower() not in _UNICODE_PAIRS)
    vni += len(_VNI_LETTERS_RE.findall(sample))
    return tcvn, vni, len(_UNICODE_ONLY_RE.findall(sample))


def detect_legacy_encoding(text: str) -> str | None:
    """Return "TCVN3" or "VNI" when `text` looks typed in that legacy encoding, else None."""
    sample = text[:50000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 40:
        return None
    tcvn, vni, unicode_only = _scores(sample)
    floor = max(6, letters // 200)
    if vni >= floor and vni > 3 * unicode_only and vni > tcvn:
        return "VNI"
    if tcvn >= floor and tcvn > 3 * unicode_only:
        return "TCVN3"
    return None


def to_unicode(text: str, encoding: str, *, uppercase: bool = False) -> str:
    """Convert `text` typed in `encoding` ("TCVN3" or "VNI", Windows-1252 view) to Unicode."""
    if encoding == "TCVN3":
        return tcvn3_to_unicode(text, uppercase=uppercase)
    if encoding == "VNI":
        return vni_to_unicode(text).upper() if uppercase else vni_to_unicode(text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def convert_legacy(text: str) -> tuple[str, str | None]:
    """Return `text` in Unicode and the legacy encoding it was converted from (None when it was Unicode)."""
    encoding = detect_legacy_encoding(text)
    return (to_unicode(text, encoding), encoding) if encoding else (text, None)


def font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """The legacy encoding a font name implies and whether it is a capitals font: ".VnTimeH" → ("TCVN3", True)."""
    if not font_name:
        return None
    name = font_name.strip()
    low = name.lower()
    if low.startswith(".vn"):
        # ABC's capitals fonts end in "H": .VnTimeH, .VnArial NarrowH.
        return "TCVN3", name.endswith("H")
    if low.startswith(("vni-", "vni ", "vni_")):
        return "VNI", False
    return None
