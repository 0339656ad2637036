"""What Telegram shows with HTML and buttons, as Zalo's plain text: tags dropped, each button turned
into the text command that does the same ("Trả lời: xong 12 · giahan 12 <hạn>"), long texts cut
at 2,000 characters on line boundaries; and typed commands read with or without "/" and tones.
Pure functions, no I/O."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from bot.callbacks import InvalidCallback, parse
from bot.services.base import Keyboard, Message
from conclusions.normalize import ascii_fold

MAX_TEXT = 2000
FOOTER_PREFIX = "Trả lời: "
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a\s+href="([^"]*)"[^>]*>(.*?)</a>', re.S | re.I)
_VIEW_WORDS = {"overdue": "quahan", "soon": "sapden", "done": "xong", "all": "tatca", "open": ""}

#: Words people type for each command (tones and spaces dropped, lower case) → the registry's name.
ALIASES: dict[str, str] = {
    "xong": "done", "hoanthanh": "done", "batdau": "start", "trogiup": "help", "huongdan": "help",
    "viec": "tasks", "nhiemvu": "tasks", "danhsach": "tasks", "baocao": "report",
}
#: Commands people may type as two words ("gia hạn 12 …", "bắt đầu CODE").
_TWO_WORDS = {"giahan", "hoantac", "giaitrinh", "chitiet", "minhchung", "batdau", "trogiup", "baocao", "nhiemvu",
              "hoanthanh", "danhsach", "molai", "tuchoi", "yeucaugiaitrinh"}


def plain(text: str) -> str:
    """HTML as the bot writes it for Telegram → plain text (links keep their address)."""
    text = _LINK.sub(lambda m: m.group(2) if m.group(1) in m.group(2) else f"{m.group(2)} ({m.group(1)})", text)
    return without_buttons(html.unescape(_TAG.sub("", text)))


#: The bot's sentences that tell a Telegram user which button to press, as a Zalo user types them (Zalo
#: shows no buttons; the footer lists the commands). Kept beside the texts they rewrite by a test that
#: renders every such text for Zalo and finds no button left.
_BUTTON_PROSE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"Bấm ✅ để báo hoàn thành, 📄 để xem chi tiết\.", "Gõ “xong <số>” để báo hoàn thành, “chitiet <số>” để xem chi tiết."),
    (r"Bấm 📄 để xem chi tiết\.", "Gõ “chitiet <số>” để xem chi tiết."),
    (r"bấm ✅ khi hoàn thành", "gõ “xong <số>” khi hoàn thành"),
    (r"hãy bấm ✅ ở nhiệm vụ trong /tasks rồi gửi lại tệp", "hãy gõ “minhchung <số>” rồi gửi lại tệp"),
    (r"Hoặc bấm “Xác nhận hoàn thành”\.", "Hoặc gõ lệnh ở dòng “Trả lời” cuối tin này."),
    (r"Bấm “Gửi giải trình” rồi gửi nội dung, hoặc gõ", "Gõ"),
    (r"Bấm ✔ Vẫn giao \(hoặc trả lời “có”\)", "Trả lời “có”"),
    (r"✖ Hủy \(hoặc “không”\)", "“không”"),
    (r"Bấm ✔ Lưu \(hoặc (/luu)\)", r"Gõ \1"),
    (r"✖ Hủy \(hoặc (/huy)\)", r"\1"),
    (r"Nếu bấm nhầm", "Nếu báo nhầm"),
))


def without_buttons(text: str) -> str:
    """`text` with the sentences about pressing a button reworded for typing a command."""
    if "ấm" not in text and "✖" not in text:
        return text
    for pattern, replacement in _BUTTON_PROSE:
        text = pattern.sub(replacement, text)
    return text


def command_for(data: str) -> str | None:
    """The text command a button's callback data stands for (None: nothing to type for it)."""
    try:
        cb = parse(data)
    except InvalidCallback:
        return None
    n = cb.args[0] if cb.args else 0
    last = cb.args[-1] if cb.args else 0
    simple = {
        "dn": f"xong {n}", "dy": f"xong {n}", "dt": f"chitiet {n}", "ud": f"hoantac {n}", "ro": f"molai {n}",
        "ex": f"giahan {n} <hạn mới> <lý do>", "xa": f"duyet {n}", "xr": f"tuchoi {n}", "gx": f"yeucaugiaitrinh {n}",
        "gt": f"giaitrinh {n} <nội dung>", "ev": f"minhchung {n}", "sm": "tasks", "ay": "có", "ax": "huy",
        "nm": "ten <họ và tên>", "is": "luu", "ic": "huy", "dx": "nhap excel", "dd": f"nhap {last} xoa",
        "ds": f"nhap {last} tach", "dm": "nhap ten <số> = <đơn vị>", "dw": "nhap ten <số> = moi",
    }
    if cb.verb in simple:
        return simple[cb.verb]
    if cb.verb == "ls":
        ref = cb.list_ref()
        words = ["tasks", _VIEW_WORDS.get(ref.view, ""), "<đơn vị>" if ref.unit else "", str(ref.page + 1) if ref.page else ""]
        return " ".join(w for w in words if w)
    if cb.verb == "dp":
        return f"nhap trang {cb.args[1] + 1}"
    return None


