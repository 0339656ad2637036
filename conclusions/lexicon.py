"""The words the reading stages look for, in one place: action verbs, unit heads, directive cues.

Written by hand: no library tags Vietnamese administrative prose. Words are kept with their tones
(compared in lower case, NFC), because folded "tổ chức" and "tỏ chúc" or "cần" and "cân" collide.
"""

from __future__ import annotations

import re
import unicodedata


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word.lower())


# Verbs (and verb-like adverbs) that open an action: "tổ chức …", "khẩn trương hoàn thiện …".
_VERBS = """
tổ chức|triển khai|thực hiện|xây dựng|rà soát|kiện toàn|chỉ đạo|hướng dẫn|đôn đốc|kiểm tra|giám sát|tuyên truyền|
vận động|tập trung|đẩy mạnh|tăng cường|nâng cao|tiếp tục|chủ động|phối hợp|chuẩn bị|hoàn thành|hoàn thiện|hoàn chỉnh|
bám sát|bám vào|làm tốt|quan tâm|chú trọng|phát huy|duy trì|củng cố|nghiên cứu|đề xuất|tham mưu|báo cáo|tổng hợp|
gửi|nộp|trình|xử lý|giải quyết|khắc phục|tiếp thu|điều chỉnh|bổ sung|sửa đổi|cập nhật|theo dõi|nắm|nắm bắt|
khẩn trương|sớm|kịp thời|chấp hành|đề cao|coi trọng|bảo đảm|đảm bảo|tạo điều kiện|hỗ trợ|tham gia|phân công|bố trí|
lựa chọn|giới thiệu|tiếp nhận|lấy ý kiến|cho ý kiến|góp ý|công khai|thông tin|chịu trách nhiệm|xin lỗi|kiểm soát|
quản lý|phát động|vận hành|huy động|cải tạo|chỉnh trang|đấu tranh|phản bác|xác định|thống nhất|ban hành|lập|
đăng ký|thành lập|khai thác|hiệp thương|bàn giao|quán triệt|nhân rộng|tránh|có văn bản|có kế hoạch|giữ vững|đổi mới|
phấn đấu|quyết tâm|tiến hành|cung cấp|xem xét|thẩm định|phê duyệt|rút kinh nghiệm|kết nối|đa dạng hóa|
tích cực|nghiêm túc|thường xuyên|cần|phải|nên|chủ trì|có trách nhiệm|đề nghị|yêu cầu|giao|ưu tiên|sắp xếp|rà|
tạo|mở|giữ|đưa|giúp|lãnh đạo|nhanh chóng|dứt điểm|khẩn cấp|tập huấn|phổ biến|biên soạn|soạn thảo|thẩm tra|
đánh giá|sơ kết|tổng kết|chuẩn hóa|số hóa|ứng dụng|chuyển đổi|cải cách|bầu ra|xét|kết nạp|phát triển|
giải ngân|tháo gỡ|họp|chọn|thông tin cho|đại diện|làm|ra quân|rà soát lại|kiểm điểm|làm rõ|tiếp xúc|đối thoại|gặp gỡ|thăm|tặng|trao|vận dụng|hoàn tất|
phản ánh|kiến nghị|thể chế hóa|kiểm kê|thống kê|khảo sát|điều tra|tiến tới|tiến đến|góp phần|có thông báo|có công văn|
có tờ trình|có văn|giúp đỡ|sửa chữa|nâng cấp|cách chức|miễn nhiệm|bãi nhiệm|đăng tải|đăng|ra thông báo|ra văn bản|
ra quyết định|ra kế hoạch|công bố|cân đối|bố trí vốn|niêm yết|phúc tra|thương lượng|sử dụng|liên hệ|
triệt phá|phân luồng|kêu gọi|gia cố|kiên quyết|chấm dứt|đẩy nhanh tiến độ|định hướng|rút ngắn|trích|chốt|tuyên dương|
đối chiếu|chỉnh sửa|tuần tra|nêu rõ|giải tỏa|giải toả|rút ra|có giải pháp|có phương án|cơ cấu lại|xác lập|cử đồng chí|cử cán bộ|
cử đại diện|cử người|cử lực lượng|cử thành viên|nhận diện|nêu cao|kế thừa|học tập|bồi dưỡng|đào tạo
"""
# Verbs of field work that open an item ("Cấp phát thùng rác …", "Nạo vét kênh …") but, being also nouns of
# lists ("phun, tiêu độc, khử trùng"), never split an action after ", ".
_ITEM_VERBS = """
cấp phát|in ấn|lắp đặt|mua sắm|nạo vét|di dời|sơ tán|chăm lo|chăm sóc|tiêm|phun|tiêu độc|khử trùng|dọn dẹp|
thu gom|thu hồi|thu|chi trả|quyết toán|thanh toán|bồi thường|đo đạc|trang trí|cưỡng chế|tu sửa|vận chuyển|
lấy mẫu|cấp cứu|phát hiện|xây mới|đưa tin|photo|in sao|tăng|nhắc|nhắc nhở|lắp|treo|ứng cứu|cắm mốc
"""
_FIELD_VERBS = {_norm(w.strip()) for w in _ITEM_VERBS.replace("\n", "").split("|") if w.strip()}
FIELD_VERBS = _FIELD_VERBS
VERBS = {_norm(w.strip()) for w in _VERBS.replace("\n", "").split("|") if w.strip()} | _FIELD_VERBS
_VERB_MAX = max(len(v.split()) for v in VERBS)

