"""An import draft under review: the extractor's output as numbered, editable JSON kept on the
`ImportDraft` row, the edits people make to it, the names they map (learned as unit aliases), and
its conversion back into a `ConclusionDraft` for `storage.imports.import_draft`.

Draft tasks keep the number they were shown with (`no`): dropping task 3 does not renumber task 4,
so a clerk typing several corrections from one preview never edits the wrong line. Operations take
a session where they touch the database and never commit.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from conclusions.model import ConclusionDraft, Deadline, DocumentInfo, Evidence, TaskDraft, UnitRef
from storage.access import Actor, require_admin
from storage.events import record_event
from storage.models import ImportDraft, Unit
from storage.organizations import exact_unit, list_units, match_key, slugify, unit_names

#: How much of the extractor's evidence (the source sentence) a draft keeps per task.
EVIDENCE_KEPT = 300

Data = dict[str, Any]


def _ref(unit: Any) -> dict[str, Any]:
    return {"key": getattr(unit, "key", None) or None, "name": " ".join(str(getattr(unit, "name", "") or "").split())}


def _deadline(deadline: Any) -> dict[str, Any]:
    return {
        "text": deadline.text,
        "due": deadline.due.isoformat() if deadline.due else None,
        "strict_before": bool(deadline.strict_before),
        "recurrence": deadline.recurrence,
    }


def deadline_of(task: dict[str, Any]) -> Deadline:
    """A draft task's deadline as the extractor's `Deadline`."""
    raw = task.get("deadline") or {}
    due = raw.get("due")
    return Deadline(
        text=raw.get("text"), due=date.fromisoformat(due) if due else None,
        strict_before=bool(raw.get("strict_before")), recurrence=raw.get("recurrence"),
    )


def from_extraction(draft: ConclusionDraft) -> Data:
    """The reviewable form of what the extractor read: tasks numbered 1, 2, 3… in document order."""
    tasks = []
    for no, task in enumerate(draft.tasks, start=1):
        evidence = task.evidence.text if task.evidence is not None else None
        tasks.append({
            "no": no, "ref": task.ref, "content": task.content,
            "units": [_ref(u) for u in task.units], "coordinating_units": [_ref(u) for u in task.coordinating_units],
            "deadline": _deadline(task.deadline),
            "evidence": " ".join(evidence.split())[:EVIDENCE_KEPT] if evidence else None,
        })
    doc = draft.document
    return {
        "document": doc.to_dict(), "source_sha256": draft.source_sha256, "warnings": list(draft.warnings),
        "tasks": tasks, "next_no": len(tasks) + 1,
    }


def to_conclusion_draft(data: Data, text: str) -> ConclusionDraft:
    """The reviewed draft in the form `import_draft` saves."""
    doc = data.get("document") or {}
    issued = doc.get("issued_on")
    tasks = [
        TaskDraft(
            ref=t.get("ref"), content=t["content"],
            units=[UnitRef(u.get("key"), u["name"]) for u in t.get("units") or []],
            coordinating_units=[UnitRef(u.get("key"), u["name"]) for u in t.get("coordinating_units") or []],
            deadline=deadline_of(t),
            evidence=Evidence(t["evidence"], 0, 0) if t.get("evidence") else None,
        )
        for t in data.get("tasks") or []
    ]
    return ConclusionDraft(
        document=DocumentInfo(
            number=doc.get("number"), title=doc.get("title"),
            issued_on=date.fromisoformat(issued) if issued else None, issuer=doc.get("issuer"),
        ),
        tasks=tasks, warnings=list(data.get("warnings") or []), source_sha256=data["source_sha256"], text=text,
    )


def resolve_known_names(data: Data, units: list[Unit]) -> Data:
    """Names the extractor kept as written that the organization now knows (a unit's name, key or
    an alias learned from an earlier mapping) become that unit; returns `data` changed in place."""
    for task in data.get("tasks") or []:
        for field in ("units", "coordinating_units"):
            for ref in task.get(field) or []:
                if not ref.get("key"):
                    unit = exact_unit(units, ref["name"])
                    if unit is not None:
                        ref["key"], ref["name"] = unit.key, unit.name
        _dedupe(task)
    return data


def _dedupe(task: dict[str, Any]) -> None:
    """One unit once per task, and never both responsible and coordinating."""
    seen: set[str] = set()
    for field in ("units", "coordinating_units"):
        kept = []
        for ref in task.get(field) or []:
            ident = ref.get("key") or f"n:{match_key(ref['name'])}"
            if ident not in seen:
                seen.add(ident)
                kept.append(ref)
        task[field] = kept


def find_task(data: Data, no: int) -> dict[str, Any] | None:
    """Draft task number `no`, if still in the draft."""
    return next((t for t in data.get("tasks") or [] if t.get("no") == no), None)


def unknown_names(data: Data) -> list[tuple[str, list[int]]]:
    """Names not resolved to a unit, in order of first appearance, with the draft tasks using them."""
    found: dict[str, tuple[str, list[int]]] = {}
    for task in data.get("tasks") or []:
        for ref in [*(task.get("units") or []), *(task.get("coordinating_units") or [])]:
            if not ref.get("key"):
                name, numbers = found.setdefault(match_key(ref["name"]), (ref["name"], []))
                if task["no"] not in numbers:
                    numbers.append(task["no"])
    return list(found.values())


def saved_task_count(data: Data) -> int:
    """How many tasks saving creates: one per (draft task, responsible unit), one when it has none."""
    return sum(max(1, len(t.get("units") or [])) for t in data.get("tasks") or [])


def unit_refs(units: list[Unit]) -> list[dict[str, Any]]:
    """Units as draft references."""
    return [{"key": u.key, "name": u.name} for u in units]


def set_units(data: Data, no: int, field: str, units: list[Unit]) -> dict[str, Any]:
    """Replace the responsible (`units`) or coordinating (`coordinating_units`) units of a task."""
    task = _task(data, no)
    task[field] = unit_refs(units)
    other = "coordinating_units" if field == "units" else "units"
    keys = {u.key for u in units}
    task[other] = [r for r in task.get(other) or [] if r.get("key") not in keys]
    return task


def set_deadline(data: Data, no: int, deadline: Deadline | None) -> dict[str, Any]:
    """Set a task's deadline (None: no deadline, a "thường xuyên" task)."""
    task = _task(data, no)
    task["deadline"] = _deadline(deadline or Deadline(text="không hạn"))
    return task


