"""`dondoc demo --script`: a scripted tour without the page. Prints, day by day, every message each
person receives, while the cast does what officials do: look at their tasks, report one done with
a note, ask for an extension that the Ban Xây dựng Đảng approves, and let other deadlines slip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlmodel import Session, select

from bot.demo.people import CAST, GROUP_CHAT_ID, GROUP_TITLE, DemoPerson, person
from bot.demo.world import REPLY_TIMEOUT, Delivered, DemoWorld, button_data
from storage.models import Task, Unit

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

Printer = Callable[[str], None]


def day_heading(day: date) -> str:
    """"Thứ Năm, 08/01/2026"."""
    return f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}"


def recipient_label(chat_id: int, platform: str = "telegram") -> str:
    """Who reads a chat: a person (private chat; "Zalo, " before the role on Zalo) or the unit's group."""
    if chat_id == GROUP_CHAT_ID:
        return GROUP_TITLE
    for p in CAST:
        if p.user_id == chat_id:
            return f"{p.name} (Zalo, {p.role_label})" if platform == "zalo" else f"{p.name} ({p.role_label})"
    return f"chat {chat_id}"


def render(delivered: list[Delivered], echo: Printer) -> None:
    """Print deliveries as a readable transcript."""
    for d in delivered:
        mark = "✎ sửa tin" if d.edited else "→"
        echo(f"  {mark} {recipient_label(d.chat_id, d.platform)}:")
        for line in d.text.splitlines() or [""]:
            echo(f"      {line}")
        if d.buttons:
            echo("      " + " ".join(f"[{b}]" for b in d.buttons))


def _task_number(world: DemoWorld, unit_key: str, due: date) -> int:
    with Session(world.engine) as session:
        task = session.exec(
            select(Task).join(Unit, Unit.id == Task.unit_id).where(  # type: ignore[arg-type]
                Task.org_id == world.org_id, Unit.key == unit_key, Task.due == due
            )
        ).first()
    if task is None:
        raise LookupError(f"no task of {unit_key} due {due}")
    return task.number


async def _say(world: DemoWorld, who: DemoPerson, text: str, echo: Printer) -> None:
    echo(f"  ✉ {who.name} gõ: {text}")
    await world.emulator.send_text(who.user, who.private_chat, text)
    await world.emulator.wait_for_message(who.user_id, timeout=REPLY_TIMEOUT)
    await world.settle()


async def _zalo_say(world: DemoWorld, who: DemoPerson, text: str, echo: Printer) -> None:
    echo(f"  ✉ {who.name} gõ trên Zalo: {text}")
    before = len(world.zalo_emulator.texts(who.zalo_id))
    await world.zalo_says(who, text)
    await world.wait_for_zalo(who, before)
    await world.settle()


async def _zalo_leader_reports_done(world: DemoWorld, echo: Printer) -> None:
    """The Hội Cựu chiến binh's leader, on Zalo, lists the tasks and closes one with a note, by text."""
    dung = next(p for p in CAST if p.on_zalo)
    await _zalo_say(world, dung, "viec", echo)
    render(world.new_deliveries(), echo)
    number = _task_number(world, dung.unit_key or "", date(2026, 3, 31))  # "củng cố các chi hội yếu"
    await _zalo_say(world, dung, f"xong {number} đã họp chi hội, 35 hội viên tham gia", echo)
    render(world.new_deliveries(), echo)


async def _leader_reports_done(world: DemoWorld, echo: Printer) -> None:
    binh = person("leader_nong_dan")
    await _say(world, binh, "/tasks", echo)
    render(world.new_deliveries(), echo)
    listing = world.emulator.last_message(binh.user_id)
    assert listing is not None
    echo(f"  👆 {binh.name} bấm ✅ ở nhiệm vụ đầu danh sách")
    await world.emulator.press_button(binh.user, binh.private_chat, listing.message_id, button_data(listing, "✅"))
    await world.emulator.wait_for_message(binh.user_id, timeout=REPLY_TIMEOUT)
    render(world.new_deliveries(), echo)
    await _say(world, binh, "Đã hướng dẫn 42 hội viên đăng ký, danh sách gửi Ban Xây dựng Đảng.", echo)
    render(world.new_deliveries(), echo)


async def _extension_is_approved(world: DemoWorld, echo: Printer) -> None:
    lan, minh = person("leader_mttq"), person("monitor")
    number = _task_number(world, "mttq", date(2026, 1, 15))
    await _say(world, lan, f"/giahan {number} 31/01/2026 chờ UBND xã cho ý kiến về nguồn quỹ", echo)
    render(world.new_deliveries(), echo)
    request = world.emulator.last_message(minh.user_id)
    assert request is not None
    echo(f"  👆 {minh.name} bấm ✔ Duyệt")
    await world.emulator.press_button(minh.user, minh.private_chat, request.message_id, button_data(request, "Duyệt"))
    await world.emulator.wait_for_message(minh.user_id, timeout=REPLY_TIMEOUT)
    await world.settle()
    render(world.new_deliveries(), echo)


async def _board_corrects_a_deadline(world: DemoWorld, echo: Printer) -> None:
    """The board corrects a saved task (/sua): the change is audited and the unit is told."""
    minh = person("monitor")
    with Session(world.engine) as session:
        task = session.exec(
            select(Task).join(Unit, Unit.id == Task.unit_id).where(  # type: ignore[arg-type]
                Task.org_id == world.org_id, Unit.key == "cuu_chien_binh", Task.due != None  # noqa: E711
            ).order_by(Task.number)  # type: ignore[arg-type]
        ).first()
    if task is None or task.due is None:
        return
    new_due = task.due + timedelta(days=14)
    await _say(world, minh, f"/sua {task.number} han {new_due:%d/%m/%Y}", echo)
    render(world.new_deliveries(), echo)


async def run_tour(world: DemoWorld, days: int, echo: Printer = print) -> None:
    """Set the demo up, play the scripted actions and advance `days` days, printing everything."""
    echo(f"dondoc demo — {day_heading(world.today())}: thiết lập tổ chức, mời từng người, nhập thông báo mẫu")
    await world.ensure_setup()
    render(world.new_deliveries(), echo)

    echo(f"\n=== {day_heading(world.today())}: lãnh đạo đơn vị xem và báo cáo nhiệm vụ ===")
    await _leader_reports_done(world, echo)
    echo(f"\n=== {day_heading(world.today())}: Hội Cựu chiến binh báo cáo trên Zalo ===")
    await _zalo_leader_reports_done(world, echo)
    echo(f"\n=== {day_heading(world.today())}: MTTQ xin gia hạn, Ban Xây dựng Đảng duyệt ===")
    await _extension_is_approved(world, echo)
    echo(f"\n=== {day_heading(world.today())}: Ban Xây dựng Đảng sửa hạn một nhiệm vụ đã giao ===")
    await _board_corrects_a_deadline(world, echo)

    for _ in range(days):
        day = await world.advance(1)
        echo(f"\n=== {day_heading(day)} — kiểm tra hạn lúc 07:30 ===")
        delivered = world.new_deliveries()
        render(delivered, echo) if delivered else echo("  (không có tin nhắn)")
        if day.weekday() == 4:  # Friday: the board looks at the report
            minh = person("monitor")
            await _say(world, minh, "/report", echo)
            render(world.new_deliveries(), echo)
    echo("\nKết thúc chuyến tham quan. Chạy `dondoc demo` để tự trải nghiệm trên trang chat.")
