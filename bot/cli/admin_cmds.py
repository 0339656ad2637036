"""`dondoc db`, `dondoc org`, `dondoc unit`, `dondoc invite`, `dondoc tasks`: administration from the shell."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bot.cli import reform_cmd
from bot.cli.common import engine_or_exit, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, clip_words, console, emit_json, fail
from bot.cli.vietnamese import VietnameseTyper
from bot.texts import ROLE_NAMES
from conclusions.catalog import MODEL_LABEL, display_name, monitor_unit_key
from scheduler.messages import render_deadline
from storage.access import Actor
from storage.clock import local_today
from storage.db import current_revision, session_scope
from storage.invites import INVITE_ROLES, create_invite
from storage.models import Organization, Task, Unit, utcnow
from storage.organizations import (
    HUYEN_NOTE,
    LEVEL_NAMES,
    add_unit,
    create_organization,
    front_units,
    get_organization,
    get_unit,
    level_model,
    list_organizations,
    list_units,
    match_key,
    names_the_front,
    rename_unit,
    unit_display_name,
)
from storage.status import STATE_LABELS, task_state
from storage.tasks import list_tasks

#: How much of a task's content the `tasks` table shows (whole words; the JSON has all of it).
CONTENT_SHOWN = 160

JsonOpt = Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)]
OrgOpt = Annotated[str, typer.Option(
    "--org", metavar="TỔ_CHỨC", help="Mã số hoặc tên tổ chức (có dấu hay không dấu, hoặc một phần tên, ví dụ “tan loi”).")]
UnitHelp = "Mã số, khóa, tên hoặc tên viết tắt của đơn vị (có dấu hay không dấu), ví dụ “Hội Nông dân”, “nong_dan”, “HND”."
#: Role keys (what --role takes) and the Vietnamese words people also type for them.
ROLE_WORDS = {"lanh dao": "leader", "thanh vien": "member", "theo doi": "monitor", "ban theo doi": "monitor",
              "quan tri": "admin", "quan tri vien": "admin"}
STATUS_NAMES = {"open": "chưa xong", "done": "đã xong", "overdue": "quá hạn", "all": "tất cả"}
STATUS_WORDS = {"chua xong": "open", "da xong": "done", "xong": "done", "qua han": "overdue", "tat ca": "all"}

db_app = VietnameseTyper(help="Cơ sở dữ liệu.", no_args_is_help=True)
org_app = VietnameseTyper(help="Tổ chức (Đảng ủy, Huyện ủy...).", no_args_is_help=True)
unit_app = VietnameseTyper(help="Đơn vị của tổ chức.", no_args_is_help=True)
invite_app = VietnameseTyper(help="Mã mời tham gia bot.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Áp dụng các bản cập nhật cấu trúc CSDL (migrations)."""
    engine = engine_or_exit(settings_or_exit())
    console.print(f"CSDL đã ở phiên bản mới nhất: {current_revision(engine)}")


def _org_dict(org: Organization) -> dict:
    return {"id": org.id, "name": org.name, "level": org.level, "level_name": LEVEL_NAMES.get(org.level, org.level),
            "model": org.model, "model_name": MODEL_LABEL.get(org.model, org.model), "timezone": org.timezone}


@org_app.command("create")
def org_create(
    name: Annotated[str, typer.Argument(metavar="TÊN", help="Tên tổ chức, ví dụ “Đảng ủy xã Tân Lợi”.")],
    level: Annotated[str, typer.Option(
        "--level", metavar="CẤP",
        help="Cấp: tỉnh, xã, phường hoặc đặc khu (gõ có dấu hay không dấu); huyện vẫn nhận, theo mô hình trước 01/7/2025.",
    )] = "xa",
    model: Annotated[str | None, typer.Option(
        "--model", metavar="MÔ_HÌNH",
        help="Danh mục đơn vị: 2025 (mô hình từ 01/7/2025, mặc định) hoặc truoc_2025 (xã, huyện, tỉnh trước sắp xếp).",
    )] = None,
    json_out: JsonOpt = False,
) -> None:
    """Tạo tổ chức mới kèm danh mục đơn vị chuẩn (mặc định theo mô hình từ 01/7/2025)."""
    settings = settings_or_exit()
    engine = engine_or_exit(settings)
    chosen = match_key(model).replace(" ", "_") if model else level_model(level)
    with user_errors(), session_scope(engine) as session:
        org = create_organization(session, name=name, level=level, timezone=settings.timezone, model=chosen)
        units = list_units(session, org_id=org.id)  # type: ignore[arg-type]
        monitor = monitor_unit_key(org.level, org.model)
        monitor_name = next((u.name for u in units if u.key == monitor), monitor)
        data = {**_org_dict(org), "monitor_unit": monitor,
                "units": [{"key": u.key, "name": u.name, "display_name": display_name(u.name, u.tags)} for u in units]}
        if org.level == "huyen":
            data["note"] = HUYEN_NOTE
    if json_out:
        emit_json(data)
    else:
        console.print(f"Đã tạo tổ chức [bold]{data['name']}[/bold] (mã {data['id']}, cấp {data['level_name']}, "
                      f"{data['model_name']}) với {len(data['units'])} đơn vị; đơn vị theo dõi mặc định: {monitor_name} "
                      f"(mời bằng --role monitor --unit {monitor}).",
                      highlight=False)
        if "note" in data:
            console.print(data["note"], highlight=False)


