"""Writing the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from storage.access import Actor
from storage.models import TaskEvent, utcnow


def record_event(
    session: Session,
    *,
    actor: Actor,
    kind: str,
    task_id: int | None = None,
    occurrence_id: int | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> TaskEvent:
    """Add one audit event in the caller's transaction."""
    event = TaskEvent(
        org_id=actor.org_id,
        task_id=task_id,
        occurrence_id=occurrence_id,
        actor_member_id=actor.member_id,
        actor=actor.label,
        kind=kind,
        detail=detail or {},
        at=at or utcnow(),
    )
    session.add(event)
    return event
