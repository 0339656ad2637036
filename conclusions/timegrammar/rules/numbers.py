"""Numbers written in words: một … chín, mười/mươi, mốt/lăm/tư, chục, trăm, linh/lẻ."""

from __future__ import annotations

from conclusions.timegrammar.engine import Context, Rule
from conclusions.timegrammar.patterns import num, of, w
from conclusions.timegrammar.values import Num, Word


def _tens(_: Context, n: Num, __: Word) -> Num | None:
    return Num(n.value * 10) if n.digits == 0 and 2 <= n.value <= 9 else None


def _tens_units(_: Context, tens: Num, unit: Num) -> Num | None:
    """"hai mươi mốt" = 21, "mười lăm" = 15; only whole tens written in words take a units word."""
    if tens.digits or unit.digits or tens.value % 10 or not 10 <= tens.value <= 90 or not 1 <= unit.value <= 9:
        return None
    if unit.value == 1 and not unit.tail and tens.value > 10:
        return None  # "hai mươi một" is said, but "mốt" is the usual form; both are read below
    if unit.value == 5 and not unit.tail and tens.value >= 10:
        return None  # "mười năm" is ten years, "mười lăm" is fifteen
    return Num(tens.value + unit.value)


def _tens_one(_: Context, tens: Num, unit: Num) -> Num | None:
    ok = not tens.digits and tens.value % 10 == 0 and 20 <= tens.value <= 90 and unit.value == 1 and not unit.digits
    return Num(tens.value + 1) if ok else None


def _hundreds(_: Context, n: Num, __: Word) -> Num | None:
    return Num(n.value * 100) if n.digits == 0 and 1 <= n.value <= 9 else None


def _hundreds_plus(_: Context, h: Num, *rest: object) -> Num | None:
    small = rest[-1]
    assert isinstance(small, Num)
    if h.digits or h.value % 100 or h.value < 100 or small.digits or small.value >= 100:
        return None
    if len(rest) == 1 and small.value < 10:
        return None  # "một trăm linh năm": the units after hundreds need "linh"/"lẻ"
    return Num(h.value + small.value)


def _dozens(_: Context, n: Num, __: Word) -> Num | None:
    return Num(n.value * 10) if n.digits == 0 and 1 <= n.value <= 9 else None


RULES = [
    Rule("tens (hai mươi)", (num(2, 9), w("mươi")), _tens),
    Rule("tens and units (hai mươi mốt, mười lăm)", (of(Num), of(Num)), _tens_units),
    Rule("tens and một (hai mươi một)", (of(Num), num(1, 1)), _tens_one, cost=1),
    Rule("hundreds (hai trăm)", (num(1, 9), w("trăm")), _hundreds),
    Rule("hundreds and tens (một trăm hai mươi)", (of(Num), of(Num)), _hundreds_plus),
    Rule("hundreds linh units (một trăm linh năm)", (of(Num), w("linh", "lẻ"), of(Num)), _hundreds_plus),
    Rule("dozens (hai chục)", (num(1, 9), w("chục")), _dozens),
]
