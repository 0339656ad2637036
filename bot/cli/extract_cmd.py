"""`dondoc extract` (tasks from a notice) and `dondoc parse-date` (chat deadline phrases)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.table import Table

from bot.cli.common import parse_iso_day
from bot.cli.output import JSON_OPTION_HELP, console, emit_json, fail
from scheduler.messages import RECURRENCE_LABELS, render_deadline


def _fmt(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def extract_command(
    file: Path = typer.Argument(..., metavar="TỆP", help="Tệp thông báo kết luận (.txt, .docx, .pdf)."),
    issued_on: str | None = typer.Option(None, "--issued-on", metavar="NGÀY", help="Ngày văn bản YYYY-MM-DD (nếu văn bản không ghi)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_OPTION_HELP),
) -> None:
    """Trích xuất nhiệm vụ, đơn vị và thời hạn từ một thông báo kết luận."""
    from conclusions import DocumentError, extract

    day = parse_iso_day(issued_on, "--issued-on")
    try:
        draft = extract(file, issued_on=day)
    except DocumentError as exc:
        fail(str(exc))
    if as_json:
        emit_json(draft.to_dict())
        return
    doc = draft.document
    console.print(f"[bold]{doc.title or 'Văn bản'}[/bold]", highlight=False)
    console.print(f"Số: {doc.number or '—'} · Ngày: {_fmt(doc.issued_on)} · Cơ quan: {doc.issuer or '—'}", highlight=False)
    table = Table(title=f"{len(draft.tasks)} nhiệm vụ", show_lines=True)
    table.add_column("Mục")
    table.add_column("Nội dung", ratio=4)
    table.add_column("Đơn vị chủ trì", ratio=2)
    table.add_column("Phối hợp", ratio=1)
    table.add_column("Thời hạn")
    table.add_column("Lặp lại")
    for t in draft.tasks:
        dl = t.deadline
        due = render_deadline(dl.due, dl.strict_before, dl.recurrence) if dl.due or dl.recurrence else (dl.text or render_deadline(None))
        table.add_row(
            t.ref or "",
            t.content,
            ", ".join(u.name for u in t.units),
            ", ".join(u.name for u in t.coordinating_units),
            due,
            RECURRENCE_LABELS.get(t.deadline.recurrence or "", ""),
        )
    console.print(table)
    for w in draft.warnings:
        console.print(f"[yellow]Lưu ý:[/yellow] {w}", highlight=False)


def parse_date_command(
    phrases: list[str] = typer.Argument(..., metavar="CỤM_TỪ", help="Cụm từ chỉ thời hạn, ví dụ “thứ sáu tuần sau”, “cuoi thang”."),
    today: str | None = typer.Option(None, "--today", metavar="NGÀY", help="Coi hôm nay là ngày YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help=JSON_OPTION_HELP),
) -> None:
    """Đọc thời hạn gõ trong chat; mỗi cụm từ một dòng (JSON Lines với --json). Mã thoát 2 khi có cụm từ không đọc được."""
    from conclusions import parse_chat_deadline
    from conclusions.timegrammar import impossible_dates

    day = parse_iso_day(today, "--today") or date.today()
    unreadable = False
    for phrase in phrases:
        d = parse_chat_deadline(phrase, day)
        row = {
            "text": phrase,
            "due": d.due.isoformat() if d and d.due else None,
            "strict_before": bool(d and d.strict_before),
            "recurrence": d.recurrence if d else None,
        }
        unreadable |= d is None or (d.due is None and not d.recurrence)
        if as_json:
            emit_json(row)
        else:
            if d is None or (d.due is None and not d.recurrence):
                wrong = impossible_dates(phrase)
                shown = f"ngày {wrong[0]} không có trên lịch" if wrong else "không hiểu được thời hạn này"
            else:
                shown = render_deadline(d.due, d.strict_before, d.recurrence)
                if d.due and d.recurrence:
                    shown += f" · {RECURRENCE_LABELS.get(d.recurrence, 'định kỳ')}"
            console.print(f"{phrase} → {shown}", highlight=False)
    if unreadable:
        raise typer.Exit(2)  # the line above says which phrase; scripts see the failure in the code


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("extract")(extract_command)
    app.command("parse-date")(parse_date_command)
