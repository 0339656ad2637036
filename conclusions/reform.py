"""Names across the 2025 reform: an old body's name in a new-model organisation, a new one in an old.

Since 1/7/2025 the district level is gone, the commune party committee works through Văn phòng, Ban
Xây dựng Đảng and Ủy ban Kiểm tra, and the province merged Ban Tuyên giáo and Ban Dân vận into Ban
Tuyên giáo và Dân vận (see `conclusions.catalog`). Notices keep naming bodies of either period; this
module says which of an organisation's units does that work now, and words the warning.

It only acts on catalogs that carry their organisation's model as a tag (`model_tag_for`, added by
storage when it hands an organisation's units to the extractor), so the standard catalogs the
extractor falls back on read exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from conclusions.catalog import FRONT_MEMBER, MODEL_2025, MODEL_PRE_2025, UnitSpec, current_units
from conclusions.model import UnitRef
from conclusions.normalize import fold

MODEL_TAG_PREFIX = "mo_hinh:"

#: A pre-2025 body → the units of a current-model organisation that may have taken over its work, first present wins.
TO_2025: dict[str, tuple[str, ...]] = {
    "dan_van": ("xay_dung_dang", "tuyen_giao_dan_van"),
    "tuyen_giao": ("xay_dung_dang", "tuyen_giao_dan_van"),
    "to_chuc": ("to_chuc", "xay_dung_dang"),
}
#: A current body → the unit of a pre-2025 organisation that does that work (the follow-up side first).
TO_PRE_2025: dict[str, tuple[str, ...]] = {
    "xay_dung_dang": ("dan_van", "to_chuc"),
    "tuyen_giao_dan_van": ("dan_van", "tuyen_giao"),
}

_COMMITTEE = r"(?:đảng ủy|đảng uỷ|huyện ủy|huyện uỷ|quận ủy|thị ủy|thành ủy|tỉnh ủy|tỉnh uỷ)(?:\s+(?:xã|phường|đặc khu))?"
_COMMITTEE_LEVEL = (("đảng", "xa"), ("huyện", "huyen"), ("quận", "huyen"), ("thị", "huyen"), ("thành", "huyen"),
                    ("tỉnh", "tinh"))
_PREFIX = r"(?:(?:tập thể\s+)?lãnh đạo\s+|thường trực\s+|trưởng\s+)?"
#: Written names of the bodies concerned: (pattern, body key, committee required).
_BODIES: tuple[tuple[str, str, bool], ...] = (
    (r"ban tuyên giáo\s*(?:và|&)\s*dân vận", "tuyen_giao_dan_van", False),
    (r"ban tg\s*(?:&|và)\s*dv|btgdv(?:tu|đu)?", "tuyen_giao_dan_van", False),
    (r"ban xây dựng đảng", "xay_dung_dang", False),
    (r"ban xdđ|bxdđ", "xay_dung_dang", False),
    (r"ban dân vận|khối dân vận", "dan_van", False),
    (r"bdv(?:hu|tu|đu)?", "dan_van", False),
    (r"ban tuyên giáo", "tuyen_giao", False),
    (r"btg(?:hu|tu|đu)", "tuyen_giao", False),
    (r"ban tổ chức", "to_chuc", True),  # alone it is as often an event's organising committee
)


def model_tag_for(model: str) -> str:
    """The tag that tells the resolver which catalog generation an organisation's units follow."""
    return f"{MODEL_TAG_PREFIX}{model}"


def catalog_model(units: Sequence[UnitSpec]) -> str | None:
    """The model an organisation's catalog is tagged with, or None for an untagged (standard) catalog."""
    for spec in units[:1]:
        for tag in spec.tags:
            if tag.startswith(MODEL_TAG_PREFIX):
                return tag[len(MODEL_TAG_PREFIX):]
    return None


@dataclass(frozen=True)
class Crossing:
    """A name written for one side of the reform, resolved to the unit doing that work now."""

    written: str
    unit: UnitRef
    start: int
    end: int
    former: bool  # True when the name is the organisation's own former name (kept as an alias)

    def warning(self, model: str) -> str:
        """The warning the draft shows for this name."""
        if self.former:
            return f"“{self.written}” là tên cũ của {self.unit.name}: việc giao cho tên cũ được giao cho {self.unit.name}."
        if model == MODEL_2025:
            return (f"“{self.written}” là tên trước 01/7/2025; sau sắp xếp bộ máy, việc của đơn vị này do "
                    f"{self.unit.name} đảm nhận: việc giao cho “{self.written}” được giao cho {self.unit.name}.")
        return (f"“{self.written}” là tên từ 01/7/2025; tổ chức này còn theo danh mục trước 01/7/2025, nên việc giao cho "
                f"“{self.written}” được giao cho {self.unit.name}.")


