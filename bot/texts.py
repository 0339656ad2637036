"""Every text the bot shows, in Vietnamese, in one place to review and change.

Constants for fixed texts, small pure functions for texts with data. Anything a user or a
document wrote is escaped with `esc` (the bot sends HTML). Dates are dd/mm/yyyy, times are the
organization's local time.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from scheduler.messages import period_label
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


def joined_private(name: str, org: str, unit: str | None, role: str) -> str:
    """Confirmation after redeeming an invite in a private chat."""
    where = f" — {esc(unit)}" if unit else ""
    duty = {
        "leader": "Bạn sẽ nhận nhiệm vụ mới và lời nhắc hạn của đơn vị; bấm ✅ khi hoàn thành.",
        "member": "Bạn sẽ nhận nhiệm vụ mới và lời nhắc hạn của đơn vị.",
        "monitor": "Bạn theo dõi mọi đơn vị, duyệt đề nghị gia hạn và nhận tổng hợp quá hạn.",
        "admin": "Bạn nhập thông báo kết luận (/import), giao việc (/giao) và theo dõi mọi đơn vị.",
    }.get(role, "")
    return (
        f"✅ Chào mừng {esc(name)} đã tham gia <b>{esc(org)}</b>{where}, "
        f"vai trò {ROLE_NAMES.get(role, role)}.\n{duty}\n\nGõ /tasks để xem nhiệm vụ, /help để xem hướng dẫn."
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
    """The deadline as a date: "hạn 15/03/2025" or "trước 15/03/2025"."""
    if task.due is None:
        return ""
    return f"{'trước' if task.strict_before else 'hạn'} {fmt_date(task.due)}"


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


def _event_detail(event: TaskEvent) -> str:
    detail = event.detail or {}
    if event.kind == "extended":
        return f": đến {fmt_date(date.fromisoformat(detail['to']['due']))}" if detail.get("to", {}).get("due") else ""
    if event.kind == "extension_requested" and detail.get("new_due"):
        return f": đến {fmt_date(date.fromisoformat(detail['new_due']))} — {esc(clip(detail.get('reason') or '', 120))}"
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
        lines.append("Giao trực tiếp qua bot (không kèm văn bản)")
    if task.recurrence:
        kind = f"định kỳ {RECURRENCE_NAMES.get(task.recurrence, task.recurrence)}, hạn mỗi kỳ là ngày cuối kỳ"
        words = esc(task.deadline_text) if task.deadline_text else ""
        lines.append(f"Thời hạn: {words} ({kind})" if words else f"Thời hạn: {kind}")
    elif task.deadline_text or task.due:
        words = esc(task.deadline_text) if task.deadline_text else ""
        when = f" ({fmt_date(task.due)})" if task.due and fmt_date(task.due) not in words else ""
        lines.append(f"Thời hạn: {words or fmt_date(task.due)}{when}")
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
        lines.append(f"Hoàn thành lúc {fmt_time(task.done_at, tz)} bởi {esc(task.done_by or 'không rõ')}{note}")
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
            f"⏳ Đang chờ duyệt gia hạn đến {fmt_date(pending.new_due)} — lý do: {esc(clip(pending.reason, 200))}"
        )
    lines.append(f"\n<b>Nội dung:</b>\n{esc(long_text(task.content))}")
    if history:
        lines.append("\n<b>Lịch sử:</b>")
        for event in history[-12:]:
            name = EVENT_NAMES.get(event.kind, "cập nhật")
            lines.append(f"• {fmt_time(event.at, tz)} — {name} ({esc(event.actor or 'hệ thống')}){_event_detail(event)}")
    return fit("\n".join(lines))


def period_line(recurrence: str, period: Occurrence, today: date, tz: str) -> str:
    """One period in a recurring task's details: name, due date, status, who closed it and when."""
    name = period_name(recurrence, period.period_start, period.due)
    text = f"Kỳ {name} (hạn {fmt_date(period.due)}): {STATE_LABELS[occurrence_state(period, today, tz)]}"
    if period.status == "done":
        text += f" lúc {fmt_time(period.done_at, tz)}, {esc(period.done_by or 'không rõ')}"
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

EXTEND_USAGE = "/giahan 12 30/06/2025 lý do: chờ kinh phí"
EXTEND_NEED_DEADLINE = (
    "Hệ thống chưa hiểu hạn mới. Ghi hạn rồi lý do, ví dụ: <code>/giahan 12 30/06/2025 lý do: chờ kinh phí</code> "
    "hoặc <code>/giahan 12 cuối tháng 7 vì thiếu kinh phí</code>."
)
EXTEND_NEED_REASON = "Vui lòng nêu lý do đề nghị gia hạn, ví dụ: <code>/giahan 12 30/06/2025 lý do: chờ kinh phí</code>."
RECURRING_NO_EXTENSION = (
    "Nhiệm vụ định kỳ không gia hạn được: mỗi kỳ có hạn riêng là ngày cuối kỳ. "
    "Nếu kỳ này chưa làm kịp, hãy báo cáo lý do với Ban theo dõi."
)
BTN_APPROVE, BTN_REJECT = "✔ Duyệt", "✖ Từ chối"
DECIDE_USAGE = "/duyet 5 (hoặc /tuchoi 5) — số đề nghị ghi trong tin nhắn đề nghị gia hạn"


