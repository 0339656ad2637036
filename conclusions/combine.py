"""Joining the two readers: the clause walker of structured notices (`extract.Extractor`) and the pipeline.

The walker knows numbered clauses under a "… như sau:" lead-in and the organisation's catalog; the
pipeline reads every sentence of the body, one task per action, with names kept as written. Where both
read the same sentence, the choice below is made sentence by sentence, and the walker's tasks get the
same evidence (the sentence they came from) as the pipeline's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from conclusions.document import Document
from conclusions.model import Evidence, TaskDraft
from conclusions.normalize import ascii_fold

_WALKER_REASON = ("numbered clause under a conclusions lead-in",)


def with_evidence(tasks: list[TaskDraft], doc: Document) -> list[TaskDraft]:
    """The walker's tasks with the sentence each was read from, searched in document order."""
    out = []
    pos = 0
    for task in tasks:
        words = [w.strip(".,;:()") for w in task.content.split()[:8] if w.strip(".,;:()")]
        pattern = r"\W+".join(re.escape(w) for w in words)
        m = (re.compile(pattern).search(doc.view, pos) or re.search(pattern, doc.view)) if pattern else None
        if not m:
            out.append(replace(task, reasons=_WALKER_REASON))
            continue
        pos = m.start()
        sentence = doc.covering(m.start(), "sentence")
        start, end = (sentence.start, sentence.end) if sentence else (m.start(), m.end())
        evidence = Evidence(re.sub(r"\s+", " ", doc.view[start:end]).strip(), start, end)
        out.append(replace(task, evidence=evidence, reasons=_WALKER_REASON))
    return out


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
