"""Splitting "<hạn mới> <lý do>" as people type it after /giahan, using the chat deadline parser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import conclusions

#: Words people put between the new deadline and the reason.
_SEPARATOR = re.compile(r"\s*(?:[,;]|\s-\s|\b(?:lý do|lí do|ly do|vì|vi|do|bởi vì|bởi|tại vì)\b\s*:?)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class PhraseAndReason:
    """A recognized deadline, the words that gave it, and the rest of the message."""

    deadline: Any  # conclusions.Deadline
    phrase: str
    reason: str


def parse_deadline(phrase: str, today: date) -> Any | None:
    """The chat deadline parser (owned by `conclusions`) on one phrase."""
    phrase = " ".join(phrase.split())
    return conclusions.parse_chat_deadline(phrase, today) if phrase else None


def split_deadline(text: str, today: date) -> PhraseAndReason | None:
    """Find the deadline at the start of `text`; the reason is what follows it."""
    text = " ".join(text.split())
    match = _SEPARATOR.search(text)
    if match and match.start() > 0:
        found = parse_deadline(text[: match.start()], today)
        if found is not None:
            return PhraseAndReason(found, text[: match.start()].strip(), text[match.end():].strip())
    # No separator: the deadline is the leading words up to the last word that changed its meaning.
    words = text.split()
    best: tuple[int, Any] | None = None
    previous: tuple[Any, ...] | None = None
    for count in range(1, min(len(words), 14) + 1):  # "trong 3 ngày làm việc kể từ ngày nhận được văn bản" is 11
        found = parse_deadline(" ".join(words[:count]), today)
        # Compare meanings, not texts: the echoed text grows with every word tried.
        meaning = (found.due, found.strict_before, found.recurrence) if found is not None else None
        if found is not None and meaning != previous:
            best = (count, found)
        previous = meaning
    if best is None:
        return None
    count, found = best
    return PhraseAndReason(found, " ".join(words[:count]), " ".join(words[count:]).lstrip(":,; ").strip())
