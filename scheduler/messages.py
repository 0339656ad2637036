"""Every Vietnamese text the scheduler composes. Pure render functions; HTML parse mode, user
content escaped. Texts stay under Telegram's 4096 characters: long lists end with
"… và N nhiệm vụ khác" (one message per recipient per day is the rule, so we truncate, not split)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from scheduler.policy import (
    BEFORE,
    DUE_TODAY,
    LAST_WORKING_DAY,
    OVERDUE,
    STILL_OVERDUE,
    Item,
    Reminder,
)

MAX_LENGTH = 4096
CONTENT_PREVIEW = 160
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
RECURRENCE_LABELS = {
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "half_yearly": "6 tháng một lần",
    "yearly": "hằng năm",
}
ROMAN_QUARTERS = ("I", "II", "III", "IV")
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


def length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units; an emoji counts two). Counting the HTML tags
    too, which Telegram strips before counting, keeps us on the safe side."""
    return len(text.encode("utf-16-le")) // 2


def fit(head: str, blocks: Sequence[str], tail: str = "", noun: str = "nhiệm vụ", counted: Sequence[bool] | None = None) -> str:
    """Join head, as many blocks as fit under Telegram's limit, a "… và N khác" line, and tail.
    `counted` tells which blocks are the things N counts (default: all; not the headings)."""
    budget = MAX_LENGTH - length(head) - length(tail) - 80
    kept: list[str] = []
    used = 0
    for block in blocks:
        if used + length(block) + 1 > budget:
            break
        kept.append(block)
        used += length(block) + 1
    if kept and counted is not None and not counted[len(kept) - 1]:
        kept.pop()  # a heading with none of its lines after it
    parts = [head, *kept]
    if len(kept) < len(blocks):
        flags = counted if counted is not None else [True] * len(blocks)
        left = sum(1 for flag in flags[len(kept):] if flag)
        parts.append(f"… và {left} {noun} khác.")
    if tail:
        parts.append(tail)
    return "\n".join(parts)


def period_label(recurrence: str, start: date, end: date | None = None) -> str:
    """How officials name a period: "tháng 03/2025", "quý I/2025", "6 tháng đầu năm 2025",
    "năm 2025", "tuần 10/03 – 16/03/2025"."""
    if recurrence == "monthly":
        return f"tháng {start:%m/%Y}"
    if recurrence == "quarterly":
        return f"quý {ROMAN_QUARTERS[(start.month - 1) // 3]}/{start.year}"
    if recurrence == "half_yearly":
        return f"6 tháng {'đầu' if start.month <= 6 else 'cuối'} năm {start.year}"
    if recurrence == "yearly":
        return f"năm {start.year}"
    if recurrence == "weekly" and end is not None:
        return f"tuần {start:%d/%m} – {fmt_date(end)}"
    return f"kỳ từ {fmt_date(start)}"


def item_label(item: Item) -> str:
    """"<b>#12</b> (mục 2) content…", with the period of a recurring task ("— kỳ tháng 03/2025")."""
    ref = f" (mục {escape(item.ref)})" if item.ref else ""
    period = ""
    if item.recurrence and item.period_start:
        period = f" — kỳ {period_label(item.recurrence, item.period_start, item.due)}"
    return f"<b>#{item.number}</b>{ref} {escape(shorten(item.content))}{period}"


NO_DEADLINE = "thường xuyên"


def render_deadline(due: date | None, strict_before: bool = False, recurrence: str | None = None) -> str:
    """A deadline in the one wording every text uses (plain text, nothing to escape): "trước
    15/01/2026" (to be done before that day), "15/01/2026", "hằng tháng" (a recurring task: each
    period is due on its last day), "thường xuyên" (no deadline)."""
    if due is not None:
        return f"trước {fmt_date(due)}" if strict_before else fmt_date(due)
    if recurrence:
        return RECURRENCE_LABELS.get(recurrence, "định kỳ")
    return NO_DEADLINE


def deadline_label(item: Item) -> str:
    """An item's deadline (see `render_deadline`)."""
    return render_deadline(item.due, item.strict_before, item.recurrence)


def reminder_block(reminder: Reminder) -> str:
    """Two short lines for one item of a unit's daily reminder."""
    line = f"Hạn: {deadline_label(reminder.item)} — <b>{countdown(reminder.days_left)}</b>"
    if reminder.kind == LAST_WORKING_DAY:
        day = reminder.due
        off = f"{WEEKDAYS[day.weekday()]}, ngày nghỉ" if day.weekday() >= 5 else f"ngày nghỉ lễ ({WEEKDAYS[day.weekday()]})"
        line += f"\n    Hạn rơi vào {off}: hôm nay là ngày làm việc cuối cùng trước hạn."
    return f"{MARKS.get(reminder.kind, '•')} {item_label(reminder.item)}\n    {line}"


def still_overdue_line(reminder: Reminder) -> str:
    """One short line for an overdue item reminded in full on an earlier day."""
    item = reminder.item
    ref = f" (mục {escape(item.ref)})" if item.ref else ""
    period = f" — kỳ {period_label(item.recurrence, item.period_start, item.due)}" if item.recurrence and item.period_start else ""
    return f"🔴 <b>#{item.number}</b>{ref} {escape(shorten(item.content, 70))}{period} — {countdown(reminder.days_left)}"


