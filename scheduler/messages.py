"""Every Vietnamese text the scheduler composes. Pure render functions; HTML parse mode, user
content escaped. Texts stay under Telegram's 4096 characters: long lists end with
"… và N nhiệm vụ khác" (one message per recipient per day is the rule, so we truncate, not split)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from scheduler.policy import BEFORE, DUE_TODAY, LAST_WORKING_DAY, OVERDUE, Item, Reminder

MAX_LENGTH = 4096
CONTENT_PREVIEW = 160
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
RECURRENCE_LABELS = {
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "half_yearly": "6 tháng",
    "yearly": "hằng năm",
}
KIND_LABELS = {
    "reminder": "nhắc việc",
    "overdue_digest": "tổng hợp quá hạn",
    "weekly_digest": "tổng hợp tuần",
    "new_tasks": "giao nhiệm vụ mới",
    "chat_blocked": "báo chặn bot",
    "delivery_failed": "báo lỗi gửi tin",
}
MARKS = {OVERDUE: "🔴", DUE_TODAY: "🟠", LAST_WORKING_DAY: "🟠", BEFORE: "🟡"}


def fmt_date(day: date) -> str:
    """dd/mm/yyyy, as officials write dates."""
    return day.strftime("%d/%m/%Y")


def countdown(days_left: int) -> str:
    """"còn N ngày", "đến hạn hôm nay" or "quá hạn N ngày"."""
    if days_left > 0:
        return f"còn {days_left} ngày"
    if days_left == 0:
        return "đến hạn hôm nay"
    return f"quá hạn {-days_left} ngày"


def shorten(text: str, limit: int = CONTENT_PREVIEW) -> str:
    """One line of at most `limit` characters (before escaping)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def fit(head: str, blocks: Sequence[str], tail: str = "", noun: str = "nhiệm vụ") -> str:
    """Join head, as many blocks as fit under Telegram's limit, a "… và N khác" line, and tail."""
    budget = MAX_LENGTH - len(head) - len(tail) - 80
    kept: list[str] = []
    used = 0
    for block in blocks:
        if used + len(block) + 1 > budget:
            break
        kept.append(block)
        used += len(block) + 1
    parts = [head, *kept]
    if len(kept) < len(blocks):
        parts.append(f"… và {len(blocks) - len(kept)} {noun} khác.")
    if tail:
        parts.append(tail)
    return "\n".join(parts)


def item_label(item: Item) -> str:
    """"<b>#12</b> (mục 2) content…", with the period of a recurring task."""
    ref = f" (mục {escape(item.ref)})" if item.ref else ""
    period = ""
    if item.recurrence and item.period_start:
        period = f" — kỳ {RECURRENCE_LABELS.get(item.recurrence, escape(item.recurrence))} từ {fmt_date(item.period_start)}"
    return f"<b>#{item.number}</b>{ref} {escape(shorten(item.content))}{period}"


def deadline_label(item: Item) -> str:
    """The deadline as the notice states it: "trước ngày 15/03/2025" or "15/03/2025"."""
    if item.due is None:
        return "không thời hạn (thường xuyên)"
    return f"trước ngày {fmt_date(item.due)}" if item.strict_before else fmt_date(item.due)


def reminder_block(reminder: Reminder) -> str:
    """Two short lines for one item of a unit's daily reminder."""
    line = f"Hạn: {deadline_label(reminder.item)} — <b>{countdown(reminder.days_left)}</b>"
    if reminder.kind == LAST_WORKING_DAY:
        line += f" (hạn rơi vào {WEEKDAYS[reminder.due.weekday()]}, ngày nghỉ; hôm nay là ngày làm việc cuối cùng trước hạn)"
    return f"{MARKS.get(reminder.kind, '•')} {item_label(reminder.item)}\n    {line}"


def unit_reminder_text(unit_name: str, reminders: Sequence[Reminder], today: date) -> str:
    """The one daily message to a unit, grouping all its items, most urgent first."""
    ordered = sorted(reminders, key=lambda r: r.urgency)
    late = sum(1 for r in ordered if r.kind == OVERDUE)
    head = f"⏰ <b>Nhắc việc ngày {fmt_date(today)}</b>\n{escape(unit_name)}: {len(ordered)} nhiệm vụ cần chú ý"
    head += f", trong đó {late} quá hạn.\n" if late else ".\n"
    tail = "\nBáo hoàn thành: /done &lt;số nhiệm vụ&gt; · Xem tất cả: /tasks"
    return fit(head, [reminder_block(r) for r in ordered], tail)


@dataclass(frozen=True)
class OverdueLine:
    """One overdue item in the monitoring board's daily digest."""

    unit_name: str
    item: Item
    days_late: int


