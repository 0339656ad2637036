"""An import draft as an Excel workbook (openpyxl) and back: what offices do with tables.

Sheet "Bản nháp": one row per task — số, đơn vị chủ trì, đơn vị phối hợp, nội dung, hạn (a real
Excel date), kiểu hạn ("trước ngày" / "đến hết ngày"), lặp lại, nguồn — with drop-down lists of the
organization's units. Hidden sheets keep the list of units and the document (number, title, date,
fingerprint and text), so the same workbook can be imported later from the CLI with nothing else.

Reading validates every row and returns all problems at once (row and column named); the caller
changes nothing while there is any.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from bot import texts
from bot.export import headed_workbook
from conclusions.normalize import ascii_fold
from storage import drafts
from storage.errors import InvalidInput
from storage.models import Unit
from storage.organizations import find_unit

_WIDTHS = (6, 28, 28, 70, 12, 14, 16, 50)
_CHUNK = 32_000  # an Excel cell holds at most 32,767 characters
_MAX_ROWS = 2000
_RECURRENCE_BY_NAME = {ascii_fold(name): key for key, name in texts.SHEET_RECURRENCE_NAMES.items()} | {
    "6 thang": "half_yearly", "khong": None, "": None,
}


@dataclass(frozen=True)
class SheetDraft:
    """A draft read back from a workbook."""

    data: dict[str, Any]
    text: str
    #: The fingerprint of the document the workbook was made from (None when it does not say).
    source_sha256: str | None = None


def _names(refs: Sequence[dict[str, Any]]) -> str:
    return ", ".join(r["name"] for r in refs)


def draft_workbook(data: dict[str, Any], unit_names: Sequence[str], text: str) -> bytes:
    """The draft as an .xlsx: the task sheet with drop-downs, then the hidden lists and document."""
    workbook, sheet = headed_workbook(texts.SHEET_TASKS, texts.SHEET_HEADERS)
    for task in data.get("tasks") or []:
        deadline = drafts.deadline_of(task)
        source = " — ".join(x for x in (f"mục {task['ref']}" if task.get("ref") else "", task.get("evidence") or "") if x)
        sheet.append([
            task["no"], _names(task.get("units") or []), _names(task.get("coordinating_units") or []), task["content"],
            deadline.due, texts.SHEET_STRICT if deadline.strict_before and deadline.due else (texts.SHEET_ON_DAY if deadline.due else ""),
            texts.SHEET_RECURRENCE_NAMES.get(deadline.recurrence or "", ""), source,
        ])
    last = max(sheet.max_row, 2) + 200  # room for added rows, which get the drop-downs too
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cells in sheet.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in cells:
            cell.number_format = "DD/MM/YYYY"
    for cells in sheet.iter_rows(min_row=2, min_col=4, max_col=4):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"

    units = workbook.create_sheet(texts.SHEET_UNITS)
    for name in unit_names:
        units.append([name])
    units.sheet_state = "hidden"
    # Several units in one cell ("A, B") are allowed, so a value outside the list only warns.
    unit_list = DataValidation(type="list", formula1=f"='{texts.SHEET_UNITS}'!$A$1:$A${max(len(unit_names), 1)}",
                               allow_blank=True, showErrorMessage=True, errorStyle="information")
    unit_list.add(f"B2:C{last}")
    kinds = DataValidation(type="list", formula1=f'"{texts.SHEET_STRICT},{texts.SHEET_ON_DAY}"', allow_blank=True)
    kinds.add(f"F2:F{last}")
    cycles = DataValidation(type="list", formula1='"' + ",".join(texts.SHEET_RECURRENCE_NAMES.values()) + '"', allow_blank=True)
    cycles.add(f"G2:G{last}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True, showErrorMessage=True)
    dates.add(f"E2:E{last}")
    for validation in (unit_list, kinds, cycles, dates):
        sheet.add_data_validation(validation)

    document = workbook.create_sheet(texts.SHEET_DOCUMENT)
    doc = data.get("document") or {}
    issued = date.fromisoformat(doc["issued_on"]) if doc.get("issued_on") else None
    values = (doc.get("number"), doc.get("title"), issued, doc.get("issuer"), data.get("source_sha256"))
    for label, value in zip(texts.SHEET_DOCUMENT_LABELS, values, strict=False):
        document.append([label, value])
    document.append([texts.SHEET_DOCUMENT_LABELS[-1], *[text[i:i + _CHUNK] for i in range(0, len(text), _CHUNK)]])
    document["B3"].number_format = "DD/MM/YYYY"
    document.sheet_state = "hidden"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _date(value: Any) -> date | None:
    """A cell's date: a real Excel date, or text "dd/mm/yyyy"; None when empty; ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    if ascii_fold(text) in ("khong han", "thuong xuyen"):
        return None
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    return date(year if year > 99 else 2000 + year, month, day)  # raises for 31/02


