"""Sentence and clause splitting for Vietnamese administrative prose."""

from __future__ import annotations

import re

from conclusions.normalize import ascii_fold

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {"tp", "q", "p", "ts", "ths", "pgs", "gs", "đ/c", "d/c", "v.v", "st", "tt", "ks", "bs", "th.s", "ng"}
_BOUNDARY = re.compile(r"(?:\.{3}|…|[.!?])+(?:/\.)?")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at . ! ? … followed by a capital (also "sống.Tiếp" without a space)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        rest = text[end:]
        stripped = rest.lstrip()
        if not stripped:
            continue
        nxt = stripped.lstrip("\"“'(*")
        if not nxt or not nxt[0].isupper():
            continue
        if rest == stripped:  # no space: only split "word.Word", not "6.10" or "TP.HCM"
            before = text[max(0, m.start() - 1) : m.start()]
            if not before.isalpha() or not before.islower() or len(nxt) < 2 or not nxt[1].islower():
                continue
        word = re.search(r"([\w/.]+)$", text[start : m.start()])
        if word and ascii_fold(word.group(1)) in _ABBREVIATIONS:
            continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def split_semicolons(sentence: str) -> list[str]:
    """Split at semicolons that are outside parentheses and quotes."""
    if ";" not in sentence:
        stripped = sentence.strip()
        return [stripped] if stripped else []
    parts: list[str] = []
    depth = 0
    quote = False
    start = 0
    for i, ch in enumerate(sentence):
        if ch in "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in "“”\"":
            quote = not quote if ch == '"' else ch == "“"
        elif ch == ";" and depth == 0 and not quote:
            parts.append(sentence[start:i].strip())
            start = i + 1
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]