def footer(datas: Iterable[str]) -> str:
    """"Trả lời: xong 12 · chitiet 12" for the buttons' callback data ("" when none has a command);
    a command repeated for many tasks is written once ("xong <số>"), filters once ("tasks [quahan|…]")."""
    seen: list[str] = []
    for data in datas:
        command = command_for(data)
        if command and command not in seen:
            seen.append(command)
    return FOOTER_PREFIX + " · ".join(shorten(seen)) if seen else ""


def shorten(commands: list[str]) -> list[str]:
    """Fold three or more variants of one command into one line, in the place of the first."""
    variants: dict[str, list[str]] = {}
    for command in commands:
        variants.setdefault(command.split(" ", 1)[0], []).append(command)
    out: list[str] = []
    for command in commands:
        word = command.split(" ", 1)[0]
        group = variants[word]
        if len(group) < 3:
            out.append(command)
            continue
        if command != group[0]:
            continue
        tails = [g.split(" ", 1)[1] if " " in g else "" for g in group]
        if all(re.match(r"\d+(?: |$)", tail) for tail in tails):
            rests = {tail.split(" ", 1)[1] if " " in tail else "" for tail in tails}
            out.append(f"{word} <số>" + (f" {next(iter(rests))}" if len(rests) == 1 and "" not in rests else ""))
        else:
            options = [tail for tail in tails if tail]
            out.append(f"{word} [{'|'.join(options)}]" if options else word)
    return out


def keyboard_data(keyboard: Keyboard) -> list[str]:
    """Callback data of a neutral keyboard, row by row."""
    return [button.data for row in keyboard for button in row]


def markup_data(markup: dict[str, Any] | None) -> list[str]:
    """Callback data of a Telegram inline keyboard as stored in the outbox."""
    rows = (markup or {}).get("inline_keyboard") or []
    return [str(b["callback_data"]) for row in rows for b in row if isinstance(b, dict) and b.get("callback_data")]


def compose(text: str, datas: Sequence[str], *, html_text: bool = True) -> str:
    """The message's text in plain form, followed by the footer of its buttons."""
    body = plain(text) if html_text else text
    tail = footer(datas)
    return f"{body.rstrip()}\n\n{tail}" if tail else body


def render(message: Message) -> str:
    """One neutral message as Zalo text (files cannot be sent: their caption and a note instead)."""
    text = message.text
    if message.attachment is not None:
        text = "\n".join(t for t in (message.attachment.caption, text, FILE_NOT_ON_ZALO) if t)
    elif message.stored_file is not None:
        text = "\n".join(t for t in (message.stored_file.caption, text, FILE_NOT_ON_ZALO) if t)
    return compose(text, keyboard_data(message.keyboard))


FILE_NOT_ON_ZALO = "(Zalo không nhận tệp từ bot: mở trên Telegram hoặc hỏi văn phòng để lấy tệp.)"


def split(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut `text` into parts of at most `limit` characters, on line boundaries where possible."""
    text = text.strip("\n")
    if len(text) <= limit:
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one line longer than a message: cut at a space, or hard
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        parts.append(current)
    return [p for p in (part.strip("\n") for part in parts) if p]


def parse_command(text: str, known: Iterable[str]) -> tuple[str, list[str]] | None:
    """("done", ["12", "đã", "xong"]) for "/done 12 đã xong", "xong 12 đã xong" or "Xong 12 …";
    None when the text is not a command (a free answer to a question, a note).

    With "/" any registry name or alias counts. Without it, so that a note like "Báo cáo đã gửi"
    stays a note: a command on a task needs its number next ("xong 12", "gia hạn 12 …"), /start
    its code ("batdau ABC123"), /tasks at most a filter ("viec quahan"); others only alone ("huy")."""
    words = text.strip().split()
    if not words:
        return None
    names = set(known)
    slash = words[0].startswith("/")
    first = ascii_fold(words[0].lstrip("/").split("@", 1)[0])
    name, args = ALIASES.get(first, first), words[1:]
    if len(words) > 1 and ascii_fold(first + words[1]) in _TWO_WORDS:
        pair = ascii_fold(first + words[1])
        name, args = ALIASES.get(pair, pair), words[2:]
    if name not in names:
        return ("unknown", args) if slash else None
    if slash:
        return name, args
    if name in NUMBERED:
        return (name, [args[0].lstrip("#"), *args[1:]]) if args and args[0].lstrip("#").isdigit() else None
    if name == "start":
        return (name, args) if len(args) == 1 else None
    if name == "tasks":
        return (name, args) if len(args) <= 2 else None
    return (name, args) if not args else None


#: Commands about one task or request, whose number must follow when typed without "/".
NUMBERED = frozenset({"done", "giahan", "hoantac", "giaitrinh", "chitiet", "minhchung", "molai", "duyet", "tuchoi",
                      "yeucaugiaitrinh", "sua"})
