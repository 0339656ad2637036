"""Predicates for rule patterns: a word by name, a value of a type, a number in a range."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conclusions.timegrammar.values import Num, Time, Word

Predicate = Callable[[Any], bool]


def w(*keys: str) -> Predicate:
    """A vocabulary word or phrase among `keys` (toned spellings)."""
    wanted = frozenset(keys)
    return lambda v: isinstance(v, Word) and v.key in wanted


def of(*types: type, when: Callable[[Any], bool] | None = None) -> Predicate:
    """A value of one of `types`, optionally also satisfying `when`."""
    return lambda v: isinstance(v, types) and (when is None or bool(when(v)))


def num(lo: int, hi: int, *, digits: tuple[int, ...] | None = None, words: bool = True) -> Predicate:
    """A whole number in [lo, hi] (not a tail word such as "mốt"); `digits`: typed with that many digits."""

    def accept(v: Any) -> bool:
        if not isinstance(v, Num) or v.tail or not lo <= v.value <= hi:
            return False
        if digits is not None and v.digits not in digits:
            return False
        return words or v.digits > 0

    return accept


def time(*types: type) -> Predicate:
    """Any time value (or one of `types`)."""
    return of(*(types or (Time,)))
