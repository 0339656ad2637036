"""Decode Bot API request parameters from query strings, JSON, form and multipart bodies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

JSON = dict[str, Any]

# Parameters that are plain strings on the wire; never JSON-decode them
# (PTB sends strings raw but JSON-encodes everything else in form bodies).
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "data",
        "callback_query_id",
        "file_id",
        "url",
        "secret_token",
        "parse_mode",
        "inline_message_id",
        "language_code",
        "title",
        "description",
        "short_description",
        "name",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "document",
        "photo",
        "thumbnail",
        "action",
        "emoji",
        "query",
    }
)


@dataclass(frozen=True)
class UploadedPart:
    """A file part of a multipart request."""

    field_name: str
    filename: str | None
    content_type: str | None
    content: bytes


def decode_filename(filename: str | None) -> str | None:
    """Undo the HTML5 multipart filename escaping (", CR, LF) used by httpx and browsers."""
    if filename is None:
        return None
    return filename.replace("%22", '"').replace("%0D", "\r").replace("%0A", "\n")


def _coerce(name: str, value: str) -> Any:
    """Turn a form/query string into the value PTB meant (JSON for non-string params)."""
    if name in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def read_params(request: web.Request) -> tuple[JSON, dict[str, UploadedPart]]:
    """Return the request's parameters and uploaded file parts."""
    params: JSON = {key: _coerce(key, value) for key, value in request.query.items()}
    files: dict[str, UploadedPart] = {}
    if request.method != "POST" or not request.can_read_body:
        return params, files
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
        return params, files
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = UploadedPart(
                    field_name=key,
                    filename=decode_filename(value.filename),
                    content_type=value.content_type,
                    content=value.file.read(),
                )
            else:
                params[key] = _coerce(key, str(value))
    return params, files


def sanitize(params: JSON, files: dict[str, UploadedPart]) -> JSON:
    """Parameters for the call log, with uploads summarised instead of their bytes."""
    logged = dict(params)
    for name, part in files.items():
        logged[name] = f"<upload {part.filename!r}, {len(part.content)} bytes>"
    return logged
