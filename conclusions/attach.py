"""Stage 6, deadlines: each action's own deadline, else the period its assignment was scoped by, else a
follow-up line ("Thời gian hoàn thành: …") after it; recurrence from the action's words.

Event dates are not deadlines: a date right after "diễn ra", "khai mạc", "tổ chức vào" names the event,
and so does "vào ngày …" unless the action sends or finishes something ("gửi báo cáo vào ngày 25"); an
action dated by its event takes no period from its section either.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from conclusions.deadlines import (
    dated_by_event,
    find_deadlines,
    find_recurrence,
    is_ongoing,
    parse_plain_date,
    period_start,
    recurring_day_deadline,
    repeats_within,
    task_deadline,
)
from conclusions.document import Document, Span
from conclusions.layout import chat_stamp
from conclusions.lexicon import verb_at
from conclusions.model import Deadline
from conclusions.normalize import CHAT_PREFIX

_EVENT_BEFORE = re.compile(r"(?:diễn ra|khai mạc|tổ chức vào|dự kiến tổ chức|tiến hành vào|họp vào|kỳ họp)\s*(?:vào\s+)?(?:ngày\s+)?$",
                           re.I)


_ON_DAY = re.compile(r"vào\s+(?:ngày\s+)?\d", re.I)
_SUBMIT = re.compile(r"(?:gửi|nộp|báo cáo|trình|hoàn thành|xong)\b", re.I)
# "Thường xuyên, cao điểm từ 20/01 đến 05/3": ongoing work; the peak window after it is no deadline
_ONGOING_CELL = re.compile(r"\s*thường xuyên\b", re.I)
_PAREN = re.compile(r"\([^()]{0,120}\)")


def _any_date(cell: str, ref: date | None) -> Deadline | None:
    """A date the deadline cell gives in passing ("Mùng 8 tháng Giêng (24/02/2026)"): the cell is about when, so it is due then."""
    found = [f for f in find_deadlines(cell, ref) if f.due]
    return Deadline(text=cell.strip(), due=found[-1].due) if found else None


def _blank_aside(m: re.Match[str]) -> str:
    """A parenthesis describes ("kỳ họp thứ 5 (cuối năm 2025)"); it sets no deadline unless it says one."""
    return m.group(0) if re.search(r"trước|chậm nhất|hoàn thành|thời hạn", m.group(0), re.I) else " " * len(m.group(0))


def own_deadline(text: str, ref: date | None) -> Deadline | None:
    """The deadline the action's own words state, unless it dates an event."""
    return _own(text, ref)[0]


def dates_event(text: str, ref: date | None) -> tuple[Deadline | None, bool]:
    """The action's own deadline, and whether it is instead the day of an event ("tổ chức ra quân vào ngày 16/11",
    "chuẩn bị … Hội nghị …, dự kiến vào ngày 27/12"); a period ("dự kiến tổ chức trong tháng 8") stays a deadline."""
    found, marked = task_deadline(text, ref)
    if found is None:
        return None, False
    days = [f for f in marked if f.kind == "date"]
    if _dates_an_event(text, found, days):
        return None, True
    return found, False


def _own(text: str, ref: date | None) -> tuple[Deadline | None, bool]:
    """The action's own deadline, and whether the date it states is that of an event instead."""
    found, marked = task_deadline(text, ref)
    if found is None:
        return None, False
    if _dates_an_event(text, found, marked):
        return None, True
    if any(f.text == found.text and _REVIEWED_DUE.match(text[: f.start]) for f in marked):
        return None, False  # the date of the tasks reviewed: the review has none of its own (a section's period may date it)
    return found, False


# "rà soát, tổng hợp các nhiệm vụ cần … hoàn thành trong tháng 12": the date of the tasks reviewed, not of the review
_REVIEWED_DUE = re.compile(r"^\W*(?:(?:khẩn trương|tiếp tục|thường xuyên|kịp thời)\s+)?(?:rà soát|tổng hợp|thống kê|kiểm tra|đánh giá|"
                           r"theo dõi|đôn đốc)(?:\s*,\s*(?:rà soát|tổng hợp|thống kê|kiểm tra|đánh giá|theo dõi|đôn đốc|báo cáo))*\s+"
                           r"(?:lại\s+)?(?:các|những|toàn bộ)\s+(?:nhiệm vụ|việc|công việc|nội dung|hồ sơ|dự án|công trình|chỉ tiêu)\s+"
                           r"(?:cần|phải|chưa|được giao|còn)\s[^;.]*$", re.I)


