"""SQLModel tables. Every row that belongs to an organization carries `org_id`, and every query
in `storage` filters by it, which is what keeps organizations isolated from each other.

Datetimes are timezone-aware and come back in UTC (SQLModel's UTCDateTime; naive values are
refused); dates (`due`, `for_date`, `day`) are calendar dates in the organization's time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

ROLES = ("admin", "monitor", "leader", "member")
TASK_STATUSES = ("open", "done", "cancelled")
RECURRENCES = ("weekly", "monthly", "quarterly", "half_yearly", "yearly")


def utcnow() -> datetime:
    """Current time, timezone-aware in UTC (the form every timestamp column takes)."""
    return datetime.now(UTC)


class Organization(SQLModel, table=True):
    """A body that issues conclusions and follows them up (Đảng ủy xã, Huyện ủy, Tỉnh ủy...)."""

    __tablename__ = "organizations"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    level: str = Field(max_length=10)
    # Which catalog generation its units follow: "2025" (two-level local government) or "truoc_2025".
    model: str = Field(default="truoc_2025", max_length=12, sa_column_kwargs={"server_default": "truoc_2025"})
    timezone: str = Field(default="Asia/Ho_Chi_Minh", max_length=64)
    policy: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    next_task_number: int = Field(default=1)
    created_at: datetime = Field(default_factory=utcnow)


class Unit(SQLModel, table=True):
    """A unit of an organization (MTTQ, Hội Nông dân, Ban Dân vận...)."""

    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("org_id", "key", name="uq_units_org_key"),
        UniqueConstraint("org_id", "name", name="uq_units_org_name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    key: str = Field(max_length=80)
    name: str = Field(max_length=200)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow)


class Member(SQLModel, table=True):
    """A person known to the bot, with their role in one organization (one organization per person)."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id", name="uq_members_platform_user"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    unit_id: int | None = Field(default=None, foreign_key="units.id", index=True)
    platform: str = Field(default="telegram", max_length=20)
    platform_user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=200)
    role: str = Field(max_length=10)
    active: bool = Field(default=True)
    joined_at: datetime = Field(default_factory=utcnow)


