"""Directive cues in a sentence ("đề nghị", "yêu cầu", "giao", "chỉ đạo" …), lead-ins and restatements.

Each cue is checked against the words around it: "theo yêu cầu", "mục đích yêu cầu", "giao ban", "được
giao", "văn bản chỉ đạo" use the same words without asking anyone to do anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conclusions.lexicon import PAST_MARK, head_at, verb_at

_CUE = re.compile(
    r"(?<![\w])(đề nghị|yêu cầu|giao(?:\s+nhiệm vụ)?(?:\s+cho)?|chỉ đạo|phân công(?:\s+cho)?|nhờ|kính mong|"
    r"đồng ý (?:để|cho)|nhấn mạnh(?: trách nhiệm của)?|đề cao trách nhiệm của|lưu ý|kết luận)(?![\w])",
    re.I,
)
_NOT_BEFORE = {
    # "hồ sơ đề nghị khen thưởng", "văn bản đề nghị": a proposal, a noun
    "đề nghị": re.compile(r"(?<!\w)(?:theo|kiến nghị,?|các|những|có|xin|tờ trình|hồ sơ|văn bản|danh sách|công văn)\s*$|"
                          # "danh sách hộ nghèo đề nghị hỗ trợ": those on the list who ask, a noun phrase
                          r"(?<!\w)(?:danh sách|hồ sơ)(?:\s+[^\s,.;:]+){1,3}\s*$|"
                          # "Báo cáo đề nghị gửi về … trước …": the report opening the sentence is what must be sent
                          r"^\s*(?:các\s+)?(?:báo cáo|văn bản|hồ sơ|số liệu|danh sách)\s*$", re.I),
    # ("X được yêu cầu …": X is the one asked, read as its subject, as "X được giao …")
    "yêu cầu": re.compile(r"(?:theo(?: đúng)?|đúng|đáp ứng|đạt|mục đích,?|các|những|với|có|nhiều|của|đủ|là|được)\s*$|"
                          # "Báo cáo yêu cầu gửi về … trước …": the report opening the sentence is what must be sent
                          r"^\s*(?:các\s+)?(?:báo cáo|văn bản|hồ sơ|số liệu|danh sách)\s*$", re.I),
    # ("Bộ Ngoại giao", "chuyển giao công nghệ": the second syllable of another word)
    "giao": re.compile(r"(?:được|đã|bàn|đường|việc|tự|ngoại|chuyển|nhiệm vụ[^.;:]{0,80})\s*$", re.I),
    "chỉ đạo": re.compile(r"(?:lãnh đạo,?|ý kiến|văn bản|các văn bản|sự|công tác|phát biểu|điểm|ban|được|kế hoạch|"
                          r"để|việc|nội dung|định hướng|trong|ban chỉ|và|đã|vừa|,|"
                          # "Sở X được giao chỉ đạo Y …": the duty given to X is to direct Y, X's task
                          r"được\s+(?:giao|phân công)|"
                          # "X tập trung chỉ đạo triển khai …": X's own action, how X is to direct
                          r"tập trung|khẩn trương|tiếp tục|quyết liệt|"
                          # "… để tham mưu chỉ đạo giải quyết …", "Ban X tham mưu chỉ đạo …": advising on directing, a staff's work
                          r"tham mưu(?:\s+(?:cho\s+)?(?:cấp ủy|lãnh đạo))?)\s*$", re.I),
    "kết luận": re.compile(r"(?:các|những|thực hiện|theo|ban hành)\s*$", re.I),
}
_NOT_AFTER = {
    "đề nghị": re.compile(r"^\s*(?:của|được|đã)\b", re.I),
    "yêu cầu": re.compile(r"^\s*(?:của|đề ra|đặt ra|nhiệm vụ|cao|ngày càng|thực tiễn|[,.;)]|$)", re.I),
    # "giao ban" is a briefing, "giao Ban Tổ chức …" an assignment: the case tells them apart
    # (but "giao ban thường vụ các tỉnh ủy …" written in lower case names the board given the work)
    "giao": re.compile(r"^\s*(?:ban(?!\w)(?!\s+(?:thường vụ|chấp hành|chỉ huy|tuyên giáo|dân vận|quản lý dự án)(?!\w))|"
                       r"Ban\s+(?:công tác|khối|định kỳ|tháng|quý|trực tuyến)(?!\w)|(?i:lưu|thông|dịch|tiếp|nhận|"
                       r"khoán|thương|lộ|hữu)|[,.;]|$)"),
    "chỉ đạo": re.compile(r"^\s*(?:của|tại|điều hành|[,.;:]|$)", re.I),
}
# "đồng chí đã chỉ đạo các đại biểu … phải chấp hành …": told in the past, but the duty it names ("phải", "cần") is
# still theirs to carry out (not "đã chỉ đạo các xã triển khai …", what was done about it)
_PAST_WORD = re.compile(r"(?<!\w)(?:đã|vừa)\s*$", re.I)
_DUTY_AFTER = re.compile(r"\s+(?:các|những)\s[^.;:,]{1,80}?\s(?:phải|cần)\s", re.I)
# "đã được UBND tỉnh chỉ đạo", "vừa được Sở giao": a body named between a past passive and the cue
_PAST_PASSIVE = re.compile(r"(?<!\w)(?:đã|vừa)\s+được\s+(?:[^\s,.;:]+\s+){1,8}$", re.I)
# "Trong tháng 6, Thường trực HĐND đã thống nhất …, phân công chỉ đạo các ban …": the past tense of the clause before the
# comma goes on over the verbs listed after it, what was done
_PAST_CHAIN = re.compile(r"(?<!\w)(?:đã|vừa)\s[^.;:]*,\s*(?:phân công\s+)?$", re.I)
# "Hội nghị cũng thảo luận dự thảo tờ trình …; đề nghị điều chỉnh quy hoạch …": the items the meeting discussed, listed
_AGENDA = re.compile(r"\s*(?:hội nghị|phiên họp|cuộc họp|kỳ họp)(?:\s+[^\s,;]+){0,3}?\s+(?:cũng\s+)?(?:đã\s+)?"
                     r"(?:thảo luận|cho ý kiến|xem xét|nghe|góp ý)\s[^.:]*;\s*$", re.I)
_LEAD_END = re.compile(
    r"(?:như sau|sau đây|sau|như|bao gồm|gồm|là|cụ thể|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|giao|kết luận|"
    r"(?:các|những|một số)\s+(?:nhiệm vụ|nội dung|việc|công việc|giải pháp|hoạt động)[^:]{0,60}|"
    # "… nhấn mạnh chỉ đạo nhiều nội dung quan trọng trong thực hiện nhiệm vụ … của huyện trong thời gian tới:": the work ahead
    r"(?:các|những|một số|nhiều)\s+(?:nhiệm vụ|nội dung|công việc|giải pháp)[^:.;]{0,100}?\s(?:thời gian|năm|nhiệm kỳ|giai đoạn) tới|"
    r"(?<!\w)để\s+[^:,;]{0,60}?thực hiện)\s*$",  # "… anh tóm tắt lại để anh em thực hiện:"
    re.I,
)
_LEAD_TOPIC = re.compile(r"kết luận|chỉ đạo|nhiệm vụ|phương hướng|giải pháp|đề nghị|yêu cầu|giao|nhấn mạnh|phân công|lưu ý|kế hoạch|"
                         r"đột phá|"  # "… tập trung thực hiện 3 khâu đột phá sau:": a programme's breakthroughs
                         # "… gợi mở một số nội dung để Hội X tiếp tục thực hiện:": the points a speaker puts to a body
                         r"(?:các|những|một số)\s+(?:nội dung|việc|công việc|hoạt động)(?!\w)[^:]{0,20}?\sđể\s|"
                         r"(?:có|cho) ý kiến(?: chỉ đạo| kết luận)?(?: như sau| sau đây| sau)\s*$|"
                         r"(?:nội dung|việc|công việc|hoạt động)(?:\s+(?:chủ yếu|trọng tâm|cụ thể|chính))?"
                         # "… thống nhất một số nội dung trọng tâm cần thực hiện trong tháng 01/2019 như sau:": the work ahead
                         r"(?:\s+(?:cần|phải|sẽ)\s+(?:thực hiện|triển khai|làm|tập trung)[^:.;]{0,60}?)?\s+(?:sau|sau đây|như sau)\s*$",
                         re.I)
# "Bổ sung:", "Bổ sung ý kiến đ/c Chủ tịch:", "Xin bổ sung thêm mấy việc:": what follows adds to the tasks given before
_ADDENDUM = re.compile(r"\s*(?:(?:à|à quên|dạ|em|vp)\s*,?\s*)?(?:xin\s+)?bổ sung(?:\s+thêm)?"
                       r"(?:\s+(?:ý kiến|nội dung|nhiệm vụ|việc|mấy việc|một số việc)(?!\w)[^:.;]{0,80}|\s+ạ)?", re.I)
# ("Trên đây là kết luận của …, đề nghị các đơn vị nghiêm túc triển khai thực hiện": what the document was, then the same ask)
_RESTATEMENT = re.compile(
    r"thông báo (?:để|cho) .{0,80}(?:biết|thực hiện)|"
    # "UBND phường thông báo đề nghị các ngành, …, toàn thể nhân dân biết và hưởng ứng": the notice's closing
    r"thông báo (?:và )?(?:đề nghị|mời) [^.;]{0,300}?\sbiết(?:\s*(?:,|và)\s*(?:hưởng(?:\s+ứng)?|thực hiện|tham gia)(?:\s+tham gia)?)?\s*[./]*\s*$|"
    r"^(?:trên đây là [^;]{0,200}?,\s*)?(?:\S+\s+){0,8}?(?:đề nghị|yêu cầu) (?:các|mọi|toàn thể) (?P<who>[^.;]{0,60}?)"
    r"(?:nghiêm túc |khẩn trương |quan tâm )?"
    r"(?:tổ chức )?(?:triển khai )?thực hiện(?: tốt| nghiêm túc| có hiệu quả)?(?: (?:văn bản|thông báo|kết luận) này)?\s*[./]*\s*$",
    re.I,
)


@dataclass(frozen=True)
class Cue:
    """One directive word in a sentence: where it is, which word, and where what it governs begins."""

    start: int
    end: int
    word: str


# "Giao" capitalized in mid-sentence (a word, not a stop or a list mark, before it) and a name after it that is
# no body ("Xí nghiệp thủy lợi Giao Lâm vận hành …"): the name of a place, not the verb
_WORD_BEFORE = re.compile(r"\w[^\S\n]+$")
# "hướng dẫn UBND các huyện: Giao Thủy, Xuân Trường …": the places listed after a plural of their kind and a colon
_PLACES_LISTED = re.compile(r"(?<!\w)(?:huyện|quận|thị xã|xã|phường|thị trấn|thôn|xóm|bản|ấp|tỉnh|thành phố)\s*:[^\S\n]*$", re.I)


def _in_name(text: str, pos: int) -> bool:
    nxt = re.match(r"[^\S\n]+([A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]*)(?!\w)", text[pos:])
    return bool(nxt) and head_at(text, pos + nxt.start(1)) == pos + nxt.start(1)


def cues(text: str) -> list[Cue]:
    """The directive cues of `text` that really ask somebody to act ("chỉ đạo", "phân công" only with a name after)."""
    out = []
    for m in _CUE.finditer(text):
        word = m.group(1).lower()
        key = next((k for k in ("đề nghị", "yêu cầu", "giao", "chỉ đạo", "kết luận") if word.startswith(k)), word)
        before = text[max(0, m.start() - 90) : m.start()]
        after = text[m.end() : m.end() + 30]
        if key in _NOT_BEFORE and _NOT_BEFORE[key].search(before) and not (
                key == "chỉ đạo" and _PAST_WORD.search(before) and _DUTY_AFTER.match(text, m.end())):
            continue
        if key == "chỉ đạo" and _PAST_CHAIN.search(text, 0, m.start()) and not cues(text[: m.start()]) \
                and not _DUTY_AFTER.match(text, m.end()):
            continue  # "X đã thống nhất …, phân công chỉ đạo Y …": more of what X did
        if key == "đề nghị" and _AGENDA.match(text, 0, m.start()):
            continue  # "Hội nghị cũng thảo luận A; đề nghị điều chỉnh B": one more item discussed, a noun
        if key in ("chỉ đạo", "giao", "yêu cầu", "đề nghị") and _PAST_PASSIVE.search(before):
            continue  # "… đã được UBND tỉnh chỉ đạo UBND huyện X kiểm tra tại Công văn số …": asked before, reported now
        if key in _NOT_AFTER and _NOT_AFTER[key].search(after):
            continue
        if key.endswith("trách nhiệm của"):
            out.append(Cue(m.start(), m.end(), "trách nhiệm của"))
            continue
        if key in ("nhấn mạnh", "kết luận") and not re.match(r"[^.;:]{0,120}:", text[m.end() :]):
            continue  # "nhấn mạnh: …", "kết luận … như sau:" open a list; alone they assign nothing
        if key.startswith("phân công") and not re.match(r"\s*(?:cho\s+)?[A-ZĐÂĂÊÔƠƯ]", text[m.end() :]):
            continue
        if key == "giao" and text[m.start()] == "G" and (_WORD_BEFORE.search(before) or _PLACES_LISTED.search(before)) \
                and _in_name(text, m.end()):
            continue  # "Điện lực Giao Lâm", "thủy lợi Giao Thủy": in mid-sentence, a place's name, no request
        if key == "giao" and not re.match(r"\s*(?:cho\s+)?(?:[A-ZĐÂĂÊÔƠƯ]|các\s|nhiệm vụ)", text[m.end() :]):
            after_at = len(text[: m.end()]) + len(text[m.end() :]) - len(text[m.end() :].lstrip())
            if head_at(text, after_at) == after_at:
                continue
        out.append(Cue(m.start(), m.end(), key))
    return out


# "VP xin nhắc một số việc …", "nhắc lại mấy việc đã thống nhất …": a reminder whose lines are the tasks
REMINDER = re.compile(r"(?<!\w)(?:xin )?nhắc(?: lại)? (?:một số|mấy|các|những) (?:việc|nội dung|nhiệm vụ|công việc)", re.I)


# "Ban Thường vụ (cơ bản) thống nhất với dự thảo …", "Hội nghị thống nhất đánh giá …", "Thống nhất tổ chức Hội nghị …
# vào ngày …", also after an opening "Thực hiện Chỉ thị …, Ban Thường vụ thống nhất ban hành …": what the meeting
# itself agreed or decided; the work it gives ("giao X …") is said apart
_DECISION = re.compile(
    r"\s*(?:về [^:]{1,160}:\s*)?(?:(?:thực hiện|căn cứ|trên cơ sở|sau khi|qua) [^.;:]{1,200}?,\s*)?"
    r"(?:(?:ban thường vụ|thường trực|ban chấp hành|hội nghị|tập thể|ban cán sự|đảng đoàn|cuộc họp)"
    r"(?:\s+[^\s,;:]+){0,3}?\s+(?:cơ bản\s+)?(?:thống nhất|nhất trí|đồng ý|tán thành|thông qua)"
    r"|(?:thống nhất|nhất trí|đồng ý)\s+(?:tổ chức|thời gian|chủ trương))(?!\s+(?:để|cho|giao|với đề xuất|với đề nghị)(?!\w))(?=\s|[.;]?$)",
    re.I,
)
_ASSIGNS = re.compile(r"(?<!\w)(?:giao|đề nghị|yêu cầu|phân công|có trách nhiệm|chỉ đạo)(?!\w)", re.I)


def is_meeting_decision(text: str) -> bool:
    """The meeting's own agreement or decision ("Ban Thường vụ thống nhất …"), which gives nobody work."""
    return bool(_DECISION.match(text)) and not _ASSIGNS.search(text)


