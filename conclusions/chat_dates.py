"""Deadline phrases typed in chat ("thứ sáu tuần sau", "cuoi thang", "3 ngay nua"), relative to today.

The reading is done by the time grammar (`conclusions.timegrammar`); this name stays for callers.
"""

from __future__ import annotations

from datetime import date

from conclusions.model import Deadline
from conclusions.timegrammar import parse_deadline


def parse_chat_deadline(phrase: str, today: date) -> Deadline | None:
    """Parse a deadline typed in chat relative to `today`; None when the phrase states no date or period."""
    return parse_deadline(phrase, today)