def _dates_an_event(text: str, found: Deadline, marked: list) -> bool:
    for f in marked:
        if f.text == found.text and _EVENT_BEFORE.search(text[max(0, f.start - 30) : f.start]):
            return True
        if f.text == found.text and _ON_DAY.match(f.text) and not _SUBMIT.search(text[max(0, f.start - 80) : f.start]):
            return True  # "tổ chức hội trại … vào ngày 25/4": the day it happens; "gửi … vào ngày 25" is a deadline
    return False



# "cho ý kiến bằng văn bản", "góp ý vào dự thảo": giving comments, due when the comment window closes
# ("các ý kiến góp ý" is the comments received, a noun: not matched)
_GIVES_COMMENTS = re.compile(r"(?<!kiến )(?<!các )(?:cho ý kiến|góp ý|gửi ý kiến|tham gia ý kiến)\b", re.I)


def _comment_window(doc: Document) -> Deadline | None:
    """The deadline of a named comment window ("Thời gian lấy ý kiến: từ … đến …"), if the document has one."""
    for f in _followups(doc):
        if f.data.get("period") and re.search(r"ý kiến|góp ý", f.data["period"]) and f.data.get("deadline"):
            return f.data["deadline"]
    return None


_BARE_PART_OF = re.compile(r"^(?:vào\s+)?(?:cuối|đầu|giữa)\s+(?:tháng|quý|năm|tuần)$", re.I)


def _followups(doc: Document) -> list[Span]:
    return list(doc.layer("followup"))


def _ended_before_scope(own: Deadline | None, scope: Deadline | None, ref: date | None) -> bool:
    """A period the action names that is over before the period scoping its list begins ("dự kỳ họp HĐND các xã cuối
    năm 2018" among the work of January 2019): it names the event (the sessions of late 2018), not when the action is
    due; a day ("trước ngày 28/12") keeps its word."""
    if own is None or own.due is None or not own.text or scope is None or scope.due is None or not scope.text:
        return False
    if not any(f.kind == "period" and f.due == own.due for f in find_deadlines(own.text, ref)):
        return False
    starts = [period_start(f) for f in find_deadlines(scope.text, ref) if f.kind == "period" and f.due == scope.due]
    return bool(starts) and starts[-1] is not None and own.due < starts[-1]


def deadline_of(doc: Document, action: Span, ref: date | None = None) -> Deadline:
    """The deadline of one action, own or inherited, with its recurrence; `ref` is the day its words count from."""
    ref = ref or doc.issued_on
    text = doc.view[action.start : action.end]
    assignment: Span = action.data["assignment"]
    own, event = _own(_PAREN.sub(_blank_aside, text), ref)  # an event's date: no period from the section either
    action.data["event"] = event
    if _ended_before_scope(own, assignment.data.get("scope"), ref):
        own = None  # "… cần thực hiện trong tháng 01/2019 như sau: …; dự kỳ họp HĐND các xã cuối năm 2018": the list's month
    if repeats_within(text, own):
        own = Deadline(text=own.text) if own else None  # the window a weekly duty repeats in: no due day, no section period
    before = action.data.get("before")
    if own is None and before is not None and before.data.get("event") and "deadline_words" not in action.data:
        event = True  # "Tổ chức tọa đàm vào ngày 07/3; mời Thường trực dự": the rest of an item dated by its event
    if own is None and "deadline_words" in action.data:
        own = own_deadline(action.data["deadline_words"], ref)
    row = assignment.data.get("row_deadline") or ""
    if (own is None or own.due is None) and row and not _ONGOING_CELL.match(row):  # the table's deadline column
        own = own_deadline("thời hạn " + row, ref) or _any_date(row, ref) or own
    # "Định kỳ hằng quý, báo cáo …": how often may open the sentence, before the action
    sentence = doc.covering(action.start, "sentence")
    # (before the first action of the request: "duy trì sinh hoạt hằng tháng, nâng cao …" repeats the first only)
    opening = doc.view[sentence.start : min(action.start, action.data.get("first", action.start))].rsplit(";", 1)[-1] if sentence else ""
    recurrence = find_recurrence(text) or (find_recurrence(row) if row else None) or (
        find_recurrence(opening) if opening else None)
    if own is None or own.due is None:
        own = recurring_day_deadline(text, ref, recurrence) or (row and recurring_day_deadline(row, ref, recurrence)) or own
    if recurrence and own is not None and own.text and _BARE_PART_OF.match(own.text.strip()):
        own = replace(own, due=None)  # "hằng tháng (cuối tháng)": every month's end, no one date
    scoped = own is not None and own.due is None and assignment.data.get("scope")  # "trước khi trình …" has no date
    if (own is None or scoped) and not is_ongoing(text) and not event:
        own = None if dated_by_event(text, ref) else assignment.data.get("scope")
        if own is not None and recurrence and own.due is not None:
            own = None  # "hằng quý kiểm tra …" repeats: the period opening the sentence is not when it ends
        scope = own
        if own is None or not recurrence:
            nxt = next((f for f in _followups(doc) if f.start >= assignment.end and f.start > assignment.start), None)
            between = [a for a in doc.layer("assignment") if assignment.end <= a.start < (nxt.start if nxt else 0)
                       and not a.data.get("deliverable")]
            if nxt is not None and nxt.data.get("deadline") and (not between or _all_above(doc, assignment, nxt)):
                own = nxt.data["deadline"]  # "Thời gian hoàn thành: …" right after the tasks: before their section's period
            if own is not None and own.due is None and scope is not None:
                own = scope
        if own is None and _GIVES_COMMENTS.search(text):
            own = _comment_window(doc)
    deadline = replace(own or Deadline(), recurrence=recurrence)
    if deadline.due and ref and deadline.due < ref:
        doc.warnings.append(
            f"Hạn “{deadline.text}” ({deadline.due:%d/%m/%Y}) sớm hơn ngày văn bản ({ref:%d/%m/%Y}); "
            "không đặt lịch, cần kiểm tra lại."
        )
        deadline = replace(deadline, due=None)
    return deadline


