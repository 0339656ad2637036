"""`dondoc import`: extract a notice against an organization's units and save it (all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

import conclusions
from bot.cli.common import engine_or_exit, parse_iso_day, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, console, emit_json, fail
from storage.access import Actor
from storage.db import session_scope
from storage.imports import duplicate_message, find_duplicate, import_draft
from storage.organizations import get_organization, org_catalog


def import_command(
    file: Annotated[Path, typer.Argument(help="Tệp thông báo kết luận (.txt, .docx, .pdf).")],
    org: Annotated[str, typer.Option("--org", help="Tên hoặc mã số tổ chức.")],
    issued_on: Annotated[str | None, typer.Option("--issued-on", help="Ngày ban hành YYYY-MM-DD (nếu văn bản không ghi).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Chỉ xem trước, không lưu.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)] = False,
) -> None:
    """Nhập thông báo kết luận vào tổ chức / import a conclusion notice into an organization."""
    day = parse_iso_day(issued_on, "--issued-on")
    engine = engine_or_exit(settings_or_exit())
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=json_out) as progress:
        step = progress.add_task("Đọc văn bản…", total=3)
        with user_errors(), session_scope(engine) as session:
            organization = get_organization(session, org)
            catalog = org_catalog(session, org_id=organization.id)  # type: ignore[arg-type]
        try:
            draft = conclusions.extract(file, issued_on=day, units=catalog)
        except conclusions.DocumentError as exc:
            fail(str(exc))
        progress.update(step, advance=1, description=f"Đã trích xuất {len(draft.tasks)} nhiệm vụ; lưu…")
        saved: list[dict] = []
        with user_errors(), session_scope(engine) as session:
            existing = find_duplicate(session, org_id=organization.id, source_sha256=draft.source_sha256)  # type: ignore[arg-type]
            if existing is not None:
                fail(duplicate_message(existing))
            if not dry_run:
                result = import_draft(session, actor=Actor.system(organization.id, "CLI import"), draft=draft, filename=file.name)  # type: ignore[arg-type]
                saved = [{"number": t.number, "unit_id": t.unit_id, "ref": t.ref} for t in result.tasks]
        progress.update(step, advance=2)
    data = {**draft.to_dict(), "organization": organization.name, "dry_run": dry_run, "saved": saved}
    if json_out:
        emit_json(data)
        return
    verb = "Xem trước (chưa lưu)" if dry_run else "Đã lưu"
    console.print(f"{verb}: {len(draft.tasks)} nhiệm vụ từ “{file.name}” vào {organization.name}"
                  + (f" ({len(saved)} nhiệm vụ theo đơn vị)." if saved else "."))
    for warning in draft.warnings:
        console.print(f"[yellow]Lưu ý:[/yellow] {warning}", highlight=False)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("import")(import_command)
