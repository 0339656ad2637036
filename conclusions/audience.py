"""Whom a request names nobody for: the "Kính gửi" audience, the body a meeting was held with, the host.

Used by the assignment stage as defaults; a name written in the sentence always wins over them.
"""

from __future__ import annotations

import re

from conclusions.addressees import addressees_at, phrase_end
from conclusions.catalog import FRONT, MASS_ORGANIZATION
from conclusions.document import Document
from conclusions.lexicon import skip_chars
from conclusions.model import UnitRef
from conclusions.units import UnitResolver

_HOSTS = re.compile(r"(?:đã\s+)?(?:tổ chức|tiến hành)\s+(?:Đại hội|đại hội|Hội nghị|hội nghị|phiên họp|họp|cuộc họp|buổi)")


def meeting_partner(doc: Document, resolver: UnitResolver) -> list[UnitRef]:
    """The body a meeting was held with ("làm việc với Đảng ủy xã X"), or the one a leader came to inspect ("kiểm tra
    hoạt động tại phường X", "làm việc tại UBND xã Y"): whom an unnamed request is for."""
    for span in list(doc.layer("title", "paragraph"))[:4]:
        text = doc.view[span.start : span.end]
        for m in re.finditer(r"(?:làm việc|giao ban|họp)\s+(?:với|cùng)\s+|(?:kiểm tra|làm việc)(?:\s+[^.;:]{0,60}?)?\s+tại\s+", text):
            end = phrase_end(text, m.end())
            if end > m.end():
                refs, _ = addressees_at(text, m.end(), resolver)
                if refs:
                    return refs
    return []




def host_body(doc: Document, resolver: UnitResolver) -> list[UnitRef]:
    """The body that held the meeting ("Ngày 25/7, Đảng bộ xã X tổ chức Đại hội …")."""
    for span in list(doc.layer("sentence"))[:3]:
        text = doc.view[span.start : span.end]
        for at in [0, *(m.end() for m in re.finditer(r",\s*", text[:80]))]:
            refs, end = addressees_at(text, at, resolver)
            if refs and _HOSTS.match(text, skip_chars(text, end)):
                return refs
    return []


def letterhead_body(doc: Document, resolver: UnitResolver) -> list[UnitRef]:
    """The issuing body named in the letterhead: the lowest catalog body in the left column of the first
    lines ("HỘI CỰU CHIẾN BINH VIỆT NAM / HỘI CCB HUYỆN … / HỘI CCB XÃ HƯƠNG NGẢI")."""
    found: list[UnitRef] = []
    for span in list(doc.layer("title", "number", "dateline"))[:8]:
        if span.label != "title":
            break
        for line in doc.text[span.start : span.end].split("\n"):  # two columns' lines may have been joined in one block
            left = re.split(r"\s{3,}", line.strip())[0]
            keyed = [r for r in resolver.mentions(left) if r.key]
            if len(set(keyed)) == 1:  # "MTTQ và các đoàn thể xã" in a title names many bodies, not the issuer
                found = keyed[-1:]
    return found


def topic_body(doc: Document, resolver: UnitResolver, sentences: int = 4) -> UnitRef | None:
    """The Front or mass organisation a page is about when no issuer is read: the one named in most of its title and
    first sentences, in two at least and in more than any other ("Lãnh đạo tỉnh thăm Hội Cựu chiến binh tỉnh …",
    then "… chúc mừng Hội Cựu chiến binh tỉnh …"; a newspaper's report of a Hội's congress)."""
    mass = {u.key for u in resolver.units if {FRONT, MASS_ORGANIZATION} & set(u.tags)}
    spans = list(doc.layer("title", "sentence"))
    opening = [s for s in spans if s.label == "sentence"][:sentences]
    end = opening[-1].end if opening else 0
    counts: dict[str, int] = {}
    first: dict[str, UnitRef] = {}
    for span in (s for s in spans if s.end <= end):
        for ref in resolver.mentions(doc.view[span.start : span.end]):
            if ref.key in mass:
                counts[ref.key] = counts.get(ref.key, 0) + 1
                first.setdefault(ref.key, ref)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0]:
        return None
    return next(first[k] for k, n in counts.items() if n == ranked[0])


def kinh_gui(doc: Document, resolver: UnitResolver) -> list[UnitRef]:
    """The "Kính gửi" audience, the default addressee of a letter."""
    for span in doc.layer("kinh_gui"):
        text = doc.view[span.start : span.end]
        m = re.match(r"\s*kính gửi\s*:?\s*", text, re.I)
        if m and not text[m.end() :].strip():
            listed = _listed_lines(doc, span.end, resolver)  # "Kính gửi:" over a list of "- X;" lines
            if listed:
                return listed
        elif m and re.match(r"[-–+•]\s+\S", text[m.end() :]):
            # "Kính gửi: - Các chi bộ …;" then "- Thủ trưởng …" lines: the first of the list on the line itself
            first, _ = addressees_at(re.sub(r"^[-–+•]\s*|\s*[;.,]?\s*$", "", text[m.end() :]), 0, resolver, need_head=False)
            listed = first + [r for r in _listed_lines(doc, span.end, resolver) if r not in first]
            if listed:
                return listed
        elif m:
            refs, _ = addressees_at(text, m.end(), resolver, need_head=False)
            if refs:
                return refs
    return []


def _listed_lines(doc: Document, pos: int, resolver: UnitResolver) -> list[UnitRef]:
    """The units of the "- X;" lines under a bare "Kính gửi:": each line is one addressee, so "Hội A các huyện, thị xã;"
    and "Hội A Khối …;" never run together into one name."""
    out: list[UnitRef] = []
    for line in _listed_after(doc, pos):
        refs, _ = addressees_at(line, 0, resolver, need_head=False)
        out += [r for r in refs if r not in out]
    return out


def _listed_after(doc: Document, pos: int) -> list[str]:
    """The "- X;" lines right after `pos`, each without its dash and closing mark."""
    out = []
    for line in doc.text[pos:].lstrip("\r\n").splitlines()[:12]:
        item = re.match(r"\s*[-–+•]\s*(.+?)\s*[;.,]?\s*$", line)
        if not item:
            break
        out.append(item.group(1))
    return out


_FRONT_WORDS = re.compile(
    r"mặt trận|mttq|đoàn thể|tổ chức chính trị\s*-\s*xã hội|hội nông dân|hội cựu chiến binh|hội liên hiệp phụ nữ|"
    r"hội lhpn|hội phụ nữ|đoàn thanh niên|đoàn tncs|liên đoàn lao động|công đoàn|hội ccb|hội nd|hội lhtn|"
    r"liên hiệp thanh niên",
    re.I,
)


def front_document(doc: Document, resolver: UnitResolver, head: int = 700) -> bool:
    """Whether the document is the Front's or a mass organisation's: issued by one (its header or the
    body that held the meeting), addressed to them ("Kính gửi"), or a meeting held with them.

    Only such a document may give its unnamed requests to the Front and mass organisations together.
    """
    tags = {FRONT, MASS_ORGANIZATION}
    keys = {u.key for u in resolver.units if tags & set(u.tags)}
    if _FRONT_WORDS.search(doc.view[:head]):
        return True
    for span in doc.layer("kinh_gui"):  # addressed to them, on the line or in the "- X;" list under it
        if _FRONT_WORDS.search(" ".join([doc.view[span.start : span.end], *_listed_after(doc, span.end)])):
            return True
    partner = meeting_partner(doc, resolver) + host_body(doc, resolver)
    return any(r.key in keys for r in partner)


