"""Shared output helpers for the CLI: JSON that scripts can read, rich tables for people, one-line errors."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any, NoReturn

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

JSON_OPTION_HELP = "In kết quả dạng JSON (cho script)."


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def to_json(data: Any) -> str:
    """Serialize with stable keys, real Vietnamese letters (not \\u escapes) and ISO dates."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_default)


def emit_json(data: Any) -> None:
    """Print `data` as one JSON document on stdout."""
    sys.stdout.write(to_json(data) + "\n")
    sys.stdout.flush()


def clip_words(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters, cut between words with "…" (never inside a word)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–") + "…"


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear error line on stderr and exit (code 2 for bad input, as the CLI promises)."""
    err_console.print(f"[bold red]Lỗi:[/bold red] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)
