"""Recognizing a unit a person typed ("Hội Nông dân", "hoi nong dan", "HND"...)."""

from __future__ import annotations

from collections.abc import Sequence

from conclusions.normalize import ascii_fold
from storage.models import Unit


def _names(unit: Unit) -> list[str]:
    return [unit.name, unit.key, *unit.aliases]


def exact_unit(units: Sequence[Unit], text: str) -> Unit | None:
    """The unit whose name, key or alias equals `text` (accents, case and spacing ignored)."""
    wanted = ascii_fold(" ".join(text.split()))
    if not wanted:
        return None
    return next((u for u in units if any(ascii_fold(n) == wanted for n in _names(u))), None)


def find_unit(units: Sequence[Unit], text: str) -> Unit | None:
    """Exact match first, then the only unit whose name contains `text`."""
    unit = exact_unit(units, text)
    if unit is not None:
        return unit
    wanted = ascii_fold(" ".join(text.split()))
    candidates = [u for u in units if wanted and wanted in ascii_fold(u.name)]
    return candidates[0] if len(candidates) == 1 else None


def leading_unit(units: Sequence[Unit], words: Sequence[str]) -> tuple[Unit, int] | None:
    """The unit named by the longest run of leading words, and how many words it took."""
    for count in range(min(len(words), 12), 0, -1):
        unit = exact_unit(units, " ".join(words[:count]))
        if unit is not None:
            return unit, count
    return None