def unit_reminder_text(unit_name: str, reminders: Sequence[Reminder], today: date) -> str:
    """The one daily message to a unit: everything it has to attend to, most urgent first — in full
    what is reminded today, then one short line for each overdue item reminded on an earlier day."""
    ordered = sorted(reminders, key=lambda r: r.urgency)
    full = [r for r in ordered if r.kind != STILL_OVERDUE]
    short = [r for r in ordered if r.kind == STILL_OVERDUE]
    late = sum(1 for r in ordered if r.kind in (OVERDUE, STILL_OVERDUE))
    head = f"⏰ <b>Nhắc việc ngày {fmt_date(today)}</b>\n{escape(unit_name)}: {len(ordered)} nhiệm vụ cần chú ý"
    head += f", trong đó {late} quá hạn.\n" if late else ".\n"
    blocks = [reminder_block(r) for r in full]
    counted = [True] * len(blocks)
    if short:
        blocks.append(f"{chr(10) if full else ''}<i>Vẫn còn quá hạn (đã nhắc những ngày trước):</i>")
        counted.append(False)
        blocks += [still_overdue_line(r) for r in short]
        counted += [True] * len(short)
    tail = "\nBáo hoàn thành: /done &lt;số nhiệm vụ&gt; · Xem tất cả: /tasks"
    return fit(head, blocks, tail, counted=counted)


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
    counted: list[bool] = []
    current: str | None = None
    for line in sorted(lines, key=lambda x: (x.unit_name, -x.days_late, x.item.number)):
        if line.unit_name != current:
            current = line.unit_name
            count = sum(1 for x in lines if x.unit_name == current)
            gap = "\n" if blocks else ""  # a blank line between units, not after the head
            blocks.append(f"{gap}<b>{escape(current)}</b> ({count})")
            counted.append(False)
        new = " 🆕" if line.days_late == 1 else ""
        blocks.append(f"• {item_label(line.item)} — hạn {deadline_label(line.item)}, quá hạn {line.days_late} ngày{new}")
        counted.append(True)
    return fit(head, blocks, unreachable_note(unreachable), counted=counted)


def unreachable_note(unreachable: Sequence[str]) -> str:
    """Names the units nobody at which can receive messages (empty when all are reachable)."""
    if not unreachable:
        return ""
    names = ", ".join(escape(n) for n in sorted(unreachable))
    return f"\n⚠️ Chưa có ai nhận được tin nhắc việc (chưa đăng ký hoặc đã chặn bot): {names}."


@dataclass(frozen=True)
class UnitWeek:
    """One unit's lines in the weekly digest: `open` is in progress and on time (of which
    `due_this_week`), `overdue` is open past its deadline, `no_deadline` the open "thường xuyên"
    tasks; `done_on_time` and `done_late` count what was finished during the past week."""

    unit_name: str
    open: int = 0
    due_this_week: int = 0
    overdue: int = 0
    done_on_time: int = 0
    done_late: int = 0
    no_deadline: int = 0


def _week_lines(u: UnitWeek) -> tuple[str, str]:
    now = f"đang thực hiện {u.open} (đến hạn trong tuần {u.due_this_week}) · quá hạn {u.overdue} · thường xuyên {u.no_deadline}"
    past = f"tuần qua: hoàn thành đúng hạn {u.done_on_time}, hoàn thành quá hạn {u.done_late}"
    return now, past


def weekly_digest_text(
    org_name: str, week_start: date, week_end: date, units: Sequence[UnitWeek], unreachable: Sequence[str]
) -> str:
    """The Monday digest for the monitoring board: per unit, where things stand this morning and
    what was finished during the past week (the seven days before `week_start`)."""
    past_start, past_end = week_start - timedelta(days=7), week_start - timedelta(days=1)
    head = (
        f"🗓 <b>Tổng hợp tuần {fmt_date(week_start)} – {fmt_date(week_end)}</b>\n{escape(org_name)}\n"
        f"<i>Số nhiệm vụ đến sáng nay; “tuần qua” là từ {fmt_date(past_start)} đến {fmt_date(past_end)}.</i>\n"
    )
    blocks = []
    for u in units:
        now, past = _week_lines(u)
        gap = "\n" if blocks else ""
        blocks.append(f"{gap}<b>{escape(u.unit_name)}</b>\n    {now[0].upper() + now[1:]}\n    {past[0].upper() + past[1:]}")
    total = UnitWeek(
        "Tổng", *(sum(getattr(u, f) for u in units) for f in ("open", "due_this_week", "overdue", "done_on_time", "done_late", "no_deadline"))
    )
    now, past = _week_lines(total)
    tail = f"\n<b>Tổng cộng</b>: {now}; {past}." + unreachable_note(unreachable)
    if not blocks:
        blocks = ["Không có nhiệm vụ nào đang thực hiện và tuần qua không có nhiệm vụ nào hoàn thành."]
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
        f"Lý do: {escape(shorten(reason, 200))}\n"
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
