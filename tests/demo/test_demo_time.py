"""Simulated days in `dondoc demo` wait for work to finish, never for wall-clock pauses, and the
chat page shows the days passing. Timing figures live in benchmarks/bench_demo.py; these tests
check the mechanism, not durations."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from bot.demo.people import GROUP_CHAT_ID, person
from bot.demo.world import DemoWorld
from storage.models import Outbox
from tests.demo.conftest import ARTIFACTS_DIR, CHROMIUM_ARGS

#: Longer than any pause a busy event loop makes on its own; the pacing and quiet periods the demo
#: used to wait out were 0.2–3 s.
PAUSE = 0.05


@pytest.fixture(autouse=True)
def _sqlite_leg_only(is_postgres_run: bool) -> None:
    if is_postgres_run:
        pytest.skip("the demo runs on its own embedded SQLite file; covered by the SQLite leg")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[DemoWorld]:
    demo = DemoWorld(tmp_path / "demo.db")
    await demo.start()
    try:
        await demo.ensure_setup()
        demo.mark_seen()
        yield demo
    finally:
        await demo.stop()


def _waiting_rows(world: DemoWorld) -> int:
    with Session(world.engine) as session:
        return session.exec(
            select(func.count()).select_from(Outbox).where(Outbox.status.in_(("pending", "sending")))  # type: ignore[attr-defined]
        ).one()


async def test_a_simulated_day_waits_for_the_outbox_to_drain_not_for_the_wall_clock(
    world: DemoWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(delay: float, result: Any = None) -> Any:
        if delay >= PAUSE:
            pauses.append(delay)
        return await real_sleep(delay, result)

    monkeypatch.setattr(asyncio, "sleep", recording_sleep)
    # 09/01 → 15/01: a weekly digest on Monday 12/01, several messages to the Ban Dân vận the same
    # morning, and a group chat (Telegram paces groups at 3 s, private chats at 1 s).
    assert await world.advance(7) == date(2026, 1, 15)

    assert pauses == []  # no pacing, no quiet period: a day is over when its work is done
    assert _waiting_rows(world) == 0  # …and it is over only then: everything was delivered
    delivered = world.new_deliveries()
    monitor = person("monitor").user_id
    assert sum(d.chat_id == monitor for d in delivered) >= 5
    assert any(d.chat_id == GROUP_CHAT_ID for d in delivered)
    assert any("Tổng hợp tuần" in d.text for d in delivered)


async def test_the_page_advance_reports_each_day_as_it_passes(world: DemoWorld) -> None:
    base = world.emulator.base_url
    after = world.emulator.event_seq
    async with aiohttp.ClientSession() as http:
        async with http.post(base + "/_demo/advance", json={"days": 3}) as response:
            answer = await response.json()
        async with http.get(base + f"/_emulator/events?after={after}&timeout=0") as response:
            events = (await response.json())["events"]
        async with http.get(base + "/_demo/clock") as response:
            idle = await response.json()

    clock = [e for e in events if e["kind"] == "clock"]
    progress = [(e["payload"]["advancing"]["done"], e["payload"]["advancing"]["total"]) for e in clock]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [e["payload"]["today"] for e in clock] == ["2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11"]
    # Each day's messages are out before the day is reported done.
    first_day_done = clock[1]["seq"]
    assert any(e["kind"] == "message" and e["from_bot"] and e["seq"] < first_day_done for e in events)
    # The answer and the clock afterwards are the final state, newer than any progress event.
    assert answer["today"] == idle["today"] == "2026-01-11"
    assert answer["advancing"] is None and idle["advancing"] is None
    assert answer["seq"] == idle["seq"] == clock[-1]["seq"]


@pytest.mark.browser
async def test_chat_page_shows_the_days_passing(world: DemoWorld, chromium_path: str) -> None:
    from playwright.async_api import async_playwright, expect

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 860})
            errors: list[Any] = []
            page.on("pageerror", lambda error: errors.append(error))
            await page.goto(world.url)
            await expect(page.locator("body[data-ready=true]")).to_have_count(1)
            await expect(page.locator("#clock-today")).to_have_text("08/01/2026")
            progress = page.locator("#clock-progress")
            await expect(progress).to_be_hidden()
            # Every value the progress bar takes, in order (several days may pass between frames).
            await page.evaluate(
                """() => {
                    const bar = document.getElementById("clock-progress");
                    window.progressSeen = [];
                    new MutationObserver((records) => {
                        const changes = records.filter((r) => r.attributeName === "aria-valuenow");
                        changes.forEach((r, i) => window.progressSeen.push(Number(
                            i + 1 < changes.length ? changes[i + 1].oldValue : bar.getAttribute("aria-valuenow"))));
                    }).observe(bar, { attributes: true, attributeFilter: ["aria-valuenow"], attributeOldValue: true });
                }"""
            )

            # Days passing from the terminal (as `dondoc demo --days N` does) show on an open page.
            await world.advance(2)
            await expect(page.locator("#clock-today")).to_have_text("10/01/2026")
            await expect(progress).to_be_hidden()
            assert await page.evaluate("window.progressSeen") == [0, 1, 2]

            # "+7 ngày": the bar counts the days, the date follows them, both buttons wait meanwhile.
            await page.evaluate("window.progressSeen = []")
            await page.locator("#advance-week").click()
            await expect(page.locator("#advance-day")).to_be_disabled()
            await expect(page.locator("#clock-today")).to_have_text("17/01/2026")
            await expect(progress).to_be_hidden()
            await expect(page.locator("#advance-day")).to_be_enabled()
            seen = await page.evaluate("window.progressSeen")
            # From 0/7 at the click to 7/7, day by day as the events come (the answer to the click
            # may overtake the last few of them).
            assert seen[0] == 0 and seen[-1] == 7 and seen == sorted(set(seen)), seen
            assert await progress.get_attribute("aria-valuemax") == "7"
            assert await progress.get_attribute("aria-label")  # a name for screen readers
            ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS_DIR / "demo_days_passing.png"))
            assert errors == []
        finally:
            await browser.close()
