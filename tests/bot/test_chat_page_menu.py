"""The chat page offers, as shortcuts, the commands the bot put in that chat's menu for that
person's role — a leader is not offered /report (which only the board may use), the board is."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.emulator import BotApiEmulator
from tests.demo.conftest import CHROMIUM_ARGS, find_chromium

from .helpers import LEADER, MONITOR, World, join

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("app")]


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("browser test skipped: the playwright Python package is not installed")
    path = find_chromium()
    if path is None:
        pytest.skip("browser test skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)")
    async with async_playwright() as pw:
        instance = await pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


async def test_shortcuts_follow_the_roles_menu(emulator: BotApiEmulator, world: World, browser: Any) -> None:
    from playwright.async_api import expect

    await join(emulator, LEADER, world.codes["leader"])
    await join(emulator, MONITOR, world.codes["monitor"])
    await emulator.wait_for_call("setMyCommands", lambda c: f"'chat_id': {MONITOR.id}" in str(c.params.get("scope")))

    page = await browser.new_page(viewport={"width": 1024, "height": 720})
    await page.goto(emulator.base_url + "/")
    await expect(page.locator("body[data-ready=true]")).to_have_count(1)

    await page.locator(f'[data-person-id="user-{LEADER.id}"]').click()
    chips = page.locator(".command-chip")
    await expect(page.locator('.command-chip[data-command^="/giahan"]')).to_have_count(1)
    await expect(page.locator('.command-chip[data-command^="/report"]')).to_have_count(0)
    await expect(page.locator('.command-chip[data-command^="/import"]')).to_have_count(0)
    await page.locator('.command-chip[data-command^="/tasks"]').click()
    await expect(page.locator("#composer-input")).to_have_value("/tasks ")
    assert await chips.count() >= 3

    await page.locator(f'[data-person-id="user-{MONITOR.id}"]').click()
    await expect(page.locator('.command-chip[data-command^="/report"]')).to_have_count(1)
    await expect(page.locator('.command-chip[data-command^="/giahan"]')).to_have_count(0)
