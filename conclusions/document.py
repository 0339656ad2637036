"""The one document object the reading stages pass along: the text and the labelled spans each stage adds.

Like a spaCy `Doc`: stages never re-read the raw text on their own terms; they read the spans earlier
stages left (layout blocks, sentences, clauses, assignments) and add their own, each with character
offsets into `Document.text` and a short reason, so a wrong task points at the stage that made it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Span:
    """A labelled stretch of the document: [start, end) in `Document.text`, why it got its label, and data."""

    start: int
    end: int
    label: str
    reason: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def text_of(self, doc: Document) -> str:
        """The characters this span covers, line breaks read as spaces."""
        return doc.view[self.start : self.end]


@dataclass
class Document:
    """The text being read (NFC, same length as `view`), its spans, and what stages learnt about it."""

    text: str
    view: str = ""  # `text` with line breaks and markdown markers blanked: same offsets, easier patterns
    written: str = ""  # `view` as the source wrote it, before repairs (mojibake): what task contents quote
    spans: list[Span] = field(default_factory=list)
    issued_on: date | None = None
    warnings: list[str] = field(default_factory=list)
    _index: dict[str, list[Span]] = field(default_factory=dict, repr=False)  # label → spans in order, rebuilt when stale

    def add(self, start: int, end: int, label: str, reason: str = "", **data: Any) -> Span:
        """Add one span (offsets trimmed of surrounding blanks) and return it."""
        while start < end and self.view[start].isspace():
            start += 1
        while end > start and self.view[end - 1].isspace():
            end -= 1
        span = Span(start, end, label, reason, dict(data))
        self.spans.append(span)
        self._index.pop(label, None)
        return span

    def remove(self, span: Span) -> None:
        """Drop one span."""
        self.spans.remove(span)
        self._index.pop(span.label, None)

    def _of(self, label: str) -> list[Span]:
        if label not in self._index:
            self._index[label] = sorted((s for s in self.spans if s.label == label), key=lambda s: (s.start, -s.end))
        return self._index[label]

    def last(self, label: str) -> Span | None:
        """The last span carrying `label` in document order, or None."""
        spans = self._of(label)
        return spans[-1] if spans else None

    def layer(self, *labels: str) -> Iterator[Span]:
        """The spans carrying one of `labels`, in document order."""
        if len(labels) == 1:
            yield from list(self._of(labels[0]))
            return
        yield from sorted((s for label in labels for s in self._of(label)), key=lambda s: (s.start, -s.end))

    def within(self, outer: Span, *labels: str) -> Iterator[Span]:
        """The spans with one of `labels` that lie inside `outer`."""
        for span in self.layer(*labels):
            if outer.start <= span.start and span.end <= outer.end:
                yield span

    def covering(self, pos: int, *labels: str) -> Span | None:
        """The first span with one of `labels` that contains offset `pos`."""
        for label in labels:
            spans = self._of(label)
            i = bisect_right([s.start for s in spans], pos) if len(spans) < 64 else bisect_right(_Starts(spans), pos)
            for span in reversed(spans[max(0, i - 4) : i]):
                if span.start <= pos < span.end:
                    return span
        return None


class _Starts:
    """A sequence view of span starts, for bisect without building a list."""

    def __init__(self, spans: list[Span]):
        self.spans = spans

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> int:
        return self.spans[i].start
