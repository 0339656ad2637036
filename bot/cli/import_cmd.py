"""`dondoc import`: extract a notice against an organization's units and save it (all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

import conclusions
from bot.cli import draft_files
from bot.cli.common import engine_or_exit, parse_iso_day, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, clip_words, console, emit_json, fail
from conclusions.reform import add_crossing_warnings
from scheduler.messages import render_deadline
from storage.access import Actor
from storage.db import session_scope
from storage.imports import duplicate_message, find_duplicate, import_draft
from storage.organizations import get_organization, list_units, org_catalog


def import_command(
    file: Annotated[Path, typer.Argument(metavar="TỆP", help="Tệp thông báo kết luận (.txt, .docx, .pdf).")],
    org: Annotated[str, typer.Option("--org", metavar="TỔ_CHỨC", help="Mã số hoặc tên tổ chức (có dấu hay không dấu).")],
    issued_on: Annotated[str | None, typer.Option("--issued-on", metavar="NGÀY", help="Ngày ban hành YYYY-MM-DD (nếu văn bản không ghi).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Chỉ xem trước, không lưu.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)] = False,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", metavar="BẢN_NHÁP.xlsx", help="Chỉ ghi bản nháp ra bảng Excel để sửa (không lưu); nhập lại bằng: dondoc import BẢN_NHÁP.xlsx --org …")] = None,
) -> None:
    """Nhập thông báo kết luận vào tổ chức (hoặc bản nháp đã sửa: .xlsx, .json của extract --json)."""
    day = parse_iso_day(issued_on, "--issued-on")
    engine = engine_or_exit(settings_or_exit())
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=json_out) as progress:
        step = progress.add_task("Đọc văn bản…", total=3)
        with user_errors(), session_scope(engine) as session:
            organization = get_organization(session, org)
            catalog = org_catalog(session, org_id=organization.id)  # type: ignore[arg-type]
        try:
            if draft_files.is_reviewed_draft(file):
                with user_errors(), session_scope(engine) as session:
                    draft = draft_files.read_reviewed_draft(session, org_id=organization.id, path=file)  # type: ignore[arg-type]
            else:
                draft = add_crossing_warnings(conclusions.extract(file, issued_on=day, units=catalog), catalog)
        except conclusions.DocumentError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"Không đọc được tệp “{file}”: {exc.strerror or exc}.")
        if xlsx is not None:
            with user_errors(), session_scope(engine) as session:
                rows = draft_files.write_workbook(session, org_id=organization.id, draft=draft, path=xlsx)  # type: ignore[arg-type]
            if json_out:
                emit_json({"xlsx": str(xlsx), "tasks": rows, "organization": organization.name})
            else:
                console.print(f"Đã ghi bản nháp {rows} nhiệm vụ vào “{xlsx}”. Sửa xong, nhập bằng: "
                              f"dondoc import {xlsx} --org …", highlight=False)
            return
        progress.update(step, advance=1, description=f"Đã trích xuất {len(draft.tasks)} nhiệm vụ; lưu…")
        saved: list[dict] = []
        with user_errors(), session_scope(engine) as session:
            existing = find_duplicate(session, org_id=organization.id, source_sha256=draft.source_sha256)  # type: ignore[arg-type]
            if existing is not None:
                fail(duplicate_message(existing))
            if not dry_run:
                result = import_draft(session, actor=Actor.system(organization.id, "CLI import"), draft=draft, filename=file.name)  # type: ignore[arg-type]
                names = {u.id: u.name for u in list_units(session, org_id=organization.id, include_inactive=True)}  # type: ignore[arg-type]
                saved = [
                    {"number": t.number, "unit_id": t.unit_id, "unit": names.get(t.unit_id), "ref": t.ref, "content": t.content,
                     "deadline": render_deadline(t.due, t.strict_before, t.recurrence)}
                    for t in result.tasks
                ]
        progress.update(step, advance=2)
    data = {**draft.to_dict(), "organization": organization.name, "dry_run": dry_run, "saved": saved}
    if json_out:
        emit_json(data)
        return
    verb = "Xem trước (chưa lưu)" if dry_run else "Đã lưu"
    console.print(f"{verb}: {len(draft.tasks)} nhiệm vụ từ “{file.name}” vào {organization.name}"
                  + (f" ({len(saved)} nhiệm vụ theo đơn vị)." if saved else "."))
    if saved:
        _print_tasks(saved)
    else:
        _print_tasks([
            {"number": None, "ref": t.ref, "unit": ", ".join(u.name for u in t.units) or "Chưa phân công", "content": t.content,
             "deadline": _draft_deadline(t.deadline)}
            for t in draft.tasks
        ])
    for warning in draft.warnings:
        console.print(f"[yellow]Lưu ý:[/yellow] {warning}", highlight=False)


def _draft_deadline(deadline: conclusions.Deadline) -> str:
    """A draft's deadline as every text shows it; the document's own words when they name no date."""
    if deadline.due or deadline.recurrence:
        return render_deadline(deadline.due, deadline.strict_before, deadline.recurrence)
    return deadline.text or render_deadline(None)


def _print_tasks(rows: list[dict]) -> None:
    """The tasks an import saves (or would save), one row each, content wrapped between words."""
    table = Table(*(["Số"] if rows and rows[0]["number"] is not None else []), "Mục", "Đơn vị")
    table.add_column("Nội dung")
    table.add_column("Hạn", no_wrap=True)
    for row in rows:
        first = [str(row["number"])] if row["number"] is not None else []
        table.add_row(*first, row["ref"] or "", row["unit"] or "", clip_words(row["content"], 200), row["deadline"])
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("import")(import_command)
