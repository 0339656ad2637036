"""The JSON control side under /_emulator (what a browser chat page uses) and static files."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from telegram.ext import Application

from bot.emulator import BotApiEmulator

from .helpers import ALICE, GROUP, XLSX_BYTES

USER = {"id": ALICE.id, "first_name": "Alice", "username": "alice"}


@pytest.fixture
async def http(emulator: BotApiEmulator) -> AsyncIterator[aiohttp.ClientSession]:
    """Client session rooted at the emulator."""
    async with aiohttp.ClientSession(base_url=emulator.base_url) as session:
        yield session


async def test_browser_flow_send_press_events(
    emulator: BotApiEmulator, app: Application, http: aiohttp.ClientSession
) -> None:
    async with http.get("/_emulator/events", params={"after": 0, "timeout": 0}) as response:
        start_seq = (await response.json())["last_seq"]
    async with http.post("/_emulator/send", json={"user": USER, "text": "/start"}) as response:
        assert response.status == 200
        assert (await response.json())["entities"][0]["type"] == "bot_command"
    events = await _events_until(http, start_seq, lambda e: e["from_bot"])
    menu = next(e for e in events if e["from_bot"])
    assert menu["kind"] == "message"
    assert menu["payload"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "done:1"

    body = {"user_id": ALICE.id, "chat_id": ALICE.id, "message_id": menu["message_id"], "data": "done:1"}
    async with http.post("/_emulator/press", json=body) as response:
        assert "callback_query_id" in await response.json()
    events = await _events_until(http, menu["seq"], lambda e: e["kind"] == "edit")
    assert {"callback_answer", "edit"} <= {e["kind"] for e in events}

    async with http.get(f"/_emulator/chats/{ALICE.id}/messages", params={"after": 1}) as response:
        rows = await response.json()
    assert [r["message"]["text"] for r in rows] == ["Đã chọn: done:1"]
    assert rows[0]["history"][0]["text"] == "Chào bạn!"
    async with http.get("/_emulator/callback_answers") as response:
        assert (await response.json())[0]["text"] == "OK done:1"
    async with http.get("/_emulator/calls", params={"method": "editMessageText"}) as response:
        assert len(await response.json()) == 1


async def test_upload_and_file_download(
    emulator: BotApiEmulator, app: Application, http: aiohttp.ClientSession
) -> None:
    form = aiohttp.FormData(quote_fields=False)  # browsers send raw UTF-8 filenames
    form.add_field("user", '{"id": 1001, "first_name": "Alice"}')
    form.add_field("chat", f'{{"id": {GROUP.id}, "type": "group", "title": "{GROUP.title}"}}')
    form.add_field("file", b"%PDF-1.4 demo", filename="kết luận.pdf", content_type="application/pdf")
    async with http.post("/_emulator/upload", data=form) as response:
        message = await response.json()
    assert message["document"]["file_name"] == "kết luận.pdf"
    reply = await emulator.wait_for_message(GROUP.id)
    assert reply.text.startswith("kết luận.pdf: 13 bytes")

    await emulator.send_text(ALICE, GROUP, "/export")
    exported = await emulator.wait_for_message(GROUP.id, lambda m: m.document is not None)
    async with http.get(f"/_emulator/files/{exported.document['file_id']}") as response:
        assert await response.read() == XLSX_BYTES
        assert "bao_cao.xlsx" in response.headers["Content-Disposition"]
    async with http.get("/_emulator/chats") as response:
        assert GROUP.id in [c["id"] for c in await response.json()]


async def test_faults_over_http_and_errors(http: aiohttp.ClientSession) -> None:
    async with http.post("/_emulator/faults", json={"method": "sendMessage", "kind": "429", "count": 2}) as r:
        assert (await r.json())["count"] == 2
    async with http.get("/_emulator/faults") as r:
        assert len(await r.json()) == 1
    async with http.delete("/_emulator/faults") as r:
        assert r.status == 200
    async with http.get("/_emulator/faults") as r:
        assert await r.json() == []
    async with http.post("/_emulator/faults", json={"kind": "teapot"}) as r:
        assert r.status == 400
    async with http.post("/_emulator/send", json={"text": "no user"}) as r:
        assert r.status == 400


async def test_bot_api_accepts_json_and_query_params(
    emulator: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    emulator.add_chat(GROUP)
    prefix = f"/bot{emulator.token}"
    async with http.post(f"{prefix}/sendMessage", json={"chat_id": GROUP.id, "text": "json"}) as r:
        assert (await r.json())["result"]["text"] == "json"
    async with http.get(f"{prefix}/sendMessage", params={"chat_id": GROUP.id, "text": "123"}) as r:
        assert (await r.json())["result"]["text"] == "123"  # stays a string
    async with http.post(f"{prefix}/noSuchMethod") as r:
        assert (r.status, (await r.json())["description"]) == (404, "Not Found")
    async with http.get("/botnot-a-token/getMe") as r:
        assert r.status == 404


async def test_static_dir_serves_index(
    emulator: BotApiEmulator, http: aiohttp.ClientSession, tmp_path: Path
) -> None:
    (tmp_path / "index.html").write_text("<h1>Dondoc demo</h1>", encoding="utf-8")
    (tmp_path / "app.js").write_text("console.log(1)", encoding="utf-8")
    emulator.add_static_dir(tmp_path)
    async with http.get("/") as r:
        assert "Dondoc demo" in await r.text()
    async with http.get("/app.js") as r:
        assert r.status == 200
    async with http.get("/../../etc/passwd") as r:
        assert r.status == 404


async def test_module_runs_standalone() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.emulator", "--port", "0",
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(5):
            while True:
                line = (await process.stderr.readline()).decode()
                if line.startswith("TELEGRAM_API_BASE_URL="):
                    base = line.strip().split("=", 1)[1]
                    break
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base}/_emulator/info") as r:
                assert (await r.json())["bot"]["username"] == "dondoc_demo_bot"
    finally:
        process.terminate()
        await process.wait()


async def _events_until(http: aiohttp.ClientSession, after: int, done) -> list[dict]:  # type: ignore[no-untyped-def]
    """Long-poll /_emulator/events until an event satisfying `done` arrives."""
    collected: list[dict] = []
    async with asyncio.timeout(3):
        while not any(done(e) for e in collected):
            async with http.get("/_emulator/events", params={"after": after, "timeout": 2}) as r:
                batch = (await r.json())["events"]
            collected.extend(batch)
            if batch:
                after = batch[-1]["seq"]
    return collected
