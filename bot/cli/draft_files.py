"""`dondoc import` of a reviewed draft: an .xlsx written by `--xlsx` (or sent by the bot) and edited
by people, or the JSON of `dondoc extract --json`; and writing a draft as that .xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session

from bot import sheets
from storage import drafts
from storage.organizations import list_units

SUFFIXES = (".xlsx", ".json")


def is_reviewed_draft(path: Path) -> bool:
    """Whether `path` is a draft to import as it stands rather than a notice to read."""
    return path.suffix.lower() in SUFFIXES


def read_reviewed_draft(session: Session, *, org_id: int, path: Path) -> Any:
    """The `ConclusionDraft` of an edited workbook or an extraction JSON, every row checked against
    the organization's units (`InvalidInput` lists every problem)."""
    content = path.read_bytes()
    units = list_units(session, org_id=org_id)
    read = sheets.read_workbook(content, units) if path.suffix.lower() == ".xlsx" else sheets.from_extract_json(content)
    data = drafts.resolve_known_names(read.data, units)
    text = read.text or "\n".join(f"{t['no']}. {t['content']}" for t in data["tasks"])
    return drafts.to_conclusion_draft(data, text)


def write_workbook(session: Session, *, org_id: int, draft: Any, path: Path) -> int:
    """Write an extracted draft as the review workbook; returns the number of rows."""
    units = list_units(session, org_id=org_id)
    data = drafts.resolve_known_names(drafts.from_extraction(draft), units)
    path.write_bytes(sheets.draft_workbook(data, [u.name for u in units], draft.text))
    return len(data["tasks"])