# Verbs that may open a new action after ", " only when a real object came before (see actions.py).
# Excluded: words that also head noun phrases in lists ("thi đua, khen thưởng", "chỉ tiêu").
# Verbs that also name a force in a list of bodies ("Lực lượng dân quân, bảo vệ, tuần tra"): no end of a name there.
NAMING_VERBS = {_norm("tuần tra")}

SPLIT_VERBS = VERBS - {_norm(w) for w in (
    "cần", "phải", "nên", "tích cực", "nghiêm túc", "thường xuyên",
                                             "kịp thời", "sớm", "dứt điểm", "đề nghị", "yêu cầu", "giao", "phối hợp",
                                             "xét", "mở", "giữ", "bảo đảm", "đảm bảo", "chuyển đổi", "cải cách", "đánh giá",
    "tạo", "đưa", "giúp", "thăm", "tặng", "trao", "ưu tiên", "sử dụng",
    # ("công tác đào tạo, bồi dưỡng cán bộ": one field of work; they open an action, they split none)
    "bồi dưỡng", "đào tạo",
    "trích",  # "hoàn thiện trích lục, trích đo": after a comma "trích …" names the next paper of a list
                                             "có trách nhiệm", "chủ trì", "thông tin", "nhanh chóng")} - _FIELD_VERBS

# Words that open the name of a body or a person by title ("Sở …", "Chủ tịch UBND …", "các chi bộ").
_HEADS = """
ban|phòng|sở|hội|trung tâm|đảng ủy|đảng uỷ|đảng bộ|chi bộ|đảng đoàn|ban cán sự|công an|văn phòng|trường|bệnh viện|
thôn|ấp|tổ|cơ quan|chi cục|trạm|ngân hàng|bảo hiểm|đội|tòa án|viện|liên đoàn|huyện hội|tỉnh hội|ủy ban|uỷ ban|ubnd|
hđnd|ubmttq|mttq|hạt|kho bạc|đài|quỹ|cục|tổng cục|công ty|khối|huyện đội|đồn|bộ|bộ chỉ huy|ngành|lực lượng|chi nhánh|
thường trực|ban thường vụ|ban chấp hành|ban thường trực|chủ tịch|phó chủ tịch|giám đốc|thủ trưởng|hiệu trưởng|
trưởng|bí thư|cán bộ|công chức|lãnh đạo|tập thể|cá nhân|đồng chí|huyện đoàn|tỉnh đoàn|thành đoàn|đoàn|mặt trận|
bcđ|ban chỉ đạo|tiểu ban|tổ biên tập|tuyên huấn|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|tp|thị xã|ubnd cấp tỉnh|
các|những|mỗi|từng|toàn thể|hệ thống|ngành dân vận|khối dân vận|hđnd&ubnd|ủy ban nhân dân|hội đồng nhân dân|
đ/c|bch|btv|kp|tdp|ca phường|ca xã|ca huyện|ca tỉnh|
tổ đại biểu|người đứng đầu|chi hội trưởng|chính quyền|cấp ủy|cấp uỷ|chi ủy|đảng viên|hội viên|đoàn viên|doanh nghiệp|nhà trường|công đoàn|lđlđ|ldld
"""
HEADS = {_norm(w.strip()) for w in _HEADS.replace("\n", "").split("|") if w.strip()}
_HEAD_MAX = max(len(h.split()) for h in HEADS)