@dataclass(frozen=True)
class _Matcher:
    model: str
    level: str | None
    pattern: re.Pattern[str]
    keys: dict[str, UnitSpec]
    former: dict[str, UnitSpec]  # folded former names (aliases containing a committee) → unit


@lru_cache(maxsize=64)
def _matcher(units: tuple[UnitSpec, ...], level: str | None) -> _Matcher | None:
    model = catalog_model(units)
    if model not in (MODEL_2025, MODEL_PRE_2025):
        return None
    bodies = "|".join(f"(?P<b{i}>{fold(p)})" for i, (p, _, _) in enumerate(_BODIES))
    pattern = re.compile(rf"{fold(_PREFIX)}(?:{bodies})(?:\s+(?P<c>{fold(_COMMITTEE)}))?(?![\w])")
    former = {}
    for spec in units:
        for alias in spec.aliases:
            if re.search(fold(_COMMITTEE), fold(alias)):
                former[_squash(fold(alias))] = spec
    return _Matcher(model, level, pattern, {s.key: s for s in units}, former)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _committee_level(committee: str | None) -> str | None:
    if not committee:
        return None
    for word, lvl in _COMMITTEE_LEVEL:
        if committee.startswith(fold(word)):
            return lvl
    return None


def crossing_at(units: Sequence[UnitSpec], level: str | None, text: str, folded: str, pos: int) -> Crossing | None:
    """The name of a body from the other side of the reform written at `pos`, resolved to the unit of
    this organisation that does its work; None when there is none, or when the catalog is untagged.

    A name carrying another level's committee ("Ban Dân vận Huyện ủy" in a commune) is another body,
    unless the organisation keeps it as its own former name (an organisation moved to the new model).
    """
    m = _matcher(tuple(units), level)
    if m is None:
        return None
    hit = m.pattern.match(folded, pos)
    if not hit:
        return None
    written = text[pos:hit.end()].strip()
    i = next(int(name[1:]) for name, val in hit.groupdict().items() if name.startswith("b") and val)
    own = m.former.get(_squash(folded[hit.start(f"b{i}"):hit.end()]))
    if own is not None:
        return Crossing(written, UnitRef(own.key, own.name), pos, hit.end(), True)
    _, body, needs_committee = _BODIES[i]
    committee = hit.group("c")
    if needs_committee and not committee:
        return None
    name_level = _committee_level(committee)
    if name_level and level and name_level != level:
        return None
    if body in m.keys:
        return None  # the organisation has that very body: nothing crosses
    table = TO_2025 if m.model == MODEL_2025 else TO_PRE_2025
    target = next((m.keys[k] for k in table.get(body, ()) if k in m.keys), None)
    if target is None:
        return None
    return Crossing(written, UnitRef(target.key, target.name), pos, hit.end(), False)


def across_reform(
    resolver: object, text: str, folded: str, pos: int, found: tuple[list[UnitRef], int, bool] | None
) -> tuple[list[UnitRef], int, bool] | None:
    """What the unit resolver found at `pos`, or the unit a name from the other side of the reform
    stands for when that reads further (`found` is `UnitResolver._one_at`'s answer)."""
    units: Sequence[UnitSpec] = getattr(resolver, "units", ())
    if not units or catalog_model(units) is None:
        return found
    crossing = crossing_at(units, getattr(resolver, "level", None), text, folded, pos)
    if crossing is None:
        return found
    if found is not None and found[2] and found[1] >= crossing.end:
        return found
    return [crossing.unit], crossing.end, True


def crossings(text: str, units: Sequence[UnitSpec], level: str | None = None) -> list[Crossing]:
    """Every name in `text` from the other side of the reform, with the unit it resolves to."""
    if catalog_model(units) is None:
        return []
    folded = fold(text)
    found: list[Crossing] = []
    pos = 0
    for w in re.finditer(r"(?<![\w])\w", text):
        if w.start() < pos:
            continue
        c = crossing_at(units, level, text, folded, w.start())
        if c is not None:
            found.append(c)
            pos = c.end
    return found


