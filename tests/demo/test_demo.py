"""`dondoc demo`: the scripted tour end to end, idempotent start-up, and the chat page in a real
browser against the real bot and scheduler. The demo always runs on its own SQLite file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.demo.people import CAST
from bot.demo.world import DemoWorld
from storage.models import Chat, Conclusion, Member, Organization, Outbox, Task, Unit
from tests.demo.conftest import ARTIFACTS_DIR, CHROMIUM_ARGS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _sqlite_leg_only(is_postgres_run: bool) -> None:
    if is_postgres_run:
        pytest.skip("the demo runs on its own embedded SQLite file; covered by the SQLite leg")


def test_script_tour_runs_to_the_end_and_shows_the_product(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "demo", "--script", "--days", "14", "--db", str(tmp_path / "demo.db")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "Đã lưu thông báo" in out  # the sample notice went through the bot's import
    assert "Nhắc việc ngày" in out and "còn 7 ngày" in out and "đến hạn hôm nay" in out  # reminders
    assert "quá hạn 1 ngày" in out  # an overdue notice
    assert "Tổng hợp quá hạn" in out and "Tổng hợp tuần" in out  # the board's daily and weekly digests
    assert "đã duyệt gia hạn" in out  # an approved extension reached the unit
    assert "Đã sửa hạn của nhiệm vụ số" in out and "được sửa hạn" in out  # a correction, and the unit told
    # The Hội Cựu chiến binh's leader works on Zalo: plain text, a command to type instead of buttons.
    assert "→ Hoàng Văn Dũng (Zalo, Chủ tịch Hội Cựu chiến binh xã):" in out
    done = re.search(r"✉ Hoàng Văn Dũng gõ trên Zalo: xong (\d+) ", out)
    assert done and f"Trả lời: hoantac {done.group(1)}" in out
    assert "Traceback" not in proc.stderr


def _counts(db: Path) -> dict[str, int]:
    world_engine = DemoWorld(db).engine
    with Session(world_engine) as session:
        counts = {
            model.__name__: session.exec(select(func.count()).select_from(model)).one()
            for model in (Organization, Unit, Member, Chat, Conclusion, Task, Outbox)
        }
    world_engine.dispose()
    return counts


async def test_starting_the_demo_twice_on_one_database_duplicates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    for _ in range(2):
        world = DemoWorld(db)
        await world.start()
        try:
            await world.ensure_setup()
        finally:
            await world.stop()
        if _ == 0:
            first = _counts(db)
    assert _counts(db) == first
    assert first["Organization"] == 1 and first["Member"] == len(CAST) and first["Conclusion"] == 1
    assert first["Task"] > 20


async def test_the_zalo_leader_gets_plain_text_with_the_footer_and_closes_a_task_by_text(tmp_path: Path) -> None:
    dung = next(p for p in CAST if p.on_zalo)
    world = DemoWorld(tmp_path / "demo.db")
    await world.start()
    try:
        await world.ensure_setup()
        texts = world.zalo_emulator.texts(dung.zalo_id)
        assert texts and "Chào mừng Hoàng Văn Dũng" in texts[0]  # `batdau CODE` redeemed the invite
        notice = next(t for t in texts if "nhiệm vụ mới" in t)
        assert "Hội Cựu chiến binh xã" in notice and "<b>" not in notice
        with Session(world.engine) as session:
            member = session.exec(select(Member).where(Member.platform == "zalo", Member.platform_user_id == dung.zalo_id)).one()
            assert member.role == "leader"
            task = session.exec(select(Task).join(Unit, Unit.id == Task.unit_id).where(  # type: ignore[arg-type]
                Unit.key == "cuu_chien_binh", Task.status == "open", Task.due != None).order_by(col(Task.due).desc())).first()  # noqa: E711
            assert task is not None
            number = task.number

        before = len(world.zalo_emulator.texts(dung.zalo_id))
        await world.zalo_says(dung, "viec")
        await world.settle()
        [listing] = world.zalo_emulator.texts(dung.zalo_id)[before:]
        assert f"{number}. " in listing and "Trả lời: xong <số> · chitiet <số>" in listing

        world.mark_seen()
        await world.zalo_says(dung, f"xong {number} đã nộp báo cáo cho Thường trực")
        await world.settle()
        delivered = world.new_deliveries()
        mine = [d for d in delivered if d.platform == "zalo"]
        assert len(mine) == 1 and f"nhiệm vụ số {number}" in mine[0].text and f"Trả lời: hoantac {number}" in mine[0].text
        assert not mine[0].buttons
        monitor = next(p for p in CAST if p.role == "monitor")
        assert any(d.chat_id == monitor.user_id and f"số {number}" in d.text for d in delivered)
        with Session(world.engine) as session:
            closed = session.exec(select(Task).where(Task.org_id == world.org_id, Task.number == number)).one()
            assert closed.status == "done" and "Thường trực" in (closed.result_note or "")

        # The next morning's reminder (of another task) reaches Zalo through the shared outbox, as plain text.
        await world.advance(1)
        reminders = [d.text for d in world.new_deliveries() if d.platform == "zalo" and "Nhắc việc" in d.text]
        assert reminders and "<b>" not in reminders[0] and "Hội Cựu chiến binh xã" in reminders[0]
    finally:
        await world.stop()


@pytest.mark.browser
async def test_chat_page_leader_closes_a_task_and_the_monitor_sees_it(tmp_path: Path, chromium_path: str) -> None:
    from playwright.async_api import async_playwright, expect

    world = DemoWorld(tmp_path / "demo.db")
    await world.start()
    try:
        await world.ensure_setup()
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
            page = await browser.new_page(viewport={"width": 1280, "height": 860})
            errors: list[Any] = []
            page.on("pageerror", lambda error: errors.append(error))
            await page.goto(world.url)
            await expect(page.locator("body[data-ready=true]")).to_have_count(1)
            await expect(page.locator("#clock-today")).to_have_text("08/01/2026")

            # Be the Hội Nông dân's leader, open the private chat, run /tasks.
            await page.locator('[data-person-id="leader_nong_dan"]').click()
            await page.locator('#chats [data-chat-id="1004"]').click()
            await page.locator("#composer-input").fill("/tasks")
            await page.locator("#composer-input").press("Enter")
            listing = page.locator('.message[data-from="bot"]', has_text="Nhiệm vụ chưa hoàn thành").last
            await expect(listing).to_be_visible()
            message_id = await listing.get_attribute("data-message-id")
            first_done = listing.locator(".inline-keyboard button", has_text="✅").first
            number = (await first_done.inner_text()).replace("✅", "").strip()

            # ✅ turns the list into a confirmation in place; confirming turns it back into the list.
            await first_done.click()
            same = page.locator(f'.message[data-message-id="{message_id}"]')
            await expect(same).to_contain_text("Xác nhận")
            await same.locator(".inline-keyboard button", has_text="Xác nhận hoàn thành").click()
            await expect(page.locator('.message[data-from="bot"]', has_text=f"nhiệm vụ số {number}")).to_be_visible()
            await expect(same).to_contain_text("Nhiệm vụ chưa hoàn thành")
            await expect(same.locator(".inline-keyboard button", has_text=f"✅ {number}")).to_have_count(0)
            await expect(same).to_have_attribute("data-edited", "true")
            ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS_DIR / "demo_leader_done.png"))

            # The Ban Dân vận sees it counted as done on time in /report.
            await page.locator('[data-person-id="monitor"]').click()
            await page.locator('#chats [data-chat-id="1002"]').click()
            await page.locator("#composer-input").fill("/report")
            await page.locator("#composer-input").press("Enter")
            report = page.locator('.message[data-from="bot"]', has_text="Báo cáo tình hình thực hiện").last
            await expect(report).to_contain_text("Hội Nông dân xã")
            await expect(report).to_contain_text("hoàn thành đúng hạn 1")
            await report.scroll_into_view_if_needed()
            await page.wait_for_timeout(800)  # let the smooth scroll settle for the screenshot
            await page.screenshot(path=str(ARTIFACTS_DIR / "demo_monitor_report.png"))
            assert errors == []
            await browser.close()
    finally:
        await world.stop()


@pytest.mark.browser
async def test_chat_page_draws_the_zalo_leaders_chat_as_plain_text_and_xong_closes_a_task(
        tmp_path: Path, chromium_path: str) -> None:
    from playwright.async_api import async_playwright, expect

    dung = next(p for p in CAST if p.on_zalo)
    world = DemoWorld(tmp_path / "demo.db")
    await world.start()
    try:
        await world.ensure_setup()
        number = _task_number(world, "cuu_chien_binh")
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
            page = await browser.new_page(viewport={"width": 1280, "height": 860})
            errors: list[Any] = []
            page.on("pageerror", lambda error: errors.append(error))
            await page.goto(world.url)
            await expect(page.locator("body[data-ready=true]")).to_have_count(1)
            row = page.locator(f'[data-person-id="{dung.id}"]')
            await expect(row.locator(".platform-badge")).to_have_text("Zalo")
            await expect(page.locator('[data-person-id="leader_nong_dan"] .platform-badge')).to_have_count(0)

            await row.click()
            await page.locator(f'#chats [data-chat-id="{dung.user_id}"]').click()
            await expect(page.locator("#chat-subtitle")).to_contain_text("Zalo")
            # What reached Zalo so far: the welcome after `batdau CODE` and the new-task notice, no buttons.
            await expect(page.locator('.message[data-from="bot"]', has_text="Hội Cựu chiến binh xã được giao")).to_have_count(1)
            await page.locator("#composer-input").fill(f"xong {number} đã tổ chức tọa đàm")
            await page.locator("#composer-input").press("Enter")
            answer = page.locator('.message[data-from="bot"]', has_text=f"Trả lời: hoantac {number}")
            await expect(answer).to_be_visible()
            await expect(page.locator(".message .inline-keyboard button")).to_have_count(0)
            ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS_DIR / "demo_zalo_leader.png"))
            assert errors == []
            await browser.close()
        await world.settle()
        with Session(world.engine) as session:
            task = session.exec(select(Task).where(Task.org_id == world.org_id, Task.number == number)).one()
            assert task.status == "done" and task.result_note == "đã tổ chức tọa đàm"
        assert any(f"Trả lời: hoantac {number}" in t for t in world.zalo_emulator.texts(dung.zalo_id))
    finally:
        await world.stop()


def _task_number(world: DemoWorld, unit_key: str) -> int:
    """The unit's open task with the latest deadline."""
    with Session(world.engine) as session:
        task = session.exec(select(Task).join(Unit, Unit.id == Task.unit_id).where(  # type: ignore[arg-type]
            Task.org_id == world.org_id, Unit.key == unit_key, Task.status == "open", Task.due != None,  # noqa: E711
        ).order_by(col(Task.due).desc())).first()
    assert task is not None
    return task.number