def set_recurrence(data: Data, no: int, recurrence: str | None) -> dict[str, Any]:
    """Make a task recurring (a period's deadline is its last day) or not."""
    task = _task(data, no)
    current = deadline_of(task)
    if recurrence is None:
        task["deadline"] = _deadline(Deadline(text=current.text if current.due else None, due=current.due,
                                              strict_before=current.strict_before))
    else:
        task["deadline"] = _deadline(Deadline(text=None, recurrence=recurrence))
    return task


def set_content(data: Data, no: int, content: str) -> dict[str, Any]:
    """Replace a task's content."""
    task = _task(data, no)
    task["content"] = content
    return task


def drop_task(data: Data, no: int) -> dict[str, Any]:
    """Remove a task from the draft (the other numbers stay as shown)."""
    task = _task(data, no)
    data["tasks"] = [t for t in data["tasks"] if t["no"] != no]
    return task


def add_task(data: Data, *, unit: Unit, content: str, deadline: Deadline | None) -> dict[str, Any]:
    """Append a task typed by the admin; it gets the next free number."""
    no = int(data.get("next_no") or len(data.get("tasks") or []) + 1)
    task = {
        "no": no, "ref": None, "content": content, "units": unit_refs([unit]), "coordinating_units": [],
        "deadline": _deadline(deadline or Deadline()), "evidence": None,
    }
    data.setdefault("tasks", []).append(task)
    data["next_no"] = no + 1
    return task


def split_task(data: Data, no: int) -> list[dict[str, Any]]:
    """One task per responsible unit: task `no` keeps the first, copies after it take the others."""
    task = _task(data, no)
    units = list(task.get("units") or [])
    task["units"] = units[:1]
    made = [task]
    at = data["tasks"].index(task)
    for offset, ref in enumerate(units[1:], start=1):
        copy_ = copy.deepcopy(task)
        copy_["units"] = [ref]
        copy_["no"] = int(data.get("next_no") or 0)
        data["next_no"] = copy_["no"] + 1
        data["tasks"].insert(at + offset, copy_)
        made.append(copy_)
    return made


def _task(data: Data, no: int) -> dict[str, Any]:
    task = find_task(data, no)
    if task is None:
        raise KeyError(no)
    return task


def map_name(session: Session, *, actor: Actor, data: Data, name: str, unit: Unit, now: datetime) -> list[int]:
    """Every use of the unknown `name` in the draft becomes `unit`, and `name` is kept as an alias
    of that unit so the next notice resolves it by itself. Returns the draft tasks changed."""
    require_admin(actor, actor.org_id)
    wanted = match_key(name)
    changed: list[int] = []
    for task in data.get("tasks") or []:
        for field in ("units", "coordinating_units"):
            for ref in task.get(field) or []:
                if not ref.get("key") and match_key(ref["name"]) == wanted:
                    ref["key"], ref["name"] = unit.key, unit.name
                    if task["no"] not in changed:
                        changed.append(task["no"])
        _dedupe(task)
    if all(match_key(n) != wanted for n in unit_names(unit)):
        unit.aliases = [*unit.aliases, " ".join(name.split())]  # a new list, so the JSON column is saved
        session.add(unit)
        record_event(session, actor=actor, kind="unit_alias_added", detail={"unit_id": unit.id, "alias": name}, at=now)
    return changed


def create_unit_for_name(session: Session, *, actor: Actor, name: str, now: datetime) -> Unit:
    """Create `name` as a new unit of the organization (or return the one already named so)."""
    require_admin(actor, actor.org_id)
    name = " ".join(name.split())
    existing = exact_unit(list_units(session, org_id=actor.org_id, include_inactive=True), name)
    if existing is not None:
        return existing
    keys = {u.key for u in list_units(session, org_id=actor.org_id, include_inactive=True)}
    base = slugify(name)[:70]
    key, suffix = base, 2
    while key in keys:
        key, suffix = f"{base}_{suffix}", suffix + 1
    unit = Unit(org_id=actor.org_id, key=key, name=name[:200], aliases=[], tags=["tu_van_ban"])
    session.add(unit)
    session.flush()
    record_event(session, actor=actor, kind="unit_added", detail={"unit_id": unit.id, "name": unit.name, "from": "import_review"}, at=now)
    return unit


def store(row: ImportDraft, data: Data) -> None:
    """Keep the edited draft on its row (a new dict, so the JSON column is written)."""
    row.data = copy.deepcopy(data)


def is_expired(row: ImportDraft, now: datetime) -> bool:
    """Whether the draft can no longer be saved."""
    return row.expires_at is not None and row.expires_at <= now