# "… đã phát biểu triển khai các nhiệm vụ trọng tâm cần thực hiện trong tháng 12, như:": the speech is past, the work
# it lists is still to do ("cần", "phải", "sẽ" before the verb of the work)
_WORK_AHEAD = re.compile(r"(?<!\w)(?:nhiệm vụ|việc|công việc|nội dung|giải pháp)(?:\s+(?:trọng tâm|chủ yếu|cụ thể|chính))?"
                         r"\s+(?:cần|phải|sẽ)\s+(?:tập trung\s+)?(?:thực hiện|triển khai|làm|giải quyết)(?!\w)", re.I)
# "… đã nêu rõ một số nhiệm vụ trọng tâm trong thời gian tới:", "Hội nghị đã đề ra các nhiệm vụ năm 2024 như:": the
# meeting is past, but setting out work ("đề ra", "nêu", "xác định") names what is still to do, unlike "đã triển khai"
_WORK_SET_OUT = re.compile(r"(?<!\w)(?:đề ra|nêu(?: rõ| lên| ra)?|xác định|chỉ ra|đặt ra|vạch ra)\s+(?:(?:một số|các|những|nhiều|\d+)\s+)?"
                           r"(?:nhiệm vụ|giải pháp|nội dung|công việc)(?!\w)", re.I)


