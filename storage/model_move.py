"""Moving an existing organization to the current model (two-level local government since 1/7/2025).

The plan is `conclusions.reform.plan_move`; this module counts what each change touches and applies
it in the caller's transaction: a renamed unit keeps its id (so its tasks, members, invites and group
chats stay with it) and its old name as an alias; a merged unit hands its tasks — each with a
"corrected" event in its history — members, invites and chats to the unit that took over its work,
gives it its names as aliases, and is deactivated, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from conclusions.catalog import CURRENT_LEVELS, MODEL_2025, UnitSpec
from conclusions.reform import ADD, KEEP, MERGE, RENAME, UnitChange, plan_move
from storage.access import Actor
from storage.errors import InvalidInput, InvalidState
from storage.events import record_event
from storage.models import Chat, Invite, Member, Organization, Task, Unit
from storage.organizations import LEVEL_NAMES, list_units, normalize_level

#: The current level a pre-2025 organization becomes when its admin does not say.
DEFAULT_TARGET = {"xa": "xa", "tinh": "tinh"}


@dataclass
class MoveReport:
    """What moving one organization does (or did): the level, and each unit's change with the
    number of tasks and members it carries."""

    org_id: int
    org_name: str
    level_before: str
    level_after: str
    changes: list[UnitChange]
    tasks: dict[str, int] = field(default_factory=dict)  # unit key before → its tasks
    members: dict[str, int] = field(default_factory=dict)  # unit key before → its active members
    applied: bool = False

    @property
    def tasks_moved(self) -> int:
        """How many tasks change unit (those of merged units)."""
        return sum(self.tasks.get(c.key, 0) for c in self.changes if c.kind == MERGE)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form `dondoc org move-to-2025 --json` prints."""
        return {
            "organization": self.org_name, "org_id": self.org_id, "applied": self.applied,
            "level_before": self.level_before, "level_after": self.level_after, "model_after": MODEL_2025,
            "tasks_moved": self.tasks_moved,
            "changes": [
                {"kind": c.kind, "key": c.key, "name": c.name,
                 "target_key": c.target.key if c.target else None, "target_name": c.target.name if c.target else None,
                 "reason": c.reason, "tasks": self.tasks.get(c.key, 0), "members": self.members.get(c.key, 0)}
                for c in self.changes
            ],
        }


def target_level(org: Organization, level: str | None) -> str:
    """The current-model level an organization moves to: the one asked for, else its own (a district
    must say which: the level no longer exists)."""
    if level:
        wanted = normalize_level(level)
        if wanted not in CURRENT_LEVELS:
            raise InvalidInput(f"Cấp không hợp lệ: “{level}”. Chọn một trong: tỉnh (tinh), xã (xa), phường (phuong), "
                               "đặc khu (dac_khu).")
        return wanted
    if org.level in DEFAULT_TARGET:
        return DEFAULT_TARGET[org.level]
    raise InvalidInput("Từ 01/7/2025 không còn cấp huyện: chọn cấp mới bằng --level xa, phuong, dac_khu hoặc tinh.")


def plan_org_move(session: Session, *, org: Organization, level: str | None = None) -> MoveReport:
    """The changes moving `org` to the current model would make, counted; nothing is written."""
    if org.model == MODEL_2025:
        raise InvalidState(f"Tổ chức “{org.name}” đã theo mô hình từ 01/7/2025; không có gì để chuyển.")
    to_level = target_level(org, level)
    units = list_units(session, org_id=org.id)  # type: ignore[arg-type]
    specs = [UnitSpec(u.key, u.name, tuple(u.aliases), tuple(u.tags)) for u in units]
    report = MoveReport(org.id, org.name, org.level, to_level, plan_move(specs, to_level))  # type: ignore[arg-type]
    ids = {u.id: u.key for u in units}
    for unit_id, count in session.exec(  # type: ignore[call-overload]
        select(Task.unit_id, func.count()).where(Task.org_id == org.id).group_by(Task.unit_id)
    ):
        if unit_id in ids:
            report.tasks[ids[unit_id]] = count
    for unit_id, count in session.exec(  # type: ignore[call-overload]
        select(Member.unit_id, func.count()).where(Member.org_id == org.id, Member.active == True)  # noqa: E712
        .group_by(Member.unit_id)
    ):
        if unit_id in ids:
            report.members[ids[unit_id]] = count
    return report


def move_org_to_2025(session: Session, *, actor: Actor, org: Organization, level: str | None = None) -> MoveReport:
    """Move `org` to the current model in the caller's transaction; returns what changed."""
    report = plan_org_move(session, org=org, level=level)
    units = {u.key: u for u in list_units(session, org_id=org.id)}  # type: ignore[arg-type]
    # Renames first, so that every merge finds the unit it goes into.
    for change in sorted(report.changes, key=lambda c: {RENAME: 0, ADD: 1, MERGE: 2, KEEP: 3}[c.kind]):
        if change.kind == RENAME:
            unit = units[change.key]
            _take_names(unit, change.target, unit.name, unit.aliases)  # type: ignore[arg-type]
            unit.key = change.target.key  # type: ignore[union-attr]
            unit.tags = list(change.target.tags)  # type: ignore[union-attr]
            session.add(unit)
            units[unit.key] = unit
        elif change.kind == ADD:
            spec = change.target
            unit = Unit(org_id=org.id, key=spec.key, name=spec.name, aliases=list(spec.aliases), tags=list(spec.tags))  # type: ignore[arg-type, union-attr]
            session.add(unit)
            units[unit.key] = unit
        elif change.kind == MERGE:
            session.flush()
            _merge(session, actor, units[change.key], units[change.target.key], report.level_after)  # type: ignore[union-attr]
    org.level, org.model = report.level_after, MODEL_2025
    session.add(org)
    record_event(session, actor=actor, kind="org_model_moved", detail=report.to_dict())
    session.flush()
    report.applied = True
    return report


def _take_names(unit: Unit, spec: UnitSpec, old_name: str, old_aliases: list[str]) -> None:
    """Give `unit` the catalog name and aliases of `spec`, keeping every name it was known by."""
    names = [old_name, *old_aliases] if old_name != spec.name else list(old_aliases)
    unit.name = spec.name
    unit.aliases = list(dict.fromkeys([*spec.aliases, *names, *unit.aliases]))


def _merge(session: Session, actor: Actor, source: Unit, target: Unit, level: str) -> None:
    """Hand everything of `source` to `target`: tasks (each with a history event), members, invites
    and chats; `target` answers to `source`'s names from now on, `source` is deactivated."""
    reason = f"Chuyển sang mô hình từ 01/7/2025 (cấp {LEVEL_NAMES.get(level, level)}): {source.name} → {target.name}"
    for task in session.exec(select(Task).where(Task.org_id == source.org_id, Task.unit_id == source.id)):
        task.unit_id = target.id  # type: ignore[assignment]
        session.add(task)
        record_event(session, actor=actor, kind="corrected", task_id=task.id, detail={
            "field": "unit", "before": {"unit_id": source.id, "unit": source.name},
            "after": {"unit_id": target.id, "unit": target.name}, "reason": reason,
        })
    for model in (Member, Invite, Chat):
        for row in session.exec(select(model).where(col(model.unit_id) == source.id)):  # type: ignore[attr-defined]
            row.unit_id = target.id
            session.add(row)
    target.aliases = list(dict.fromkeys([*target.aliases, source.name, *source.aliases]))
    source.active = False
    session.add(target)
    session.add(source)
