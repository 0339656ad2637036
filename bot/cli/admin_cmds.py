"""`dondoc db`, `dondoc org`, `dondoc unit`, `dondoc invite`, `dondoc tasks`: administration from the shell."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bot.cli.common import engine_or_exit, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, console, emit_json, fail
from storage.access import Actor
from storage.clock import local_today
from storage.db import current_revision, session_scope
from storage.invites import INVITE_ROLES, create_invite
from storage.models import Organization, Task, Unit, utcnow
from storage.organizations import add_unit, create_organization, get_organization, get_unit, list_organizations, list_units, rename_unit
from storage.status import STATE_LABELS, task_state
from storage.tasks import list_tasks

JsonOpt = Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)]
OrgOpt = Annotated[str, typer.Option("--org", help="Tên hoặc mã số tổ chức / organization name or id.")]

db_app = typer.Typer(help="Cơ sở dữ liệu / database.", no_args_is_help=True)
org_app = typer.Typer(help="Tổ chức (Đảng ủy, Huyện ủy...) / organizations.", no_args_is_help=True)
unit_app = typer.Typer(help="Đơn vị của tổ chức / units of an organization.", no_args_is_help=True)
invite_app = typer.Typer(help="Mã mời tham gia bot / invite codes.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Áp dụng các bản cập nhật cấu trúc CSDL (migrations) / apply migrations."""
    engine = engine_or_exit(settings_or_exit())
    console.print(f"CSDL đã ở phiên bản mới nhất: {current_revision(engine)}")


def _org_dict(org: Organization) -> dict:
    return {"id": org.id, "name": org.name, "level": org.level, "timezone": org.timezone}


@org_app.command("create")
def org_create(
    name: Annotated[str, typer.Argument(help="Tên tổ chức, ví dụ “Đảng ủy xã Tân Lợi”.")],
    level: Annotated[str, typer.Option("--level", help="Cấp: xa | huyen | tinh.")] = "xa",
    json_out: JsonOpt = False,
) -> None:
    """Tạo tổ chức mới kèm danh mục đơn vị chuẩn / create an organization with its standard units."""
    settings = settings_or_exit()
    engine = engine_or_exit(settings)
    with user_errors(), session_scope(engine) as session:
        org = create_organization(session, name=name, level=level, timezone=settings.timezone)
        units = list_units(session, org_id=org.id)  # type: ignore[arg-type]
        data = {**_org_dict(org), "units": [{"key": u.key, "name": u.name} for u in units]}
    if json_out:
        emit_json(data)
    else:
        console.print(f"Đã tạo tổ chức [bold]{data['name']}[/bold] (mã {data['id']}) với {len(data['units'])} đơn vị.")


@org_app.command("list")
def org_list(json_out: JsonOpt = False) -> None:
    """Liệt kê các tổ chức / list organizations."""
    engine = engine_or_exit(settings_or_exit())
    with session_scope(engine) as session:
        data = [_org_dict(o) for o in list_organizations(session)]
    if json_out:
        emit_json(data)
        return
    table = Table("Mã", "Tên tổ chức", "Cấp")
    for row in data:
        table.add_row(str(row["id"]), row["name"], row["level"])
    console.print(table if data else "Chưa có tổ chức nào. Tạo bằng: dondoc org create \"Tên\" --level xa")


def _unit_dict(unit: Unit) -> dict:
    return {"id": unit.id, "key": unit.key, "name": unit.name, "aliases": unit.aliases}


@unit_app.command("list")
def unit_list(org: OrgOpt, json_out: JsonOpt = False) -> None:
    """Liệt kê đơn vị của tổ chức / list units."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        data = [_unit_dict(u) for u in list_units(session, org_id=organization.id)]  # type: ignore[arg-type]
    if json_out:
        emit_json(data)
        return
    table = Table("Mã", "Khóa", "Tên đơn vị")
    for row in data:
        table.add_row(str(row["id"]), row["key"], row["name"])
    console.print(table)


@unit_app.command("add")
def unit_add(
    org: OrgOpt,
    name: Annotated[str, typer.Argument(help="Tên đơn vị mới.")],
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Tên gọi khác (có thể lặp lại).")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Thêm đơn vị / add a unit."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        unit = add_unit(session, actor=Actor.system(organization.id), name=name, aliases=alias or [])  # type: ignore[arg-type]
        data = _unit_dict(unit)
    emit_json(data) if json_out else console.print(f"Đã thêm đơn vị [bold]{data['name']}[/bold] (khóa {data['key']}).")


@unit_app.command("rename")
def unit_rename(
    org: OrgOpt,
    unit: Annotated[str, typer.Argument(help="Mã, khóa hoặc tên hiện tại của đơn vị.")],
    new_name: Annotated[str, typer.Argument(help="Tên mới.")],
    json_out: JsonOpt = False,
) -> None:
    """Đổi tên đơn vị (tên cũ được giữ làm tên gọi khác) / rename a unit."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        renamed = rename_unit(session, actor=Actor.system(organization.id), ref=unit, new_name=new_name)  # type: ignore[arg-type]
        data = _unit_dict(renamed)
    emit_json(data) if json_out else console.print(f"Đã đổi tên thành [bold]{data['name']}[/bold].")