@org_app.command("list")
def org_list(json_out: JsonOpt = False) -> None:
    """Liệt kê các tổ chức."""
    engine = engine_or_exit(settings_or_exit())
    with session_scope(engine) as session:
        data = [_org_dict(o) for o in list_organizations(session)]
    if json_out:
        emit_json(data)
        return
    table = Table("Mã", "Tên tổ chức", "Cấp", "Mô hình")
    for row in data:
        table.add_row(str(row["id"]), row["name"], row["level_name"], row["model_name"])
    console.print(table if data else "Chưa có tổ chức nào. Tạo bằng: dondoc org create \"Tên\" --level xa")


def _unit_dict(unit: Unit) -> dict:
    return {"id": unit.id, "key": unit.key, "name": unit.name, "display_name": unit_display_name(unit),
            "aliases": unit.aliases}


@unit_app.command("list")
def unit_list(org: OrgOpt, json_out: JsonOpt = False) -> None:
    """Liệt kê đơn vị của tổ chức."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        data = [_unit_dict(u) for u in list_units(session, org_id=organization.id)]  # type: ignore[arg-type]
    if json_out:
        emit_json(data)
        return
    table = Table("Mã", "Khóa", "Tên đơn vị")
    for row in data:
        table.add_row(str(row["id"]), row["key"], row["display_name"])
    console.print(table)


@unit_app.command("add")
def unit_add(
    org: OrgOpt,
    name: Annotated[str, typer.Argument(metavar="TÊN", help="Tên đơn vị mới.")],
    alias: Annotated[list[str] | None, typer.Option("--alias", metavar="TÊN", help="Tên gọi khác (có thể lặp lại).")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Thêm đơn vị."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        unit = add_unit(session, actor=Actor.system(organization.id), name=name, aliases=alias or [])  # type: ignore[arg-type]
        data = _unit_dict(unit)
    emit_json(data) if json_out else console.print(f"Đã thêm đơn vị [bold]{data['name']}[/bold] (khóa {data['key']}).")


@unit_app.command("rename")
def unit_rename(
    org: OrgOpt,
    unit: Annotated[str, typer.Argument(metavar="ĐƠN_VỊ", help=UnitHelp)],
    new_name: Annotated[str, typer.Argument(metavar="TÊN_MỚI", help="Tên mới.")],
    json_out: JsonOpt = False,
) -> None:
    """Đổi tên đơn vị (tên cũ được giữ làm tên gọi khác)."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        renamed = rename_unit(session, actor=Actor.system(organization.id), ref=unit, new_name=new_name)  # type: ignore[arg-type]
        data = _unit_dict(renamed)
    emit_json(data) if json_out else console.print(f"Đã đổi tên thành [bold]{data['name']}[/bold].")


