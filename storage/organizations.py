"""Organizations and their units."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from sqlmodel import Session, select

from conclusions.catalog import (
    CURRENT_LEVELS,
    LEVELS,
    MODEL_2025,
    MODEL_PRE_2025,
    UnitSpec,
    display_name,
    in_front,
    standard_units,
)
from conclusions.normalize import ascii_fold
from conclusions.reform import model_tag_for
from storage.access import Actor, require_admin
from storage.errors import AlreadyExists, InvalidInput, NotFound
from storage.events import record_event
from storage.models import Organization, Unit

LEVEL_NAMES = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh", "phuong": "phường", "dac_khu": "đặc khu"}
#: What happens to a district organization since the two-level local government.
HUYEN_NOTE = ("Lưu ý: từ 01/7/2025 không còn cấp huyện; tổ chức này dùng danh mục đơn vị trước 01/7/2025 "
              "(Huyện ủy, các ban của Huyện ủy).")


def normalize_level(level: str) -> str:
    """The level key for what people type: "xã", "Phường", "đặc khu", "dac_khu" → xa, phuong, dac_khu."""
    return "_".join(re.sub(r"[\W_]+", " ", ascii_fold(level)).split())


def level_model(level: str) -> str:
    """The catalog generation a new organization of `level` follows today: the current one, except a
    district (huyện), which exists only in the pre-2025 model."""
    return MODEL_PRE_2025 if normalize_level(level) == "huyen" else MODEL_2025

_Named = TypeVar("_Named")


def match_key(text: str) -> str:
    """How names compare when people type them: no case, no tones or accents (đ = d), punctuation
    and underscores as spaces ("Hội Nông dân", "hoi nong dan", "nong_dan" → "hoi nong dan", "nong dan").
    Folded in Python: SQLite's lower() only folds ASCII letters."""
    return " ".join(re.sub(r"[\W_]+", " ", ascii_fold(text)).split())


def _resolve(candidates: Sequence[tuple[_Named, int | None, Sequence[str]]], ref: str) -> _Named | None:
    """The one candidate (thing, id, names) that `ref` names: its id, one of its names exactly,
    else the only one with a name containing `ref` as whole words."""
    text = " ".join(str(ref).split())
    if text.isdigit():
        return next((thing for thing, ident, _ in candidates if ident == int(text)), None)
    wanted = match_key(text)
    if not wanted:
        return None
    for thing, _, names in candidates:
        if any(match_key(n) == wanted for n in names):
            return thing
    inside = [thing for thing, _, names in candidates if any(f" {wanted} " in f" {match_key(n)} " for n in names)]
    return inside[0] if len(inside) == 1 else None


def unit_names(unit: Unit) -> list[str]:
    """Every name a unit answers to: its name, key and aliases (abbreviations included)."""
    return [unit.name, unit.key, *unit.aliases]


def find_unit(units: Sequence[Unit], ref: str) -> Unit | None:
    """The unit among `units` that `ref` names — number, key, name or alias (abbreviation), with or
    without tones — else the only one whose name contains it; None when none or several do."""
    return _resolve([(u, u.id, unit_names(u)) for u in units], ref)


def exact_unit(units: Sequence[Unit], ref: str) -> Unit | None:
    """The unit whose name, key or alias equals `ref` (case, tones and spacing ignored)."""
    wanted = match_key(ref)
    if not wanted:
        return None
    return next((u for u in units if any(match_key(n) == wanted for n in unit_names(u))), None)


#: What people type for the Front as a whole ("mattran", "MTTQ và các đoàn thể"), as `match_key` gives it.
FRONT_WORDS = {"mattran", "khoi mat tran", "ca mat tran", "mat tran va cac doan the", "mttq va cac doan the",
               "mttq va cac to chuc chinh tri xa hoi", "mat tran va cac to chuc chinh tri xa hoi"}


def names_the_front(ref: str) -> bool:
    """True when `ref` means the Front as a whole rather than one unit ("mattran", "MTTQ và các đoàn thể")."""
    return match_key(ref) in FRONT_WORDS


def front_units(units: Sequence[Unit]) -> list[Unit]:
    """The Ủy ban MTTQ and its member organisations among `units` (the đoàn thể, and since 2025 those under it)."""
    return [u for u in units if in_front(u.tags)]


def unit_display_name(unit: Unit) -> str:
    """A unit's name as the current structure reads: "Hội Nông dân xã (thuộc Ủy ban MTTQ)"."""
    return display_name(unit.name, unit.tags)


def unit_choices(units: Sequence[Unit]) -> str:
    """The units to choose from, as an error message lists them: "Hội Nông dân xã (nong_dan), …"."""
    return ", ".join(f"{u.name} ({u.key})" for u in units)