@invite_app.command("create")
def invite_create(
    org: OrgOpt,
    role: Annotated[str, typer.Option("--role", help="Vai trò: leader | member | monitor | admin.")],
    unit: Annotated[str | None, typer.Option("--unit", help="Đơn vị (bắt buộc với leader/member).")] = None,
    days: Annotated[int, typer.Option("--days", min=1, max=90, help="Số ngày hiệu lực của mã.")] = 7,
    json_out: JsonOpt = False,
) -> None:
    """Tạo mã mời dùng một lần / create a single-use invite code."""
    from datetime import timedelta

    if role not in INVITE_ROLES:
        fail(f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(INVITE_ROLES)}.")
    settings = settings_or_exit()
    engine = engine_or_exit(settings)
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        new = create_invite(session, actor=Actor.system(organization.id), role=role, unit_ref=unit, ttl=timedelta(days=days))  # type: ignore[arg-type]
        unit_name = get_unit(session, org_id=organization.id, ref=new.invite.unit_id).name if new.invite.unit_id else None  # type: ignore[arg-type]
        expires = new.invite.expires_at
    bot = settings.telegram_bot_username
    link = f"https://t.me/{bot.lstrip('@')}?start={new.code}" if bot else None
    data = {"code": new.code, "link": link, "role": role, "unit": unit_name, "organization": organization.name,
            "expires_at": expires.isoformat()}
    if json_out:
        emit_json(data)
        return
    console.print(f"Mã mời: [bold]{new.code}[/bold] (vai trò {role}{', ' + unit_name if unit_name else ''}; hết hạn {expires:%d/%m/%Y})")
    console.print(f"Liên kết: {link}" if link else "Gửi cho người được mời: /start " + new.code + "  (đặt TELEGRAM_BOT_USERNAME để in liên kết t.me)")


def _task_dict(task: Task, unit_names: dict[int, str], today, tz: str) -> dict:  # type: ignore[no-untyped-def]
    state = task_state(task, today, tz)
    return {
        "number": task.number, "ref": task.ref, "unit": unit_names.get(task.unit_id), "content": task.content,
        "deadline_text": task.deadline_text, "due": task.due.isoformat() if task.due else None,
        "strict_before": task.strict_before, "recurrence": task.recurrence, "status": task.status,
        "state": state, "state_label": STATE_LABELS[state],
        "done_at": task.done_at.isoformat() if task.done_at else None, "result_note": task.result_note,
    }


def tasks_command(
    org: OrgOpt,
    unit: Annotated[str | None, typer.Option("--unit", help="Chỉ một đơn vị.")] = None,
    status: Annotated[str, typer.Option("--status", help="open | done | overdue | all.")] = "open",
    json_out: JsonOpt = False,
) -> None:
    """Liệt kê nhiệm vụ / list tasks."""
    if status not in ("open", "done", "overdue", "all"):
        fail(f"Trạng thái không hợp lệ: {status!r}. Chọn một trong: open, done, overdue, all.")
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        actor = Actor.system(organization.id)  # type: ignore[arg-type]
        unit_id = get_unit(session, org_id=organization.id, ref=unit).id if unit else None  # type: ignore[arg-type]
        today = local_today(utcnow(), organization.timezone)
        tasks = list_tasks(session, actor=actor, unit_id=unit_id, view=status, today=today)
        names = {u.id: u.name for u in list_units(session, org_id=organization.id, include_inactive=True)}  # type: ignore[arg-type]
        data = [_task_dict(t, names, today, organization.timezone) for t in tasks]  # type: ignore[misc]
    if json_out:
        emit_json(data)
        return
    if not data:
        console.print("Không có nhiệm vụ nào.")
        return
    table = Table("Số", "Mục", "Đơn vị", "Nội dung", "Hạn", "Tình trạng")
    for row in data:
        due = "/".join(reversed(row["due"].split("-"))) if row["due"] else ("định kỳ" if row["recurrence"] else "—")
        table.add_row(str(row["number"]), row["ref"] or "", row["unit"] or "", row["content"][:80], due, row["state_label"])
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.add_typer(db_app, name="db")
    app.add_typer(org_app, name="org")
    app.add_typer(unit_app, name="unit")
    app.add_typer(invite_app, name="invite")
    app.command("tasks")(tasks_command)
