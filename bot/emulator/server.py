"""aiohttp routes for the Bot API (`/bot{token}/{method}`), file downloads and static files."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

from bot.emulator.methods import ApiError
from bot.emulator.params import read_params, sanitize
from bot.emulator.state import ApiCall

if TYPE_CHECKING:
    from bot.emulator.emulator import BotApiEmulator

log = logging.getLogger(__name__)

_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}


def _json(body: object, status: int = 200) -> web.Response:
    """JSON response without escaping non-ASCII (Vietnamese text stays readable in logs)."""
    return web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def token_error(token: str) -> web.Response:
    """Telegram answers 401 for well-formed unknown tokens and 404 for malformed ones."""
    if _TOKEN_SHAPE.match(token):
        return _json({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
    return _json(NOT_FOUND, 404)


class BotApiRoutes:
    """Request handlers bound to one emulator."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emu = emulator

    def routes(self) -> list[web.RouteDef]:
        """Route table; the static catch-all must stay last."""
        return [
            web.route("*", "/bot{token}/{method}", self.handle_method),
            web.get("/file/bot{token}/{file_path:.+}", self.handle_file),
            web.get("/{tail:.*}", self.handle_static),
        ]

    async def handle_method(self, request: web.Request) -> web.Response:
        """Dispatch one Bot API call, applying any injected fault first."""
        arrived, arrived_mono = time.time(), time.monotonic()
        token, method = request.match_info["token"], request.match_info["method"]
        if token != self.emu.token:
            return token_error(token)
        try:
            params, files = await read_params(request)
        except (ValueError, UnicodeDecodeError) as exc:
            return _json({"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, 400)
        resolved = self.emu.api.resolve(method)
        chat_id = params.get("chat_id")
        logged = sanitize(params, files)

        def record(name: str, status: int, fault: str | None = None) -> None:
            """Append to the call transcript with the arrival time."""
            self.emu.world.calls.append(
                ApiCall(name, logged, chat_id, arrived, arrived_mono, status, fault)
            )
            log.debug("%s %s -> %s%s", name, chat_id, status, f" (fault {fault})" if fault else "")

        if resolved is None:
            log.warning("unsupported Bot API method %s", method)
            record(method, 404)
            return _json(NOT_FOUND, 404)
        name, handler = resolved
        fault = self.emu.faults.take(name, chat_id)
        fault_kind = fault.kind if fault else None
        if fault is not None and fault.kind == "timeout":
            # Hold the request past the client's timeout, then process it as Telegram would
            # (the client has given up, but the side effect still happens).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.emu.stopping.wait(), fault.delay)
            if self.emu.stopping.is_set():
                record(name, 504, fault_kind)
                return _json({"ok": False, "error_code": 504, "description": "Gateway Timeout"}, 504)
        elif fault is not None:
            status, body = fault.error_payload()
            record(name, status, fault_kind)
            return _json(body, status)
        try:
            result = await handler(params, files)
        except ApiError as exc:
            record(name, exc.code, fault_kind)
            return _json(exc.payload(), exc.code)
        record(name, 200, fault_kind)
        return _json({"ok": True, "result": result})

    async def handle_file(self, request: web.Request) -> web.Response:
        """Serve a stored file's bytes at its getFile path."""
        token = request.match_info["token"]
        if token != self.emu.token:
            return token_error(token)
        stored = self.emu.world.files_by_path.get(request.match_info["file_path"])
        if stored is None:
            return _json(NOT_FOUND, 404)
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    async def handle_static(self, request: web.Request) -> web.StreamResponse:
        """Serve files from registered static directories; `/` maps to index.html."""
        tail = request.match_info["tail"] or "index.html"
        for directory in self.emu.static_dirs:
            root = directory.resolve()
            candidate = (root / tail).resolve()
            # Refuse path traversal outside the static root.
            if not candidate.is_relative_to(root):
                continue
            if candidate.is_dir():
                candidate = candidate / "index.html"
            if candidate.is_file():
                return web.FileResponse(candidate)
        raise web.HTTPNotFound()


def default_static_dir() -> Path | None:
    """`bot/emulator/static/` if another task has provided it."""
    path = Path(__file__).with_name("static")
    return path if path.is_dir() else None