def slugify(name: str) -> str:
    """An ASCII key for a unit name ("Hội Nông dân xã" → "hoi_nong_dan_xa")."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:80] or "don_vi"


def create_organization(
    session: Session, *, name: str, level: str, timezone: str = "Asia/Ho_Chi_Minh", actor_label: str = "CLI",
    model: str = MODEL_PRE_2025,
) -> Organization:
    """Create an organization seeded with the standard unit catalog of its level and `model`: the
    pre-2025 one unless told (callers that create today's organizations pass `level_model(level)`)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Tên tổ chức không được để trống.")
    written, level = level, normalize_level(level)
    if model not in (MODEL_2025, MODEL_PRE_2025):
        raise InvalidInput(f"Mô hình không hợp lệ: “{model}”. Chọn {MODEL_2025} hoặc {MODEL_PRE_2025}.")
    if level not in (CURRENT_LEVELS if model == MODEL_2025 else LEVELS):
        choices = ("tỉnh (tinh), xã (xa), phường (phuong), đặc khu (dac_khu); huyện (huyen) theo mô hình trước 01/7/2025"
                   if model == MODEL_2025 else "xã (xa), huyện (huyen), tỉnh (tinh)")
        raise InvalidInput(f"Cấp không hợp lệ: “{written}”. Chọn một trong: {choices}.")
    clash = next((o for o in list_organizations(session) if match_key(o.name) == match_key(name)), None)
    if clash is not None:
        raise AlreadyExists(f"Đã có tổ chức tên “{clash.name}”.")
    org = Organization(name=name, level=level, model=model, timezone=timezone)
    session.add(org)
    session.flush()
    for spec in standard_units(level, model):
        session.add(Unit(org_id=org.id, key=spec.key, name=spec.name, aliases=list(spec.aliases), tags=list(spec.tags)))
    record_event(
        session,
        actor=Actor.system(org.id, actor_label),  # type: ignore[arg-type]
        kind="org_created",
        detail={"name": name, "level": level, "model": model},
    )
    session.flush()
    return org


def list_organizations(session: Session) -> list[Organization]:
    """All organizations, by name (an operator's view: the CLI)."""
    return list(session.exec(select(Organization).order_by(Organization.name)))


def get_organization(session: Session, ref: str | int) -> Organization:
    """Find an organization by number or name, with or without tones, or by the only name that
    contains `ref` ("tan loi"); when nothing matches, the error lists the organizations."""
    org: Organization | None = session.get(Organization, ref) if isinstance(ref, int) else None
    orgs: list[Organization] = []
    if org is None and isinstance(ref, str):
        orgs = list_organizations(session)
        org = _resolve([(o, o.id, [o.name]) for o in orgs], ref)
    if org is None:
        choices = ", ".join(f"{o.name} (mã {o.id})" for o in orgs or list_organizations(session))
        listed = f" Các tổ chức: {choices}." if choices else " Chưa có tổ chức nào."
        raise NotFound(f"Không tìm thấy tổ chức “{ref}”.{listed}")
    return org


def list_units(session: Session, *, org_id: int, include_inactive: bool = False) -> list[Unit]:
    """The organization's units, in catalog order."""
    query = select(Unit).where(Unit.org_id == org_id)
    if not include_inactive:
        query = query.where(Unit.active == True)  # noqa: E712
    return list(session.exec(query.order_by(Unit.id)))


def get_unit(session: Session, *, org_id: int, ref: str | int) -> Unit:
    """Find a unit of this organization as people name it (see `find_unit`; an active unit first);
    when nothing matches, the error lists the units."""
    if isinstance(ref, int):
        unit = session.get(Unit, ref)
        if unit is not None and unit.org_id == org_id:
            return unit
    units = list_units(session, org_id=org_id, include_inactive=True)
    active = [u for u in units if u.active]
    found = None if isinstance(ref, int) else find_unit(active, ref) or find_unit(units, ref)
    if found is None:
        raise NotFound(f"Không tìm thấy đơn vị “{ref}” trong tổ chức này. Các đơn vị: {unit_choices(active)}.")
    return found


def add_unit(
    session: Session, *, actor: Actor, name: str, key: str | None = None, aliases: list[str] | None = None
) -> Unit:
    """Add a unit to the actor's organization."""
    require_admin(actor, actor.org_id)
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Tên đơn vị không được để trống.")
    key = key or slugify(name)
    clash = next(
        (u for u in list_units(session, org_id=actor.org_id, include_inactive=True)
         if u.key == key or match_key(u.name) == match_key(name)),
        None,
    )
    if clash:
        raise AlreadyExists(f"Đơn vị “{clash.name}” đã có trong tổ chức.")
    unit = Unit(org_id=actor.org_id, key=key, name=name, aliases=list(aliases or []))
    session.add(unit)
    session.flush()
    record_event(session, actor=actor, kind="unit_added", detail={"unit_id": unit.id, "name": name})
    return unit


def rename_unit(session: Session, *, actor: Actor, ref: str | int, new_name: str) -> Unit:
    """Rename a unit; the old name stays as an alias so documents using it still resolve."""
    require_admin(actor, actor.org_id)
    unit = get_unit(session, org_id=actor.org_id, ref=ref)
    new_name = " ".join(new_name.split())
    if not new_name:
        raise InvalidInput("Tên mới không được để trống.")
    clash = next(
        (u for u in list_units(session, org_id=actor.org_id, include_inactive=True)
         if u.id != unit.id and match_key(u.name) == match_key(new_name)),
        None,
    )
    if clash:
        raise AlreadyExists(f"Đơn vị “{clash.name}” đã có trong tổ chức.")
    old = unit.name
    unit.name = new_name
    if old not in unit.aliases:
        unit.aliases = [*unit.aliases, old]
    session.add(unit)
    record_event(session, actor=actor, kind="unit_renamed", detail={"unit_id": unit.id, "from": old, "to": new_name})
    session.flush()
    return unit


def org_catalog(session: Session, *, org_id: int) -> list[UnitSpec]:
    """The organization's units in the form the extractor resolves names against; each carries
    the organization's model as a tag, so that names from the other side of the 2025 reform resolve."""
    org = session.get(Organization, org_id)
    model_tag = (model_tag_for(org.model),) if org is not None else ()
    return [
        UnitSpec(key=u.key, name=u.name, aliases=tuple(u.aliases), tags=(*u.tags, *model_tag))
        for u in list_units(session, org_id=org_id)
    ]
