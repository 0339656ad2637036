"""The reading pipeline: named stages run in order over one `Document`, then tasks are built from its spans.

    layout → clauses → assignments → actions → deadlines → evidence

`STAGES` lists them (as spaCy's `nlp.pipe_names` does); `read()` runs them all and returns the
document with its spans and the task drafts, each carrying the sentence it came from and the reasons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from conclusions import actions, assignments, attach, clauses, layout, mojibake
from conclusions.addressees import coordinating, directed
from conclusions.cues import cues
from conclusions.deadlines import find_recurrence
from conclusions.document import Document, Span
from conclusions.model import Deadline, Evidence, TaskDraft, UnitRef
from conclusions.units import UnitResolver

# markdown emphasis, and the "@" of a chat mention ("@Phòng Kinh tế"; not of an e-mail address)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|(?<![\w.@])@(?=\w)")


_MENTION_GAP = re.compile(r"(?<=\w) (?=@\w)")


def _mentions_listed(text: str) -> str:
    """"@Công an xã @BCH Quân sự xã": the second of two mentions in a row is another name, as after a comma."""
    def comma(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 41) : m.start()]
        at = before.rfind("@")
        return "," if at >= 0 and not re.search(r"[,.;:\n]", before[at:]) else " "
    return _MENTION_GAP.sub(comma, text)


def _blank(text: str) -> str:
    text = _mentions_listed(text)
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), text).replace("\n", " ").replace("\r", " ")


def make_document(text: str, issued_on: date | None = None, vocabulary: Iterable[str] = ()) -> Document:
    """A document over NFC text; its `view` blanks line breaks and markdown markers (offsets unchanged).

    Letters lost to "?" are put back for reading (`mojibake.repair`, same length); `written` keeps the
    words as the source wrote them, for the task contents and evidence.
    """
    written = _blank(text)
    text = mojibake.repair(text, vocabulary)
    return Document(text=text, view=_blank(text), written=written, issued_on=issued_on)


def _layout(doc: Document, resolver: UnitResolver) -> None:
    layout.run(doc)
    if doc.issued_on is None:
        doc.issued_on = layout.document_date(doc)


STAGES: list[tuple[str, Callable[[Document, UnitResolver], object]]] = [
    ("layout", _layout),
    ("clauses", lambda doc, _r: clauses.run(doc)),
    ("assignments", lambda doc, r: assignments.run(doc, r)),
    ("actions", lambda doc, r: actions.run(doc, r)),
    ("deadlines", lambda doc, _r: attach.run(doc)),
]


def _content(doc: Document, span: Span) -> str:
    text = re.sub(r"\s+", " ", (doc.written or doc.view)[span.start : span.end]).strip(" ,;:-–")
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(" ,;:")  # "(Giao Văn phòng chuẩn bị)": the bracket opened before the action
    return re.sub(r"\s*\./\.\s*$", ".", text)


def evidence_of(doc: Document, span: Span) -> Evidence:
    """The sentence (or table row) an action was read from, as written, with its offsets."""
    sentence = doc.covering(span.start, "sentence") or span
    shown = doc.written or doc.view
    return Evidence(re.sub(r"\s+", " ", shown[sentence.start : sentence.end]).strip(), sentence.start, sentence.end)


def task_of(doc: Document, action: Span, resolver: UnitResolver, first: bool | None = None) -> TaskDraft:
    """Build the draft of one action span: units, coordinating and directed units, deadline, evidence, reasons.

    `first` says whether the action is the first of its assignment (found here when not given)."""
    text = doc.view[action.start : action.end]
    units: list[UnitRef] = list(action.data["units"])
    coord = [c for c in coordinating(text, resolver) if c not in units]
    assignment: Span = action.data["assignment"]
    reasons = (assignment.reason, action.reason)
    if first is None:
        first = next((a for a in doc.layer("action") if a.data["assignment"] is assignment), None) is action
    content_span = action
    if assignment.data.get("kind") == "directive" and first and not action.data.get("spirit_before"):
        content_span = Span(assignment.start, action.end, "content")  # the request with whom it names
    elif assignment.data.get("kind") == "continuation" and first:
        # "Định kỳ hằng quý báo cáo …", "Hằng tháng, tổng hợp …": how often, skipped by the reader, stays in
        sentence = doc.covering(action.start, "sentence")
        gap = doc.view[sentence.start : action.start] if sentence else ""
        if len(gap.split()) <= 8 and not re.search(r"[;:]", gap) and find_recurrence(gap):
            content_span = Span(sentence.start, action.end, "content")
    return TaskDraft(
        ref=None,
        content=_content(doc, content_span),
        units=units,
        coordinating_units=coord,
        deadline=action.data.get("deadline") or Deadline(),
        directed_units=directed(text, resolver),
        evidence=evidence_of(doc, action),
        reasons=reasons,
    )


def read(text: str, resolver: UnitResolver, issued_on: date | None = None) -> tuple[Document, list[TaskDraft]]:
    """Run every stage over `text` and return the annotated document and its task drafts."""
    doc = make_document(text, issued_on)
    return doc, run(doc, resolver)


def run(doc: Document, resolver: UnitResolver, *, start: str | None = None, stop: str | None = None) -> list[TaskDraft]:
    """Run the stages from `start` up to and including `stop` (all by default); return the tasks read so far."""
    names = [name for name, _ in STAGES]
    first = names.index(start) if start else 0
    last = names.index(stop) if stop else len(names) - 1
    for _name, stage in STAGES[first : last + 1]:
        stage(doc, resolver)
    if last < len(names) - 1:
        return []
    seen: set[int] = set()
    tasks = []
    for action in doc.layer("action"):
        first = id(action.data["assignment"]) not in seen
        seen.add(id(action.data["assignment"]))
        tasks.append(task_of(doc, action, resolver, first))
    return tasks


def first_directive(doc: Document) -> str | None:
    """The first body sentence with a directive cue, for the warning of a document read without tasks."""
    for span in doc.layer("sentence"):
        text = doc.view[span.start : span.end]
        if cues(text):
            return re.sub(r"\s+", " ", text).strip()
    return None
