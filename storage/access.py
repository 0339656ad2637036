"""Who may do what. Every operation that changes a task asks here, so the rules live in one place
and the bot, the CLI and the scheduler cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from storage.errors import PermissionDenied
from storage.models import Member, Task

ADMIN, MONITOR, LEADER, MEMBER = "admin", "monitor", "leader", "member"


@dataclass(frozen=True)
class Actor:
    """The person (or system) acting, as the server knows them — never as a client claims."""

    org_id: int
    role: str
    member_id: int | None = None
    unit_id: int | None = None
    label: str = ""

    @classmethod
    def of(cls, member: Member) -> Actor:
        """The actor for a registered, active member."""
        if not member.active:
            raise PermissionDenied("Tài khoản của bạn đã bị tạm dừng trong tổ chức này.")
        return cls(
            org_id=member.org_id,
            role=member.role,
            member_id=member.id,
            unit_id=member.unit_id,
            label=member.display_name or f"member:{member.id}",
        )

    @classmethod
    def system(cls, org_id: int, label: str = "CLI") -> Actor:
        """An administrator acting from the command line or a scheduled job."""
        return cls(org_id=org_id, role=ADMIN, label=label)

    @property
    def oversees_all_units(self) -> bool:
        """Admins and the monitoring board see and act on every unit of their organization."""
        return self.role in (ADMIN, MONITOR)


def require_same_org(actor: Actor, org_id: int) -> None:
    """Refuse any access across organizations."""
    if actor.org_id != org_id:
        raise PermissionDenied("Bạn không có quyền với dữ liệu của tổ chức khác.")


def can_view_unit(actor: Actor, unit_id: int) -> bool:
    """Whether the actor may see a unit's tasks."""
    return actor.oversees_all_units or actor.unit_id == unit_id


def require_view_task(actor: Actor, task: Task) -> None:
    """Refuse viewing a task of another organization or (for leaders and members) another unit."""
    require_same_org(actor, task.org_id)
    if not can_view_unit(actor, task.unit_id):
        raise PermissionDenied("Nhiệm vụ này thuộc đơn vị khác, bạn không xem được.")


def require_close_task(actor: Actor, task: Task) -> None:
    """Only the unit's leader (or the monitoring board, or an admin) closes a task."""
    require_view_task(actor, task)
    if actor.role == MEMBER:
        raise PermissionDenied("Chỉ lãnh đạo đơn vị mới được báo cáo hoàn thành nhiệm vụ.")


def require_request_extension(actor: Actor, task: Task) -> None:
    """Leaders ask for extensions for their own unit's tasks."""
    require_view_task(actor, task)
    if actor.role == MEMBER:
        raise PermissionDenied("Chỉ lãnh đạo đơn vị mới được đề nghị gia hạn.")


def require_oversight(actor: Actor, org_id: int) -> None:
    """Monitoring-board actions: reopen, approve extensions, cancel, reports, assign tasks."""
    require_same_org(actor, org_id)
    if not actor.oversees_all_units:
        raise PermissionDenied("Chỉ Ban theo dõi (Ban Dân vận) hoặc quản trị viên mới làm được việc này.")


def require_admin(actor: Actor, org_id: int) -> None:
    """Administration: units, invites, imports."""
    require_same_org(actor, org_id)
    if actor.role != ADMIN:
        raise PermissionDenied("Chỉ quản trị viên (văn phòng) mới làm được việc này.")
