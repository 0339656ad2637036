"""Event-driven notices (not tied to the daily check): new tasks assigned to a unit."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from scheduler import messages, queries
from scheduler.outbox import enqueue
from scheduler.policy import Item
from scheduler.recipients import unit_chats
from storage.clock import local_today
from storage.models import Organization, Task, utcnow

NEW_TASKS = "new_tasks"


def enqueue_new_tasks(
    session: Session, *, org_id: int, tasks: Sequence[Task], source: str | None = None, now: datetime | None = None
) -> int:
    """Queue one "nhiệm vụ mới" message per unit listing what it was just assigned (in the caller's
    transaction, beside the import that created the tasks); returns the rows queued."""
    now = now or utcnow()
    org = session.get(Organization, org_id)
    today = local_today(now, org.timezone if org else "Asia/Ho_Chi_Minh")
    names = queries.unit_names(session, org_id=org_id)
    by_unit: dict[int, list[Item]] = defaultdict(list)
    for task in tasks:
        if task.org_id != org_id or task.status != "open":
            continue
        by_unit[task.unit_id].append(Item(
            task_id=task.id, number=task.number, unit_id=task.unit_id, content=task.content, due=task.due,  # type: ignore[arg-type]
            strict_before=task.strict_before, ref=task.ref, deadline_text=task.deadline_text, recurrence=task.recurrence,
        ))
    queued = 0
    for unit_id, items in by_unit.items():
        # The subject names exactly these tasks, so re-running the same notice queues nothing new.
        digest = hashlib.sha1(",".join(str(i.number) for i in sorted(items, key=lambda i: i.number)).encode()).hexdigest()[:16]
        text = messages.new_tasks_text(names.get(unit_id, "Đơn vị"), items, source)
        for chat in unit_chats(session, org_id=org_id, unit_id=unit_id):
            queued += enqueue(session, org_id=org_id, chat_id=chat.id, kind=NEW_TASKS, subject=f"new:{unit_id}:{digest}",  # type: ignore[arg-type]
                              for_date=today, text=text, now=now)
    return queued
