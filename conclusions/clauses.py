"""Stage 2, clauses: sentences of the body blocks, and the ";"-clauses inside them, with their offsets.

Sentences end at . ! ? … before a capital (abbreviations and numbers kept, see `sentences.py`); clauses
split at ";" outside parentheses and quotes. A table row is one sentence per row.
"""

from __future__ import annotations

import re

from conclusions.document import Document, Span
from conclusions.layout import BODY_LABELS
from conclusions.sentences import split_semicolons, split_sentences

_MARKER_ONLY = re.compile(r"\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[a-zđ])[.)]?\s*")


def part_offsets(text: str, parts: list[str], base: int) -> list[tuple[int, int]]:
    """Where each of `parts` (pieces of `text`, in order) stands, as offsets shifted by `base`."""
    out = []
    pos = 0
    for part in parts:
        i = text.find(part, pos)
        if i < 0:
            continue
        out.append((base + i, base + i + len(part)))
        pos = i + len(part)
    return out


def sentences_of(doc: Document, block: Span) -> list[tuple[int, int]]:
    """Sentence offsets inside one body block."""
    text = doc.view[block.start : block.end]
    if block.label == "table_row":
        return [(block.start, block.end)]
    out = part_offsets(text, split_sentences(text), block.start)
    if len(out) > 1 and _MARKER_ONLY.fullmatch(doc.view[out[0][0] : out[0][1]]):
        out[:2] = [(out[0][0], out[1][1])]  # "1. Các sở …" is one item, not "1." and a sentence
    return [part for s, e in out for part in _at_labelled_lines(doc, s, e)]


# A line opening with a short label and its colon ("Thành phần tham dự: …", "Địa điểm: …", "Thời gian, địa điểm: …")
_LABEL_LINE = re.compile(r"\n[^\S\n]*(?-i:[A-ZĐ])[^\W\d]*(?:[ ,]+[^\W\d]+){0,4}[^\S\n]*:(?!\d)")


def _at_labelled_lines(doc: Document, s: int, e: int) -> list[tuple[int, int]]:
    """"(Giao Văn phòng chuẩn bị)" then, on the next line, "Thành phần tham dự: …": a line that opens with a label
    starts a sentence of its own, though the line before ends with no stop."""
    cuts = [m.start() + 1 for m in _LABEL_LINE.finditer(doc.text, s, e)]
    bounds = [s, *cuts, e]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        a = a + len(doc.view[a:b]) - len(doc.view[a:b].lstrip())
        b = a + len(doc.view[a:b].rstrip())
        if b > a:
            out.append((a, b))
    return out


def clauses_of(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The ";"-clauses of one sentence, with offsets."""
    text = doc.view[start:end]
    return part_offsets(text, split_semicolons(text), start)


def run(doc: Document) -> Document:
    """Stage 2: add a "sentence" span per sentence of every body block, and "clause" spans inside it."""
    for block in list(doc.layer(*BODY_LABELS)):
        for s, e in sentences_of(doc, block):
            doc.add(s, e, "sentence", f"sentence of a {block.label}", block=block.label)
            for cs, ce in clauses_of(doc, s, e):
                doc.add(cs, ce, "clause", "';'-clause of a sentence")
    return doc