def lead_in_colon(text: str) -> int | None:
    """Offset just after the ":" of a lead-in ("… kết luận như sau:", "nhấn mạnh:", "… gồm:"), else None."""
    for m in re.finditer(r":", text):
        head = text[: m.start()].rstrip()
        if re.search(r"\d\s*$", head) and re.match(r"\s*\d", text[m.end() :]):
            continue  # a time "17:30"
        if _LEAD_END.search(head) and _LEAD_TOPIC.search(head[-320:]) or _ADDENDUM.fullmatch(head):
            if PAST_MARK.search(_last_clause(head)) and not cues(head) and not _WORK_AHEAD.search(head) \
                    and not _WORK_SET_OUT.search(_last_clause(head)):
                continue  # "… đã báo cáo …, tập trung vào các nội dung:" reports, it does not assign
            return m.end()
    return None


def _last_clause(head: str) -> str:
    """The last comma part of a lead-in ("…, đó là" is too short to say anything: the part before goes with it)."""
    parts = head.split(",")
    out = parts.pop()
    while parts and len(out.split()) < 4:
        out = parts.pop() + "," + out
    return out


# The words of "carry out this document" and nothing else ("khẩn trương triển khai thực hiện các nội dung trên").
_CARRY_OUT = re.compile(
    r"(?:\s|,|\.|/|và|các|những|nghiêm túc|khẩn trương|quan tâm|tổ chức|triển khai|thực hiện|phối hợp|chỉ đạo|tốt|"
    r"có hiệu quả|hiệu quả|đầy đủ|kịp thời|đúng|căn cứ|để|nội dung|nêu trên|trên|này|văn bản|thông báo|kết luận|kế hoạch|"
    r"công văn|chỉ thị|nghị quyết|quyết định|"
    # "tập trung thực hiện tốt các nhiệm vụ trọng tâm trong tháng 8": the period's work in general, nothing named
    r"tập trung|nhiệm vụ(?: trọng tâm| được giao| đề ra)?|trong (?:tháng|quý|năm) (?:\d{1,4}(?:/\d{4})?|tới))*$", re.I)
