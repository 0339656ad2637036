"""Organizations and their units."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import func
from sqlmodel import Session, select

from conclusions.catalog import LEVELS, UnitSpec, standard_units
from storage.access import Actor, require_admin
from storage.errors import AlreadyExists, InvalidInput, NotFound
from storage.events import record_event
from storage.models import Organization, Unit

LEVEL_NAMES = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh"}


def slugify(name: str) -> str:
    """An ASCII key for a unit name ("Hội Nông dân xã" → "hoi_nong_dan_xa")."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:80] or "don_vi"


def create_organization(
    session: Session, *, name: str, level: str, timezone: str = "Asia/Ho_Chi_Minh", actor_label: str = "CLI"
) -> Organization:
    """Create an organization seeded with the standard unit catalog of its level."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Tên tổ chức không được để trống.")
    if level not in LEVELS:
        raise InvalidInput(f"Cấp không hợp lệ: {level!r}. Chọn một trong: xa, huyen, tinh.")
    if session.exec(select(Organization).where(Organization.name == name)).first():
        raise AlreadyExists(f"Đã có tổ chức tên “{name}”.")
    org = Organization(name=name, level=level, timezone=timezone)
    session.add(org)
    session.flush()
    for spec in standard_units(level):
        session.add(Unit(org_id=org.id, key=spec.key, name=spec.name, aliases=list(spec.aliases), tags=list(spec.tags)))
    record_event(
        session,
        actor=Actor.system(org.id, actor_label),  # type: ignore[arg-type]
        kind="org_created",
        detail={"name": name, "level": level},
    )
    session.flush()
    return org


def list_organizations(session: Session) -> list[Organization]:
    """All organizations, by name (an operator's view: the CLI)."""
    return list(session.exec(select(Organization).order_by(Organization.name)))


def get_organization(session: Session, ref: str | int) -> Organization:
    """Find an organization by id or exact name."""
    org: Organization | None = None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        org = session.get(Organization, int(ref))
    if org is None and isinstance(ref, str):
        org = session.exec(select(Organization).where(Organization.name == " ".join(ref.split()))).first()
    if org is None:
        raise NotFound(f"Không tìm thấy tổ chức “{ref}”.")
    return org


def list_units(session: Session, *, org_id: int, include_inactive: bool = False) -> list[Unit]:
    """The organization's units, in catalog order."""
    query = select(Unit).where(Unit.org_id == org_id)
    if not include_inactive:
        query = query.where(Unit.active == True)  # noqa: E712
    return list(session.exec(query.order_by(Unit.id)))


def get_unit(session: Session, *, org_id: int, ref: str | int) -> Unit:
    """Find a unit of this organization by id, key or name (case-insensitive)."""
    unit: Unit | None = None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        unit = session.get(Unit, int(ref))
        if unit is not None and unit.org_id != org_id:
            unit = None
    if unit is None:
        text = " ".join(str(ref).split())
        unit = session.exec(
            select(Unit).where(Unit.org_id == org_id, (Unit.key == text) | (func.lower(Unit.name) == text.lower()))
        ).first()
    if unit is None:
        raise NotFound(f"Không tìm thấy đơn vị “{ref}” trong tổ chức này.")
    return unit


def add_unit(
    session: Session, *, actor: Actor, name: str, key: str | None = None, aliases: list[str] | None = None
) -> Unit:
    """Add a unit to the actor's organization."""
    require_admin(actor, actor.org_id)
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Tên đơn vị không được để trống.")
    key = key or slugify(name)
    clash = session.exec(
        select(Unit).where(Unit.org_id == actor.org_id, (Unit.key == key) | (func.lower(Unit.name) == name.lower()))
    ).first()
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
    clash = session.exec(
        select(Unit).where(Unit.org_id == actor.org_id, func.lower(Unit.name) == new_name.lower(), Unit.id != unit.id)
    ).first()
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
    """The organization's units in the form the extractor resolves names against."""
    return [
        UnitSpec(key=u.key, name=u.name, aliases=tuple(u.aliases), tags=tuple(u.tags))
        for u in list_units(session, org_id=org_id)
    ]
