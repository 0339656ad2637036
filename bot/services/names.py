"""People's names as Vietnamese write them, family name first ("Trần Văn Bình").

Telegram keeps a first name and a last name and runs them together first-then-last, which turns a
Vietnamese "Trần Văn" + "Bình" into "Bình Trần Văn". Here the two fields are put back in the order
the person meant (family name first), the other order is kept as the second choice, and the person
picks one at /start or types their own with /ten.
"""

from __future__ import annotations

import unicodedata

from conclusions.normalize import ascii_fold

#: The most common Vietnamese family names: how the field that holds the family name is told apart
#: when both fields are filled in. Compared with their tones ("Trưởng ban" is not "Trương"); a name
#: typed without any tone ("Nguyen") is compared folded.
FAMILY_NAMES = frozenset(name.lower() for name in (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lâm", "Mai", "Trịnh", "Trương", "Lương", "Hà", "Cao", "Tạ", "Chu",
    "Lưu", "Tô", "Quách", "Thái", "Triệu", "Tăng", "Kiều", "Châu", "La", "Khổng", "Âu", "Hứa", "Nông",
    "Lò", "Kim", "Tống", "Vương", "Diệp", "Phùng", "Mạc", "Giang", "Đàm", "Lại", "Hồng", "Từ", "Thân", "Khúc",
    "Ông", "Quan", "Lục", "Hầu", "Lã", "Mã", "Vi", "Đồng", "Bế", "Lường", "Cầm", "Ninh", "Bạch", "Tôn",
    "Thạch", "Phí", "Doãn", "Khương", "Trình", "Ứng", "Viên", "Cù", "Nghiêm", "Hàn", "Giáp", "Sầm", "Lạc",
))
_FOLDED_FAMILY_NAMES = frozenset(ascii_fold(name) for name in FAMILY_NAMES)
MAX_NAME = 100


def clean_name(text: str | None) -> str:
    """One line, single spaces, composed Unicode (phones send both forms of "ễ")."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _is_family_name(part: str) -> bool:
    words = part.lower().split()
    if not words:
        return False
    word = words[0]
    return word in FAMILY_NAMES or (word.isascii() and word in _FOLDED_FAMILY_NAMES)


def name_choices(first_name: str | None, last_name: str | None) -> tuple[str, ...]:
    """The names the platform profile suggests, the likeliest first: family name first when the
    last-name field holds it ("Bình" + "Trần Văn" → "Trần Văn Bình"), otherwise the two fields in
    the order they were written; the other order second. One field alone is taken as is."""
    first, last = clean_name(first_name), clean_name(last_name)
    if not first or not last:
        return (first or last,) if first or last else ()
    family_first, as_written = f"{last} {first}", f"{first} {last}"
    if _is_family_name(last) and not _is_family_name(first):
        return (family_first, as_written)
    return (as_written, family_first)  # "Lê Văn" + "Cường", or nothing tells: keep the person's order


def valid_name(text: str) -> str | None:
    """The name typed after /ten, cleaned; None if it has no letter or is too long."""
    name = clean_name(text)
    if not name or len(name) > MAX_NAME or not any(ch.isalpha() for ch in name):
        return None
    return name
