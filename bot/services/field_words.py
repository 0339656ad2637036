"""Which field an edit command names: "/sua 12 han …", "/nhap 3 phoi hop …" — with or without tones."""

from __future__ import annotations

from collections.abc import Sequence

from conclusions.normalize import ascii_fold

#: (words of the field's name, folded to ASCII) → the field it edits.
FieldWords = Sequence[tuple[tuple[str, ...], str]]


def split_field(words: Sequence[str], vocabulary: FieldWords) -> tuple[str, str] | None:
    """The field the leading words name and the value after them ("han: 15/3" → ("deadline", "15/3")),
    or None when no field of `vocabulary` leads."""
    folded = [ascii_fold(w).strip(":") for w in words]
    for names, field in vocabulary:
        if tuple(folded[: len(names)]) == names:
            return field, " ".join(words[len(names):]).lstrip(":").strip()
    return None
