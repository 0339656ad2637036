"""Tokens of a deadline phrase: each keeps what was typed (lower-case NFC) and its toneless form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from conclusions.normalize import ascii_fold, nfc

_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|[/\-.:,;!?–+]")


@dataclass(frozen=True)
class Token:
    """One word, number or separator; `toned` is False when it was typed without any diacritic."""

    text: str
    plain: str
    start: int
    end: int

    @property
    def toned(self) -> bool:
        """True when the user typed a diacritic in this word (so the tone decides: sáu ≠ sau)."""
        return self.text != self.plain


def tokenize(phrase: str) -> list[Token]:
    """Split a phrase into words, digit runs and date separators (letters and digits apart: "16h30", "T2")."""
    text = nfc(phrase).lower()
    return [Token(m.group(), ascii_fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