_CARRY_OUT_START = re.compile(r"\s(?:nghiêm túc|khẩn trương|quan tâm|tổ chức|triển khai|thực hiện|phối hợp|căn cứ)\b", re.I)
# (whoever is asked: "đề nghị UBND các huyện quan tâm, chỉ đạo thực hiện./." says nothing specific either)
_ASK_EVERYONE = re.compile(r"^(?:\S+\s+){0,14}?(?:đề nghị|yêu cầu)\s+(?=\S)", re.I)
# "…; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo …": the closing's usual tail
_TROUBLE_TAIL = re.compile(r"\s*[;,]\s*(?:trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,?\s*)?nếu có (?:khó khăn|vướng mắc|phát sinh)"
                           r"[^;]*$", re.I)


# Section headings of a plan that state its aims and principles: what follows them assigns nothing.
# "II. CHỈ TIÊU", "MỤC TIÊU, CHỈ TIÊU CỤ THỂ": the figures a plan aims at, not work anyone is given
PURPOSE_HEADING = re.compile(r"(?:mục đích|yêu cầu|mục đích,? yêu cầu|mục đích và yêu cầu|quan điểm|nguyên tắc|"
                             r"(?:mục tiêu|chỉ tiêu)(?:\s*(?:,|và)\s*(?:mục tiêu|chỉ tiêu))?(?:\s+(?:cụ thể|phấn đấu|chủ yếu))?)"
                             r"(?:\s+chung)?", re.I)


