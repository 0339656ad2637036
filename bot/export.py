"""The Excel export of an organization's tasks (openpyxl), as bytes ready to send."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bot import texts

ExportRow = tuple[int, str, str, str, str, date | None, str, str, str, str]

_WIDTHS = (6, 8, 28, 70, 24, 12, 26, 18, 22, 40)


def headed_workbook(title: str, headers: Sequence[str]) -> tuple[Workbook, Worksheet]:
    """A new workbook whose first sheet is titled `title` and starts with a bold header row."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    return workbook, sheet


def tasks_workbook(rows: Sequence[ExportRow], day: date) -> bytes:
    """One sheet: number, ref, unit, content, deadline, due, status, done at, done by, note."""
    workbook, sheet = headed_workbook(texts.EXPORT_SHEET, texts.EXPORT_HEADERS)
    for row in rows:
        sheet.append(list(row))
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cells in sheet.iter_rows(min_row=2, min_col=4, max_col=4):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in cells:
            cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.title = texts.EXPORT_CAPTION.format(day=texts.fmt_date(day))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
