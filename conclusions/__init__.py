"""Pure extraction of tasks from Vietnamese meeting-conclusion notices (no database, no network)."""

from conclusions.calendar import add_working_days, is_working_day, previous_working_day
from conclusions.chat_dates import parse_chat_deadline
from conclusions.errors import DocumentError
from conclusions.extract import extract
from conclusions.model import ConclusionDraft, Deadline, DocumentInfo, TaskDraft, UnitRef
from conclusions.ocr import OcrLimits, OcrResult, Progress
from conclusions.reading import SourceText, read_document, read_source

__all__ = [
    "ConclusionDraft",
    "Deadline",
    "DocumentError",
    "DocumentInfo",
    "OcrLimits",
    "OcrResult",
    "Progress",
    "SourceText",
    "TaskDraft",
    "UnitRef",
    "add_working_days",
    "extract",
    "is_working_day",
    "parse_chat_deadline",
    "previous_working_day",
    "read_document",
    "read_source",
]