def is_purpose_heading(text: str) -> bool:
    """"I. MỤC ĐÍCH, YÊU CẦU", "Mục đích, yêu cầu:": the heading of a plan's aims."""
    t = re.sub(r"^\s*\(?(?:[IVX]{1,5}|\d{1,2})[.)]\s*", "", text).strip().rstrip(":.").strip()
    return bool(PURPOSE_HEADING.fullmatch(t))


def only_carry_out(text: str) -> bool:
    """True when `text` says nothing but "carry it out" ("khẩn trương triển khai thực hiện")."""
    return bool(text.strip()) and bool(_CARRY_OUT.match(" " + text.strip()))


def is_restatement(text: str) -> bool:
    """A closing sentence that only asks everyone to carry out the document ("… để các đơn vị biết, thực hiện")."""
    text = _TROUBLE_TAIL.sub(".", text.strip())
    ask = _ASK_EVERYONE.match(text)
    start = _CARRY_OUT_START.search(text, ask.end()) if ask else None
    if start and not _has_verb(text[ask.end() : start.start()]) and _CARRY_OUT.match(text, start.start()):
        return True  # "Yêu cầu các đơn vị, địa phương khẩn trương triển khai thực hiện các nội dung trên."
    m = _RESTATEMENT.search(text)
    if not m:
        return False
    who = m.group("who") or ""  # "đề nghị các đồng chí thường xuyên kiểm tra, giám sát việc thực hiện" has its own action
    return not _has_verb(who)


def _has_verb(text: str) -> bool:
    """A verb in lower case: "Ban Chấp hành" is a name."""
    return any(w.group().islower() and verb_at(text, w.start()) > w.start() for w in re.finditer(r"(?<!\S)\S", text))
