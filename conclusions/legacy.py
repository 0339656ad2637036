"""Recognize text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC) and VNI."""

from __future__ import annotations

import re

# Bytes TCVN3 uses for Vietnamese letters, as they appear when the text is read as Windows-1252.
# Only the bytes VNI never produces, so the two encodings are told apart.
_TCVN3_CHARS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞß«¬\u00ad¡¢§£¤¥¦")
# VNI writes a base vowel followed by a separate tone/shape byte.
_VNI_RE = re.compile(r"[aeiouyAEIOUY][øùûõïâêôåäëöôõ]|ñ[a-zA-Z]|Ñ[A-Z]")
_VIET_RE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def detect_legacy_encoding(text: str) -> str | None:
    """Return "TCVN3" or "VNI" when `text` looks typed in that legacy encoding, else None."""
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 40:
        return None
    unicode_viet = len(_VIET_RE.findall(sample))
    tcvn = sum(ch in _TCVN3_CHARS for ch in sample)
    vni = len(_VNI_RE.findall(sample))
    if vni > max(10, letters * 0.03) and vni > unicode_viet * 2 and vni > tcvn:
        return "VNI"
    if tcvn > max(10, letters * 0.03) and tcvn > unicode_viet * 2:
        return "TCVN3"
    return None
