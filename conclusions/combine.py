"""Joining the two readers: the clause walker of structured notices (`extract.Extractor`) and the pipeline.

The walker knows numbered clauses under a "… như sau:" lead-in and the organisation's catalog; the
pipeline reads every sentence of the body, one task per action, with names kept as written. Where both
read the same sentence, the choice below is made sentence by sentence, and the walker's tasks get the
same evidence (the sentence they came from) as the pipeline's.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import replace

from conclusions.cues import cues
from conclusions.deadlines import find_deadlines
from conclusions.document import Document
from conclusions.lexicon import PAST_MARK, opens_with_body
from conclusions.model import Evidence, TaskDraft
from conclusions.normalize import ascii_fold
from conclusions.units import UnitResolver

_WALKER_REASON = ("numbered clause under a conclusions lead-in",)


class _WordView:
    """A text with every run of non-word characters made one space, and where each of its characters came from, so
    that a task's words can be found in it with `str.find` ("words joined by any punctuation") instead of a regular
    expression compiled for each task, which cost more than the rest of the evidence step."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        self.origin = array("l")  # an int per character: a list would double the extraction's peak memory
        for m in re.finditer(r"(\w+)|\W+", text):
            if m.group(1):
                chars.append(m.group())
                self.origin.extend(range(m.start(), m.end()))
            else:
                chars.append(" ")
                self.origin.append(m.start())
        self.text = "".join(chars)

    def find(self, words: list[str], start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """Where `words` follow each other, joined by non-word characters, within `start`–`end` of the source."""
        needle = " ".join(p for w in words for p in re.split(r"\W+", w) if p)
        if not needle:
            return None
        lo = bisect_left(self.origin, start)
        hi = len(self.text) if end is None else bisect_left(self.origin, end)
        at = self.text.find(needle, lo, hi)
        return None if at < 0 else (self.origin[at], self.origin[at + len(needle) - 1] + 1)


def with_evidence(tasks: list[TaskDraft], doc: Document) -> list[TaskDraft]:
    """The walker's tasks with the sentence each was read from, searched in document order."""
    out = []
    pos = 0
    view = _WordView(doc.view)
    for task in tasks:
        m = None
        for count in (20, 8):  # the longer quote first: a clause may open with the words of an earlier sentence
            words = [w.strip(".,;:()") for w in task.content.split()[:count] if w.strip(".,;:()")]
            m = (view.find(words, pos) or view.find(words)) if words else None
            if m:
                break
        if not m:
            out.append(replace(task, reasons=_WALKER_REASON))
            continue
        pos = m[0]
        sentence = doc.covering(m[0], "sentence")
        start, end = (sentence.start, sentence.end) if sentence else m
        end = max(end, _content_end(task.content, doc, m[0], view))
        evidence = Evidence(re.sub(r"\s+", " ", doc.view[start:end]).strip(), start, end)
        out.append(replace(task, evidence=evidence, reasons=_WALKER_REASON))
    return out


def _content_end(content: str, doc: Document, start: int, view: _WordView) -> int:
    """Where a walker's task that runs over two sentences ("X báo cáo …. Yêu cầu gửi … trước ngày 23/5.") ends: the
    end of the sentence holding its last words; 0 when they are not found close after `start`."""
    words = [w.strip(".,;:()") for w in content.split()[-6:] if w.strip(".,;:()")]
    if not words:
        return 0
    m = view.find(words, start, start + len(content) + 80)
    sentence = doc.covering(m[1] - 1, "sentence") if m else None
    return sentence.end if sentence else 0


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", ascii_fold(text)))


def _span_of(task: TaskDraft) -> tuple[int, int]:
    return (task.evidence.start, task.evidence.end) if task.evidence else (-1, -1)


def merge(kept: list[TaskDraft], originals: list[TaskDraft], read: list[TaskDraft], collective: set[int]) -> list[TaskDraft]:
    """Join the walker's tasks (`kept`, built from `originals`) and the pipeline's (`read`), sentence by sentence.

    The pipeline reads a sentence in finer actions and keeps names as written, so it wins; the walker's
    task stands where the pipeline read nothing from its sentence, where it named the Front and mass
    organisations together (`collective` ids), or where the pipeline's actions inside it name the same
    catalog units and no better deadline.
    """
    by_sentence: dict[tuple[int, int], list[TaskDraft]] = {}
    for r in read:
        by_sentence.setdefault(_span_of(r), []).append(r)
    words = {id(r): _words(r.content) for r in read}
    out: list[TaskDraft] = []
    dropped: set[int] = set()
    for task, original in zip(kept, originals):
        span = _span_of(task)
        here = by_sentence.get(span) or [r for key, rs in by_sentence.items() if key[0] < span[1] and span[0] < key[1] for r in rs]
        mine = _words(task.content)
        inside = [r for r in here if words[id(r)] and len(words[id(r)] & mine) >= 0.8 * len(words[id(r)])]
        keys = {u.key for u in task.units}
        same = bool(inside) and all(u.key for u in task.units) and all({u.key for u in r.units} == keys for r in inside)
        same = same and (task.deadline.due is not None or all(r.deadline.due is None for r in inside)) and len(inside) <= 1
        if id(original) in collective:
            out.append(task)
            dropped.update(id(r) for r in here)
        elif same:
            out.append(task)
            dropped.update(id(r) for r in inside)
        elif not here:
            out.append(task)
    out += [r for r in read if id(r) not in dropped]
    out.sort(key=lambda t: t.evidence.start if t.evidence else 0)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _named_in(sentence: str, units: list, resolver: UnitResolver) -> bool:
    """Every one of `units` is named in `sentence` (a catalog unit by any of its names, another as written)."""
    keys = {u.key for u in resolver.mentions(sentence)}
    if _COLLECTIVE.search(sentence):  # "các đoàn thể chính trị - xã hội": the mass organisations, each of them
        keys |= {u.key for u in units if u.key}
    folded = ascii_fold(sentence)
    return bool(units) and all(u.key in keys if u.key else ascii_fold(u.name) in folded for u in units)


def _body_named(task: TaskDraft) -> bool:
    """The pipeline took the task's bodies from its own sentence, and they are bodies: a catalog unit, or a
    name that opens with the head of one ("Phòng …", "UBND các xã …"), not "Những mô hình nào" or "Hai hội"."""
    if not any(word in " ".join(task.reasons) for word in ("subject", "naming its addressee")):
        return False
    return all(unit.key or opens_with_body(unit.name) for unit in task.units)


def _after_cooperation(sentence: str, task: TaskDraft) -> bool:
    """"Phối hợp với Huyện ủy, HĐND, UBND huyện tổ chức …": the bodies read as the subject are the partners."""
    at = sentence.find(task.content[:30])
    return at > 0 and bool(re.search(r"phối hợp(?:\s+với)?[^.;]{0,80}$", sentence[:at], re.I))


_COLLECTIVE = re.compile(r"đoàn thể|chính trị\s*-\s*xã hội|tổ chức thành viên|các hội\b", re.I)


def reports_only(sentence: str, *, past: bool = True) -> bool:
    """"Năm 2018, Hội Nông dân huyện đã tổ chức 12 lớp …": work done, with nothing asked; likewise praise,
    agreement, a shortcoming or a date announced ("ghi nhận, biểu dương …", "cơ bản thống nhất với dự thảo …",
    "tiến độ … còn chậm", "dự kiến tổ chức vào …"); without `past`, only these last."""
    if cues(sentence) or _AHEAD.search(sentence):
        return False
    if not past:
        return bool(_APPRAISAL.search(sentence) or _STATISTIC.search(sentence))
    # "Danh sách hộ đã ký gửi về UBND huyện trước ngày 25/3": a dated duty, whatever it says was done
    told = PAST_MARK.search(sentence) or _APPRAISAL.search(sentence) or _STATISTIC.search(sentence) or _FIGURES.search(sentence)
    return bool(told) and not any(  # "… tổ chức thành công Đại hội vào ngày 26/9": when it was held, no deadline
        f.marked and f.due and not f.text.lower().startswith("vào") for f in find_deadlines(sentence, None))


_APPRAISAL = re.compile(
    r"^(?:Ban Thường vụ|Thường trực|Ban Chấp hành|Hội nghị|Đồng chí|Chủ tịch|Bí thư|Lãnh đạo)[^,;:.]{0,60}?\s"
    r"(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh|(?:cơ bản )?thống nhất (?:với|chủ trương|thông qua)|đồng ý (?:với|chủ trương))"
    r"|(?<!\w)(?:còn chậm|còn hạn chế|chưa đạt|là chủ trương đúng|diễn ra từ ngày|khởi hành (?:vào )?ngày|"
    r"dự kiến (?:tổ chức|diễn ra|khai giảng|khởi công|khai mạc)[^.;]{0,60}?(?:vào|ngày|từ|tại))(?!\w)"
    # "Đề án được xây dựng công phu …", "Mục tiêu của Đề án đến năm 2030 …": about the document, asks nothing
    r"|^(?:Đề án|Dự thảo|Kế hoạch|Báo cáo|Chương trình)[^.;]{0,40}?\sđược (?:xây dựng|phổ biến)|^Mục tiêu (?:của|đến|chung|cụ thể)"
    r"|\slà (?:một )?(?:nhiệm vụ|chủ trương|giải pháp|yêu cầu)(?: chính trị)? (?:trọng tâm|quan trọng|cấp bách|hàng đầu|then chốt)"
    # "Chợ Tết Công đoàn: từ ngày 07 đến ngày 08/02", "Chương trình …: tối 25/01/2026 tại …": an event and its time
    r"|^[^:;]{3,80}:\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:thứ \w+|chủ nhật),?\s*)?(?:từ ngày|ngày|mùng|mồng|\d{1,2}[/.]\d{1,2})",
    re.I,
)
# Figures and findings: "Toàn huyện có thêm 02 xã đạt chuẩn …", "Tính đến ngày 13/6, bệnh … xuất hiện tại 87 hộ",
# "Nguyên nhân chủ yếu do …", "Kết quả … cho thấy …".
_STATISTIC = re.compile(
    r"(?<!\w)(?:toàn (?:huyện|tỉnh|xã|phường|thị xã|thành phố) (?:có|đạt|còn)|tổng (?:số|nguồn lực|kinh phí)|tính đến ngày|"
    r"nguyên nhân(?: chủ yếu| chính)? (?:do|là)|cho thấy|nâng tổng số|với dư nợ)(?!\w)",
    re.I,
)
_FIGURES = re.compile(r"(?<!\w)(?:đạt \d|\d+(?:[.,]\d+)?\s?%)")  # figures, which a target has too: only with other signs
# "tiếp tục" of a state ("tiếp tục có chuyển biến") asks nothing; of an action it does
_AHEAD = re.compile(r"(?<!\w)(?:cần|phải|sẽ|phấn đấu|tiếp tục(?! (?:có|được|là|tăng|giảm|chuyển biến|ổn định))|thời gian tới|sắp tới|"
                    r"trong thời gian tới|chủ trì|có trách nhiệm)(?!\w)", re.I)


def refine(walker: list[TaskDraft], read: list[TaskDraft], doc: Document, resolver: UnitResolver) -> list[TaskDraft]:
    """The walker's reading of a structured notice, corrected sentence by sentence with the pipeline's.

    Where the pipeline gives a sentence to the bodies named in it and the walker carried bodies over from
    an earlier clause ("Thời gian tới, Huyện đoàn phối hợp …" after a request to the đoàn thể), the
    pipeline's tasks replace the walker's; a clause that only reports past work, in which the pipeline
    reads no action, is dropped, and so is one the pipeline knows to be no task (a quoted request, an event
    in a schedule, the closing restatement). (Reading a clause in the pipeline's finer actions was tried and lost:
    our notices and the gold count "khoanh vùng, xử lý dứt điểm …" and a trailing report as one task.)
    """
    out: list[TaskDraft] = []
    done: set[tuple[int, int]] = set()
    walker_at: dict[tuple[int, int], list[TaskDraft]] = {}
    read_at: dict[tuple[int, int], list[TaskDraft]] = {}
    for w in walker:
        walker_at.setdefault(_span_of(w), []).append(w)
    for r in read:
        read_at.setdefault(_span_of(r), []).append(r)
    for task in walker:
        span = _span_of(task)
        if span == (-1, -1):
            out.append(task)
            continue
        if span in done:
            continue
        mine = walker_at[span]
        here = read_at.get(span) or [r for r in read if _overlaps(_span_of(r), span)]
        sentence = doc.view[span[0] : span[1]]
        if not here:
            firm = any(n.data.get("firm") for n in doc.layer("narrative") if _overlaps((n.start, n.end), span))
            if not reports_only(sentence) and not firm:
                out.append(task)
            continue
        walker_units = [u for w in mine for u in w.units]
        read_units = [u for r in here for u in r.units]
        read_keys = {u.key or u.name for u in read_units}
        moved = (read_keys != {u.key or u.name for u in walker_units}  # the cheap tests first
                 and not read_keys & {u.key or u.name for w in mine for u in w.coordinating_units}
                 and all(_body_named(r) and not _after_cooperation(sentence, r) for r in here)
                 and _named_in(sentence, read_units, resolver) and not _named_in(sentence, walker_units, resolver))
        if moved:
            done.add(span)
            inherited = task.deadline if task.deadline.due and (task.deadline.text or "") not in sentence else None
            out += [replace(r, deadline=inherited) if inherited and r.deadline.due is None else r for r in here]
        else:
            out.append(task)
    return out
