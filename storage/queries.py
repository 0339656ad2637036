"""Small read-only lookups the chat flows need beside the operations in `tasks` (no authorization
here: callers pass ids they obtained through an authorized operation)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from storage.models import Conclusion, ExtensionRequest, ImportDraft, Occurrence, Organization, Task, Unit


def unit_names(session: Session, *, org_id: int) -> dict[int, str]:
    """Names of every unit of an organization (inactive ones too: old tasks still point at them)."""
    return {u.id: u.name for u in session.exec(select(Unit).where(Unit.org_id == org_id))}  # type: ignore[misc]


def org_name(session: Session, *, org_id: int) -> str:
    """The organization's display name."""
    org = session.get(Organization, org_id)
    return org.name if org else ""


def org_timezone(session: Session, *, org_id: int) -> str:
    """The organization's time zone."""
    org = session.get(Organization, org_id)
    return org.timezone if org else "Asia/Ho_Chi_Minh"


def conclusion_of(session: Session, task: Task) -> Conclusion | None:
    """The notice a task came from, if any."""
    return session.get(Conclusion, task.conclusion_id) if task.conclusion_id else None


def pending_extension(session: Session, *, task_id: int) -> ExtensionRequest | None:
    """The extension request of a task still waiting for the board."""
    return session.exec(
        select(ExtensionRequest).where(ExtensionRequest.task_id == task_id, ExtensionRequest.status == "pending")
    ).first()


def latest_pending_draft(session: Session, *, org_id: int, member_id: int) -> ImportDraft | None:
    """The member's newest import preview still waiting for ✔ Lưu."""
    return session.exec(
        select(ImportDraft)
        .where(ImportDraft.org_id == org_id, ImportDraft.member_id == member_id, ImportDraft.status == "pending")
        .order_by(col(ImportDraft.id).desc())
    ).first()


def started_occurrences(session: Session, *, task_ids: list[int], day: date) -> list[Occurrence]:
    """Periods of these recurring tasks that have started by `day`, oldest first."""
    if not task_ids:
        return []
    return list(session.exec(
        select(Occurrence)
        .where(col(Occurrence.task_id).in_(task_ids), Occurrence.period_start <= day)
        .order_by(Occurrence.task_id, Occurrence.period_start)
    ))


def open_recurring_tasks(session: Session, *, org_id: int, unit_id: int | None = None) -> list[Task]:
    """An organization's open recurring tasks (of one unit when given)."""
    query = select(Task).where(Task.org_id == org_id, Task.status == "open", col(Task.recurrence).is_not(None))
    if unit_id is not None:
        query = query.where(Task.unit_id == unit_id)
    return list(session.exec(query))
