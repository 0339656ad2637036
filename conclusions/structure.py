"""Document structure: numbered clauses and bullets as a tree, where the conclusions start and end.

Numbering styles are ranked by first appearance, as outline parsers do: whatever style appears
first under a clause is its child level, so "I./1./-", "1./1.1./-" and "1./a)/+" all work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conclusions.normalize import ascii_fold

_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("dotted", re.compile(r"^\(?(\d{1,3}(?:\.\d{1,3})+)\.?\)?\s+(?=\S)")),
    ("roman", re.compile(r"^\(?([IVX]{1,5})\s*[.)/-]\s+(?=\S)")),
    # "100." in long programmes; three digits only before "." or ")" ("150/QĐ-UBND" is a document number).
    ("num", re.compile(r"^\(?(\d{1,2})\s*[.)/]\s*(?=\S)(?!\d)|^\(?(\d{3})\s*[.)]\s*(?=\S)(?!\d)")),
    ("letter", re.compile(r"^\(?([a-zđ])\s*\)\s*(?=\S)|^([a-zđ])\.\s+(?=\S)")),
    ("dash", re.compile(r"^[-–—]\s*(?=\S)")),
    ("plus", re.compile(r"^[+•]\s*(?=\S)")),
]


@dataclass
class Item:
    """A clause, bullet or top-level paragraph with the paragraphs and sub-items under it."""

    kind: str
    label: str | None
    text: str
    parent: Item | None = None
    body: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    style: str = ""

    @property
    def ref(self) -> str | None:
        """The clause number path as printed ("III.5", "3.2", "I.1"); bullets share their clause's."""
        if self.kind in ("dash", "plus", "para", "root") or not self.label:
            return self.parent.ref if self.parent else None
        if self.kind == "dotted":
            return self.label
        parent_ref = self.parent.ref if self.parent else None
        return f"{parent_ref}.{self.label}" if parent_ref else self.label


def classify(paragraph: str) -> tuple[str, str | None, str, str]:
    """Return (kind, label, text without marker, style key) of one paragraph."""
    for kind, pattern in _MARKERS:
        m = pattern.match(paragraph)
        if not m:
            continue
        label = next((g for g in m.groups() if g), None) if m.groups() else None
        text = paragraph[m.end() :].strip()
        if kind == "num" and re.match(r"\d", text):
            continue  # "15/3/2018 …" starts with a date, not a clause number
        if kind == "roman" and label and not re.fullmatch(r"I{1,3}|IV|VI{0,3}|IX|X{1,3}", label):
            continue
        style = kind if kind != "dotted" else f"dotted{label.count('.') if label else 0}"
        return kind, label, text, style
    return "para", None, paragraph, "para"


def build_tree(paragraphs: list[str]) -> Item:
    """Nest the paragraphs into clauses by numbering style; plain paragraphs join the open clause."""
    root = Item("root", None, "")
    stack: list[Item] = [root]
    for para in paragraphs:
        kind, label, text, style = classify(para)
        if kind == "para":
            target = stack[-1]
            if target is root:
                item = Item("para", None, text, parent=root, style="para")
                root.children.append(item)
            else:
                target.body.append(text)
            continue
        if kind not in ("dash", "plus"):
            # "1. …" after "- …" bullets of an earlier section: a numbered clause never sits under a bullet
            while len(stack) > 1 and stack[-1].kind in ("dash", "plus"):
                stack.pop()
        styles = [it.style for it in stack[1:]]
        if style in styles:
            idx = styles.index(style) + 1
            del stack[idx:]
        parent = stack[-1]
        item = Item(kind, label, text, parent=parent, style=style)
        parent.children.append(item)
        stack.append(item)
    return root


def walk(item: Item) -> list[Item]:
    """Items in document order (pre-order)."""
    out: list[Item] = []
    for child in item.children:
        out.append(child)
        out.extend(walk(child))
    return out


_TRIGGER = re.compile(
    r"(?:ket\s+luan|chi\s+dao|thong\s+nhat|yeu\s+cau|de\s+nghi|giao|nhiem\s+vu|thong\s+bao)[^.]{0,80}"
    r"(?:nhu\s+sau|sau\s+day|cu\s+the\s+nhu\s+sau)\s*[:.]?\s*$|(?:ket\s+luan|y\s+kien\s+chi\s+dao)\s*:\s*$|"
    r"^(?:(?:y\s+kien\s+)?chi\s+dao|ket\s+luan|y\s+kien\s+ket\s+luan|giao\s+nhiem\s+vu|(?=.*(?:de\s+nghi|yeu\s+cau)))[^:]{0,200}"
    r"(?:sau|nhu\s+sau|ngay\s+[\d/.\-]+|[\d/.\-]{6,10})\s*:\s*$"
)
_CLOSER = re.compile(
    r"^(?:noi\s+nhan|tren\s+day\s+la|t/m|tm\.|tm\s|k/t|kt\.|kt\s|thua\s+lenh|tl\.|ban\s+bien\s+tap|tin\s+lien\s+quan|"
    r"video|nguon\s*:|tap\s+tin\s+dinh\s+kem|loading|[^.]{0,80}\s+thong\s+bao\s+(?:de|cho)\s|"
    r"(?:[^.]{0,60}\s)?(?:de\s+nghi|yeu\s+cau)\s+cac\s+[^.]{0,60}thuc\s+hien\s*\.?/?\.?$)"
)
_RESULT_HEADING = re.compile(
    r"ket\s+qua|ton\s+tai|han\s+che|uu\s+diem|khuyet\s+diem|tinh\s+hinh|danh\s+gia|thanh\s+phan|da\s+dat|"
    r"nhung\s+viec\s+da\s+lam|nguyen\s+nhan|dien\s+bien|bao\s+cao\s+cua"
)
_TASK_HEADING = re.compile(
    r"nhiem\s+vu|giai\s+phap|phuong\s+huong|de\s+nghi|yeu\s+cau|chi\s+dao|(?<![a-z])giao(?!\s+ban)|ke\s+hoach|trien\s+khai"
)


def is_trigger(paragraph: str) -> bool:
    """True for the sentence that opens the conclusions ("… kết luận như sau:")."""
    return bool(_TRIGGER.search(ascii_fold(paragraph)))


def is_closer(paragraph: str) -> bool:
    """True for what follows the conclusions: "Trên đây là…", "Nơi nhận:", signature blocks, news footers."""
    return bool(_CLOSER.match(ascii_fold(paragraph).strip()))


def is_result_heading(text: str) -> bool:
    """True for a heading over achievements or shortcomings, which assign nothing."""
    t = ascii_fold(text)
    return bool(_RESULT_HEADING.search(t)) and not _TASK_HEADING.search(t)
