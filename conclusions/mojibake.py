"""Text whose Vietnamese letters were lost to "?" on the way ("Ch? t?ch", "?? ngh?"), read back word by word.

A page saved through a one-byte code page keeps the letters that page has (à, á, é …) and writes "?"
for every other one, one "?" per letter (NFC, so "ề" is one letter and one "?"). `repair` puts a letter back where the damaged word fits exactly one
known word or phrase (the reading vocabulary first, then common syllables by rank), so the cue words, verbs
and unit names of the reading stages match again. The length never changes, so offsets stay valid; a word
that fits nothing is left as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from conclusions.lexicon import AUXILIARIES, HEADS, MODALS, PAST, VERBS

# Common syllables of administrative Vietnamese, most frequent first: the tie-break for one damaged syllable.
_SYLLABLES = """
của và các có được trong đã cho với là những để về này người sẽ sự cũng thời việc công tác chức năm ngày tháng
đề nghị cần phải thực hiện ban hội đảng ủy nhân dân tổ bộ chỉ đạo trưởng phó chủ tịch thường trực vụ thành
phố tỉnh huyện xã phường quận thị trấn văn bản gửi kế hoạch báo cáo tổng hợp ý kiến tham mưu nội dung
đại biểu hội đồng quốc gia đoàn phòng sở tư pháp nội vụ chính quyền đô cử tri vấn đề trên địa bàn
triển khai xây dựng chuẩn bị trả lời liên quan trách nhiệm sẽ đang không còn từ đến theo khi đó nhiều
một hai ba bốn năm sáu bảy tám chín mười hết sau trước tại vì nên nếu thì mà lại ra vào lên xuống
mới mọi nhà nước chương trình bầu quy định hoạch treo ô nhiễm môi trường lo lắng băn khoăn sự
tiếp tục triển tổ chức sắp xếp bố trí cán bộ chuyên trách thao ngay vận hành điều kiện giải quyết
ngành cấp cơ quan đơn vị lãnh đạo giao nhiệm yêu cầu kết luận hướng dẫn đôn đốc kiểm tra giám sát
thông tin thông qua tuyên truyền chuyển đổi số hóa phát triển kinh tế xã hội an ninh quốc phòng giáo dục y tế
dự kiến thông qua nghị quyết quyết định cuộc họp hội nghị giao ban đầu tư ngân sách dự án đất đai
hồ sơ thủ tục hành chính cải cách phục vụ hài lòng đánh giá kết quả chất lượng hiệu quả tiến độ
biết giữa như hiện nay vẫn trên dưới nhất phủ tế hợp họp đây đó đâu điều nữa rằng bằng thuộc chịu
""".split()

_VOCABULARY_PHRASES = VERBS | HEADS | AUXILIARIES | MODALS | PAST | {
    "đề nghị", "yêu cầu", "chỉ đạo", "phân công", "tham mưu", "đại biểu", "thành ủy", "tỉnh ủy", "huyện ủy",
    "quốc hội", "nghị quyết", "văn bản", "văn phòng", "tổ chức", "nội vụ", "cử tri", "vấn đề", "liên quan",
    "trách nhiệm", "chuyên trách", "chính quyền", "đô thị", "bầu cử", "sắp tới", "trả lời", "chuẩn bị",
    "hội đồng nhân dân", "ủy ban nhân dân", "ban thường vụ", "thường trực", "đảng đoàn", "ban cán sự",
    "đbqh", "hđnd", "ubnd", "ubmttq", "mặt trận tổ quốc", "ý kiến", "góp ý", "trong đó", "đối với",
    "cụ thể", "đặt ra", "đề ra", "ô nhiễm", "môi trường", "thường vụ", "thông qua", "cán sự đảng", "gồm có",
}

_DAMAGED = re.compile(r"\?[^\W\d_]")  # a "?" with a letter right after it: inside a word, not ending a question
_TOKEN = re.compile(r"[\w?]+")


def is_damaged(text: str) -> bool:
    """True when several words of `text` have a "?" where a letter should be."""
    return len(_DAMAGED.findall(text, 0, 20000)) >= 3


def _fits(word: str, candidate: str, kept: frozenset[str]) -> bool:
    """`word` (lower case, with "?") could be `candidate` damaged: same letters, "?" for a lost one."""
    if len(word) != len(candidate):
        return False
    for w, c in zip(word, candidate, strict=True):
        if w == "?":
            if c.isascii() or not c.isalpha() or c in kept:
                return False
        elif w != c:
            return False
    return True


def _norm(phrase: str) -> str:
    return " ".join(unicodedata.normalize("NFC", phrase.lower()).split())


@lru_cache(maxsize=8)
def _index(extra: frozenset[str]) -> tuple[dict[tuple[int, ...], list[str]], dict[int, list[str]]]:
    phrases: dict[tuple[int, ...], list[str]] = {}
    for p in sorted(_VOCABULARY_PHRASES | extra):
        parts = p.split()
        if len(parts) > 1 and any(not ch.isascii() for ch in p):
            phrases.setdefault(tuple(len(x) for x in parts), []).append(p)
    ranked = list(dict.fromkeys(_SYLLABLES + sorted({s for p in _VOCABULARY_PHRASES for s in p.split()})))
    syllables: dict[int, list[str]] = {}
    for s in ranked:
        syllables.setdefault(len(s), []).append(s)
    return phrases, syllables


def _cased(word: str, candidate: str) -> str:
    """`candidate` with the case of `word` ("?BQH" → "ĐBQH", "?oàn" → "đoàn")."""
    letters = word.replace("?", "")
    capitals = len(letters) >= 2 and letters.isupper()
    out = []
    for w, c in zip(word, candidate, strict=True):
        if w != "?":
            out.append(w)
        elif capitals:
            out.append(c.upper())
        else:
            out.append(c)
    return "".join(out)


def _between_words(text: str, start: int, end: int) -> bool:
    """"ông ?? ngh?": a word made only of "?" stands between two words, not after one as a question mark."""
    return end - start >= 2 and start > 0 and text[start - 1] == " " and text[end : end + 1] == " "


def repair(text: str, vocabulary: Iterable[str] = ()) -> str:
    """`text` with each damaged word that fits a known word or phrase given its letters back (same length).

    `vocabulary` adds phrases to recognise whole, such as the names of the organisation's units.
    """
    if not is_damaged(text):
        return text
    phrases, syllables = _index(frozenset(_norm(v) for v in vocabulary))
    # A one-byte code page keeps its own letters (à, á, ê, ò …): one seen intact was not lost. Letters beyond
    # Latin-1 (ă, đ, ơ, ư, ế …) never survive such a trip, so seeing them intact says nothing.
    kept = frozenset(c for c in text.lower() if "\u00c0" <= c <= "\u00ff" and c.isalpha())
    longest = max((len(k) for k in phrases), default=1)
    tokens = list(_TOKEN.finditer(text))
    out = list(text)
    i = 0
    while i < len(tokens):
        done = False
        for k in range(longest, 1, -1):
            group = tokens[i : i + k]
            if len(group) < k or "?" not in group[0].group(0):  # a phrase starts at a damaged word
                continue
            if any(text[a.end() : b.start()] != " " for a, b in zip(group, group[1:], strict=False)):
                continue
            words = [t.group(0) for t in group]
            lows = [w.lower() for w in words]
            for cand in phrases.get(tuple(len(w) for w in words), []):
                parts = cand.split()
                if all(_fits(w, p, kept) for w, p in zip(lows, parts, strict=True)):
                    for t, w, p in zip(group, words, parts, strict=True):
                        out[t.start() : t.end()] = _cased(w, p)
                    i += k
                    done = True
                    break
            if done:
                break
        if done:
            continue
        t = tokens[i]
        word = t.group(0)
        if "?" in word and (word.strip("?") or _between_words(text, t.start(), t.end())):
            low = word.lower()
            ranked = syllables.get(len(word), [])
            if word[0].isupper() and not re.search(r"(?:^|[.!:\n]\s*)$", text[max(0, t.start() - 3) : t.start()]):
                ranked = [s for s in ranked if s in HEADS] + ranked  # "S? N?i v?" mid-sentence: a name, "Sở"
            cand = next((s for s in ranked if _fits(low, s, kept)), None)
            if cand is not None:
                out[t.start() : t.end()] = _cased(word, cand)
        i += 1
    return "".join(out)


def restore(text: str, written: str, repaired: str) -> str:
    """`text` (read from `repaired`) with each repaired word given back as `written` had it, for quoting."""
    if written == repaired:
        return text
    kept = {m.group(0) for m in _TOKEN.finditer(written)}
    back: dict[str, str] = {}
    for r, w in zip(_TOKEN.finditer(repaired), _TOKEN.finditer(written), strict=False):
        if r.group(0) != w.group(0) and r.group(0) not in kept:
            back.setdefault(r.group(0), w.group(0))
    return _TOKEN.sub(lambda m: back.get(m.group(0), m.group(0)), text)
