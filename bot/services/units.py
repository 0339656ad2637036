"""Recognizing a unit a person typed ("Hội Nông dân", "hoi nong dan", "HND"...)."""

from __future__ import annotations

from collections.abc import Sequence

from storage.models import Unit
from storage.organizations import exact_unit, find_unit

__all__ = ["exact_unit", "find_unit", "leading_unit"]  # one resolver, in storage, for the chat and the CLI


def leading_unit(units: Sequence[Unit], words: Sequence[str]) -> tuple[Unit, int] | None:
    """The unit named by the longest run of leading words, and how many words it took."""
    for count in range(min(len(words), 12), 0, -1):
        unit = exact_unit(units, " ".join(words[:count]))
        if unit is not None:
            return unit, count
    return None