# "Thời gian hoàn thành các nội dung trên: …": the deadline of every task of the section above it
_ALL_ABOVE = re.compile(r"(?:các|những|toàn bộ)\s+(?:nội dung|nhiệm vụ|việc|công việc|phần việc)\s+(?:nêu\s+)?trên", re.I)
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s")


def _all_above(doc: Document, assignment: Span, followup: Span) -> bool:
    """The follow-up names all the tasks above it and no numbered heading or other follow-up stands between them."""
    if not _ALL_ABOVE.search(doc.view[followup.start : followup.end]):
        return False
    return not any(assignment.end <= sp.start < followup.start and (sp.label == "followup" or _NUMBERED.match(doc.view, sp.start))
                   for sp in doc.layer("item", "followup"))


def _shared(doc: Document, actions: list[Span]) -> None:
    """Actions split from one clause share the deadline only one of them states ("…, báo cáo trước ngày 5 và thông tin …")."""
    by_clause: dict[tuple[int, int], list[Span]] = {}
    for a in actions:
        if "clause" in a.data:
            by_clause.setdefault(a.data["clause"], []).append(a)
    for group in by_clause.values():
        dated = [a for a in group if own_deadline(doc.view[a.start : a.end], doc.issued_on)]
        # after a subject, a date closing the sentence is the whole list's ("X rà soát …, báo cáo … trước 16h thứ 5");
        # one opening it ("X chọn A … vào tháng 12, chọn B …") is that action's own
        if len(dated) == 1 and (dated[0] is group[-1] or not group[0].data.get("after_subject")):
            words = doc.view[dated[0].start : dated[0].end]
            found = own_deadline(words, doc.issued_on)
            comma = words.find(",")
            opening = found is not None and found.text and 0 <= words.find(found.text) < comma
            for a in group:
                # "…, từ nay đến tháng 9, phải xử lý …": a period opening an action scopes it and what follows only
                if a is not dated[0] and not (opening and a.start < dated[0].start):
                    a.data.setdefault("deadline_words", words)


