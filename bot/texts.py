"""Every text the bot shows, in Vietnamese, in one place to review and change.

Constants for fixed texts, small pure functions for texts with data. Anything a user or a
document wrote is escaped with `esc` (the bot sends HTML). Dates are dd/mm/yyyy, times are the
organization's local time.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from scheduler.messages import period_label, render_deadline
from storage.models import Conclusion, ExtensionRequest, Occurrence, Task, TaskEvent
from storage.status import (
    DONE_LATE,
    DONE_ON_TIME,
    STATE_LABELS,
    occurrence_state,
    task_due,
    task_state,
)

MAX_TEXT = 4000  # Telegram allows 4096 characters; keep a margin for entities
#: How much of a user's note a message quotes: escaping may make it five times longer ("&" → "&amp;").
NOTE_SHOWN = 600

# --- helpers ------------------------------------------------------------------------------


def esc(value: object) -> str:
    """User or document content made safe for HTML."""
    return html.escape(str(value), quote=False)


def fmt_date(day: date | None) -> str:
    """dd/mm/yyyy, or a dash."""
    return day.strftime("%d/%m/%Y") if day else "—"


def fmt_time(moment: datetime | None, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """dd/mm/yyyy HH:MM in the organization's time zone."""
    return moment.astimezone(ZoneInfo(tz)).strftime("%d/%m/%Y %H:%M") if moment else "—"


def clip(text: str, limit: int) -> str:
    """Shorten to `limit` characters with an ellipsis (on plain text, before escaping)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit(text: str, limit: int = MAX_TEXT) -> str:
    """Keep a message under the platform limit by cutting whole lines."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    while lines and len("\n".join(lines)) > limit - 2:
        lines.pop()
    return "\n".join(lines) + "\n…"


def fit_items(head: Sequence[str], items: Sequence[str], tail: Sequence[str] = (), noun: str = "nhiệm vụ",
              limit: int = MAX_TEXT) -> str:
    """Head, as many items as fit, "… và N <noun> khác", then the tail — under `limit` characters."""
    fixed = len("\n".join([*head, *tail])) + 60
    kept: list[str] = []
    used = fixed
    for item in items:
        if used + len(item) + 1 > limit:
            break
        kept.append(item)
        used += len(item) + 1
    more = [f"… và {len(items) - len(kept)} {noun} khác"] if len(kept) < len(items) else []
    return fit("\n".join([*head, *kept, *more, *tail]), limit)


def long_text(text: str, limit: int = 2500) -> str:
    """A long user text (task content, notes) cut to `limit` characters, keeping its line breaks."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


ROLE_NAMES = {
    "admin": "quản trị viên (văn phòng)",
    "monitor": "Ban theo dõi",
    "leader": "lãnh đạo đơn vị",
    "member": "thành viên đơn vị",
}

RECURRENCE_NAMES = {
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "half_yearly": "6 tháng một lần",
    "yearly": "hằng năm",
}

# --- errors and general -------------------------------------------------------------------

NOT_REGISTERED = (
    "Bạn chưa tham gia hệ thống theo dõi nhiệm vụ. Hãy xin văn phòng một mã mời, "
    "rồi gửi /start MÃ_MỜI (hoặc bấm vào đường liên kết mời)."
)
FOREIGN_CHAT = "Nhóm chat này thuộc một tổ chức khác; bạn không thao tác được ở đây."
APOLOGY = "Xin lỗi, hệ thống vừa gặp sự cố khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút."
#: While the database is unreachable: nothing of the request was saved, and it is worth retrying soon.
DATABASE_BUSY = "⏳ Hệ thống đang bận, chưa lưu được yêu cầu của bạn. Vui lòng thử lại sau ít phút."
STALE_BUTTON = "Nút này không còn hiệu lực. Gõ /tasks để xem danh sách mới."
SLOW_DOWN = "Bạn thao tác hơi nhanh. Vui lòng chờ vài giây rồi thử lại."
NOTHING_PENDING = "Không có thao tác nào đang chờ."
PENDING_CANCELLED = "Đã hủy thao tác đang chờ."
UNKNOWN_COMMAND = "Hệ thống chưa hiểu lệnh này. Gõ /help để xem các lệnh dùng được."
FREE_TEXT_HINT = (
    "Đây là trợ lý đôn đốc thực hiện nhiệm vụ. Gõ /tasks để xem nhiệm vụ của đơn vị, "
    "hoặc /help để xem hướng dẫn."
)
UNEXPECTED_FILE = (
    "Hệ thống chưa biết dùng tệp này vào việc gì. Nếu là minh chứng hoàn thành, hãy bấm ✅ ở nhiệm vụ "
    "trong /tasks rồi gửi lại tệp."
)
NUMBER_NEEDED = "Vui lòng ghi số nhiệm vụ, ví dụ: {usage}"

# --- onboarding ---------------------------------------------------------------------------

START_WITHOUT_CODE = (
    "Xin chào! Đây là trợ lý theo dõi, đôn đốc thực hiện thông báo kết luận.\n\n"
    "Để tham gia, bạn cần một <b>mã mời</b> do văn phòng cấp (mỗi mã dùng một lần). "
    "Khi có mã, bấm vào đường liên kết mời hoặc gửi: <code>/start MÃ_MỜI</code>"
)


def welcome_back(name: str, org: str, unit: str | None, role: str) -> str:
    """Greeting for a member who sends /start again."""
    where = f", {esc(unit)}" if unit else ""
    return (
        f"Chào {esc(name)}! Bạn đang tham gia <b>{esc(org)}</b>{where} với vai trò {ROLE_NAMES.get(role, role)}.\n"
        "Gõ /tasks để xem nhiệm vụ, /help để xem hướng dẫn."
    )


def name_line(name: str, choosing: bool, choices: int = 1) -> str:
    """Which name the bot uses for the person, and how to change it."""
    line = f"Hệ thống sẽ gọi bạn là <b>{esc(name)}</b> (trong danh sách, lời nhắc và báo cáo). "
    if not choosing:
        return line + "Muốn đổi, gõ <code>/ten Họ và tên</code>."
    pick = "chọn cách gọi bên dưới hoặc " if choices > 1 else ""
    return line + f"Nếu chưa đúng, {pick}gõ <code>/ten Họ và tên</code>, ví dụ: <code>/ten Nguyễn Văn An</code>."


def name_set(name: str) -> str:
    """After /ten or a name picked at /start."""
    return f"✅ Từ nay hệ thống gọi bạn là <b>{esc(name)}</b>. Muốn đổi lại, gõ <code>/ten Họ và tên</code>."


def name_current(name: str) -> str:
    """/ten without a name."""
    return (
        f"Hệ thống đang gọi bạn là <b>{esc(name)}</b>. Muốn đổi, gõ <code>/ten Họ và tên</code>, "
        "ví dụ: <code>/ten Nguyễn Văn An</code> (họ trước, tên sau)."
    )


NAME_INVALID = "Tên cần có chữ cái và dài không quá 100 ký tự, ví dụ: <code>/ten Nguyễn Văn An</code>."


def joined_private(name: str, org: str, unit: str | None, role: str, name_note: str = "") -> str:
    """Confirmation after redeeming an invite in a private chat (with `name_note`: which name the bot uses)."""
    where = f" — {esc(unit)}" if unit else ""
    duty = {
        "leader": "Bạn sẽ nhận nhiệm vụ mới và lời nhắc hạn của đơn vị; bấm ✅ khi hoàn thành.",
        "member": "Bạn sẽ nhận nhiệm vụ mới và lời nhắc hạn của đơn vị.",
        "monitor": "Bạn theo dõi mọi đơn vị, duyệt đề nghị gia hạn và nhận tổng hợp quá hạn.",
        "admin": "Bạn nhập thông báo kết luận (/import), giao việc (/giao) và theo dõi mọi đơn vị.",
    }.get(role, "")
    return (
        f"✅ Chào mừng {esc(name)} đã tham gia <b>{esc(org)}</b>{where}, "
        f"vai trò {ROLE_NAMES.get(role, role)}.\n{duty}\n\n" + (f"{name_note}\n\n" if name_note else "")
        + "Gõ /tasks để xem nhiệm vụ, /help để xem hướng dẫn."
    )


def joined_group(title: str, org: str, unit: str | None) -> str:
    """Confirmation after an invite is redeemed in a group chat."""
    target = f"của <b>{esc(unit)}</b>" if unit else f"của <b>{esc(org)}</b>"
    return (
        f"✅ Nhóm “{esc(title)}” đã được kết nối. Từ nay nhóm sẽ nhận nhiệm vụ mới và lời nhắc hạn {target}.\n"
        "Gõ /tasks để xem nhiệm vụ."
    )


# --- task lists ---------------------------------------------------------------------------

VIEW_TITLES = {
    "open": "chưa hoàn thành",
    "overdue": "quá hạn",
    "soon": "sắp đến hạn (7 ngày tới)",
    "done": "đã hoàn thành",
    "all": "tất cả",
}
FILTER_LABELS = {
    "open": "Chưa xong",
    "overdue": "Quá hạn",
    "soon": "Sắp đến hạn",
    "done": "Đã xong",
    "all": "Tất cả",
}
UNKNOWN_FILTER = "Bộ lọc chưa đúng. Dùng: <code>/tasks quahan</code>, <code>/tasks sapden</code>, <code>/tasks xong</code> hoặc <code>/tasks tatca</code>."


def unknown_unit(units: Sequence[str]) -> str:
    """The unit typed after a command is not one of the organization's."""
    return "Hệ thống không nhận ra đơn vị này. Các đơn vị: " + esc(", ".join(units)) + "."