class Chat(SQLModel, table=True):
    """Somewhere messages are delivered: a member's private chat or a unit's group chat."""

    __tablename__ = "chats"
    __table_args__ = (
        UniqueConstraint("platform", "chat_id", name="uq_chats_platform_chat"),
        Index("ix_chats_org_unit_active", "org_id", "unit_id", "active"),
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    unit_id: int | None = Field(default=None, foreign_key="units.id")
    member_id: int | None = Field(default=None, foreign_key="members.id", index=True)
    platform: str = Field(default="telegram", max_length=20)
    chat_id: str = Field(max_length=64)
    kind: str = Field(max_length=10)  # private | group
    title: str = Field(default="", max_length=200)
    active: bool = Field(default=True)
    inactive_reason: str | None = Field(default=None, max_length=200)
    # Outbox pacing shared by every dispatcher: the database clock (epoch seconds) before which the
    # chat may not be sent to — a send in flight holds it for the lease, then it is set to the
    # send's end plus the chat's interval (1 s private, 3 s group).
    pace_until: float | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class Invite(SQLModel, table=True):
    """A single-use invitation code; only its SHA-256 is stored."""

    __tablename__ = "invites"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    unit_id: int | None = Field(default=None, foreign_key="units.id")
    role: str = Field(max_length=10)
    code_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None
    used_by_member_id: int | None = Field(default=None, foreign_key="members.id")
    created_by: str = Field(default="", max_length=200)


class Conclusion(SQLModel, table=True):
    """An imported conclusion notice; `source_sha256` detects the same document imported twice."""

    __tablename__ = "conclusions"
    __table_args__ = (UniqueConstraint("org_id", "source_sha256", name="uq_conclusions_org_source"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    number: str | None = Field(default=None, max_length=100)
    title: str | None = Field(default=None, sa_column=Column(Text))
    issued_on: date | None = None
    issuer: str | None = Field(default=None, max_length=300)
    source_sha256: str = Field(max_length=64)
    filename: str | None = Field(default=None, max_length=300)
    text: str = Field(sa_column=Column(Text, nullable=False))
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by: str = Field(default="", max_length=200)


class Task(SQLModel, table=True):
    """One assignment to one unit. A clause addressed to several units becomes one task per unit
    sharing `clause_key`. `number` is per organization and is what users type (`/done 12`)."""

    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("org_id", "number", name="uq_tasks_org_number"),
        Index("ix_tasks_org_status_due", "org_id", "status", "due"),
        Index("ix_tasks_unit_status_due", "unit_id", "status", "due"),
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    number: int
    conclusion_id: int | None = Field(default=None, foreign_key="conclusions.id", index=True)
    unit_id: int = Field(foreign_key="units.id")
    clause_key: str | None = Field(default=None, max_length=64)
    ref: str | None = Field(default=None, max_length=50)
    content: str = Field(sa_column=Column(Text, nullable=False))
    coordinating_units: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    deadline_text: str | None = Field(default=None, max_length=300)
    due: date | None = None
    strict_before: bool = Field(default=False)
    recurrence: str | None = Field(default=None, max_length=20)
    status: str = Field(default="open", max_length=12)
    created_at: datetime = Field(default_factory=utcnow)
    done_at: datetime | None = None
    done_by_member_id: int | None = Field(default=None, foreign_key="members.id")
    done_by: str | None = Field(default=None, max_length=200)
    result_note: str | None = Field(default=None, sa_column=Column(Text))
    evidence: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Occurrence(SQLModel, table=True):
    """One period of a recurring task (a month, a quarter...), with its own due date and status."""

    __tablename__ = "occurrences"
    __table_args__ = (
        UniqueConstraint("task_id", "period_start", name="uq_occurrences_task_period"),
        Index("ix_occurrences_org_status_due", "org_id", "status", "due"),
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    task_id: int = Field(foreign_key="tasks.id", index=True)
    period_start: date
    due: date
    status: str = Field(default="open", max_length=12)
    done_at: datetime | None = None
    done_by_member_id: int | None = Field(default=None, foreign_key="members.id")
    done_by: str | None = Field(default=None, max_length=200)
    result_note: str | None = Field(default=None, sa_column=Column(Text))


class TaskEvent(SQLModel, table=True):
    """The audit trail: every change to an organization's data writes one of these."""

    __tablename__ = "task_events"
    __table_args__ = (Index("ix_task_events_org_at", "org_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    task_id: int | None = Field(default=None, foreign_key="tasks.id", index=True)
    occurrence_id: int | None = Field(default=None, foreign_key="occurrences.id")
    at: datetime = Field(default_factory=utcnow)
    actor_member_id: int | None = Field(default=None, foreign_key="members.id")
    actor: str = Field(default="", max_length=200)
    kind: str = Field(max_length=40)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ExtensionRequest(SQLModel, table=True):
    """A unit's request to move a task's deadline, decided by the monitoring board."""

    __tablename__ = "extension_requests"
    __table_args__ = (Index("ix_extension_requests_org_status", "org_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    task_id: int = Field(foreign_key="tasks.id", index=True)
    requested_by_member_id: int | None = Field(default=None, foreign_key="members.id")
    requested_by: str = Field(default="", max_length=200)
    old_due: date | None = None
    new_due: date
    deadline_text: str = Field(default="", max_length=300)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(default="pending", max_length=12)
    created_at: datetime = Field(default_factory=utcnow)
    decided_by_member_id: int | None = Field(default=None, foreign_key="members.id")
    decided_at: datetime | None = None


class ImportDraft(SQLModel, table=True):
    """A document waiting for the admin's ✔ Lưu after the preview (survives a restart)."""

    __tablename__ = "import_drafts"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id", index=True)
    member_id: int | None = Field(default=None, foreign_key="members.id")
    filename: str | None = Field(default=None, max_length=300)
    issued_on: date | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="pending", max_length=12)
    created_at: datetime = Field(default_factory=utcnow)
    #: The draft as the admin corrected it (document, numbered tasks, name mappings); None for a
    #: draft never edited, which is read again from `text` (see `storage.drafts`).
    data: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    #: After this moment the draft can no longer be saved; the admin is told once.
    expires_at: datetime | None = None


class CheckRun(SQLModel, table=True):
    """Ledger of daily checks: the unique (org, day) key makes a check run once per day."""

    __tablename__ = "check_runs"
    __table_args__ = (UniqueConstraint("org_id", "day", name="uq_check_runs_org_day"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    day: date
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    enqueued: int = Field(default=0)


class Outbox(SQLModel, table=True):
    """A message waiting to be delivered. The unique key makes enqueueing idempotent."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("chat_id", "kind", "subject", "for_date", name="uq_outbox_recipient_kind_subject_day"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        Index("ix_outbox_org_for_date", "org_id", "for_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organizations.id")
    chat_id: int = Field(foreign_key="chats.id")
    kind: str = Field(max_length=40)
    subject: str = Field(max_length=120)
    for_date: date
    text: str = Field(sa_column=Column(Text, nullable=False))
    parse_mode: str | None = Field(default="HTML", max_length=10)
    reply_markup: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    status: str = Field(default="pending", max_length=12)  # pending | sending | sent | failed
    attempts: int = Field(default=0)
    next_attempt_at: datetime = Field(default_factory=utcnow)
    claimed_at: datetime | None = None
    claimed_by: str | None = Field(default=None, max_length=64)
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    platform_message_id: str | None = Field(default=None, max_length=64)


class SendRate(SQLModel, table=True):
    """The overall send rate shared by every dispatcher of one bot: the database clock (epoch
    seconds) of the next free send slot. Each dispatcher reserves slots here before sending, so
    DISPATCH_RATE_PER_SECOND is the bot's total, however many instances run."""

    __tablename__ = "send_rates"

    key: str = Field(primary_key=True, max_length=40)  # the platform ("telegram")
    next_slot: float = Field(default=0.0)


class PendingInput(SQLModel, table=True):
    """The question the bot is waiting on in one chat (a note after ✅, a new deadline after ⏳, an
    explanation, a document after /import). Kept in the database so that any instance behind the
    load balancer, or the same one after a restart, reads the answer as an answer."""

    __tablename__ = "pending_inputs"
    __table_args__ = (
        UniqueConstraint("platform", "platform_user_id", "chat_id", name="uq_pending_inputs_user_chat"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Looked up only by the unique (platform, user, chat) key; org_id scopes it to the membership.
    org_id: int = Field(foreign_key="organizations.id")
    platform: str = Field(default="telegram", max_length=20)
    platform_user_id: str = Field(max_length=64)
    chat_id: str = Field(max_length=64)
    kind: str = Field(max_length=20)  # done_note | extension | explanation | import
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime


class ReceivedUpdate(SQLModel, table=True):
    """An incoming message already handled, by its platform message id: Zalo may serve the same
    update again on a later poll or webhook call, even after a restart, so the bot skips it."""

    __tablename__ = "received_updates"
    __table_args__ = (UniqueConstraint("platform", "message_id", name="uq_received_updates_platform_message"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    message_id: str = Field(max_length=64)
    received_at: datetime = Field(default_factory=utcnow, index=True)


class PlatformUsage(SQLModel, table=True):
    """Messages sent on one platform in one calendar month (Zalo's free plan has a monthly quota),
    and the highest warning level already given for that month, so each warning goes out once."""

    __tablename__ = "platform_usage"

    platform: str = Field(primary_key=True, max_length=20)
    month: str = Field(primary_key=True, max_length=7)  # "2026-11"
    sent: int = Field(default=0)
    warned_level: int = Field(default=0)  # percent of the quota at the last warning (0: none yet)