def overdue_digest_text(org_name: str, today: date, lines: Sequence[OverdueLine], unreachable: Sequence[str]) -> str:
    """The monitoring board's daily digest of what went overdue or is still overdue, by unit."""
    fresh = sum(1 for line in lines if line.days_late == 1)
    head = f"📋 <b>Tổng hợp quá hạn ngày {fmt_date(today)}</b>\n{escape(org_name)}: {len(lines)} nhiệm vụ quá hạn chưa hoàn thành"
    head += f" ({fresh} mới quá hạn hôm nay).\n" if fresh else ".\n"
    blocks: list[str] = []
    current: str | None = None
    for line in sorted(lines, key=lambda x: (x.unit_name, -x.days_late, x.item.number)):
        if line.unit_name != current:
            current = line.unit_name
            count = sum(1 for x in lines if x.unit_name == current)
            blocks.append(f"\n<b>{escape(current)}</b> ({count})")
        new = " 🆕" if line.days_late == 1 else ""
        blocks.append(f"• {item_label(line.item)} — hạn {deadline_label(line.item)}, quá hạn {line.days_late} ngày{new}")
    return fit(head, blocks, unreachable_note(unreachable))


def unreachable_note(unreachable: Sequence[str]) -> str:
    """Names the units nobody at which can receive messages (empty when all are reachable)."""
    if not unreachable:
        return ""
    names = ", ".join(escape(n) for n in sorted(unreachable))
    return f"\n⚠️ Chưa có ai nhận được tin nhắc việc (chưa đăng ký hoặc đã chặn bot): {names}."


@dataclass(frozen=True)
class UnitWeek:
    """One unit's line in the weekly digest."""

    unit_name: str
    open: int = 0
    due_this_week: int = 0
    overdue: int = 0
    done_on_time: int = 0
    done_late: int = 0
    no_deadline: int = 0


def weekly_digest_text(
    org_name: str, week_start: date, week_end: date, units: Sequence[UnitWeek], unreachable: Sequence[str]
) -> str:
    """The Monday digest for the monitoring board: per unit, open/due this week/overdue/done."""
    head = f"🗓 <b>Tổng hợp tuần {fmt_date(week_start)} – {fmt_date(week_end)}</b>\n{escape(org_name)}\n"
    blocks = [
        f"<b>{escape(u.unit_name)}</b>: đang thực hiện {u.open} · đến hạn trong tuần {u.due_this_week} · "
        f"quá hạn {u.overdue} · hoàn thành đúng hạn {u.done_on_time} · hoàn thành quá hạn {u.done_late} · "
        f"thường xuyên {u.no_deadline}"
        for u in units
    ]
    total = UnitWeek(
        "Tổng", *(sum(getattr(u, f) for u in units) for f in ("open", "due_this_week", "overdue", "done_on_time", "done_late", "no_deadline"))
    )
    tail = (
        f"\n<b>Tổng cộng</b>: đang thực hiện {total.open}, quá hạn {total.overdue}, "
        f"hoàn thành đúng hạn {total.done_on_time}, hoàn thành quá hạn {total.done_late}."
        + unreachable_note(unreachable)
    )
    if not blocks:
        blocks = ["Chưa có nhiệm vụ nào."]
    return fit(head, blocks, tail, noun="đơn vị")


def new_tasks_text(unit_name: str, items: Sequence[Item], source: str | None = None) -> str:
    """The notice a unit gets when it is assigned new tasks."""
    origin = f" theo {escape(source)}" if source else ""
    head = f"📌 <b>Nhiệm vụ mới</b>{origin}\n{escape(unit_name)} được giao {len(items)} nhiệm vụ:\n"
    blocks = [f"• {item_label(i)}\n    Hạn: {deadline_label(i)}" for i in sorted(items, key=lambda i: i.number)]
    return fit(head, blocks, "\nBáo hoàn thành: /done &lt;số nhiệm vụ&gt; · Xem tất cả: /tasks")


def chat_label(title: str, kind: str, unit_name: str | None) -> str:
    """How the board sees a chat: "nhóm “…”" or "tin nhắn riêng của …"."""
    where = f"nhóm “{escape(title)}”" if kind != "private" else f"tin nhắn riêng của {escape(title) if title else 'một thành viên'}"
    return f"{where} ({escape(unit_name)})" if unit_name else where


def chat_blocked_text(label: str, reason: str, today: date) -> str:
    """Tell the board that a chat blocked or removed the bot, so nobody there gets reminders."""
    return (
        f"🚫 <b>Không gửi được tin</b> ngày {fmt_date(today)}\n"
        f"Bot đã bị chặn hoặc bị xóa khỏi {label}, nên nơi này sẽ không nhận nhắc việc nữa.\n"
        f"Lý do từ Telegram: {escape(shorten(reason, 200))}\n"
        "Đề nghị liên hệ để mở lại bot hoặc đăng ký lại bằng mã mời mới."
    )


def delivery_failed_text(label: str, kind: str, for_date: date, error: str, attempts: int) -> str:
    """Tell the board that one message could not be delivered after retrying."""
    return (
        f"⚠️ <b>Gửi tin thất bại</b>\n"
        f"Tin {KIND_LABELS.get(kind, escape(kind))} ngày {fmt_date(for_date)} tới {label} "
        f"không gửi được sau {attempts} lần thử.\n"
        f"Lỗi: {escape(shorten(error, 200))}"
    )