BTN_PREV, BTN_NEXT = "◀ Trước", "Sau ▶"
BTN_SUMMARY = "📊 Tổng hợp các đơn vị"
BTN_ALL_OVERDUE = "🔴 Quá hạn (mọi đơn vị)"
BTN_ALL_OPEN = "📋 Mọi nhiệm vụ chưa xong"


def page_label(page: int, pages: int) -> str:
    """The page counter between ◀ and ▶."""
    return f"Trang {page + 1}/{pages}"


def filter_label(view: str, current: str) -> str:
    """A filter button, marked when it is the current filter."""
    return ("• " if view == current else "") + FILTER_LABELS[view]


def days_mark(due: date, today: date) -> str:
    """quá hạn N ngày, đến hạn hôm nay or còn N ngày, with its colour."""
    days = (due - today).days
    if days < 0:
        return f"🔴 quá hạn {-days} ngày"
    if days == 0:
        return "🟠 đến hạn hôm nay"
    return f"{'🟡' if days <= 7 else '🟢'} còn {days} ngày"


def task_mark(task: Task, today: date, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """The short status mark of a list line (quá hạn N ngày, còn N ngày, đến hạn hôm nay...)."""
    if task.status == "cancelled":
        return "✖ đã hủy"
    if task.recurrence in RECURRENCE_NAMES and task.status != "done":
        return f"🔁 {RECURRENCE_NAMES[task.recurrence]}"  # the period's own mark is `period_mark`
    if task.status == "done":
        late = task_state(task, today, tz) == DONE_LATE
        return f"{'☑️' if late else '✅'} {STATE_LABELS[DONE_LATE] if late else STATE_LABELS[DONE_ON_TIME]}"
    due = task_due(task)
    if due is None:
        return "🔁 thường xuyên"
    return days_mark(due, today)


def period_name(recurrence: str | None, start: date, due: date) -> str:
    """A period as officials name it ("tháng 03/2025", "quý I/2025"...), worded as the reminders word it."""
    if recurrence is None:
        return f"{fmt_date(start)}–{fmt_date(due)}"
    return period_label(recurrence, start, due)


def period_mark(period: Occurrence, today: date, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """The mark of a recurring task's shown period: còn N ngày, quá hạn N ngày, đã xong kỳ này."""
    state = occurrence_state(period, today, tz)
    if state == DONE_ON_TIME:
        return "✅ đã xong kỳ này"
    if state == DONE_LATE:
        return "☑️ đã xong kỳ này (quá hạn)"
    if state == "cancelled":
        return "✖ đã hủy"
    return days_mark(period.due, today)


def period_words(recurrence: str | None, period: Occurrence) -> str:
    """"hằng tháng, kỳ tháng 03/2025, hạn 31/03/2025"."""
    kind = RECURRENCE_NAMES.get(recurrence or "", "định kỳ")
    return f"{kind}, kỳ {period_name(recurrence, period.period_start, period.due)}, hạn {fmt_date(period.due)}"


def deadline_words(task: Task) -> str:
    """The deadline as a date: "hạn 15/03/2025" or "hạn trước 15/03/2025" (see `render_deadline`)."""
    if task.due is None:
        return ""
    return f"hạn {render_deadline(task.due, task.strict_before)}"


def deadline_or_kind(task: Task) -> str:
    """The deadline, "định kỳ hằng tháng" for a recurring task, or "thường xuyên"."""
    if task.recurrence in RECURRENCE_NAMES:
        return f"định kỳ {RECURRENCE_NAMES[task.recurrence or '']}"
    return deadline_words(task) or "thường xuyên"


def task_line(
    task: Task, today: date, unit_name: str | None = None, tz: str = "Asia/Ho_Chi_Minh", period: Occurrence | None = None
) -> str:
    """One task in a list: number, mark, deadline (or the current period), clause ref, (unit), content."""
    if period is not None:
        parts = [period_mark(period, today, tz), "🔁 " + period_words(task.recurrence, period)]
    else:
        parts = [task_mark(task, today, tz)]
        if deadline := deadline_words(task):
            parts.append(deadline)
    if task.ref:
        parts.append(f"mục {esc(task.ref)}")
    if unit_name:
        parts.append(esc(unit_name))
    return f"<b>{task.number}</b>. " + " · ".join(parts) + f"\n{esc(clip(task.content, 180))}"


def task_list(
    scope: str, view: str, lines: Sequence[str], total: int, page: int, pages: int, today: date, can_close: bool = True
) -> str:
    """A page of a task list."""
    head = f"📋 <b>Nhiệm vụ {VIEW_TITLES[view]}</b> — {esc(scope)}\n<i>Ngày {fmt_date(today)} · {total} nhiệm vụ"
    head += f" · trang {page + 1}/{pages}</i>" if pages > 1 else "</i>"
    if not lines:
        return head + "\n\n" + ("Không có nhiệm vụ nào. 👍" if view in ("open", "overdue", "soon") else "Chưa có nhiệm vụ nào.")
    tip = "\n\n<i>Bấm ✅ để báo hoàn thành, 📄 để xem chi tiết.</i>" if can_close else "\n\n<i>Bấm 📄 để xem chi tiết.</i>"
    return fit(head + "\n\n" + "\n\n".join(lines) + tip)


def scope_all_units(org: str) -> str:
    """Scope label of a list over every unit."""
    return f"mọi đơn vị của {org}"


def summary(org: str, today: date, rows: Iterable[tuple[str, int, int, int]]) -> str:
    """Per-unit summary for the monitoring board: (unit, open, overdue, done)."""
    head = [f"📊 <b>Tình hình thực hiện — {esc(org)}</b>\n<i>Ngày {fmt_date(today)}</i>\n"]
    items = []
    for unit, open_count, overdue, done in rows:
        alarm = f" (<b>{overdue} quá hạn</b>)" if overdue else ""
        items.append(f"• {esc(unit)}: {open_count} chưa hoàn thành{alarm}, {done} đã hoàn thành")
    if not items:
        return "\n".join([*head, "Chưa có nhiệm vụ nào. Văn phòng nhập thông báo kết luận bằng /import."])
    return fit_items(head, items, ["\nChọn một đơn vị để xem danh sách."], noun="đơn vị")


def unit_button(unit: str, overdue: int) -> str:
    """A unit button in the summary."""
    return f"{clip(unit, 40)}" + (f" ({overdue} quá hạn)" if overdue else "")


# --- task details -------------------------------------------------------------------------

EVENT_NAMES = {
    "created": "giao nhiệm vụ",
    "done": "báo hoàn thành",
    "reopened": "mở lại",
    "evidence": "bổ sung minh chứng",
    "extended": "gia hạn",
    "extension_requested": "đề nghị gia hạn",
    "extension_rejected": "từ chối gia hạn",
    "explanation_requested": "yêu cầu giải trình",
    "explanation": "giải trình",
    "cancelled": "hủy nhiệm vụ",
    "reminded": "nhắc hạn",
    "corrected": "sửa",
}
BTN_DONE, BTN_DETAILS = "✅", "📄"
BTN_DONE_LONG = "✅ Báo hoàn thành"
BTN_EXTEND = "⏳ Xin gia hạn"
BTN_EXPLAIN_REQUEST = "❓ Yêu cầu giải trình"
BTN_EXPLAIN = "✍ Gửi giải trình"
BTN_REOPEN = "↩ Mở lại"
BTN_UNDO = "↩ Hoàn tác"
BTN_EVIDENCE = "📎 Xem minh chứng"
BTN_BACK_TO_LIST = "📋 Danh sách"


#: Who acted, for the actions that no person in the chat did (the labels the CLI and the demo record).
SYSTEM_ACTOR_NAMES = {
    "CLI": "văn phòng, qua dòng lệnh",
    "CLI import": "văn phòng, nhập văn bản qua dòng lệnh",
    "demo": "hệ thống",
    "system": "hệ thống",
    "scheduler": "hệ thống",
}


def actor_name(label: str | None) -> str:
    """Who did something, as the chat names them (a person's name, or a Vietnamese word for the system)."""
    if not label:
        return "hệ thống"
    if label.startswith("member:"):  # a member who has no name yet
        return "thành viên"
    return SYSTEM_ACTOR_NAMES.get(label, label)


def _event_detail(event: TaskEvent) -> str:
    detail = event.detail or {}
    if event.kind == "extended":
        to = detail.get("to", {})
        return f": đến {render_deadline(date.fromisoformat(to['due']), bool(to.get('strict_before')))}" if to.get("due") else ""
    if event.kind == "extension_requested" and detail.get("new_due"):
        return f": đến {render_deadline(date.fromisoformat(detail['new_due']))} — {esc(clip(detail.get('reason') or '', 120))}"
    if event.kind == "corrected" and detail.get("field") in CORRECTION_FIELDS:
        field = detail["field"]
        before, after = (correction_value(field, detail.get(k) or {}, {}) for k in ("before", "after"))
        return f" {CORRECTION_FIELDS[field]}: {esc(before)} → {esc(after)}"
    text = detail.get("note") or detail.get("text") or detail.get("reason") or detail.get("caption")
    return f": {esc(clip(str(text), 200))}" if text else ""


def task_details(
    task: Task,
    *,
    unit_name: str,
    conclusion: Conclusion | None,
    history: Sequence[TaskEvent],
    pending: ExtensionRequest | None,
    today: date,
    tz: str,
    periods: Sequence[Occurrence] = (),
    shown: Occurrence | None = None,
) -> str:
    """Everything about one task: content, source, deadline, status (per period for a recurring
    task, with its recent periods), evidence, history."""
    ref = f" (mục {esc(task.ref)})" if task.ref else ""
    lines = [f"📄 <b>Nhiệm vụ số {task.number}</b>{ref}", f"Đơn vị thực hiện: <b>{esc(unit_name)}</b>"]
    if task.coordinating_units:
        lines.append("Đơn vị phối hợp: " + esc(", ".join(task.coordinating_units)))
    if conclusion is not None:
        number = f"số {esc(conclusion.number)}" if conclusion.number else esc(conclusion.filename or "không số")
        lines.append(f"Theo thông báo {number} ngày {fmt_date(conclusion.issued_on)}")
    else:
        lines.append("Giao trực tiếp, không kèm văn bản")
    if task.recurrence:
        kind = f"định kỳ {RECURRENCE_NAMES.get(task.recurrence, task.recurrence)}, hạn mỗi kỳ là ngày cuối kỳ"
        words = esc(task.deadline_text) if task.deadline_text else ""
        lines.append(f"Thời hạn: {words} ({kind})" if words else f"Thời hạn: {kind}")
    elif task.due:
        shown = render_deadline(task.due, task.strict_before)
        quoted = f" (văn bản ghi: “{esc(task.deadline_text)}”)" if task.deadline_text and task.deadline_text != shown else ""
        lines.append(f"Thời hạn: {shown}{quoted}")
    elif task.deadline_text:
        lines.append(f"Thời hạn: {esc(task.deadline_text)}")
    else:
        lines.append("Thời hạn: thường xuyên")
    if task.recurrence and shown is not None and task.status == "open":
        name = period_name(task.recurrence, shown.period_start, shown.due)
        lines.append(
            f"Tình trạng kỳ {name} (hạn {fmt_date(shown.due)}): "
            f"{STATE_LABELS[occurrence_state(shown, today, tz)]} — {period_mark(shown, today, tz)}"
        )
    else:
        lines.append(f"Tình trạng: {STATE_LABELS[task_state(task, today, tz)]} — {task_mark(task, today, tz)}")
    if task.status == "done":
        note = f" — “{esc(clip(task.result_note, 500))}”" if task.result_note else ""
        lines.append(f"Hoàn thành lúc {fmt_time(task.done_at, tz)} bởi {esc(actor_name(task.done_by) if task.done_by else 'không rõ')}{note}")
    if task.recurrence and periods:
        lines.append("\n<b>Các kỳ gần đây:</b>")
        for period in list(reversed(periods))[:6]:
            lines.append("• " + period_line(task.recurrence, period, today, tz))
        if len(periods) > 6:
            lines.append(f"… và {len(periods) - 6} kỳ trước đó")
    if task.evidence:
        files = sum(1 for item in task.evidence if item.get("file_id"))
        notes = [item["text"] for item in task.evidence if item.get("text")]
        lines.append(f"Minh chứng: {files} tệp/ảnh" + ("" if not notes else "; ghi chú: " + esc(clip("; ".join(notes), 300))))
    if pending is not None:
        lines.append(
            f"⏳ Đang chờ duyệt gia hạn đến {render_deadline(pending.new_due)} — lý do: {esc(clip(pending.reason, 200))}"
        )
    lines.append(f"\n<b>Nội dung:</b>\n{esc(long_text(task.content))}")
    if history:
        lines.append("\n<b>Lịch sử:</b>")
        for event in history[-12:]:
            name = EVENT_NAMES.get(event.kind, "cập nhật")
            lines.append(f"• {fmt_time(event.at, tz)} — {name} ({esc(actor_name(event.actor))}){_event_detail(event)}")
    return fit("\n".join(lines))


def period_line(recurrence: str, period: Occurrence, today: date, tz: str) -> str:
    """One period in a recurring task's details: name, due date, status, who closed it and when."""
    name = period_name(recurrence, period.period_start, period.due)
    text = f"Kỳ {name} (hạn {fmt_date(period.due)}): {STATE_LABELS[occurrence_state(period, today, tz)]}"
    if period.status == "done":
        text += f" lúc {fmt_time(period.done_at, tz)}, {esc(actor_name(period.done_by) if period.done_by else 'không rõ')}"
        if period.result_note:
            text += f" — “{esc(clip(period.result_note, 120))}”"
    elif period.status == "open" and period.due < today:
        text += f" ({(today - period.due).days} ngày)"
    return text


def evidence_caption(number: int, by: str, at: str) -> str:
    """Caption of a re-sent evidence file."""
    return f"Minh chứng nhiệm vụ số {number} — {esc(by)}, {esc(at)}"


NO_EVIDENCE = "Nhiệm vụ này chưa có tệp hoặc ảnh minh chứng."

# --- done, undo, reopen -------------------------------------------------------------------

BTN_CONFIRM_DONE = "✔ Xác nhận hoàn thành"
BTN_CANCEL = "✖ Hủy"
DONE_USAGE = "/done 12 đã tổ chức hội nghị ngày 10/3"
UNDO_USAGE = "/hoantac 12"
REOPEN_USAGE = "/molai 12 lý do"
DETAILS_USAGE = "/chitiet 12"


def confirm_done(task: Task, period: Occurrence | None = None) -> str:
    """The list message turned into a confirmation after ✅."""
    which = f" kỳ {period_name(task.recurrence, period.period_start, period.due)}" if period is not None else ""
    return (
        f"Xác nhận <b>nhiệm vụ số {task.number}</b> đã hoàn thành{which}?\n{esc(clip(task.content, 300))}\n\n"
        "Nếu muốn, gửi ngay <b>một ghi chú kết quả ngắn</b> hoặc <b>ảnh/tệp minh chứng</b> "
        "trong tin nhắn tiếp theo — nhiệm vụ sẽ được ghi nhận hoàn thành kèm minh chứng. "
        "Hoặc bấm “Xác nhận hoàn thành”."
    )


def note_not_taken(number: int) -> str:
    """A message after ✅ that may not be the note (late, or after something else): not taken."""
    return (
        f"Tin nhắn này chưa được ghi làm ghi chú cho nhiệm vụ số {number}, nhiệm vụ vẫn chưa được báo hoàn thành.\n"
        "Nếu đó là ghi chú kết quả, hãy gửi lại bắt đầu bằng “ghi chú:”, ví dụ: "
        "<code>ghi chú: Đã tổ chức hội nghị</code> (ảnh/tệp thì ghi như vậy ở phần chú thích), "
        f"hoặc gõ <code>/done {number} nội dung ghi chú</code>. Gõ /huy nếu chưa muốn báo hoàn thành."
    )


def done_cancelled(number: int) -> str:
    """Toast after ✖ Hủy on the confirmation of ✅."""
    return f"Đã hủy, nhiệm vụ số {number} chưa được báo hoàn thành."


def already_done(number: int) -> str:
    """Toast when ✅ is pressed on a task already closed."""
    return f"Nhiệm vụ số {number} đã được báo hoàn thành trước đó."


def period_already_done(number: int) -> str:
    """Toast when ✅ is pressed on a recurring task whose current period is already closed."""
    return f"Nhiệm vụ số {number} đã được báo hoàn thành cho kỳ này."


def task_cancelled(number: int) -> str:
    """Refusal when acting on a cancelled task."""
    return f"Nhiệm vụ số {number} đã bị hủy, không cần báo hoàn thành."


def done_ack(
    number: int, unit: str, by: str, at: str, note: str | None, files: int, can_undo: bool, period: str | None = None
) -> str:
    """Confirmation that a task (or one period of a recurring task) is done."""
    which = f" kỳ {period}" if period else ""
    text = f"✅ Đã ghi nhận <b>nhiệm vụ số {number}</b> ({esc(unit)}) hoàn thành{which} lúc {esc(at)}, người báo: {esc(by)}."
    if note:
        text += f"\nGhi chú: “{esc(clip(note, NOTE_SHOWN))}”"
    if files:
        text += f"\nĐã lưu {files} tệp/ảnh minh chứng."
    if can_undo:
        text += "\n<i>Nếu bấm nhầm, bạn có thể hoàn tác trong vòng 1 ngày.</i>"
    return text


def done_notice(
    number: int, unit: str, content: str, by: str, at: str, state: str, note: str | None, files: int,
    period: str | None = None,
) -> str:
    """Told to the monitoring board when a unit closes a task (or one period of it)."""
    which = f" kỳ {period}" if period else ""
    text = (
        f"✅ <b>{esc(unit)}</b> báo hoàn thành <b>nhiệm vụ số {number}</b>{which} — {esc(state)}.\n"
        f"{esc(clip(content, 200))}\nNgười báo: {esc(by)}, lúc {esc(at)}."
    )
    if note:
        text += f"\nGhi chú: “{esc(clip(note, 500))}”"
    if files:
        text += f"\nKèm {files} tệp/ảnh minh chứng."
    return text


def reopened(number: int, by_monitor: bool) -> str:
    """Confirmation of undo / reopen."""
    return (
        f"↩ Đã mở lại nhiệm vụ số {number}; nhiệm vụ trở về trạng thái chưa hoàn thành."
        if by_monitor
        else f"↩ Đã hoàn tác: nhiệm vụ số {number} trở về trạng thái chưa hoàn thành."
    )


def reopened_notice(number: int, content: str, reason: str | None) -> str:
    """Told to the unit when the monitoring board reopens one of its tasks."""
    why = f"\nLý do: {esc(clip(reason, 500))}" if reason else ""
    return f"↩ Ban theo dõi đã mở lại <b>nhiệm vụ số {number}</b>: {esc(clip(content, 200))}{why}"


# --- extensions ---------------------------------------------------------------------------

def example_due(today: date) -> date:
    """The date examples show: the last day of next month, so an example is never a day gone by."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def extend_usage(today: date) -> str:
    """How to type /giahan, with an example date after `today`."""
    return f"/giahan 12 {fmt_date(example_due(today))} lý do: chờ kinh phí"


def extend_need_deadline(today: date) -> str:
    """/giahan without a readable new deadline."""
    month = example_due(today).month
    return (
        f"Hệ thống chưa hiểu hạn mới. Ghi hạn rồi lý do, ví dụ: <code>{extend_usage(today)}</code> "
        f"hoặc <code>/giahan 12 cuối tháng {month} vì thiếu kinh phí</code>."
    )


def extend_need_reason(today: date) -> str:
    """/giahan without a reason."""
    return f"Vui lòng nêu lý do đề nghị gia hạn, ví dụ: <code>{extend_usage(today)}</code>."

RECURRING_NO_EXTENSION = (
    "Nhiệm vụ định kỳ không gia hạn được: mỗi kỳ có hạn riêng là ngày cuối kỳ. "
    "Nếu kỳ này chưa làm kịp, hãy báo cáo lý do với Ban theo dõi."
)
BTN_APPROVE, BTN_REJECT = "✔ Duyệt", "✖ Từ chối"
DECIDE_USAGE = "/duyet 5 (hoặc /tuchoi 5) — số đề nghị ghi trong tin nhắn đề nghị gia hạn"


def extension_prompt(number: int, today: date) -> str:
    """Asked after ⏳: the next message is the new deadline and the reason."""
    return (
        f"⏳ Đề nghị gia hạn <b>nhiệm vụ số {number}</b>.\nGửi trong tin nhắn tiếp theo: hạn mới và lý do, ví dụ "
        f"<code>{fmt_date(example_due(today))} lý do: chờ kinh phí</code>. Gõ /huy để thôi."
    )


def extension_sent(number: int, new_due: date) -> str:
    """Confirmation to the unit that its request went to the board."""
    return f"📨 Đã gửi Ban theo dõi đề nghị gia hạn nhiệm vụ số {number} đến {render_deadline(new_due)}. Bạn sẽ được báo kết quả."


def extension_request(request: ExtensionRequest, task: Task, unit: str) -> str:
    """What the monitoring board receives, above ✔ Duyệt / ✖ Từ chối."""
    old = render_deadline(request.old_due, task.strict_before and request.old_due == task.due, task.recurrence)
    return (
        f"⏳ <b>Đề nghị gia hạn số {request.id}</b> — {esc(unit)}\n"
        f"Nhiệm vụ số {task.number}: {esc(clip(task.content, 250))}\n"
        f"Hạn hiện tại: {old} → đề nghị: <b>{render_deadline(request.new_due)}</b>\n"
        f"Lý do: {esc(clip(request.reason, NOTE_SHOWN))}\nNgười đề nghị: {esc(request.requested_by)}\n\n"
        f"<i>Hoặc gõ /duyet {request.id} hay /tuchoi {request.id}.</i>"
    )


def extension_decided(request: ExtensionRequest, task: Task, unit: str, by: str) -> str:
    """The board's message after deciding (edited in place) and the reply to a text command."""
    verdict = "✔ Đã duyệt" if request.status == "approved" else "✖ Đã từ chối"
    tail = f"; hạn mới {render_deadline(request.new_due)}" if request.status == "approved" else ""
    return f"{verdict} đề nghị gia hạn số {request.id} (nhiệm vụ số {task.number}, {esc(unit)}){tail}. Người quyết định: {esc(by)}."


def extension_result(request: ExtensionRequest, task: Task) -> str:
    """Told to the unit."""
    if request.status == "approved":
        return (
            f"✔ Ban theo dõi đã <b>duyệt</b> gia hạn nhiệm vụ số {task.number}: hạn mới <b>{render_deadline(request.new_due)}</b>.\n"
            f"{esc(clip(task.content, 200))}"
        )
    return (
        f"✖ Ban theo dõi <b>không duyệt</b> gia hạn nhiệm vụ số {task.number}; hạn vẫn là {render_deadline(task.due, task.strict_before, task.recurrence)}.\n"
        f"{esc(clip(task.content, 200))}"
    )


# --- explanations -------------------------------------------------------------------------

EXPLAIN_USAGE = "/giaitrinh 12 nội dung giải trình"
EXPLAIN_REQUEST_USAGE = "/yeucaugiaitrinh 12"


def explanation_requested(number: int, unit: str) -> str:
    """Confirmation to the board."""
    return f"❓ Đã gửi yêu cầu giải trình nhiệm vụ số {number} đến lãnh đạo {esc(unit)}."


def explanation_request(task: Task, today: date, by: str, period: Occurrence | None = None) -> str:
    """What the unit's leader receives."""
    if period is not None:
        status = f"{period_mark(period, today)}, {period_words(task.recurrence, period)}"
    else:
        status = ", ".join(part for part in (task_mark(task, today), deadline_words(task)) if part)
    return (
        f"❓ <b>Yêu cầu giải trình</b> từ {esc(by)}\nNhiệm vụ số {task.number} — {status}\n"
        f"{esc(clip(task.content, 300))}\n\n"
        f"Bấm “Gửi giải trình” rồi gửi nội dung, hoặc gõ <code>/giaitrinh {task.number} nội dung</code>."
    )


def explanation_prompt(number: int) -> str:
    """Asked after ✍: the next message is the explanation."""
    return f"✍ Gửi nội dung giải trình cho nhiệm vụ số {number} trong tin nhắn tiếp theo. Gõ /huy để thôi."


def explanation_saved(number: int) -> str:
    """Confirmation to the leader."""
    return f"📨 Đã gửi giải trình nhiệm vụ số {number} đến Ban theo dõi; nội dung được lưu vào hồ sơ nhiệm vụ."


def explanation_received(task: Task, unit: str, by: str, text: str) -> str:
    """What the board receives."""
    return f"✍ <b>Giải trình nhiệm vụ số {task.number}</b> — {esc(unit)} ({esc(by)}):\n“{esc(clip(text, NOTE_SHOWN))}”"


EXPLAIN_NEED_TEXT = "Vui lòng ghi nội dung giải trình, ví dụ: <code>/giaitrinh 12 đang chờ kinh phí từ huyện</code>."
EXPLAIN_ONLY_OVERDUE = "Chỉ yêu cầu giải trình với nhiệm vụ đã quá hạn mà chưa hoàn thành."

# --- import -------------------------------------------------------------------------------

IMPORT_PROMPT = (
    "📥 Gửi tệp thông báo kết luận (.docx, .pdf hoặc .txt; cả .doc, bản scan hay ảnh chụp văn bản; tối đa 20 MB) hoặc dán toàn bộ nội dung văn bản "
    "vào tin nhắn tiếp theo. Hệ thống sẽ gửi bản xem trước để bạn kiểm tra trước khi lưu. Gõ /huy để thôi."
)
IMPORT_WORKING = "⏳ Đang đọc văn bản, vui lòng chờ trong giây lát…"
IMPORT_BAD_TYPE = "Hệ thống đọc được tệp .docx, .doc, .pdf (cả bản scan), .txt và ảnh chụp văn bản (.jpg, .png)."
IMPORT_NO_TASKS = "Không tìm thấy nhiệm vụ nào trong văn bản này. Vui lòng kiểm tra lại đây có phải thông báo kết luận không."
IMPORT_NOTHING_PENDING = "Không có bản xem trước nào đang chờ lưu. Gõ /import để nhập văn bản."
IMPORT_GONE = "Bản xem trước này đã được lưu hoặc hủy trước đó."
IMPORT_CANCELLED = "✖ Đã hủy, không lưu văn bản này."
BTN_SAVE, BTN_DISCARD = "✔ Lưu", "✖ Hủy"


def ocr_progress(page: int, pages: int) -> str:
    """Progress of reading a scan of several pages, edited into the "reading" message."""
    return f"⏳ Đang đọc trang {page}/{pages}…"


def ocr_note(pages: int, confidence: float, unsure: list[int]) -> str:
    """Sent with the preview of a scan or photo: read by OCR, how surely, and the tasks to check first."""
    what = f"bản scan {pages} trang" if pages > 1 else "ảnh chụp / bản scan"
    text = (
        f"📷 Văn bản này được đọc tự động (OCR) từ {what}, độ tin cậy trung bình {confidence:.0f}%. "
        "Hãy đối chiếu tên đơn vị, số liệu và thời hạn với bản gốc trước khi lưu."
    )
    if unsure:
        text += "\n⚠️ Chữ đọc chưa rõ ở nhiệm vụ " + ", ".join(str(n) for n in unsure) + ": cần kiểm tra kỹ trước."
    return text


def legacy_note(encoding: str) -> str:
    """Sent with the preview of a document typed in an old Vietnamese encoding."""
    return f"🔤 Văn bản gõ bằng bảng mã cũ {encoding} đã được tự động chuyển sang Unicode; hãy xem lại dấu tiếng Việt trước khi lưu."


def file_too_large(limit_mb: int) -> str:
    """Refusal before downloading an oversized file."""
    return f"Tệp quá lớn: bot chỉ tải được tệp tối đa {limit_mb} MB. Hãy gửi bản nhỏ hơn hoặc dán nội dung văn bản."


def fit_preview(lines: list[str]) -> str:
    """Keep the preview under the limit while keeping its last line (the instruction)."""
    text = "\n".join(lines)
    if len(text) <= MAX_TEXT:
        return text
    last = lines[-1]
    body = fit("\n".join(lines[:-1]), MAX_TEXT - len(last) - 40)
    return body + "\n<i>(bản xem trước đã được rút gọn)</i>\n" + last


def import_saved(tasks: int, units: int, number: str | None) -> str:
    """The preview message after ✔ Lưu."""
    ref = f" (số {esc(number)})" if number else ""
    return f"✔ Đã lưu thông báo{ref}: {tasks} nhiệm vụ cho {units} đơn vị. Các đơn vị đã được thông báo nhiệm vụ mới."


# --- new tasks (to units) -----------------------------------------------------------------


def new_tasks(unit: str, source: str, tasks: Sequence[Task]) -> str:
    """One message to a unit listing what it was just assigned."""
    head = [f"📌 <b>{esc(unit)}</b> được giao {len(tasks)} nhiệm vụ mới ({esc(source)}):\n"]
    items = []
    for task in tasks:
        ref = f" (mục {esc(task.ref)})" if task.ref else ""
        items.append(f"<b>{task.number}</b>{ref} — {deadline_or_kind(task)}\n{esc(clip(task.content, 200))}\n")
    return fit_items(head, items, ["Gõ /tasks để xem và báo hoàn thành."])


def source_of_conclusion(number: str | None, issued_on: date | None) -> str:
    """How a conclusion is named in messages."""
    return f"theo thông báo số {number} ngày {fmt_date(issued_on)}" if number else "theo thông báo kết luận mới"


SOURCE_MANUAL = "giao trực tiếp"

# --- assign -------------------------------------------------------------------------------

def assign_usage(today: date) -> str:
    """How to type /giao, with an example date after `today`."""
    return (
        "Cú pháp: <code>/giao &lt;đơn vị&gt; &lt;nội dung&gt; hạn &lt;thời hạn&gt;</code>\n"
        f"Ví dụ: <code>/giao Hội Nông dân Tổ chức tập huấn kỹ thuật hạn {fmt_date(example_due(today))}</code>"
    )


def assign_bad_deadline(phrase: str, today: date) -> str:
    """/giao with a deadline the parser does not read."""
    due = example_due(today)
    return (
        f"Hệ thống chưa hiểu thời hạn “{esc(clip(phrase, 100))}”. Ví dụ: <code>hạn {fmt_date(due)}</code>, "
        f"<code>hạn cuối tháng {due.month}</code>, <code>hạn thường xuyên</code>."
    )


def assign_unknown_unit(units: Sequence[str], today: date) -> str:
    """Refusal when the unit of /giao is not recognized."""
    return "Hệ thống không nhận ra đơn vị. Các đơn vị: " + esc(", ".join(units)) + ".\n" + assign_usage(today)


def assign_past_deadline(unit: str, content: str, due: date, strict_before: bool, today: date) -> str:
    """/giao with a deadline already gone by: asked before the task is assigned."""
    return (
        f"⚠️ Hạn {render_deadline(due, strict_before)} đã qua (hôm nay {fmt_date(today)}). Chưa giao nhiệm vụ:\n"
        f"{esc(unit)} — {esc(clip(content, 300))}\n\n"
        "Bấm <b>✔ Vẫn giao</b> (hoặc trả lời “có”) để giao với hạn này, <b>✖ Hủy</b> (hoặc “không”) để thôi "
        "rồi gõ lại /giao với hạn mới."
    )


BTN_ASSIGN_ANYWAY = "✔ Vẫn giao"
ASSIGN_CANCELLED = "Đã hủy, chưa giao nhiệm vụ. Gõ lại /giao với hạn mới nếu cần."
ASSIGN_NOTHING_PENDING = "Không còn nhiệm vụ nào chờ xác nhận giao."


def assigned(number: int, unit: str, task: Task) -> str:
    """Confirmation of /giao."""
    return f"📌 Đã giao <b>nhiệm vụ số {number}</b> cho {esc(unit)}, {deadline_or_kind(task)}. Đơn vị đã được thông báo."


# --- reports ------------------------------------------------------------------------------


def report(
    org: str,
    today: date,
    rows: Sequence[tuple[str, int, int, int, int, int]],
    overdue: Sequence[tuple[Task, str, Occurrence | None]],
) -> str:
    """Per unit: in progress, overdue, done on time, done late (and "thường xuyên" when any) — a
    recurring task counts once per period — then the overdue list."""
    lines = [f"📊 <b>Báo cáo tình hình thực hiện — {esc(org)}</b>\n<i>Ngày {fmt_date(today)}</i>\n"]
    if not rows:
        lines.append("Chưa có nhiệm vụ nào.")
    for unit, in_progress, late_open, on_time, late, regular in rows:
        line = (
            f"<b>{esc(unit)}</b>: đang thực hiện (trong hạn) {in_progress}, quá hạn chưa hoàn thành {late_open}, "
            f"hoàn thành đúng hạn {on_time}, hoàn thành quá hạn {late}"
        )
        lines.append(line + (f", thường xuyên {regular}" if regular else ""))
    items = []
    for task, unit, period in overdue:
        if period is not None:
            mark = f"{days_mark(period.due, today)} (kỳ {period_name(task.recurrence, period.period_start, period.due)})"
        else:
            mark = task_mark(task, today)
        items.append(f"• <b>{task.number}</b> — {esc(unit)} — {mark}: {esc(clip(task.content, 90))}")
    if items:
        lines.append(f"\n🔴 <b>Quá hạn chưa hoàn thành ({len(items)})</b>")
    return fit_items(lines, items, ["\nGõ /export để nhận bảng Excel đầy đủ."])


EXPORT_CAPTION = "📊 Danh sách nhiệm vụ ngày {day}"
EXPORT_HEADERS = ("Số", "Mục", "Đơn vị", "Nội dung", "Thời hạn", "Hạn (ngày)", "Tình trạng", "Hoàn thành lúc", "Người báo", "Ghi chú")
EXPORT_SHEET = "Nhiệm vụ"


def export_filename(day: date) -> str:
    """Name of the exported workbook."""
    return f"nhiem_vu_{day:%Y%m%d}.xlsx"


# --- help ---------------------------------------------------------------------------------

COMMAND_DESCRIPTIONS = {
    "start": "Tham gia bằng mã mời",
    "tasks": "Xem nhiệm vụ (lọc: quahan, sapden, xong, tatca)",
    "chitiet": "Xem chi tiết một nhiệm vụ",
    "done": "Báo hoàn thành nhiệm vụ, kèm ghi chú",
    "hoantac": "Hoàn tác báo hoàn thành (trong 1 ngày)",
    "giahan": "Đề nghị gia hạn nhiệm vụ",
    "giaitrinh": "Gửi giải trình nhiệm vụ quá hạn",
    "minhchung": "Xem ảnh, tệp minh chứng của nhiệm vụ",
    "molai": "Mở lại nhiệm vụ đã báo hoàn thành",
    "duyet": "Duyệt đề nghị gia hạn",
    "tuchoi": "Từ chối đề nghị gia hạn",
    "yeucaugiaitrinh": "Yêu cầu đơn vị giải trình nhiệm vụ quá hạn",
    "giao": "Giao nhanh một nhiệm vụ cho đơn vị",
    "report": "Báo cáo tình hình theo đơn vị",
    "export": "Xuất danh sách nhiệm vụ ra Excel",
    "import": "Nhập thông báo kết luận",
    "nhap": "Xem và sửa bản nháp đang nhập",
    "sua": "Sửa đơn vị, hạn, nội dung nhiệm vụ đã lưu",
    "luu": "Lưu bản xem trước đang chờ",
    "huy": "Hủy thao tác đang chờ",
    "ten": "Đổi tên hệ thống dùng để gọi bạn",
    "help": "Hướng dẫn sử dụng",
}
#: How each command is typed; "{han}" stands for an example date, filled by `command_usage`.
COMMAND_USAGES = {
    "start": "/start MÃ_MỜI",
    "tasks": "/tasks [quahan|sapden|xong|tatca] [đơn vị] [trang]",
    "chitiet": DETAILS_USAGE,
    "done": "/done 12 [ghi chú kết quả]",
    "hoantac": UNDO_USAGE,
    "giahan": "/giahan 12 {han} lý do: chờ kinh phí",
    "giaitrinh": EXPLAIN_USAGE,
    "minhchung": "/minhchung 12",
    "molai": REOPEN_USAGE,
    "duyet": "/duyet 5",
    "tuchoi": "/tuchoi 5",
    "yeucaugiaitrinh": EXPLAIN_REQUEST_USAGE,
    "giao": "/giao Hội Nông dân Tổ chức tập huấn hạn {han}",
    "report": "/report",
    "export": "/export",
    "import": "/import",
    "nhap": "/nhap [N han|donvi|phoihop|noidung|laplai …] — /nhap huongdan",
    "sua": "/sua 12 han {han} (donvi, noidung)",
    "luu": "/luu",
    "huy": "/huy",
    "ten": "/ten Họ và tên",
    "help": "/help",
}


def command_usage(name: str, today: date) -> str:
    """How to type a command, its example date (if any) after `today`."""
    return COMMAND_USAGES[name].replace("{han}", fmt_date(example_due(today)))


def help_text(role: str | None, usages: Sequence[tuple[str, str]]) -> str:
    """/help: the commands the caller's role may use, from the command registry."""
    if role is None:
        head = "ℹ️ <b>Hướng dẫn</b>\nBạn chưa tham gia. " + START_WITHOUT_CODE.split("\n\n", 1)[1]
    else:
        head = f"ℹ️ <b>Hướng dẫn</b> — vai trò: {ROLE_NAMES.get(role, role)}"
    lines = [head, ""]
    lines.extend(f"<code>{esc(usage)}</code> — {esc(description)}" for usage, description in usages)
    if role in ("leader", "monitor", "admin"):
        lines.append("\nTrong /tasks: ✅ báo hoàn thành (kèm ghi chú, ảnh hoặc tệp minh chứng), 📄 xem chi tiết.")
    lines.append("Ngày tháng ghi theo dạng dd/mm/yyyy, giờ Việt Nam.")
    return "\n".join(lines)


# --- import review (draft edits, /nhap, /sua) ---------------------------------------------

DRAFT_PAGE_SIZE = 10
BTN_DRAFT_VIEW = "📋 Xem bản nháp"
BTN_BACK = "◀ Quay lại"
DRAFT_NOT_OWNER = "Bản nháp này do quản trị viên khác nhập; chỉ người nhập mới sửa hoặc lưu được."
DRAFT_EXPIRED = "Bản nháp này đã hết hạn, không lưu được nữa. Gõ /import để nhập lại văn bản."
DRAFT_EMPTY = "Bản nháp không còn nhiệm vụ nào để lưu. Gõ /nhap them … để thêm, hoặc /huy để bỏ."
DRAFT_NO_UNKNOWN = "Bản nháp không còn tên đơn vị nào chưa rõ."


def draft_usage(today: date) -> str:
    """How to correct a draft with /nhap (N is the number shown in the preview)."""
    due = fmt_date(example_due(today))
    return (
        "Sửa bản nháp (N là số nhiệm vụ trong bản xem trước):\n"
        "<code>/nhap</code>, <code>/nhap trang 2</code> — xem bản nháp\n"
        "<code>/nhap N donvi HND, Đoàn TN</code> — đơn vị chủ trì\n"
        "<code>/nhap N phoihop MTTQ</code> (hoặc <code>phoihop không</code>) — đơn vị phối hợp\n"
        f"<code>/nhap N han {due}</code> (hoặc <code>han không hạn</code>) — thời hạn\n"
        "<code>/nhap N noidung …</code> — nội dung\n"
        "<code>/nhap N laplai hằng tháng</code> (hằng tuần, hằng quý, 6 tháng, hằng năm, không) — lặp lại\n"
        "<code>/nhap N xoa</code> — bỏ nhiệm vụ; <code>/nhap N tach</code> — tách mỗi đơn vị một nhiệm vụ\n"
        f"<code>/nhap them Hội Nông dân Tổ chức tập huấn hạn {due}</code> — thêm nhiệm vụ\n"
        "<code>/nhap ten 1 = Hội Nông dân</code> hoặc <code>/nhap ten 1 moi</code> — tên đơn vị chưa rõ số 1 "
        "là đơn vị nào (hệ thống ghi nhớ cho các lần nhập sau)"
    )


def draft_no_task(no: int) -> str:
    """A draft number that is not (or no longer) in the draft."""
    return f"Bản nháp không có nhiệm vụ số {no}. Gõ /nhap để xem các số."


def draft_bad_page(pages: int) -> str:
    """/nhap trang K outside 1..pages."""
    return f"Bản nháp có {pages} trang: gõ /nhap trang 1 … /nhap trang {pages}."


def draft_unknown_unit(typed: str, units: Sequence[str]) -> str:
    """A unit typed in a draft edit that the organization does not have."""
    return (
        f"Không tìm thấy đơn vị “{esc(clip(typed, 80))}”. Các đơn vị: {esc(', '.join(units))}.\n"
        "Tên mới hãy thêm bằng <code>/nhap ten &lt;tên&gt; moi</code>."
    )


def draft_bad_deadline(phrase: str, today: date) -> str:
    """A deadline the chat parser does not read."""
    due = example_due(today)
    return (
        f"Hệ thống chưa hiểu thời hạn “{esc(clip(phrase, 100))}”. Ví dụ: <code>{fmt_date(due)}</code>, "
        f"<code>trước {fmt_date(due)}</code>, <code>cuối tháng {due.month}</code>, <code>không hạn</code>."
    )


DRAFT_BAD_RECURRENCE = "Lặp lại: hằng tuần, hằng tháng, hằng quý, 6 tháng, hằng năm hoặc không."
DRAFT_NEED_CONTENT = "Nội dung nhiệm vụ không được để trống."
DRAFT_SPLIT_ONE = "Nhiệm vụ này chỉ có một đơn vị chủ trì, không cần tách."


def draft_unknown_name(typed: str, count: int) -> str:
    """/nhap ten with a name or number that is not among the draft's unknown names."""
    listed = f" (số 1 đến {count})" if count else ""
    return f"Không có tên đơn vị chưa rõ “{esc(clip(typed, 80))}”{listed}. Gõ /nhap để xem danh sách."


def draft_deadline_text(task_deadline: Any) -> str:
    """A draft task's deadline exactly as it will be stored: "hạn trước 15/01/2026", "hạn
    15/01/2026", "định kỳ hằng tháng", or "không hạn" (with the document's words if any)."""
    if task_deadline.due:
        return f"hạn {render_deadline(task_deadline.due, task_deadline.strict_before)}"
    if task_deadline.recurrence:
        return f"định kỳ {render_deadline(None, False, task_deadline.recurrence)}"
    words = (task_deadline.text or "").strip()
    plain = render_deadline(None)  # no deadline: a "thường xuyên" task, never nagged daily
    if words and words.lower() not in ("không hạn", plain):
        return f"{plain} (văn bản ghi: “{esc(clip(words, 60))}”)"
    return plain


def draft_task_block(task: dict[str, Any], deadline: Any, content_limit: int = 180, evidence_limit: int = 90) -> str:
    """One draft task: number, clause, units, coordinating units, content, deadline, source (left
    out when `evidence_limit` is 0: a full page is shortened that way, never cut)."""
    units = ", ".join(u["name"] + ("" if u.get("key") else " ⚠") for u in task.get("units") or []) or "⚠ chưa có đơn vị"
    head = f"<b>{task['no']}.</b> " + (f"<i>(mục {esc(task['ref'])})</i> " if task.get("ref") else "") + f"<b>{esc(units)}</b>"
    coordinating = task.get("coordinating_units") or []
    if coordinating:
        head += " · phối hợp: " + esc(", ".join(u["name"] + ("" if u.get("key") else " ⚠") for u in coordinating))
    lines = [head, f"   {esc(clip(task['content'], content_limit))}", f"   ⏰ {draft_deadline_text(deadline)}"]
    if task.get("evidence") and evidence_limit:
        lines.append(f"   📎 <i>“{esc(clip(task['evidence'], evidence_limit))}”</i>")
    return "\n".join(lines)


def draft_summary(tasks: int, saved: int, units: int, with_due: int, without_due: int, problems: int) -> str:
    """The one summary line of a draft; the same numbers the save message repeats."""
    line = f"📊 <b>{tasks} nhiệm vụ</b>"
    if saved != tasks:
        line += f" (lưu thành {saved} nhiệm vụ theo đơn vị)"
    line += f" cho {units} đơn vị · có hạn {with_due} · không hạn {without_due}"
    return line + (f" · ⚠ {problems} vấn đề cần xem" if problems else " · không có vấn đề")


def draft_problem_unknown(index: int, name: str, numbers: Sequence[int]) -> str:
    """An unknown unit name and the draft tasks that use it."""
    return (
        f"{index}) Tên đơn vị “{esc(name)}” chưa có trong danh mục (nhiệm vụ {', '.join(map(str, numbers))}): "
        f"<code>/nhap ten {index} = &lt;đơn vị&gt;</code> hoặc <code>/nhap ten {index} moi</code>"
    )


def draft_problem_no_unit(no: int) -> str:
    """A draft task with no responsible unit."""
    return f"Nhiệm vụ {no} chưa có đơn vị chủ trì (sẽ vào “Chưa phân công”): <code>/nhap {no} donvi &lt;đơn vị&gt;</code>"


def draft_problem_before_document(no: int, due: date, issued_on: date) -> str:
    """A deadline earlier than the notice itself."""
    return f"Nhiệm vụ {no}: hạn {fmt_date(due)} trước ngày ban hành văn bản ({fmt_date(issued_on)})"


def draft_problem_past(no: int, due: date, today: date) -> str:
    """A deadline already gone by."""
    return f"Nhiệm vụ {no}: hạn {fmt_date(due)} đã qua (hôm nay {fmt_date(today)})"


def draft_problem_old_document(issued_on: date) -> str:
    """A notice dated long ago (a wrong year is common)."""
    return f"Văn bản ghi ngày {fmt_date(issued_on)}, đã hơn 6 tháng: kiểm tra lại ngày ban hành và các thời hạn"


def draft_page(
    title: str, number: str | None, issued_on: date | None, summary_line: str, problems: Sequence[str],
    blocks: Sequence[str], page: int, pages: int, expires: str | None,
) -> str:
    """One page of the preview: header, summary, problems (first page), up to 10 tasks, how to go on."""
    head = f"📄 <b>Xem trước: {esc(clip(title, 150))}</b>"
    if number or issued_on:
        head += f"\nSố {esc(number or '—')}, ngày {fmt_date(issued_on)}"
    lines = [head, summary_line, ""]
    if problems:
        lines.append("⚠ <b>Cần xem trước khi lưu:</b>")
        lines.extend(f"• {p}" for p in problems[:12])
        if len(problems) > 12:
            lines.append(f"• … và {len(problems) - 12} vấn đề khác")
        lines.append("")
    lines.extend(blocks)
    lines.append("")
    if pages > 1:
        nav = f"Trang {page + 1}/{pages}"
        if page + 1 < pages:
            nav += f" · trang sau: <code>/nhap trang {page + 2}</code>"
        lines.append(nav)
    lines.append("Sửa: <code>/nhap N han|donvi|phoihop|noidung|laplai …</code>, <code>/nhap N xoa</code>, "
                 "<code>/nhap them …</code> (gõ <code>/nhap huongdan</code> để xem cách gõ).")
    tail = "Bấm <b>✔ Lưu</b> (hoặc /luu) để giao việc cho các đơn vị, <b>✖ Hủy</b> (hoặc /huy) để bỏ."
    if expires:
        tail += f" Bản nháp giữ đến {expires}."
    lines.append(tail)
    return "\n".join(lines)  # the caller shortens the tasks until it fits (see `fit_preview` last)


def draft_edited(what: str, blocks: Sequence[str], summary_line: str) -> str:
    """The answer to one edit: what changed, the task(s) as they are now, the fresh summary."""
    body = "\n".join(blocks)
    return fit(f"✔ {what}\n\n{body}\n\n{summary_line}\nGõ /nhap để xem cả bản nháp, /luu để lưu." if body
               else f"✔ {what}\n\n{summary_line}\nGõ /nhap để xem cả bản nháp, /luu để lưu.")


def draft_edit_done(no: int) -> str:
    """Heading of an edited draft task."""
    return f"Đã sửa nhiệm vụ {no} của bản nháp:"


def draft_dropped(no: int) -> str:
    """Heading after dropping a draft task."""
    return f"Đã bỏ nhiệm vụ {no} khỏi bản nháp."


def draft_added(no: int) -> str:
    """Heading after adding a draft task."""
    return f"Đã thêm nhiệm vụ {no} vào bản nháp:"


def draft_split(no: int, count: int) -> str:
    """Heading after splitting a draft task per unit."""
    return f"Đã tách nhiệm vụ {no} thành {count} nhiệm vụ, mỗi đơn vị một nhiệm vụ:"


def draft_mapped(name: str, unit: str, numbers: Sequence[int]) -> str:
    """Heading after mapping an unknown name to a unit (learned for the next imports)."""
    return (
        f"“{esc(name)}” là {esc(unit)} ({len(numbers)} nhiệm vụ). Hệ thống đã ghi nhớ tên này cho các lần nhập sau."
    )


def draft_created_unit(name: str, numbers: Sequence[int]) -> str:
    """Heading after creating an unknown name as a new unit."""
    return f"Đã tạo đơn vị mới “{esc(name)}” ({len(numbers)} nhiệm vụ)."


def draft_pick_unit(name: str) -> str:
    """Above the keyboard of units to map an unknown name to."""
    return f"Chọn đơn vị ứng với tên “{esc(name)}” (hoặc gõ <code>/nhap ten &lt;số&gt; = &lt;đơn vị&gt;</code>):"


def btn_map_name(name: str) -> str:
    """Button that opens the choice of units for an unknown name."""
    return f"🔗 “{clip(name, 28)}” là…"


def btn_new_unit(name: str) -> str:
    """Button that creates an unknown name as a new unit."""
    return f"🆕 Tạo đơn vị “{clip(name, 24)}”"


def correct_usage(today: date) -> str:
    """How to type /sua on a saved task."""
    due = fmt_date(example_due(today))
    return (
        "Sửa nhiệm vụ đã lưu (quản trị viên, Ban theo dõi):\n"
        "<code>/sua 12 donvi Hội Nông dân</code> — chuyển sang đơn vị khác\n"
        f"<code>/sua 12 han {due}</code> (hoặc <code>han không hạn</code>) — thời hạn\n"
        "<code>/sua 12 noidung …</code> — nội dung"
    )


def correction_value(field: str, value: dict[str, Any], unit_names: dict[int, str]) -> str:
    """One side of a correction, as people read it."""
    if field == "unit":
        return unit_names.get(int(value.get("unit_id") or 0)) or str(value.get("unit") or "?")
    if field == "deadline":
        due = value.get("due")
        return render_deadline(date.fromisoformat(due), bool(value.get("strict_before"))) if due else render_deadline(None)
    return "“" + clip(str(value.get("content") or ""), 120) + "”"


CORRECTION_FIELDS = {"unit": "đơn vị", "deadline": "hạn", "content": "nội dung"}


def corrected(number: int, field: str, before: str, after: str) -> str:
    """The answer to /sua."""
    return (
        f"✏ Đã sửa {CORRECTION_FIELDS[field]} của <b>nhiệm vụ số {number}</b>: {esc(before)} → {esc(after)}. "
        "Đơn vị liên quan đã được thông báo."
    )


def correction_notice(number: int, content: str, field: str, before: str, after: str, by: str) -> str:
    """To the unit(s) concerned by a correction."""
    return (
        f"✏ <b>Nhiệm vụ số {number}</b> được sửa {CORRECTION_FIELDS[field]}: {esc(before)} → {esc(after)} "
        f"(do {esc(by)}).\n{esc(clip(content, 200))}\nGõ /chitiet {number} để xem chi tiết."
    )


# --- import review: the draft as an Excel sheet -------------------------------------------

SHEET_TASKS = "Bản nháp"
SHEET_UNITS = "Đơn vị"
SHEET_DOCUMENT = "Văn bản"
SHEET_HEADERS = ("Số", "Đơn vị chủ trì", "Đơn vị phối hợp", "Nội dung", "Hạn", "Kiểu hạn", "Lặp lại", "Nguồn")
SHEET_STRICT, SHEET_ON_DAY = "trước ngày", "đến hết ngày"
SHEET_DOCUMENT_LABELS = ("Số văn bản", "Tiêu đề", "Ngày ban hành", "Cơ quan ban hành", "Mã văn bản", "Nội dung văn bản")
SHEET_RECURRENCE_NAMES = {"weekly": "hằng tuần", "monthly": "hằng tháng", "quarterly": "hằng quý",
                          "half_yearly": "6 tháng một lần", "yearly": "hằng năm"}
BTN_SHEET = "📊 Sửa bằng Excel"
SHEET_NOT_A_DRAFT = "Tệp Excel này không phải bảng bản nháp do hệ thống gửi (thiếu trang “Bản nháp” hoặc tiêu đề cột)."
SHEET_OTHER_DRAFT = "Bảng Excel này thuộc một văn bản khác với bản nháp đang chờ. Gõ /nhap excel để lấy bảng của bản nháp hiện tại."
SHEET_UNREADABLE = "Không đọc được tệp Excel này. Hãy lưu lại dạng .xlsx (Excel hoặc LibreOffice) rồi gửi lại."
SHEET_EMPTY = "Bảng không có dòng nhiệm vụ nào."


def sheet_caption(rows: int) -> str:
    """Caption of the draft sheet sent in chat."""
    return (
        f"📊 Bản nháp ({rows} nhiệm vụ). Sửa trong Excel hoặc LibreOffice — chọn đơn vị trong danh sách, "
        "hạn là ngày, xóa dòng để bỏ, thêm dòng (để trống cột Số) — rồi gửi lại tệp này vào đây."
    )


def sheet_error(row: int, column: str, problem: str) -> str:
    """One problem of an uploaded sheet, naming the row and the column."""
    return f"Dòng {row}, cột “{column}”: {problem}"


def sheet_errors(errors: Sequence[str]) -> str:
    """Why an uploaded sheet was refused (nothing was changed)."""
    shown = [f"• {esc(e)}" for e in errors[:20]]
    more = [f"• … và {len(errors) - 20} lỗi khác"] if len(errors) > 20 else []
    return "\n".join([f"❌ Bảng có {len(errors)} lỗi, chưa thay đổi gì. Sửa rồi gửi lại:", *shown, *more])


SHEET_PROBLEMS = {
    "unknown_unit": "không có đơn vị “{value}” trong tổ chức",
    "no_unit": "chưa có đơn vị chủ trì",
    "no_content": "nội dung trống",
    "bad_date": "ngày “{value}” không hợp lệ (dùng dd/mm/yyyy)",
    "bad_kind": "“{value}” không phải “trước ngày” hoặc “đến hết ngày”",
    "bad_recurrence": "“{value}” không phải một chu kỳ (hằng tuần, hằng tháng, hằng quý, 6 tháng một lần, hằng năm)",
    "bad_number": "số “{value}” không hợp lệ hoặc bị trùng",
}
JSON_NOT_A_DRAFT = "Tệp JSON này không phải kết quả của <code>dondoc extract --json</code> (thiếu danh sách “tasks”)."
JSON_BAD_TASK = "Nhiệm vụ thứ {no} trong tệp JSON không có nội dung."


def sheet_filename(draft_id: int) -> str:
    """Name of the draft workbook sent in chat."""
    return f"ban_nhap_{draft_id}.xlsx"


BTN_SPLIT = "✂ Tách theo đơn vị"


def btn_drop(no: int) -> str:
    """Button that drops a draft task."""
    return f"🗑 Bỏ nhiệm vụ {no}"


# --- the Front as a whole (organisation model of 2025) ---------------------------------------

FRONT_TOTAL = "Cả khối Mặt trận (Ủy ban MTTQ và các tổ chức thành viên)"
REPORT_FILTER_USAGE = (
    "Báo cáo chỉ lọc được theo cả khối Mặt trận: gõ /report mattran (Ủy ban MTTQ và các tổ chức thành viên), "
    "hoặc /report để xem mọi đơn vị."
)


def front_report_title(org: str) -> str:
    """The /report mattran heading: the organisation, narrowed to the Front and its member organisations."""
    return f"{org} — Ủy ban MTTQ và các tổ chức thành viên"


# --- Zalo (plain text, no buttons) -----------------------------------------------------------------

ZALO_UNSUPPORTED = (
    "Zalo không chuyển nội dung tin này cho hệ thống (tin có đường link, tệp hoặc định dạng lạ). "
    "Hãy gõ lại bằng chữ, ví dụ: xong 12 đã tổ chức họp."
)
ZALO_IMAGE_NOTED = "Đã nhận ảnh. Trên Zalo, hãy ghi kết quả bằng chữ: xong <số> <ghi chú>."


def zalo_quota_warning(level: int, sent: int, quota: int, month: str) -> str:
    """To the admins: the Zalo bot is close to (or at) its monthly quota of free messages."""
    year, number = month.split("-")
    head = "⛔ Bot Zalo đã dùng hết" if level >= 100 else f"⚠️ Bot Zalo đã dùng {level}%"
    return (
        f"{head} hạn mức tin nhắn tháng {int(number)}/{year}: {sent}/{quota} tin.\n"
        "Khi hết hạn mức, Zalo có thể ngừng gửi nhắc việc đến hết tháng; những người dùng cả Telegram vẫn nhận trên Telegram. "
        "Nâng gói bot trên Zalo Bot Platform hoặc đặt ZALO_MONTHLY_QUOTA theo gói mới."
    )


def zalo_usage_line(sent: int, quota: int, month: str) -> str:
    """The /report line for admins: Zalo messages sent this month against the quota."""
    year, number = month.split("-")
    return f"📨 Zalo tháng {int(number)}/{year}: đã gửi {sent}/{quota} tin ({sent * 100 // quota if quota else 0}%)."