def crossing_warnings(text: str, units: Sequence[UnitSpec], level: str | None = None) -> list[str]:
    """One warning per distinct name from the other side of the reform found in `text`."""
    model = catalog_model(units) or MODEL_PRE_2025
    out: list[str] = []
    for c in crossings(text, units, level):
        w = c.warning(model)
        if w not in out:
            out.append(w)
    return out


def add_crossing_warnings(draft: Any, units: Sequence[UnitSpec] | None) -> Any:
    """Add to an extracted draft one warning per name it read across the reform; returns the draft."""
    if not units or catalog_model(units) is None:
        return draft
    from conclusions.units import catalog_level  # units imports this module

    for w in crossing_warnings(draft.text, units, catalog_level(units)):
        if w not in draft.warnings:
            draft.warnings.append(w)
    return draft


# -- moving an organisation to the current model ----------------------------------------------

RENAME, MERGE, ADD, KEEP = "rename", "merge", "add", "keep"


@dataclass(frozen=True)
class UnitChange:
    """What moving to the current model does to one unit: rename (possibly to a new key), merge into
    another unit, add from the catalog, or keep as it is."""

    kind: str
    key: str  # the unit's key before (the catalog key for ADD)
    name: str  # its name before (the catalog name for ADD)
    target: UnitSpec | None = None  # what it becomes (RENAME, ADD) or merges into (MERGE)
    reason: str = ""


def plan_move(units: Sequence[UnitSpec], to_level: str) -> list[UnitChange]:
    """The changes that bring an organisation's units to the current catalog of `to_level`: units of
    the catalog are renamed to today's names, the boards merged in 2025 go into the unit that took
    over their work (the first one is renamed into it, so it keeps its id; the others merge), missing
    catalog units are added, and every other unit (added by the organisation, or with no successor at
    this level) is kept as it is."""
    target = {spec.key: spec for spec in current_units(to_level)}
    by_name = {_squash(fold(spec.name)): spec for spec in target.values()}
    owner = {u.key: u.key for u in units if u.key in target}  # catalog key → the unit that becomes it
    for u in units:  # a unit the organisation already added by hand under a catalog name becomes that unit
        spec = by_name.get(_squash(fold(u.name)))
        if u.key not in target and spec is not None and spec.key not in owner:
            owner[spec.key] = u.key
    changes: list[UnitChange] = []
    for unit in units:
        if unit.key in target:
            spec = target[unit.key]
            same = unit.name == spec.name and set(spec.tags) <= set(unit.tags)
            why = "nay thuộc Ủy ban MTTQ" if FRONT_MEMBER in spec.tags and FRONT_MEMBER not in unit.tags else ""
            changes.append(UnitChange(KEEP if same else RENAME, unit.key, unit.name, spec, why))
            continue
        successor = by_name.get(_squash(fold(unit.name)))
        if successor is None or owner.get(successor.key) != unit.key:
            successor = next((target[k] for k in TO_2025.get(unit.key, ()) if k in target), None)
        if successor is None:
            why = ("không có trong danh mục từ 01/7/2025 ở cấp này" if unit.key in _PRE_2025_KEYS
                   else "đơn vị do tổ chức tự thêm")
            changes.append(UnitChange(KEEP, unit.key, unit.name, None, why))
        elif owner.setdefault(successor.key, unit.key) != unit.key:
            changes.append(UnitChange(MERGE, unit.key, unit.name, successor, _merge_reason(unit.key, successor)))
        else:
            changes.append(UnitChange(RENAME, unit.key, unit.name, successor, _merge_reason(unit.key, successor)))
    changes += [UnitChange(ADD, spec.key, spec.name, spec) for key, spec in target.items() if key not in owner]
    return changes


_PRE_2025_KEYS = {"mttq", "nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien", "lien_hiep_thanh_nien",
                  "lien_doan_lao_dong", "dan_van", "van_phong", "to_chuc", "tuyen_giao", "kiem_tra", "ubnd", "hdnd"}


def _merge_reason(key: str, successor: UnitSpec) -> str:
    if key in TO_2025:
        return f"từ 01/7/2025 việc này do {successor.name} đảm nhận"
    return "trùng tên với đơn vị trong danh mục mới"