def _shared_across_clauses(doc: Document, actions: list[Span]) -> None:
    """"X rà soát …; công khai …, hoàn thành trước ngày 30/11": a date closing a pair of ";"-clauses of one
    assignment dates the undated action before it (a deadline stated once for a list applies to each)."""
    by_sentence: dict[tuple[int, int], list[Span]] = {}
    for a in actions:
        sentence = doc.covering(a.start, "sentence")
        if sentence is not None:
            by_sentence.setdefault((sentence.start, id(a.data["assignment"])), []).append(a)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        last = group[-1]
        words = doc.view[last.start : last.end]
        found = own_deadline(words, doc.issued_on)
        if found is None or found.due is None or not found.text or not _closes(words, found.text):
            continue
        if not _DATED.search(found.text):
            continue
        # "yêu cầu X kiểm tra, giải quyết; trả lời công dân và báo cáo UBND tỉnh trước ngày 20/11": a date closing
        # the last of three clauses dates every undated action of the list, back to one that has a time of its own
        for first in reversed(group[:-1]):
            if len(group) == 2 and first.data.get("clause") == last.data.get("clause"):
                break
            if "deadline_words" in first.data:
                if len(group) > 2 and first.data["deadline_words"] == words:
                    continue  # dated already by the same words (an action of the last clause)
                break
            if first.data.get("units") != last.data.get("units"):
                break  # "Sở A hướng dẫn …; Sở B chi trả xong trước …": another subject's date
            words_before = doc.view[first.start : first.end]
            if len(group) > 2 and not _bare_verbs(words_before):
                break  # "huy động lực lượng …; phải bảo đảm …; thống kê …, gửi Sở … trước 17 giờ": the date is the report's
            if find_recurrence(words_before) or any(f.due for f in find_deadlines(words_before, doc.issued_on)):
                break  # "vận động ủng hộ Quỹ năm 2026 …", "báo cáo vào ngày 25 hằng tháng": a time of its own
            first.data["deadline_words"] = words
            if len(group) == 2:
                break


_MANNER_WORDS = re.compile(r"\s*(?:kịp thời|khẩn trương|tiếp tục|chủ động|nghiêm túc|dứt điểm)\s+", re.I)


def _bare_verbs(words: str) -> bool:
    """"kịp thời kiểm tra, giải quyết": verbs without an object of their own, whose work the report after them closes."""
    parts = [p.strip(" .;") for p in re.split(r",|\svà\s", words)]
    for part in parts:
        m = _MANNER_WORDS.match(part)
        part = part[m.end() :] if m else part
        if not part or verb_at(part, 0) != len(part):
            return False
    return True


_DATED = re.compile(r"(?:trước|chậm nhất|hạn|trong)\b[^\n]*\d", re.I)


def _closes(words: str, phrase: str) -> bool:
    """True when the deadline phrase ends the action's words (nothing but a parenthesis or a purpose after it)."""
    tail = words[words.find(phrase) + len(phrase) :]
    tail = _PAREN.sub(" ", tail).strip(" .;,")
    return not tail or bool(re.match(r"(?:để|nhằm)\s", tail))


def _message_days(doc: Document) -> list[tuple[int, date]]:
    """Where each message of a chat starts and the day it was sent (the year is the document's when the stamp has none)."""
    out: list[tuple[int, date]] = []
    for span in doc.layer("dateline"):
        m = CHAT_PREFIX.match(doc.text, span.start)
        day, month, year = chat_stamp(m) if m else (0, 0, None)
        year = year or (doc.issued_on.year if doc.issued_on else None)
        when = parse_plain_date(day, month, year) if m and year else None
        if when:
            out.append((span.start, when))
    year = doc.issued_on.year if doc.issued_on else None
    for m in _DAY_DIVIDER.finditer(doc.text):  # "——— Thứ Ba, 11/11 ———": the day of the messages under it
        y = int(m.group(3)) if m.group(3) else year
        when = parse_plain_date(int(m.group(1)), int(m.group(2)), y) if y else None
        if when:
            out.append((m.start(), when))
    return sorted(out)


_DAY_DIVIDER = re.compile(r"^[ \t]*[—–\-=]{3,}[ \t]*(?:(?:thứ [^\W\d_]+|chủ nhật|CN|T\d)[ \t]*,?[ \t]*)?"
                          r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?[ \t]*[—–\-=]{3,}[ \t]*$", re.I | re.M)


def run(doc: Document) -> Document:
    """Stage 6: put the deadline on every action span; in a chat, "sáng nay", "mai", "thứ 5" count from the day
    of the message that says them."""
    actions = list(doc.layer("action"))
    _shared(doc, actions)
    _shared_across_clauses(doc, actions)
    days = _message_days(doc)
    starts = [at for at, _ in days]
    first: dict[int, int] = {}  # where the first action of each assignment starts
    last: dict[int, Span] = {}  # the action before, in the same assignment
    for action in actions:
        action.data["first"] = first.setdefault(id(action.data["assignment"]), action.start)
        action.data["before"] = last.get(id(action.data["assignment"]))
        last[id(action.data["assignment"])] = action
    for action in actions:
        i = bisect_right(starts, action.start)
        action.data["deadline"] = deadline_of(doc, action, days[i - 1][1] if i else None)
    return doc
