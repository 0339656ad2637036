"""`dondoc org move-to-2025`: move an existing organization to the current model (two-level local
government since 1/7/2025), after a `--dry-run` that shows what would change."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bot.cli.common import engine_or_exit, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, console, emit_json
from conclusions.reform import ADD, KEEP, MERGE, RENAME, UnitChange
from storage.access import Actor
from storage.db import session_scope
from storage.model_move import MoveReport, move_org_to_2025, plan_org_move
from storage.organizations import LEVEL_NAMES, get_organization

KIND_NAMES = {RENAME: "đổi tên", MERGE: "gộp vào", ADD: "thêm mới", KEEP: "giữ nguyên"}


def _change_text(change: UnitChange) -> str:
    if change.kind == RENAME and change.target is not None and change.target.name != change.name:
        return f"→ {change.target.name}" + (f" (khóa {change.target.key})" if change.target.key != change.key else "")
    if change.kind == MERGE and change.target is not None:
        return f"→ {change.target.name}"
    return ""


def _print_report(report: MoveReport, dry_run: bool) -> None:
    head = "Xem trước (chưa thay đổi gì)" if dry_run else "Đã chuyển"
    console.print(f"{head}: [bold]{report.org_name}[/bold] — cấp {LEVEL_NAMES.get(report.level_before, report.level_before)} "
                  f"(mô hình trước 01/7/2025) → cấp {LEVEL_NAMES.get(report.level_after, report.level_after)} "
                  f"(mô hình từ 01/7/2025).", highlight=False)
    table = Table("Đơn vị", "Thay đổi", "Thành", "Nhiệm vụ", "Thành viên", "Ghi chú")
    for change in report.changes:
        if change.kind == KEEP and not change.reason:
            continue
        table.add_row(change.name, KIND_NAMES[change.kind], _change_text(change), str(report.tasks.get(change.key, 0)),
                      str(report.members.get(change.key, 0)), change.reason)
    console.print(table)
    verb = "sẽ chuyển" if dry_run else "đã chuyển"
    console.print(f"{report.tasks_moved} nhiệm vụ {verb} sang đơn vị mới (giữ nguyên lịch sử, ghi thêm một dòng “sửa đơn vị”); "
                  "đơn vị đổi tên vẫn nhận tên cũ khi đọc văn bản.", highlight=False)
    if dry_run:
        console.print("Thực hiện bằng lệnh trên, bỏ --dry-run.", highlight=False)


def move_to_2025(
    org: Annotated[str, typer.Option(
        "--org", metavar="TỔ_CHỨC", help="Mã số hoặc tên tổ chức (có dấu hay không dấu, hoặc một phần tên).")],
    level: Annotated[str | None, typer.Option(
        "--level", metavar="CẤP",
        help="Cấp mới: xã, phường, đặc khu hoặc tỉnh (mặc định: cấp hiện tại; tổ chức cấp huyện phải chọn).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Chỉ xem trước những gì sẽ thay đổi, không lưu.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)] = False,
) -> None:
    """Chuyển tổ chức sang mô hình từ 01/7/2025 (đổi tên, gộp đơn vị; giữ mọi nhiệm vụ và lịch sử)."""
    engine = engine_or_exit(settings_or_exit())
    with user_errors(), session_scope(engine) as session:
        organization = get_organization(session, org)
        if dry_run:
            report = plan_org_move(session, org=organization, level=level)
        else:
            report = move_org_to_2025(session, actor=Actor.system(organization.id, "CLI"), org=organization, level=level)  # type: ignore[arg-type]
    if json_out:
        emit_json({**report.to_dict(), "dry_run": dry_run})
    else:
        _print_report(report, dry_run)


def register(org_app: typer.Typer) -> None:
    """Attach `move-to-2025` to the `dondoc org` group."""
    org_app.command("move-to-2025")(move_to_2025)
