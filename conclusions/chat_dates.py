"""Deadline phrases typed in chat ("thứ sáu tuần sau", "cuoi thang", "3 ngay nua"), relative to today."""

from __future__ import annotations

import re
from datetime import date, timedelta

from conclusions.deadlines import find_deadlines, find_recurrence
from conclusions.model import Deadline
from conclusions.normalize import ascii_fold, nfc
from conclusions.periods import end_of_month, end_of_week

_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tu": 2, "4": 2, "nam": 3, "5": 3, "sau": 4, "6": 4, "bay": 5, "7": 5}


def _weekday(t: str, today: date) -> date | None:
    m = re.search(r"(?:(?<![a-z])(?:thu|t)\s*(hai|ba|tu|nam|sau|bay|[2-7])|(chu\s*nhat|cn))(?:\s+(tuan\s+(?:nay|sau|toi)))?", t)
    if not m:
        return None
    wd = 6 if m.group(2) else _WEEKDAYS[m.group(1)]
    monday = today - timedelta(days=today.weekday())
    week = m.group(3) or ""
    if "sau" in week or "toi" in week:
        return monday + timedelta(days=7 + wd)
    d = monday + timedelta(days=wd)
    if not week and d < today:
        d += timedelta(days=7)  # "thứ sáu" said on a Saturday means the coming one
    return d


def parse_chat_deadline(phrase: str, today: date) -> Deadline | None:
    """Parse a deadline typed in chat relative to `today`; None when the phrase states no date or period."""
    text = nfc(phrase).strip()
    t = ascii_fold(text)
    strict = bool(re.match(r"\s*truoc\b", t))
    recurrence = find_recurrence(text)
    due: date | None = None
    if re.search(r"\bhom\s+nay\b|\btrong\s+ngay\b", t):
        due = today
    elif re.search(r"\bngay\s+mai\b|\bmai\b", t):
        due = today + timedelta(days=1)
    elif re.search(r"\bngay\s+kia\b|\bmot\b", t):
        due = today + timedelta(days=2)
    elif m := re.search(r"(\d{1,3})\s+(ngay|tuan|thang)\s+(?:nua|toi)\b|sau\s+(\d{1,3})\s+(ngay|tuan|thang)\b", t):
        n = int(m.group(1) or m.group(3))
        unit = m.group(2) or m.group(4)
        if unit == "ngay":
            due = today + timedelta(days=n)
        elif unit == "tuan":
            due = today + timedelta(days=7 * n)
        else:
            month = today.month - 1 + n
            y, mo = today.year + month // 12, month % 12 + 1
            due = min(today.replace(day=1).replace(year=y, month=mo) + timedelta(days=today.day - 1), end_of_month(y, mo))
    elif re.search(r"cuoi\s+tuan(?:\s+nay)?\b", t) and "sau" not in t:
        due = end_of_week(today)
    elif re.search(r"cuoi\s+tuan\s+(?:sau|toi)", t):
        due = end_of_week(today) + timedelta(days=7)
    elif re.search(r"cuoi\s+thang\s+(?:sau|toi)", t):
        nxt = (today.replace(day=1) + timedelta(days=32))
        due = end_of_month(nxt.year, nxt.month)
    elif re.search(r"cuoi\s+thang(?:\s+nay)?\b", t) and not re.search(r"cuoi\s+thang\s+\d", t):
        due = end_of_month(today.year, today.month)
    elif (d := _weekday(t, today)) is not None and not re.search(r"\d{1,2}\s*[/\-.]\s*\d{1,2}", t):
        due = d
    if due is None:
        probe = text if re.match(r"\s*(?:trước|truoc|trong|chậm nhất|cham nhat|hạn|han)\b", t) else "hạn " + text
        found = [f for f in find_deadlines(probe, today) if f.due and f.marked]
        if found:
            f = found[0]
            return Deadline(text=text, due=f.due, strict_before=strict or f.strict_before, recurrence=recurrence)
        if recurrence:
            return Deadline(text=text, due=None, strict_before=False, recurrence=recurrence)
        return None
    return Deadline(text=text, due=due, strict_before=strict, recurrence=recurrence)