# Adverbs and auxiliaries that may precede the verb of an action ("tiếp tục đấu tranh", "chủ động nắm").
AUXILIARIES = {_norm(w) for w in ("tiếp tục", "chủ động", "khẩn trương", "tích cực", "tập trung", "thường xuyên", "kịp thời",
                                  "sớm", "nghiêm túc", "cần", "phải", "quyết tâm", "sẽ", "nên", "cần phải", "nhanh chóng",
                                  "dự kiến", "từng bước")}

# Modal and plan words between a subject and its action: "X cần …", "X sẽ …", "X có trách nhiệm …".
MODALS = {_norm(w) for w in ("cần", "phải", "có trách nhiệm", "sẽ", "tiếp tục", "khẩn trương", "chủ trì", "dự kiến",
                             "cần phải", "phải khẩn trương", "cần khẩn trương", "chịu trách nhiệm", "nên", "quyết tâm")}

# Words that mark the past or the passive right before a verb: a report, not a task.
PAST = {_norm(w) for w in ("đã", "vừa", "từng", "được", "bị", "đang")}

_WORD = re.compile(r"[^\s,;:.!?()“”\"'|]+")


def words_at(text: str, pos: int, n: int) -> list[re.Match[str]]:
    """The next `n` words of `text` from `pos` (stopping at punctuation that ends a phrase)."""
    out: list[re.Match[str]] = []
    cur = pos
    while len(out) < n:
        while cur < len(text) and text[cur] in " \t\n":
            cur += 1
        m = _WORD.match(text, cur)
        if not m:
            break
        out.append(m)
        cur = m.end()
    return out


_FIRST_WORDS: dict[int, tuple[set[str], int, frozenset[str]]] = {}


def _first_words(vocabulary: set[str]) -> frozenset[str]:
    """The words that open a phrase of `vocabulary` (remembered per vocabulary, rebuilt if it grows or shrinks)."""
    known = _FIRST_WORDS.get(id(vocabulary))
    if known is None or known[0] is not vocabulary or known[1] != len(vocabulary):
        known = (vocabulary, len(vocabulary), frozenset(p.split(" ", 1)[0] for p in vocabulary))
        _FIRST_WORDS[id(vocabulary)] = known
    return known[2]


def phrase_at(text: str, pos: int, vocabulary: set[str], longest: int) -> int:
    """The end offset of the longest phrase of `vocabulary` starting at `pos` (pos itself when none)."""
    cur = pos
    while cur < len(text) and text[cur] in " \t":
        cur += 1
    first = _WORD.match(text, cur)
    if first is None or _norm(first.group(0)) not in _first_words(vocabulary):
        return pos  # most words open no phrase: no need to read the next ones
    ws = words_at(text, pos, longest)
    for k in range(len(ws), 0, -1):
        cand = _norm(" ".join(w.group(0) for w in ws[:k]))
        if cand in vocabulary and re.fullmatch(r"[^\S\n]*", text[pos : ws[0].start()] or ""):
            return ws[k - 1].end()
    return pos