def extension_prompt(number: int) -> str:
    """Asked after ⏳: the next message is the new deadline and the reason."""
    return (
        f"⏳ Đề nghị gia hạn <b>nhiệm vụ số {number}</b>.\nGửi trong tin nhắn tiếp theo: hạn mới và lý do, ví dụ "
        "<code>30/06/2025 lý do: chờ kinh phí</code>. Gõ /huy để thôi."
    )


def extension_sent(number: int, new_due: date) -> str:
    """Confirmation to the unit that its request went to the board."""
    return f"📨 Đã gửi Ban theo dõi đề nghị gia hạn nhiệm vụ số {number} đến {fmt_date(new_due)}. Bạn sẽ được báo kết quả."


def extension_request(request: ExtensionRequest, task: Task, unit: str) -> str:
    """What the monitoring board receives, above ✔ Duyệt / ✖ Từ chối."""
    old = fmt_date(request.old_due) if request.old_due else "thường xuyên"
    return (
        f"⏳ <b>Đề nghị gia hạn số {request.id}</b> — {esc(unit)}\n"
        f"Nhiệm vụ số {task.number}: {esc(clip(task.content, 250))}\n"
        f"Hạn hiện tại: {old} → đề nghị: <b>{fmt_date(request.new_due)}</b>\n"
        f"Lý do: {esc(clip(request.reason, NOTE_SHOWN))}\nNgười đề nghị: {esc(request.requested_by)}\n\n"
        f"<i>Hoặc gõ /duyet {request.id} hay /tuchoi {request.id}.</i>"
    )


def extension_decided(request: ExtensionRequest, task: Task, unit: str, by: str) -> str:
    """The board's message after deciding (edited in place) and the reply to a text command."""
    verdict = "✔ Đã duyệt" if request.status == "approved" else "✖ Đã từ chối"
    tail = f"; hạn mới {fmt_date(request.new_due)}" if request.status == "approved" else ""
    return f"{verdict} đề nghị gia hạn số {request.id} (nhiệm vụ số {task.number}, {esc(unit)}){tail}. Người quyết định: {esc(by)}."


def extension_result(request: ExtensionRequest, task: Task) -> str:
    """Told to the unit."""
    if request.status == "approved":
        return (
            f"✔ Ban theo dõi đã <b>duyệt</b> gia hạn nhiệm vụ số {task.number}: hạn mới <b>{fmt_date(request.new_due)}</b>.\n"
            f"{esc(clip(task.content, 200))}"
        )
    return (
        f"✖ Ban theo dõi <b>không duyệt</b> gia hạn nhiệm vụ số {task.number}; hạn vẫn là {fmt_date(task.due)}.\n"
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
    "📥 Gửi tệp thông báo kết luận (.docx, .pdf hoặc .txt, tối đa 20 MB) hoặc dán toàn bộ nội dung văn bản "
    "vào tin nhắn tiếp theo. Hệ thống sẽ gửi bản xem trước để bạn kiểm tra trước khi lưu. Gõ /huy để thôi."
)
IMPORT_WORKING = "⏳ Đang đọc văn bản, vui lòng chờ trong giây lát…"
IMPORT_BAD_TYPE = "Hệ thống chỉ đọc được tệp .docx, .pdf hoặc .txt. Tệp .doc cũ hãy mở bằng Word và lưu lại thành .docx."
IMPORT_NO_TASKS = "Không tìm thấy nhiệm vụ nào trong văn bản này. Vui lòng kiểm tra lại đây có phải thông báo kết luận không."
IMPORT_NOTHING_PENDING = "Không có bản xem trước nào đang chờ lưu. Gõ /import để nhập văn bản."
IMPORT_GONE = "Bản xem trước này đã được lưu hoặc hủy trước đó."
IMPORT_CANCELLED = "✖ Đã hủy, không lưu văn bản này."
BTN_SAVE, BTN_DISCARD = "✔ Lưu", "✖ Hủy"


def file_too_large(limit_mb: int) -> str:
    """Refusal before downloading an oversized file."""
    return f"Tệp quá lớn: bot chỉ tải được tệp tối đa {limit_mb} MB. Hãy gửi bản nhỏ hơn hoặc dán nội dung văn bản."