def _units(value: Any, units: Sequence[Unit], row: int, column: str, errors: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for part in (p.strip() for p in _cell_text(value).replace(";", ",").split(",")):
        if not part:
            continue
        unit = find_unit(units, part)
        if unit is None:
            errors.append(texts.sheet_error(row, column, texts.SHEET_PROBLEMS["unknown_unit"].format(value=part)))
        elif all(r["key"] != unit.key for r in found):
            found.append({"key": unit.key, "name": unit.name})
    return found


def read_workbook(
    content: bytes, units: Sequence[Unit], template: dict[str, Any] | None = None, *, expect_sha256: str | None = None,
) -> SheetDraft:
    """Read and validate a draft workbook against the organization's `units`. Rows whose Số is a
    task of `template` keep that task's clause and source; rows without a number are new tasks.
    Raises `InvalidInput` listing every problem (row and column) when any row is wrong, or when the
    workbook was made from another document than `expect_sha256`."""
    try:
        workbook = load_workbook(io.BytesIO(content), data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same answer to the user
        raise InvalidInput(texts.SHEET_UNREADABLE) from exc
    if texts.SHEET_TASKS not in workbook.sheetnames:
        raise InvalidInput(texts.SHEET_NOT_A_DRAFT)
    sheet = workbook[texts.SHEET_TASKS]
    header = [_cell_text(c.value) for c in sheet[1]][: len(texts.SHEET_HEADERS)]
    if tuple(header) != texts.SHEET_HEADERS:
        raise InvalidInput(texts.SHEET_NOT_A_DRAFT)
    document, text = _document(workbook)
    if expect_sha256 is not None and document.get("source_sha256") != expect_sha256:
        raise InvalidInput(texts.SHEET_OTHER_DRAFT)  # before the rows: another notice's sheet is not "wrong rows"
    known = {t["no"]: t for t in (template or {}).get("tasks") or []}
    headers = texts.SHEET_HEADERS
    errors: list[str] = []
    tasks: list[dict[str, Any]] = []
    seen: set[int] = set()
    for row_index, row in enumerate(sheet.iter_rows(min_row=2, max_row=_MAX_ROWS + 1, max_col=len(headers), values_only=True), start=2):
        cells = list(row) + [None] * (len(headers) - len(row))
        if all(_cell_text(c) == "" for c in cells[:7]):
            continue
        number_cell, main, coordinating, content, due_cell, kind_cell, cycle_cell, _source = cells[:8]
        no: int | None = None
        if _cell_text(number_cell):
            number_text = _cell_text(number_cell)
            if not number_text.isdigit() or int(number_text) in seen:
                errors.append(texts.sheet_error(row_index, headers[0], texts.SHEET_PROBLEMS["bad_number"].format(value=number_text)))
            else:
                no = int(number_text)
                seen.add(no)
        refs = _units(main, units, row_index, headers[1], errors)
        if not refs and not _cell_text(main):
            errors.append(texts.sheet_error(row_index, headers[1], texts.SHEET_PROBLEMS["no_unit"]))
        helpers = _units(coordinating, units, row_index, headers[2], errors)
        body = _cell_text(content)
        if not body:
            errors.append(texts.sheet_error(row_index, headers[3], texts.SHEET_PROBLEMS["no_content"]))
        try:
            due = _date(due_cell)
        except ValueError:
            errors.append(texts.sheet_error(row_index, headers[4], texts.SHEET_PROBLEMS["bad_date"].format(value=_cell_text(due_cell))))
            due = None
        kind = ascii_fold(_cell_text(kind_cell))
        if kind not in ("", ascii_fold(texts.SHEET_STRICT), ascii_fold(texts.SHEET_ON_DAY)):
            errors.append(texts.sheet_error(row_index, headers[5], texts.SHEET_PROBLEMS["bad_kind"].format(value=_cell_text(kind_cell))))
        cycle = ascii_fold(_cell_text(cycle_cell))
        if cycle not in _RECURRENCE_BY_NAME:
            errors.append(texts.sheet_error(row_index, headers[6], texts.SHEET_PROBLEMS["bad_recurrence"].format(value=_cell_text(cycle_cell))))
        recurrence = _RECURRENCE_BY_NAME.get(cycle)
        before = known.get(no) if no is not None else None
        strict = kind == ascii_fold(texts.SHEET_STRICT) and due is not None
        words = texts.render_deadline(due, strict) if due else None
        if before is not None:
            old = drafts.deadline_of(before)
            if (old.due, old.strict_before) == (due, strict):
                words = old.text  # unchanged: keep the document's own words
        tasks.append({
            "no": no, "ref": before.get("ref") if before else None, "content": body[:4000],
            "units": refs, "coordinating_units": [h for h in helpers if all(h["key"] != r["key"] for r in refs)],
            "deadline": {"text": words, "due": due.isoformat() if due else None, "strict_before": strict,
                         "recurrence": recurrence},
            "evidence": before.get("evidence") if before else None,
        })
    if errors:
        raise InvalidInput(texts.sheet_errors(errors))
    if not tasks:
        raise InvalidInput(texts.SHEET_EMPTY)
    next_no = max([t["no"] for t in tasks if t["no"] is not None] + [int((template or {}).get("next_no") or 0) - 1, 0]) + 1
    for task in tasks:
        if task["no"] is None:
            task["no"], next_no = next_no, next_no + 1
    fingerprint = document.pop("source_sha256", None)
    data = {**(template or {}), "document": document, "tasks": tasks, "next_no": next_no}
    data.setdefault("warnings", [])
    if not data.get("source_sha256"):
        data["source_sha256"] = fingerprint or hashlib.sha256(content).hexdigest()
    return SheetDraft(data=data, text=text, source_sha256=fingerprint)


def _document(workbook: Any) -> tuple[dict[str, Any], str]:
    """The hidden document sheet: number, title, date, issuer, fingerprint, text."""
    if texts.SHEET_DOCUMENT not in workbook.sheetnames:
        return {}, ""
    rows = {(_cell_text(r[0]) if r else ""): list(r[1:]) for r in workbook[texts.SHEET_DOCUMENT].iter_rows(values_only=True)}
    labels = texts.SHEET_DOCUMENT_LABELS

    def first(label: str) -> Any:
        values = rows.get(label) or [None]
        return values[0]

    issued = first(labels[2])
    try:
        issued_on = _date(issued)
    except ValueError:
        issued_on = None
    document = {
        "number": _cell_text(first(labels[0])) or None, "title": _cell_text(first(labels[1])) or None,
        "issued_on": issued_on.isoformat() if issued_on else None, "issuer": _cell_text(first(labels[3])) or None,
        "source_sha256": _cell_text(first(labels[4])) or None,
    }
    text = "".join(str(v) for v in rows.get(labels[5]) or [] if v is not None)
    return document, text


def from_extract_json(raw: bytes) -> SheetDraft:
    """A draft from `dondoc extract --json` output (one document). Its fingerprint is that of the
    JSON, and the stored text lists the tasks, since the output carries no document text."""
    try:
        payload = json.loads(raw.decode("utf-8"))
        tasks = payload["tasks"]
        document = payload.get("document") or {}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(texts.JSON_NOT_A_DRAFT) from exc
    if not isinstance(tasks, list) or not tasks:
        raise InvalidInput(texts.SHEET_EMPTY)
    data_tasks = []
    for no, task in enumerate(tasks, start=1):
        if not isinstance(task, dict) or not _cell_text(task.get("content")):
            raise InvalidInput(texts.JSON_BAD_TASK.format(no=no))
        deadline = task.get("deadline") or {}
        evidence = task.get("evidence") or {}
        data_tasks.append({
            "no": no, "ref": task.get("ref"), "content": _cell_text(task["content"]),
            "units": [{"key": u.get("key"), "name": u["name"]} for u in task.get("units") or []],
            "coordinating_units": [{"key": u.get("key"), "name": u["name"]} for u in task.get("coordinating_units") or []],
            "deadline": {"text": deadline.get("text"), "due": deadline.get("due"), "strict_before": bool(deadline.get("strict_before")),
                         "recurrence": deadline.get("recurrence")},
            "evidence": (evidence.get("text") or None) if isinstance(evidence, dict) else None,
        })
    data = {
        "document": {k: document.get(k) for k in ("number", "title", "issued_on", "issuer")},
        "source_sha256": hashlib.sha256(raw).hexdigest(), "warnings": list(payload.get("warnings") or []),
        "tasks": data_tasks, "next_no": len(data_tasks) + 1,
    }
    text = "\n".join(f"{t['no']}. {t['content']}" for t in data_tasks)
    return SheetDraft(data=data, text=text)
