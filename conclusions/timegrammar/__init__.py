"""A compositional grammar for Vietnamese deadline phrases ("thứ sáu tuần sau", "trước Rằm tháng Bảy").

tokens → lexicon readings → rules applied until nothing changes (`engine.Chart`) → one resolution
step (`resolve`). `parse_deadline(phrase, today)` is the entry point; it returns None for anything
it cannot read whole, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from conclusions.model import Deadline
from conclusions.normalize import ascii_fold, nfc
from conclusions.periods import safe_date
from conclusions.timegrammar.engine import Chart, Context, Node
from conclusions.timegrammar.lexicon import is_filler
from conclusions.timegrammar.resolve import due_of
from conclusions.timegrammar.rules import RULES
from conclusions.timegrammar.rules.common import MAX_YEAR, MIN_YEAR
from conclusions.timegrammar.tokens import tokenize
from conclusions.timegrammar.values import Bounded, Recur, Recurring, Time

MAX_TOKENS = 24  # a deadline phrase is short; a longer text is a sentence, not a deadline
#: Reference days the calendar arithmetic covers, with a year to spare on each side.
FIRST_DAY, LAST_DAY = date(MIN_YEAR + 1, 1, 1), date(MAX_YEAR - 1, 12, 31)


@dataclass(frozen=True)
class Reading:
    """The reading chosen for a phrase: its value, the rule that built it, and its cost."""

    value: object
    rule: str
    cost: int


def _final(value: object) -> bool:
    return isinstance(value, (Time, Bounded, Recurring, Recur))


def read(phrase: str, today: date) -> list[Reading]:
    """Every whole-phrase reading, cheapest first (for explaining and testing the grammar)."""
    tokens = tokenize(phrase)
    if not tokens or len(tokens) > MAX_TOKENS or not FIRST_DAY <= today <= LAST_DAY:
        return []
    start, end = 0, len(tokens)
    while start < end and is_filler(tokens[start], leading=True):
        start += 1
    while end > start and is_filler(tokens[end - 1], leading=False):
        end -= 1
    if start == end:
        return []
    chart = Chart(tokens, RULES, Context(today))
    nodes: list[Node] = chart.spanning(start, end, _final)
    return [Reading(n.value, n.rule, n.cost) for n in nodes]


def parse_deadline(phrase: str, today: date) -> Deadline | None:
    """The deadline `phrase` states relative to `today`, or None when it cannot be read whole."""
    text = nfc(phrase).strip()
    for reading in read(text, today):
        value = reading.value
        if isinstance(value, Recur):
            return Deadline(text=text, due=None, strict_before=False, recurrence=value.kind)
        found = due_of(value, today)
        if found is None:
            continue
        due, strict, recurrence, has_clock = found
        return Deadline(text=text, due=due, strict_before=strict and not has_clock, recurrence=recurrence)
    return None


_WRITTEN_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)"
    r"|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?"
)


def impossible_dates(phrase: str) -> list[str]:
    """Dates written in `phrase` that no calendar has ("31/02/2026", "ngày 30 tháng 2"), as written."""
    found = []
    for m in _WRITTEN_DATE.finditer(ascii_fold(nfc(phrase))):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        y = int(year) + 2000 if year and len(year) == 2 else int(year) if year else 2000  # 2000: a leap year
        if 1 <= int(month) <= 12 and safe_date(y, int(month), int(day)) is None:
            found.append(nfc(phrase)[m.start():m.end()])
    return found


__all__ = ["Reading", "impossible_dates", "parse_deadline", "read"]