def import_preview(
    title: str,
    number: str | None,
    issued_on: date | None,
    groups: Sequence[tuple[str, bool, Sequence[tuple[str | None, str, str]]]],
    warnings: Sequence[str],
    total: int,
) -> str:
    """Preview grouped by unit: (unit, known, [(ref, content, deadline)]) and the warnings."""
    head = f"📄 <b>Xem trước: {esc(clip(title, 150))}</b>"
    if number or issued_on:
        head += f"\nSố {esc(number or '—')}, ngày {fmt_date(issued_on)}"
    lines = [head, f"Tổng cộng {total} nhiệm vụ cho {len(groups)} đơn vị.\n"]
    for unit, known, items in groups:
        mark = "" if known else " ⚠ <i>(chưa có trong danh mục, sẽ được tạo mới)</i>"
        lines.append(f"<b>{esc(unit)}</b> — {len(items)} nhiệm vụ{mark}")
        for ref, content, deadline in items:
            label = f"{esc(ref)}. " if ref else "• "
            lines.append(f"  {label}{esc(clip(content, 110))} — <i>{esc(deadline)}</i>")
        lines.append("")
    if warnings:
        lines.append("⚠ <b>Lưu ý:</b>")
        lines.extend(f"• {esc(clip(w, 200))}" for w in warnings[:10])
        if len(warnings) > 10:
            lines.append(f"• … và {len(warnings) - 10} lưu ý khác")
        lines.append("")
    lines.append("Kiểm tra rồi bấm <b>✔ Lưu</b> để giao việc cho các đơn vị (hoặc gõ /luu), <b>✖ Hủy</b> để bỏ.")
    return fit_preview(lines)


def fit_preview(lines: list[str]) -> str:
    """Keep the preview under the limit while keeping its last line (the instruction)."""
    text = "\n".join(lines)
    if len(text) <= MAX_TEXT:
        return text
    last = lines[-1]
    body = fit("\n".join(lines[:-1]), MAX_TEXT - len(last) - 40)
    return body + "\n<i>(bản xem trước đã được rút gọn)</i>\n" + last


def deadline_label(text: str | None, due: date | None, recurrence: str | None) -> str:
    """How the preview shows a deadline."""
    if due:
        return f"hạn {fmt_date(due)}"
    if recurrence:
        return f"định kỳ {RECURRENCE_NAMES.get(recurrence, recurrence)}"
    return text or "thường xuyên"


def import_saved(tasks: int, units: int, number: str | None) -> str:
    """The preview message after ✔ Lưu."""
    ref = f" (số {esc(number)})" if number else ""
    return f"✔ Đã lưu thông báo{ref}: {tasks} nhiệm vụ cho {units} đơn vị. Các đơn vị đã được thông báo nhiệm vụ mới."


UNASSIGNED_NOTE = "Nhiệm vụ chưa rõ đơn vị được xếp vào “Chưa phân công”; dùng /giao để giao lại."

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

ASSIGN_USAGE = (
    "Cú pháp: <code>/giao &lt;đơn vị&gt; &lt;nội dung&gt; hạn &lt;thời hạn&gt;</code>\n"
    "Ví dụ: <code>/giao Hội Nông dân Tổ chức tập huấn kỹ thuật hạn 30/06/2025</code>"
)
ASSIGN_BAD_DEADLINE = "Hệ thống chưa hiểu thời hạn “{phrase}”. Ví dụ: <code>hạn 30/06/2025</code>, <code>hạn cuối tháng 7</code>, <code>hạn thường xuyên</code>."


def assign_unknown_unit(units: Sequence[str]) -> str:
    """Refusal when the unit of /giao is not recognized."""
    return "Hệ thống không nhận ra đơn vị. Các đơn vị: " + esc(", ".join(units)) + ".\n" + ASSIGN_USAGE


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
    "luu": "Lưu bản xem trước đang chờ",
    "huy": "Hủy thao tác đang chờ",
    "help": "Hướng dẫn sử dụng",
}
COMMAND_USAGES = {
    "start": "/start MÃ_MỜI",
    "tasks": "/tasks [quahan|sapden|xong|tatca] [đơn vị] [trang]",
    "chitiet": DETAILS_USAGE,
    "done": "/done 12 [ghi chú kết quả]",
    "hoantac": UNDO_USAGE,
    "giahan": EXTEND_USAGE,
    "giaitrinh": EXPLAIN_USAGE,
    "minhchung": "/minhchung 12",
    "molai": REOPEN_USAGE,
    "duyet": "/duyet 5",
    "tuchoi": "/tuchoi 5",
    "yeucaugiaitrinh": EXPLAIN_REQUEST_USAGE,
    "giao": "/giao Hội Nông dân Tổ chức tập huấn hạn 30/06/2025",
    "report": "/report",
    "export": "/export",
    "import": "/import",
    "luu": "/luu",
    "huy": "/huy",
    "help": "/help",
}


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