def skip_chars(text: str, pos: int, chars: str = " ,:\t") -> int:
    """The first offset from `pos` that is not one of `chars` (blanks and light punctuation by default)."""
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


# "cụ thể hóa", "xã hội hoá", "đơn giản hóa" (or mistyped "cụ thế hóa"): two words made a verb by "hóa"; not the
# nouns "nhà văn hóa", "phân bón hóa học", "lưu thông hàng hóa"
_HOA_VERB = re.compile(r"[^\S\n]*[^\W\d_][a-zđà-ỹ]* (?!văn |hàng |tiêu |biến |hòa |hoà )[a-zđà-ỹ]+ h(?:óa|oá)(?!\w)"
                       r"(?! (?:học|chất|đơn)\b)")


# "tổ chức thành viên", "tổ chức chính trị - xã hội", "tổ chức đảng": bodies, not the verb "tổ chức"
_BODY_NOT_VERB = re.compile(r"[^\S\n]*[Tt]ổ chức\s+(?:thành viên|chính trị|đoàn thể|đảng|cơ sở đảng)(?!\w)")


# "báo cáo viên", "tuyên truyền viên", "hướng dẫn viên": a verb and "viên" name a person who does that work
_PERSON_OF_WORK = re.compile(r"\s+viên(?!\w)")


def body_not_verb(text: str, pos: int) -> bool:
    """True when "tổ chức" at `pos` heads the name of bodies ("tổ chức thành viên") or a verb there names a person by
    "viên" ("đội ngũ tuyên truyền viên, báo cáo viên"), no action."""
    if _BODY_NOT_VERB.match(text, pos) is not None:
        return True
    end = phrase_at(text, pos, VERBS, _VERB_MAX)
    return end > pos and _PERSON_OF_WORK.match(text, end) is not None


def verb_at(text: str, pos: int) -> int:
    """End of the action verb opening at `pos`, or `pos` when none does."""
    end = phrase_at(text, pos, VERBS, _VERB_MAX)
    if end > pos and body_not_verb(text, pos):
        return pos
    if end == pos and (text.find("hóa", pos, pos + 24) >= 0 or text.find("hoá", pos, pos + 24) >= 0):
        m = _HOA_VERB.match(text, pos)
        if m:
            return m.end()
    return end


# "Ông Lê Văn A", "Bà Nguyễn Thị B": a person by name, as "đồng chí" opens one (not "bà con", "ông bà")
_TITLED_PERSON = re.compile(r"[^\S\n]*(Ông|Bà)(?=\s+[A-ZĐ][a-zà-ỹđ]*\s+[A-ZĐ])")


def head_at(text: str, pos: int) -> int:
    """End of the unit head word opening at `pos` ("Sở", "Chủ tịch", "các"), or `pos` when none does."""
    end = phrase_at(text, pos, HEADS, _HEAD_MAX)
    if end == pos and text[pos : pos + 5].lstrip()[:1] in ("Ô", "B"):
        person = _TITLED_PERSON.match(text, pos)
        return person.end() if person else pos
    return end


def opens_with_body(name: str) -> bool:
    """The name opens with the head of a body, after a quantifier ("các chi bộ", "Phòng Kinh tế"), not with
    a thing or a number ("Những mô hình nào", "Hai hội", "các mặt còn hạn chế")."""
    bare = re.sub(r"^(?:các|những|toàn thể)\s+", "", name.strip(), flags=re.I)
    return head_at(bare, 0) > 0 and not re.match(r"(?:các|những|mỗi|từng)\b", bare, re.I)


# "đã", "vừa" before a verb: work already done.
PAST_MARK = re.compile(r"(?<!\w)(?:đã|vừa)\s", re.I)


def modal_at(text: str, pos: int) -> int:
    """End of the modal or plan word at `pos` ("cần", "sẽ", "có trách nhiệm"), or `pos` when none."""
    return phrase_at(text, pos, MODALS, 3)
