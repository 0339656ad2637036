"""The demo's local chat page (bot/emulator/static) in headless Chromium, against the real emulator
and a small real python-telegram-bot Application.

Two ways the page is served:
- by `dondoc demo`, which adds `/_demo/people`, `/_demo/clock` and `/_demo/advance` (faked here
  following the demo runner's contract, served with `BotApiEmulator.add_routes`);
- by a bare emulator (`python -m bot.emulator`), where the page falls back to `/_emulator/info`.

Screenshots go to tests/artifacts/ (gitignored): chat_page.png (laptop), chat_page_welcome.png,
chat_page_group.png, chat_page_phone.png.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.emulator import BotApiEmulator, EmulatedChat, EmulatedUser
from tests.emulator.helpers import emulator_application, on_text

from .conftest import ARTIFACTS_DIR, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

# --- a tiny bot ---------------------------------------------------------------------------

TASKS_HTML = (
    "<b>Việc của bạn</b> (2 việc)\n"
    "1. Báo cáo <i>tình hình sản xuất</i> — hạn <u>25/11/2026</u>\n"
    "2. Rà soát danh sách hội viên — hạn 30/11/2026\n"
    "Văn bản: <a href=\"https://example.org/kl-15\">Thông báo kết luận 15</a>\n"
    "Báo xong: <code>/done 1</code>\n"
    "&lt;script&gt;alert('x')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"
)
DONE_HTML = (
    "<b>Việc của bạn</b> (1 việc)\n"
    "1. <s>Báo cáo tình hình sản xuất</s> — ✅ đã xong\n"
    "2. Rà soát danh sách hội viên — hạn 30/11/2026"
)
REPORT_BYTES = b"PK\x03\x04 demo report"


def tasks_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("✅ Xong việc 1", callback_data="done:1"),
                InlineKeyboardButton("✅ Xong việc 2", callback_data="done:2"),
            ],
            [InlineKeyboardButton("Xin gia hạn", callback_data="ext:1")],
        ]
    )


async def tasks_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(TASKS_HTML, parse_mode="HTML", reply_markup=tasks_keyboard())


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query.data == "ext:1":
        await query.answer("Việc này đã được gia hạn một lần.\nHãy liên hệ Văn phòng.", show_alert=True)
        return
    await query.answer("Đã ghi nhận: việc 1 hoàn thành")
    await query.edit_message_text(
        DONE_HTML,
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("✅ Xong việc 2", callback_data="done:2")]]),
    )


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    doc = update.effective_message.document
    content = await (await doc.get_file()).download_as_bytearray()
    await update.effective_message.reply_text(
        f"Đã nhận tệp <b>{doc.file_name}</b> ({len(content)} byte). Gửi lại báo cáo tổng hợp:",
        parse_mode="HTML",
    )
    await context.bot.send_document(
        update.effective_chat.id, document=REPORT_BYTES, filename="bao_cao_tuan.xlsx",
        caption="Báo cáo tuần 47",
    )


def build_bot(emu: BotApiEmulator) -> Application:
    app = emulator_application(emu)
    app.add_handler(CommandHandler("tasks", tasks_cmd))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(MessageHandler(filters.TEXT, on_text))
    return app


# --- a fake of the demo runner's /_demo routes ---------------------------------------------

LEADER = EmulatedUser(id=1001, first_name="Bình", last_name="Trần")
MONITOR = EmulatedUser(id=1002, first_name="Hoa", last_name="Lê")
SECRETARY = EmulatedUser(id=1003, first_name="An", last_name="Nguyễn")
GROUP = EmulatedChat.group(-2001, "Nhóm Hội Nông dân xã")


def person(pid: str, name: str, role: str, label: str, unit: str, user: EmulatedUser, group: bool) -> dict:
    chats: list[dict[str, Any]] = [{"id": user.id, "type": "private", "title": "dondoc (riêng)"}]
    if group:
        chats.append({"id": GROUP.id, "type": "group", "title": GROUP.title})
    return {
        "id": pid, "name": name, "role": role, "role_label": label, "unit": unit,
        "user": user.to_dict(), "chats": chats,
    }


PEOPLE = [
    person("leader_nong_dan", "Trần Văn Bình", "leader", "Chủ tịch Hội Nông dân xã", "Hội Nông dân xã", LEADER, True),
    person("monitor", "Lê Thị Hoa", "monitor", "Trưởng Ban Dân vận", "Ban Dân vận", MONITOR, False),
    person("secretary", "Nguyễn Văn An", "secretary", "Bí thư Đảng ủy xã", "Đảng ủy xã", SECRETARY, True),
    *[
        person(f"leader_{i}", name, "leader", label, label, EmulatedUser(id=1010 + i, first_name=name.split()[-1]), False)
        for i, (name, label) in enumerate(
            [
                ("Phạm Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
                ("Hoàng Văn Dũng", "Chủ tịch Hội Cựu chiến binh xã"),
                ("Đỗ Thị Mai", "Chủ tịch Hội LHPN xã"),
                ("Vũ Minh Tuấn", "Bí thư Đoàn Thanh niên xã"),
            ]
        )
    ],
]


class FakeDemo:
    """Serves the demo contract; advancing a day makes the bot send a reminder."""

    def __init__(self) -> None:
        self.today = dt.date(2026, 11, 22)
        self.bot: Any = None
        self.delay = 0.6  # long enough to see the spinner
        # Simulated wall clock for message dates (as the demo runner does with emu.set_clock):
        # 08:00 in Vietnam on the demo's first day, then real seconds, plus the days advanced.
        self._start = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))).timestamp()
        self._t0 = time.time()

    def now(self) -> float:
        days = (self.today - dt.date(2026, 11, 22)).days
        return self._start + (time.time() - self._t0) + days * 86400

    def clock(self) -> dict[str, Any]:
        return {"today": self.today.isoformat(), "today_label": self.today.strftime("%d/%m/%Y")}

    def routes(self) -> list[web.RouteDef]:
        """Served by the emulator next to its own (`BotApiEmulator.add_routes`)."""
        return [
            web.get("/_demo/people", self.people),
            web.get("/_demo/clock", self.get_clock),
            web.post("/_demo/advance", self.advance),
        ]

    async def people(self, request: web.Request) -> web.Response:
        return web.json_response({"people": PEOPLE, "bot": {"username": "dondoc_demo_bot", "first_name": "dondoc"}})

    async def get_clock(self, request: web.Request) -> web.Response:
        return web.json_response(self.clock())

    async def advance(self, request: web.Request) -> web.Response:
        days = int((await request.json()).get("days", 1))
        for _ in range(days):
            await asyncio.sleep(self.delay / days)
            self.today += dt.timedelta(days=1)
            left = (dt.date(2026, 11, 25) - self.today).days
            await self.bot.send_message(
                LEADER.id,
                f"⏰ <b>Nhắc việc</b> ngày {self.today:%d/%m/%Y}: việc 2 còn <b>{left} ngày</b> đến hạn.",
                parse_mode="HTML",
            )
        return web.json_response({**self.clock(), "messages": days})


# --- fixtures -----------------------------------------------------------------------------


async def running(app: Application) -> None:
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)


async def stopped(app: Application) -> None:
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


@pytest.fixture
async def browser(chromium_path: str) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        instance = await pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


@pytest.fixture
async def demo_emulator() -> AsyncIterator[BotApiEmulator]:
    demo = FakeDemo()
    emu = BotApiEmulator(clock=demo.now)
    emu.add_routes(demo.routes())
    await emu.start()
    emu.add_chat(GROUP)
    app = build_bot(emu)
    demo.bot = app.bot
    await running(app)
    try:
        yield emu
    finally:
        await stopped(app)
        await emu.stop()


@pytest.fixture
async def bare_emulator() -> AsyncIterator[BotApiEmulator]:
    emu = BotApiEmulator()
    await emu.start()
    app = build_bot(emu)
    await running(app)
    try:
        yield emu
    finally:
        await stopped(app)
        await emu.stop()


def console_errors(page: Any, allow_404: bool = False) -> list[str]:
    """Uncaught exceptions and console errors of the page (the bare emulator answers the page's
    /_demo/* probes with 404, which Chromium logs as a console error)."""
    errors: list[str] = []

    def on_console(msg: Any) -> None:
        if msg.type != "error":
            return
        if allow_404 and "status of 404" in msg.text:
            return
        errors.append(msg.text)

    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", on_console)
    return errors


# --- tests --------------------------------------------------------------------------------


async def test_chat_page_full_flow(demo_emulator: BotApiEmulator, browser: Any) -> None:
    from playwright.async_api import expect

    emu = demo_emulator
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    page = await browser.new_page(viewport={"width": 1280, "height": 860}, locale="vi-VN")
    errors = console_errors(page)
    await page.goto(emu.base_url + "/")
    await expect(page.locator("body[data-ready=true]")).to_have_count(1)

    # People from /_demo/people, with role labels; the clock from /_demo/clock.
    await expect(page.locator("[data-person-id]")).to_have_count(len(PEOPLE))
    leader = page.locator('[data-person-id="leader_nong_dan"]')
    await expect(leader).to_contain_text("Trần Văn Bình")
    await expect(leader).to_contain_text("Chủ tịch Hội Nông dân xã")
    await expect(page.locator("#clock-today")).to_have_text("22/11/2026")
    await expect(page.locator("#welcome")).to_be_visible()
    await page.screenshot(path=str(ARTIFACTS_DIR / "chat_page_welcome.png"))

    # Picking a person opens their private chat and lists their chats.
    await leader.click()
    await expect(leader).to_have_attribute("aria-selected", "true")
    await expect(page.locator("#chats [data-chat-id]")).to_have_count(2)
    await expect(page.locator("#chat-title")).to_have_text("dondoc (riêng)")

    # A command chip fills the composer; Enter sends it as the leader.
    await page.locator('.command-chip[data-command="/tasks"]').click()
    await expect(page.locator("#composer-input")).to_have_value("/tasks")
    await page.locator("#composer-input").press("Enter")
    await expect(page.locator("#composer-input")).to_have_value("")
    mine = page.locator('.message[data-from="me"]')
    await expect(mine).to_have_count(1)
    await expect(mine).to_contain_text("/tasks")

    reply = page.locator('.message[data-from="bot"]').last
    await expect(reply).to_contain_text("Việc của bạn")
    # Telegram HTML rendered as elements; the bot's escaped markup stays text.
    await expect(reply.locator(".text b").first).to_have_text("Việc của bạn")
    await expect(reply.locator(".text i")).to_have_text("tình hình sản xuất")
    await expect(reply.locator(".text u")).to_have_text("25/11/2026")
    await expect(reply.locator(".text code")).to_have_text("/done 1")
    await reply.locator(".text code").click()  # a command shown as code fills the composer
    await expect(page.locator("#composer-input")).to_have_value("/done ")
    await page.locator("#composer-input").fill("")
    link = reply.locator(".text a", has_text="Thông báo kết luận 15")
    await expect(link).to_have_attribute("href", "https://example.org/kl-15")
    await expect(reply).to_contain_text("<script>alert('x')</script>")
    assert await page.locator(".messages script, .messages img[src=x]").count() == 0
    await expect(reply.locator(".meta .time")).to_have_text(re.compile(r"^\d\d:\d\d$"))

    # Pressing an inline button: the callback answer shows as a toast, the message is edited in place.
    message_id = await reply.get_attribute("data-message-id")
    count_before = await page.locator(".message").count()
    await reply.locator('.inline-keyboard button[data-callback="done:1"]').click()
    await expect(page.locator(".toast", has_text="Đã ghi nhận: việc 1 hoàn thành")).to_be_visible()
    edited = page.locator(f'.message[data-message-id="{message_id}"]')
    await expect(edited).to_contain_text("✅ đã xong")
    await expect(edited).to_have_attribute("data-edited", "true")
    await expect(edited.locator(".text s")).to_have_text("Báo cáo tình hình sản xuất")
    await expect(edited.locator(".inline-keyboard button[data-callback]")).to_have_count(1)
    await expect(edited.locator(".meta")).to_contain_text("đã sửa")
    assert await page.locator(".message").count() == count_before

    # Upload: the user's file shows as a chip; the bot's document as a download link.
    await page.locator("#composer-file").set_input_files(
        files=[{"name": "kết luận 15.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 demo"}]
    )
    chip = page.locator('.message[data-from="me"] .file-chip')
    await expect(chip).to_contain_text("kết luận 15.pdf")
    await expect(page.locator('.message[data-from="bot"]', has_text="Đã nhận tệp")).to_contain_text("13 byte")
    download = page.locator('.message[data-from="bot"] a.file-download')
    await expect(download).to_contain_text("bao_cao_tuan.xlsx")
    await expect(download.locator("xpath=ancestor::div[contains(@class,'bubble')]")).to_contain_text("Báo cáo tuần 47")
    href = await download.get_attribute("href")
    assert href and href.startswith("/_emulator/files/")
    response = await page.request.get(emu.base_url + href)
    assert await response.body() == REPORT_BYTES

    # The group chat: the leader writes there; the echo names the chat type.
    await page.locator(f'#chats [data-chat-id="{GROUP.id}"]').click()
    await expect(page.locator("#chat-title")).to_have_text(GROUP.title)
    await page.locator("#composer-input").fill("Chào cả nhóm")
    await page.locator("#composer-send").click()
    await expect(page.locator('.message[data-from="bot"]', has_text="Echo (group): Chào cả nhóm")).to_be_visible()
    await emu.send_text(SECRETARY, GROUP, "Đề nghị các đồng chí báo cáo trước thứ Sáu.")
    await expect(page.locator('.message[data-from="user"]')).to_contain_text("Nguyễn Văn An")
    await page.screenshot(path=str(ARTIFACTS_DIR / "chat_page_group.png"))

    # Advancing the clock: spinner while it runs, the new date after, and an unread badge on the
    # private chat where the reminder arrived.
    await page.locator("#advance-day").click()
    await expect(page.locator("#advance-day.busy .spinner")).to_be_visible()
    await expect(page.locator("#advance-day")).to_be_disabled()
    await expect(page.locator("#clock-today")).to_have_text("23/11/2026")
    await expect(page.locator("#advance-day")).to_be_enabled()
    await expect(page.locator(".toast", has_text="Đã sang ngày 23/11/2026")).to_be_visible()
    badge = page.locator(f'#chats [data-chat-id="{LEADER.id}"] .unread-badge')
    await expect(badge).to_have_text("1")
    await expect(leader.locator(".badge")).to_have_text("1")
    await page.locator(f'#chats [data-chat-id="{LEADER.id}"]').click()
    await expect(badge).to_have_count(0)
    await expect(page.locator(".message", has_text="Nhắc việc").last).to_contain_text("còn 2 ngày")

    # Another person sees only their own chats.
    await page.locator('[data-person-id="monitor"]').click()
    await expect(page.locator("#chats [data-chat-id]")).to_have_count(1)
    await expect(page.locator("#chat-title")).to_have_text("dondoc (riêng)")
    await expect(page.locator(".message")).to_have_count(0)
    await page.locator('[data-person-id="leader_nong_dan"]').click()
    await expect(page.locator(".message", has_text="Nhắc việc")).to_have_count(1)

    await page.wait_for_timeout(3000)  # let toasts fade before the screenshot
    await page.screenshot(path=str(ARTIFACTS_DIR / "chat_page.png"))

    # Phone width: one column; the chat has a back button to the list.
    phone = await browser.new_page(viewport={"width": 390, "height": 800}, device_scale_factor=2, locale="vi-VN")
    await phone.goto(emu.base_url + "/")
    await phone.locator('[data-person-id="leader_nong_dan"]').click()
    await expect(phone.locator("#chats [data-chat-id]")).to_have_count(2)  # the list stays, with their chats
    await phone.screenshot(path=str(ARTIFACTS_DIR / "chat_page_phone_list.png"))
    await phone.locator(f'#chats [data-chat-id="{LEADER.id}"]').click()
    await expect(phone.locator("#composer-input")).to_be_visible()
    await expect(phone.locator(".sidebar")).to_be_hidden()
    await phone.screenshot(path=str(ARTIFACTS_DIR / "chat_page_phone.png"))
    await phone.locator("#back-button").click()
    await expect(phone.locator("[data-person-id]").first).to_be_visible()
    await phone.close()

    assert not errors, errors


async def test_chat_page_on_bare_emulator(bare_emulator: BotApiEmulator, browser: Any) -> None:
    """Without /_demo/* the page builds its people from /_emulator/info and hides the clock."""
    from playwright.async_api import expect

    emu = bare_emulator
    emu.add_user(LEADER)
    emu.add_user(MONITOR)
    emu.add_chat(GROUP)
    await emu.send_text(MONITOR, None, "xin chào")  # history that exists before the page opens
    await emu.wait_for_message(MONITOR.id)

    page = await browser.new_page(viewport={"width": 1024, "height": 720})
    errors = console_errors(page, allow_404=True)
    await page.goto(emu.base_url + "/")
    await expect(page.locator("body[data-ready=true]")).to_have_count(1)
    await expect(page.locator("[data-person-id]")).to_have_count(2)
    await expect(page.locator("#clock")).to_be_hidden()

    await page.locator(f'[data-person-id="user-{MONITOR.id}"]').click()
    await expect(page.locator("#chats [data-chat-id]")).to_have_count(2)
    await expect(page.locator(".message")).to_have_count(2)
    await expect(page.locator('.message[data-from="bot"]')).to_contain_text("Echo (private): xin chào")

    await page.locator("#composer-input").fill("/tasks")
    await page.locator("#composer-input").press("Enter")
    await expect(page.locator('.message[data-from="bot"] .inline-keyboard button[data-callback]')).to_have_count(3)

    # An answer with show_alert opens a dialog instead of a toast.
    await page.locator('.inline-keyboard button[data-callback="ext:1"]').click()
    await expect(page.locator("#alert")).to_be_visible()
    await expect(page.locator("#alert-text")).to_contain_text("đã được gia hạn một lần")
    await page.locator("#alert-ok").click()
    await expect(page.locator("#alert")).to_be_hidden()

    # A message from the bot elsewhere raises that chat's unread badge.
    await emu.send_text(LEADER, GROUP, "hỏi nhóm")
    await expect(page.locator(f'#chats [data-chat-id="{GROUP.id}"] .unread-badge')).to_have_text("2")
    assert not errors, errors