@invite_app.command("create")
def invite_create(
    org: OrgOpt,
    role: Annotated[str, typer.Option("--role", metavar="VAI_TRÒ", help=(
        "Vai trò: leader (lãnh đạo đơn vị), member (thành viên), monitor (Ban theo dõi) hoặc admin (quản trị viên)."))],
    unit: Annotated[str | None, typer.Option("--unit", metavar="ĐƠN_VỊ", help=UnitHelp + " Bắt buộc với leader và member.")] = None,
    days: Annotated[int, typer.Option("--days", metavar="SỐ_NGÀY", min=1, max=90, help="Số ngày hiệu lực của mã.")] = 7,
    json_out: JsonOpt = False,
) -> None:
    """Tạo mã mời dùng một lần."""
    from datetime import timedelta

    role = ROLE_WORDS.get(match_key(role), match_key(role))
    if role not in INVITE_ROLES:
        choices = ", ".join(f"{r} ({ROLE_NAMES.get(r, r)})" for r in INVITE_ROLES)
        fail(f"Vai trò không hợp lệ: “{role}”. Chọn một trong: {choices}.")
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
    console.print(f"Mã mời: [bold]{new.code}[/bold] (vai trò {ROLE_NAMES.get(role, role)}{', ' + unit_name if unit_name else ''}; "
                  f"hết hạn {expires:%d/%m/%Y})", highlight=False)
    console.print(f"Liên kết: {link}" if link else "Gửi cho người được mời: /start " + new.code + "  (đặt TELEGRAM_BOT_USERNAME để in liên kết t.me)")


def _task_dict(task: Task, unit_names: dict[int, str], today, tz: str) -> dict:  # type: ignore[no-untyped-def]
    state = task_state(task, today, tz)
    return {
        "number": task.number, "ref": task.ref, "unit": unit_names.get(task.unit_id), "content": task.content,
        "deadline_text": task.deadline_text, "due": task.due.isoformat() if task.due else None,
        "strict_before": task.strict_before, "recurrence": task.recurrence,
        "deadline": render_deadline(task.due, task.strict_before, task.recurrence), "status": task.status,
        "state": state, "state_label": STATE_LABELS[state],
        "done_at": task.done_at.isoformat() if task.done_at else None, "result_note": task.result_note,
    }


def tasks_command(
    org: OrgOpt,
    unit: Annotated[str | None, typer.Option("--unit", metavar="ĐƠN_VỊ", help=(
        "Chỉ một đơn vị, hoặc “mattran”: Ủy ban MTTQ và các tổ chức thành viên. " + UnitHelp))] = None,
    status: Annotated[str, typer.Option("--status", metavar="TRẠNG_THÁI", help=(
        "open (chưa xong), done (đã xong), overdue (quá hạn) hoặc all (tất cả)."))] = "open",
    json_out: JsonOpt = False,
) -> None:
    """Liệt kê nhiệm vụ."""
    status = STATUS_WORDS.get(match_key(status), match_key(status))
    if status not in STATUS_NAMES:
        choices = ", ".join(f"{key} ({name})" for key, name in STATUS_NAMES.items())
        fail(f"Trạng thái không hợp lệ: “{status}”. Chọn một trong: {choices}.")
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        actor = Actor.system(organization.id)  # type: ignore[arg-type]
        front = bool(unit) and names_the_front(unit)  # type: ignore[arg-type]
        unit_id = get_unit(session, org_id=organization.id, ref=unit).id if unit and not front else None  # type: ignore[arg-type]
        today = local_today(utcnow(), organization.timezone)
        tasks = list_tasks(session, actor=actor, unit_id=unit_id, view=status, today=today)
        if front:
            in_front = {u.id for u in front_units(list_units(session, org_id=organization.id, include_inactive=True))}  # type: ignore[arg-type]
            tasks = [t for t in tasks if t.unit_id in in_front]
        units = list_units(session, org_id=organization.id, include_inactive=True)  # type: ignore[arg-type]
        names = {u.id: u.name for u in units}
        shown = {u.id: unit_display_name(u) for u in units}
        data = [{**_task_dict(t, names, today, organization.timezone), "unit_display": shown.get(t.unit_id)}  # type: ignore[misc]
                for t in tasks]
    if json_out:
        emit_json(data)
        return
    if not data:
        console.print("Không có nhiệm vụ nào.")
        return
    table = Table("Số", "Mục", "Đơn vị")
    table.add_column("Nội dung")  # rich wraps it between words to fit the terminal
    table.add_column("Hạn", no_wrap=True)
    table.add_column("Tình trạng")
    for row in data:
        table.add_row(str(row["number"]), row["ref"] or "", row["unit_display"] or "", clip_words(row["content"], CONTENT_SHOWN),
                      row["deadline"], row["state_label"])
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.add_typer(db_app, name="db")
    reform_cmd.register(org_app)  # `dondoc org move-to-2025`
    app.add_typer(org_app, name="org")
    app.add_typer(unit_app, name="unit")
    app.add_typer(invite_app, name="invite")
    app.command("tasks")(tasks_command)
