"""Stage 5, actions: one task per action of an assignment.

Actions are split at ";" and at ", <verb> …" when the part before already has its own object
("rà soát danh sách, tổ chức tập huấn" → two; "kiểm tra, giải quyết đơn" → one: a verb without its own
object shares the next one), at an adverb and a verb after a noun ("… của từng xã khẩn trương hoàn
thiện …"), and per level when each level has its own date ("cấp xã trước tháng 3, cấp huyện trước
tháng 5"). Lists of manners ("một cách khách quan, thống nhất") and of named things ("Chương trình A,
xây dựng B") are not split. A part that opens with its own subject ("…; Ban Chỉ huy quân sự xã tham
mưu …", "… và Đại hội tỉnh hoàn thành …") takes that subject; the others share the assignment's
addressee. A last action cut off by the end of a truncated page is dropped, or given back to the
action before it when only a word or two of it is left.
"""

from __future__ import annotations

import re
from datetime import date

from conclusions.addressees import addressees_at
from conclusions.clauses import part_offsets
from conclusions.cues import only_carry_out
from conclusions.deadlines import is_deadline_sentence, task_deadline
from conclusions.document import Document, Span
from conclusions.lexicon import (
    AUXILIARIES,
    FIELD_VERBS,
    SPLIT_VERBS,
    body_not_verb,
    head_at,
    modal_at,
    phrase_at,
    skip_chars,
    verb_at,
)
from conclusions.sentences import split_semicolons
from conclusions.units import UnitResolver

_MIN_OBJECT_WORDS = 3


# ("… và trực tiếp báo cáo Bộ X": how the report goes, before the verb of a new action)
# ("…, định kỳ hằng quý báo cáo kết quả": how often opens the report, a deliverable of its own)
_ADVERB = re.compile(r"(?:đặc biệt|nhất là|đồng thời|chú ý|trước hết|trong đó)\s*,?\s*|trực tiếp\s+|"
                     r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)\s*,?\s*|định kỳ\s*,?\s*")


# "các cơ quan, đơn vị", "các ngành, địa phương": everyone the speech is for, no body in particular
_EVERYONE = re.compile(r"(?:các|mọi|toàn thể)\s+(?:(?:cơ quan|đơn vị|địa phương|ngành|cấp|sở|ban|phòng)(?:\s*,\s*|\s+và\s+|\s+|$))+$", re.I)


def _everyone(units: list) -> bool:
    return bool(units) and all(u.key is None and _EVERYONE.match(u.name) for u in units)


# Verbs of field work with a plain object ("…, đo đạc diện tích đất …"); not those that also list kinds of work
# ("phun, tiêu độc, khử trùng", "thu, chi") — the part before must still have its own object.
_FIELD_SPLIT = FIELD_VERBS - {"phun", "tiêu độc", "khử trùng", "thu", "tăng", "tiêm", "nhắc", "lắp", "treo", "photo", "in sao",
                              "in ấn", "thu gom", "thu hồi", "chi trả", "thanh toán", "quyết toán", "cấp cứu", "phát hiện",
                              "đưa tin", "trang trí", "vận chuyển", "chăm sóc", "chăm lo"}


# "…, đảm bảo cơ sở vật chất, kinh phí …": providing the means is work of its own; "…, bảo đảm an toàn, đúng tiến độ"
# only says how the work before is done
# ("…, chủ động các vật tư, phương tiện …": "chủ động" with the means after it is to have them ready, a verb;
# "…, tập trung công tác giải phóng mặt bằng …", "tập trung 2 nội dung …": "tập trung" with a work after it is to focus on it)
_PROVIDE = re.compile(r"tập trung\s+(?:vào\s+)?(?:công tác|các|những|một số|\d{1,2}|hai|ba|bốn)\s+(?=[^\W\d])|"
                      r"(?:đảm bảo|bảo đảm|chủ động)\s+(?:đầy đủ\s+)?(?:các\s+|những\s+)?"
                      r"(?:cơ sở vật chất|kinh phí|nguồn lực|nhân lực|nhân sự|trang thiết bị|"
                      r"vật tư|hậu cần|phương tiện|lương thực|nhu yếu phẩm|điện|nước sạch)\b|"
                      # "…, bảo đảm quốc phòng - an ninh": securing the defence of the place, a task of its own (not
                      # "…, bảo đảm an ninh trật tự dịp Tết" after a plan: what the plan is for)
                      r"(?:đảm bảo|bảo đảm)\s+quốc phòng\b", re.I)


# "…, đẩy nhanh giải ngân vốn …", "…, siết chặt kỷ cương …": speeding up or tightening a work named after it is an action
# of its own ("…, đẩy nhanh tiến độ thi công" after the means mobilised says how the work before goes: not split)
_SPEED_UP = re.compile(r"(?:đẩy nhanh|siết chặt)\s+(?!tiến độ)(?=[^\W\d])", re.I)


def _split_verb_at(text: str, pos: int) -> bool:
    m = _ADVERB.match(text, pos)
    if m:
        pos = m.end()
    start = pos
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos and phrase_at(text, pos, SPLIT_VERBS, 3) <= pos:
        pos = skip_chars(text, end, " ,")
    if pos > start and phrase_at(text, pos, FIELD_VERBS, 2) > pos:
        return True  # ", kịp thời phát hiện …": after "kịp thời", "khẩn trương", a verb of field work is an action
    if start == pos and _WITH_PARTNERS.match(text, pos):
        # "… và phối hợp với tổ dân phố tuyên truyền, vận động …": the work done with the partners is an action of its own
        rest = _after_partners(text[pos:])
        at = len(text) - len(rest)
        return at > pos and phrase_at(text, at, SPLIT_VERBS, 3) > at and at - pos <= 80
    return ((phrase_at(text, pos, SPLIT_VERBS, 3) > pos and not body_not_verb(text, pos)) or _SET_OUT.match(text, pos) is not None
            or phrase_at(text, pos, _FIELD_SPLIT, 2) > pos or _PROVIDE.match(text, pos) is not None
            or _SPEED_UP.match(text, pos) is not None
            or _PROVIDE.match(text, start) is not None)


# "… và đề ra giải pháp khắc phục": "đề ra" with what it sets out is an action ("các nhiệm vụ đã được … đề ra" is not)
_SET_OUT = re.compile(r"đề ra\s+(?:các\s+|những\s+)?(?:giải pháp|biện pháp|phương án|kế hoạch|lộ trình)\b", re.I)


# ", hoàn thành trước ngày …", ", trình … trong tháng 4": when the action before ends, not a new one (a report to
# send is a deliverable of its own: a task).
_FINISHING = re.compile(
    # ", ban hành trước ngày 15/9", ", bàn giao trước ngày 22/12": a verb of the action before, with only its date (a report
    # or a sending is a deliverable of its own)
    r"(?:(?:hoàn thành|xong|phấn đấu|trình)\b[^,;]*?|(?:tổng kết|sơ kết)\s+|(?!báo cáo|gửi|nộp)[^\W\d]+(?:\s+[^\W\d]+)?\s+(?=trước|chậm nhất))"
    r"(?:trước|trong|chậm nhất|đến|vào)\s+"
    r"(?:ngày\s+)?(?:\d|tháng|quý|năm|cuối|6 tháng|tết)",
    re.I,
)
# "… quy định về CCHC, xây dựng nền hành chính …": after "về" and a short topic, the comma lists topics
# "tổ chức ngày hội hiến máu, phấn đấu tiếp nhận 150 đơn vị": the target of the action before, no new action
_TARGET = re.compile(r"\s*phấn đấu\s", re.I)
_ABOUT_TOPIC = re.compile(r"\svề\s+(?:\S+\s+){0,3}\S+$")
_SENT_TO = re.compile(r"(?:gửi|nộp|báo cáo|chuyển|trình|trả)\b[^,;]*\svề\s+(?:\S+\s+){0,3}\S+$")  # "gửi về X": where, not what
_MANNER = re.compile(r"một cách\s[^,;]*(?:,[^,;]*)*$")  # "một cách khách quan, thống nhất": how, not a new action
# An adverb and a verb, or a verb that rarely modifies a noun ("… nhân sự hoàn thành Đại hội", "… dân tộc tổ chức các
# hoạt động"), after a noun: a second action run on without a comma.
_RUN_ON = re.compile(r"(?:khẩn trương|tiếp tục|chủ động|tích cực)\s|hoàn thành\s+(?:tổ chức|việc|các|[A-ZĐ])|"
                     r"tổ chức\s+(?:các|những|tốt|thành công)\s")
# "tỷ lệ hoàn thành", "thời gian hoàn thành", "việc tổ chức": the verb names a measure or is made a noun
_NOT_RUN_ON_AFTER = re.compile(r"(?:tỷ lệ|tiến độ|tình hình|mức độ|thời gian|thời hạn|kết quả|việc|công tác|đã|chưa|được|sẽ|để|"
                               r"nhằm|và|hoặc|cho|các|những|của|cơ quan|cá nhân|"
                               # "xây dựng chuyên đề về tổ chức các hoạt động Tết": a preposition's object, a topic
                               r"về|với|theo|trong|"
                               # "với tinh thần khẩn trương nhất": the spirit the action is done in, an adjective there
                               r"tinh thần|tác phong|thái độ)\s*$|"
                               # "vận động hội viên chủ động …": the people urged, then what they are urged to do
                               r"(?:vận động|động viên|hướng dẫn|khuyến khích|tuyên truyền|nhắc nhở)\s+(?:[^\s,;]+(?:,\s*|\s+)){0,3}?"
                               r"(?:hội viên|đoàn viên|đảng viên|người dân|nhân dân|hộ dân|người lao động)\s*$|"
                               # "lãnh đạo các tổ chức Đảng tiếp tục …", "hướng dẫn UBND các huyện: A, B chủ động …": those
                               # led or guided (their names listed after a colon), then what they are led to do
                               r"(?:lãnh đạo|chỉ đạo|hướng dẫn|đôn đốc)\s+(?:UBND\s+|Ủy ban nhân dân\s+)?(?:các|những)\s+[^,;:]{1,40}"
                               r"(?::\s*(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)*(?:\s*,\s*(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)*)*)?$", re.I)
# "Tổng hợp tình hình thiệt hại, báo cáo …": what is compiled is the report, one task (also "theo dõi, tổng hợp …, báo cáo")
_COMPILING = re.compile(r"\s*(?:[-–+•]\s*)?(?:định kỳ,?\s+)?(?:(?:thứ \w+\s+)?(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm),?\s+)?"
                        r"(?:tổng hợp|thống kê)\s", re.I)
_NOUN_PAIR = re.compile(r"(?:cá nhân|người dân|doanh nghiệp|cơ quan|đơn vị|"
                        # "rà soát chức năng, nhiệm vụ, tổ chức bộ máy": the parts of a body, one object
                        r"chức năng,?\s+nhiệm vụ(?:,?\s+quyền hạn)?)\s*$")  # "cá nhân, tổ chức": nouns
# "…, tránh tình trạng dịch bệnh kéo dài", "…, nâng cao thu nhập và đời sống nông dân." (closing the clause): after a
# comma, what the action before should avoid or lead to, no action of its own
_OUTCOME = re.compile(r"\s*(?:(?:nhằm|để)\s+)?(?:tránh\s+(?:tình trạng|để|xảy ra|việc)|"
                      r"nâng cao\s+(?:thu nhập|đời sống|mức sống)(?:\s+(?:và|,)\s*(?:thu nhập|đời sống|mức sống))?(?:\s+(?:vật chất|tinh thần))?"
                      r"(?:\s+(?:của|cho)\s+)?\s*(?:nông dân|người dân|nhân dân|hội viên|người lao động|đoàn viên)?\s*[.;]?\s*$)", re.I)
# "vai trò của hội viên trong phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh …": the fields a role or a place
# is named in, listed after "trong", "vào", "đối với" …; the next field is no action of its own
_IN_DOMAIN_END = re.compile(r"(?<!\w)(?:trong|vào|cho|đối với|với|về|của)\s+(?:(?:quá trình|sự nghiệp|công cuộc|việc)\s+)?"
                            r"(?:phát triển\s+)?kinh tế\s*[-–]?\s*xã hội\s*$", re.I)
_NEXT_DOMAIN = re.compile(r"\s*(?:bảo đảm|đảm bảo|giữ vững|củng cố|tăng cường)\s+quốc phòng", re.I)
# "chú trọng công tác tham mưu, đề xuất lãnh đạo giải quyết …", "tăng cường công tác kiểm tra, giám sát việc …": a work
# named by a pair of verbs that go together, one work
_WORK_PAIR_END = re.compile(r"(?<!\w)(?:công tác|việc|hoạt động)\s+(?:tham mưu|kiểm tra|giám sát|theo dõi|hướng dẫn)\s*$", re.I)
_WORK_PAIR_NEXT = re.compile(r"\s*(?:đề xuất|giúp việc|giám sát|kiểm tra|đôn đốc|theo dõi)(?!\w)", re.I)
# "tuyên truyền về đại hội Đảng các cấp, tiến tới Đại hội lần thứ XIV": the event the one before leads up to, a name
_LEADING_TO = re.compile(r"\s*tiến tới\s+[A-ZĐ]")
# "…, nhất là chú trọng …", "…, chú trọng vào phong trào …": the part of the action before that is stressed, no new one
_STRESSED = re.compile(r"\s*(?:(?:nhất là|đặc biệt là)\s|chú trọng\s+vào\s)", re.I)
# "… như: vệ sinh môi trường, chăm sóc cây xanh, tu sửa …": examples of the work before, listed
_EXAMPLES = re.compile(r"(?<!\w)như\s*:")
# "phát huy tinh thần đoàn kết, thống nhất": one more quality of the spirit, no verb of its own
_SPIRIT_END = re.compile(r"(?<!\w)tinh thần(?:\s+[^\s,;]+){1,3}\s*$", re.I)
_SPIRIT_LIST = re.compile(r"(?<!\w)tinh thần(?:\s+[^\s,;]+){1,3}(?:\s*,\s*[^\s,;]+(?:\s+[^\s,;]+)?)+\s*$", re.I)


def _singled_out(text: str, pos: int) -> bool:
    """After a comma, what the action before stresses ("nhất là …", "chú trọng vào <a noun>"): no task of its own
    ("…, chú trọng bồi dưỡng kỹ năng …" with a verb after it is one)."""
    m = _STRESSED.match(text, pos)
    if m is None:
        return False
    at = skip_chars(text, m.end())
    return m.group(0).strip().lower().startswith(("nhất là", "đặc biệt")) or verb_at(text, at) == at


def _verb_of(text: str, pos: int) -> bool:
    """"bám sát chủ trương của Đảng, chỉ đạo của Trung ương": a verb with "của" after it is a noun (the directions
    of …), one more object of the verb before."""
    end = verb_at(text, pos)
    return end > pos and re.match(r"\s+của(?!\w)", text[end:]) is not None


# "ý kiến, kiến nghị", "phản ánh, kiến nghị": opinions listed as nouns, not a new action
# "đơn thư tố cáo, phản ánh đối với tổ chức đảng": complaints listed as nouns too
_OPINION_END = re.compile(r"(?:ý kiến|nguyện vọng|kiến nghị|phản ánh|đề xuất|tâm tư|tố cáo|khiếu nại)\s*$")
_OPINION_NEXT = re.compile(r"(?:kiến nghị|phản ánh|đề xuất|nguyện vọng|đề đạt|tố cáo|khiếu nại)(?:\s+(?:của|từ|về|đối với)\b|\s*$)")
# "căn cứ chức năng, nhiệm vụ và địa bàn được giao phụ trách, quản lý thực hiện …": the verbs of what was given, listed
_GIVEN_VERBS = re.compile(r"(?<!\w)được (?:giao|phân công)(?: nhiệm vụ)?\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*$", re.I)
# "Giám đốc các Sở: A, B căn cứ khả năng cân đối ngân sách, tham mưu …": on what basis, then the action
_BASIS_ONLY = re.compile(r"\s*(?:căn cứ|trên cơ sở|dựa (?:trên|vào))\s[^,;]*$", re.I)
# "chỉ đạo của UBND tỉnh, lãnh đạo UBND tỉnh tại …": the leaders of a body, a noun, no action
_LEADERS_OF = re.compile(r"lãnh đạo\s+(?=[^\W\d_])")
# "…; đồng thời kêu gọi sự đồng thuận, ủng hộ của nhân dân": the speaker appeals to everyone, nobody is given work
_APPEAL = re.compile(r"\s*(?:đồng thời\s*,?\s*)?(?:kêu gọi|mong muốn|mong nhận được)\s+(?:được\s+)?sự\s", re.I)
# "; Công văn số 64/UBND-KSTT ngày …": one more document cited in the list before, no new clause
# "…; công tác sắp xếp, tinh gọn bộ máy và …": a part opening with a field of work, no verb, goes on listing the object
# before ("…; công tác tuyên truyền cần được đẩy mạnh" says what must be done with it: a duty of its own)
_TOPIC_NEXT = re.compile(r"\s*(?:công tác|vấn đề)\s", re.I)
_DUTY_WORDS = re.compile(r"(?<!\w)(?:cần|phải|sẽ|được|phấn đấu|bảo đảm|đảm bảo)(?!\w)", re.I)
_CITED_NEXT = re.compile(r"\s*(?:và\s+)?(?:(?:tại|theo)\s+)?(?:Công văn|Văn bản|Kế hoạch|Thông báo|Quyết định|Chỉ thị|Nghị quyết|"
                         r"Kết luận|Hướng dẫn|Thông tư|Nghị định)\s+(?:số\s+)?\d")
# "Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025": the name of a conference
_CONFERENCE_END = re.compile(r"(?<!\w)[Hh]ội nghị\s+(?:tổng kết|sơ kết)\s[^,;()]*$")
_CONFERENCE_NEXT = re.compile(r"(?:triển khai|định hướng)\s+(?:nhiệm vụ|phương hướng|kế hoạch|công tác)\b")
# "hoàn thành những công việc còn tồn đọng, nhất là việc quyết toán và bàn giao mặt bằng": the works singled out of the
# task before, "và" joins them, no new task
_SINGLED_WORK = re.compile(r"(?:nhất là|đặc biệt là|trong đó có)\s[^,;]*$")
# "nâng cao năng lực lãnh đạo, quản lý và phát huy …": the verbs after a word of capacity are nouns, the object ends there
_CAPACITY_END = re.compile(r"(?:năng lực|hiệu lực|hiệu quả|trình độ|kỹ năng|kỹ năng|nghiệp vụ)\s+[^\W\d]+(?:\s+[^\W\d]+)?"
                           r"(?:\s*,\s*[^\W\d]+(?:\s+[^\W\d]+)?)*\s*$", re.I)
# "Báo cáo UBND tỉnh và trả lời công dân trước ngày …": the report to a superior is a deliverable; what comes after "và"
# is another
_REPORT_TO_BODY = re.compile(r"\s*(?:[-–+•]\s*)?báo cáo\s+(?:về\s+|lên\s+|cho\s+)?(?:[A-ZĐ]\S*|các\s+đồng chí)(?:\s+\S+){0,5}\s*", re.I)
_COORD_END = re.compile(r"phối hợp(?: chặt chẽ)?(?: với| cùng)?\s*$")
_RESOLVED_END = re.compile(r"(?<!\w)(?:cần|phải|sẽ|quyết tâm|tiếp tục|phấn đấu|chủ động)$", re.I)
_PURPOSE = re.compile(r"(?:^|(?<!triệt)\s)(?:(để|nhằm)|bảo đảm|đảm bảo)\s")  # not the adverb "triệt để"


def _leaders_of(text: str, pos: int) -> bool:
    m = _LEADERS_OF.match(text, pos)
    return bool(m) and text[m.end()].isupper()


def _in_purpose(before: str, opens: bool = False) -> bool:
    """Inside "để <someone> làm …" or "bảo đảm …", a comma lists that clause's parts, not new tasks; `opens` when
    `before` opens its clause (after ";" or the subject), where a "bảo đảm" first is the clause's own verb.

    "… để làm tốt công tác chuẩn bị, rà soát nhân sự" goes on with the task's own verbs: no block.
    """
    found = list(_PURPOSE.finditer(before))
    if not found:
        return False
    last = found[-1]
    at = skip_chars(before, last.end(), " ,")
    lead = before[: last.start()].strip()
    if not last.group(1) and lead and verb_at(lead, 0) == len(lead):
        return False  # "chỉ đạo bảo đảm cung ứng hàng hóa, tăng cường …": what is directed, the first of the actions
    if not last.group(1) and (_RESOLVED_END.search(lead) or not lead and opens):
        # "Phường quyết tâm bảo đảm an sinh xã hội, chăm lo …", "…; bảo đảm an sinh xã hội, giữ vững …": "bảo đảm" is
        # the verb of the first action
        return False
    if not last.group(1) or verb_at(before, at) == at:
        return True
    return _object_words(before[at:]) < 3  # "để tổng hợp, trình …" is the receiver's work
_SERVING_VERBS = {"tham mưu", "hướng dẫn", "hỗ trợ", "tạo điều kiện", "thông tin", "báo cáo", "giúp",
                  "chuẩn bị"}  # "… cho X": X served ("chuẩn bị cho Đại hội …": the event prepared for)
_WHOLE_VERBS = {"rút kinh nghiệm", "xin lỗi"}  # a verb and its object in one phrase: never shares the object after it
_PREPOSITIONS = {"trong", "về", "với", "cho", "theo", "tại", "trên", "đến"}
_NOT_OBJECT = {"nhằm", "để", "và", "cho", "với", "theo", "tại"}
# "tổ chức vào ngày 20/10": when, no object (but "huy động tối đa lực lượng": "tối đa" is how much, not the evening)
_WHEN = re.compile(r"(?:vào\s+)?(?:ngày|lúc|dịp|sáng|chiều|tối(?!\s+(?:đa|thiểu|ưu|cần thiết)))\s|vào\s+\d")
# "thực hiện thường xuyên", "triển khai nghiêm túc, kịp thời": only how or how often, no object of its own
_ONLY_HOW = re.compile(
    r"(?:(?:một cách\s+)?(?:thường xuyên|liên tục|định kỳ|hằng (?:ngày|tuần|tháng|quý|năm)|hàng (?:ngày|tuần|tháng|quý|năm)|"
    r"nghiêm túc|kịp thời|có hiệu quả|hiệu quả|đúng quy định|đúng tiến độ|đúng hạn|ngay|dứt điểm|tốt|"
    r"đầy đủ|chặt chẽ|quyết liệt|đồng bộ)(?:\s*(?:,|và)\s*|\s+|$))+[.;]?\s*$",
    re.I,
)


# "về chương trình đại hội", "về văn kiện": a topic opening a clause of a request, before a comma and its action
_ABOUT_LEAD = re.compile(r"về\s+[^,;:]{2,60}", re.I)
# "…; nếu có vấn đề đột xuất, khẩn cấp, kịp thời báo cáo UBND tỉnh": the case in which the action after it is due
_CONDITION_LEAD = re.compile(r"(?:nếu|trường hợp|trong trường hợp|khi)\s", re.I)
_TOPIC_COLON = re.compile(r"(?:riêng\s+)?đối với\s[^:;]{1,120}:\s*", re.I)


def _verdict(text: str) -> bool:
    """"đối với X: kỷ luật cảnh cáo": a topic and a colon, then no action verb."""
    m = _TOPIC_COLON.match(text)
    return bool(m) and not _opens_with_verb(text[m.end() :])


def _only_how(text: str) -> bool:
    """"thực hiện thường xuyên", "triển khai nghiêm túc, kịp thời": a verb (after adverbs) and only how it is done."""
    pos = 0
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos and verb_at(text, skip_chars(text, end, " ,")) > skip_chars(text, end, " ,"):
        pos = skip_chars(text, end, " ,")
    verb_end = verb_at(text, pos)
    return verb_end > pos and bool(_ONLY_HOW.fullmatch(text, skip_chars(text, verb_end, " ,")))


# "công tác chuẩn bị", "việc kiểm tra", "nhiệm vụ phân công", "Ủy ban kiểm tra": a verb made a noun, a modifier or a
# name by the word before it; the part has its own object and the next verb starts a new action.
# "kết quả công tác quản lý, tổ chức lễ hội": two kinds of work sharing the object after them, one action
_BARE_WORK_END = re.compile(r"(?:công tác|việc|hoạt động)\s+(?:quản lý|tổ chức|kiểm tra|giám sát|hướng dẫn|theo dõi|chỉ đạo)\s*$")
# "đẩy mạnh các phong trào thi đua, gắn với chuyển đổi số, xây dựng nông thôn mới": what the work is tied to, listed
_TIED = re.compile(r"(?:^|[\s,])(?:gắn với|gắn liền với|lồng ghép với|kết hợp với)\s+(?:[^\s,;]+\s+){0,8}[^\s,;]+\s*$", re.I)
# "tăng cường công tác tuyên truyền, vận động hội viên …": one work of spreading the word and rallying, not two
_SPREAD_END = re.compile(r"(?:công tác|việc|hoạt động)\s+tuyên truyền\s*$", re.I)
# and "công tác tuyên truyền, định hướng (dư luận) về …": spreading the word and steering opinion, one work too
_MOBILISE = re.compile(r"\s*(?:(?:vận động|giáo dục)\s+(?:cán bộ,?\s+)?(?:hội viên|đoàn viên|đảng viên|nhân dân|người dân|hộ dân|"
                       r"người lao động|quần chúng)|định hướng(?:\s+dư luận)?(?:\s+về|\s+cho|\s*$))", re.I)
# "chú trọng công tác tham mưu, đề xuất lãnh đạo Sở giải quyết …": advising and proposing, one work with one object
_ADVISE_END = re.compile(r"(?:công tác|việc|hoạt động)\s+tham mưu\s*$", re.I)
_PROPOSE = re.compile(r"\s*(?:đề xuất|kiến nghị)\s", re.I)
# "báo cáo về tình hình phân bổ và giải ngân vốn": after "tình hình", "kết quả", "tiến độ" the words joined by "và"
# name what the report is about, not a second action
_SITUATION_END = re.compile(r"(?:tình hình|kết quả|tiến độ)\s+[^\W\d]+(?:\s[^\W\d]+)?\s*$", re.I)
# "giám sát việc trả lời, giải quyết kiến nghị": the verbs after "việc" name one piece of work, sharing its object
# (a report or a sending after it is still its own step); so do they after "có sự" ("có sự theo dõi và giám sát chặt chẽ")
_DOING_OF = re.compile(r"(?<!\w)(?:việc|(?:có|với|bằng|cần) sự)\s+[^\W\d]+(?:\s[^\W\d]+)?\s*$", re.I)
_CLOSING_VERB = re.compile(r"(?:(?:kịp thời|định kỳ|thường xuyên|hằng|hàng)\s+(?:\S+\s+)?)?(?:báo cáo|gửi|nộp|trình)\b", re.I)
_NOMINAL_END = re.compile(r"(?:công tác|việc|hoạt động|sự|cuộc|các|những|phong trào|kế hoạch|chương trình|nhiệm vụ|"
                          r"khâu|bước|"
                          r"[Bb]an|[UuỦủ][ỷỶyY] ban)\s+[^\s,]+(?:\s[^\s,]+)?\s*$")  # "việc thu, nộp": verbs listed, not a noun


_IN_FIELD_END = re.compile(r"\strong\s+[^\s,]+(?:\s[^\s,]+)?\s*$")


def _field_then_named(before: str, rest: str) -> bool:
    """"đẩy mạnh chuyển đổi số trong tuyên truyền, xây dựng “khu dân cư …”": the verb after "trong" names a field of the
    action before, and the next verb has a named thing of its own (quoted or capitalised) as its object: no shared object
    ("… trong tham mưu, giải quyết công việc" shares one)."""
    if not _IN_FIELD_END.search(before):
        return False
    end = verb_at(rest, 0)
    after = rest[skip_chars(rest, end) :] if end > 0 else ""
    return after[:1] in ("“", '"') or after[:1].isupper()


def _a_name_of_a_thing(text: str) -> bool:
    """"Chương trình giảm nghèo, xây dựng ngõ xóm …": a clause opening with a capitalized name that is neither an
    action nor a body lists things (objects of the action before it); its commas are no new actions."""
    pos = skip_chars(text, 0, " ,")
    return text[pos : pos + 1].isupper() and not _opens_with_verb(text) and head_at(text, pos) == pos


def _opens_with_verb(text: str) -> bool:
    """An action, not a subject: a verb after the adverbs that open `text`."""
    pos = skip_chars(text, 0, " ,")
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos:
        pos = skip_chars(text, end, " ,")
    return verb_at(text, pos) > pos


def _described_by_past(text: str) -> bool:
    """"… tại các tuyến đường đã đăng ký": a past verb after a noun at the end describes it, no verb sharing an object."""
    last = re.search(r"\s\S+\s(?:đã|đang)\s+(\S+(?:\s\S+)?)$", text)
    return bool(last) and len(text.split()) >= 5 and verb_at(last.group(1), 0) == len(last.group(1))


# "tổ chức trực ban nghiêm túc, kịp thời báo cáo …": after a verb and its object, these say how it is done; they are
# words that open an action too ("nghiêm túc thực hiện"), but at the end they share no object with what follows
_MANNER_END = re.compile(r"\S+\s+\S+\s+(?:nghiêm túc|thường xuyên|kịp thời|chặt chẽ)\s*$", re.I)


def _ends_with_verb(text: str) -> bool:
    """"nghiên cứu và báo cáo …": two verbs share what follows."""
    if _MANNER_END.search(text) and _opens_with_verb(text):
        return False
    words = text.split()
    return any(verb_at(" ".join(words[-k:]), 0) == len(" ".join(words[-k:])) for k in (1, 2) if len(words) >= k)


def _name_then_verb(text: str) -> bool:
    """"chỉ đạo UBND xã Hòa Phú kiểm tra, xử lý …": a name, then a verb whose object comes after the comma."""
    words = text.split()
    for k in (1, 2):
        if len(words) > k and verb_at(" ".join(words[-k:]), 0) == len(" ".join(words[-k:])):
            return words[-k - 1][:1].isupper()
    return False


def _object_words(text: str) -> int:
    """How many words follow the opening verb of `text` ("đẩy mạnh hệ thống chăn nuôi" → 3)."""
    text = text.strip()
    pos = 0
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos:
        pos = skip_chars(text, end, " ,")
    rest = text[skip_chars(text, verb_at(text, pos), " ,") :].split()
    return 0 if not rest or rest[0].lower() in _PREPOSITIONS else len(rest)


def _has_object(text: str) -> bool:
    """True when words follow the verbs and adverbs that open `text` ("tiếp tục đấu tranh" has none)."""
    pos = 0
    text = text.strip()
    if _PROVIDE.match(text):
        return True  # "chủ động các vật tư": the means to have ready are its object
    while True:  # adverbs and auxiliaries ("tiếp tục", "chủ động"), then one verb
        m = _ADVERB.match(text, pos)
        if m and m.end() > pos:
            pos = m.end()
        end = phrase_at(text, pos, AUXILIARIES, 2)
        if end == pos:
            break
        pos = skip_chars(text, end, " ,")
    verb_end = verb_at(text, pos)
    if verb_end == pos and pos > 0 and phrase_at(text, 0, AUXILIARIES, 2) > 0:
        return False  # "quyết tâm trong thời gian tới": an attitude, no action
    serves = text[pos:verb_end].lower() in _SERVING_VERBS
    if text[pos:verb_end].lower() in _WHOLE_VERBS:
        return True  # "nghiêm túc rút kinh nghiệm, thực hiện …": an action complete without an object
    pos = skip_chars(text, verb_end, " ,")
    rest = text[pos:].split()
    if rest and rest[0].lower() == "và" and verb_at(text, skip_chars(text, pos + 2, " ")) > skip_chars(text, pos + 2, " "):
        return _has_object(text[pos + 2 :])  # "duy trì và nâng cao chất lượng …": two verbs, one object after them
    # "theo dõi" is a verb, not "theo"; "tham mưu cho cấp ủy" has whom it serves
    if _WHEN.match(text, pos) or _ONLY_HOW.fullmatch(text, pos):
        return False
    return bool(rest) and (rest[0].lower() not in _NOT_OBJECT or verb_at(text, pos) > pos or
                           (rest[0].lower() == "cho" and serves and len(rest) >= 2))




# "chủ trì, phối hợp với Sở A và UBND các xã" before the verb: who works with whom, the action comes after it
_PARTNERS_ONLY = re.compile(r"^[^,;]{0,60}?\bchủ trì\s*,?\s*phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+[^;]*$|"
                            r"^\s*phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+[^;]*$")
_LOWER_WORD = re.compile(r"(?<!\S)[a-zđà-ỹ]\w*")
_WITH_PARTNERS = re.compile(r"\s*(?:chủ trì\s*,?\s*)?phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+", re.I)


def _after_partners(text: str) -> str:
    """"phối hợp với Sở X rà soát các nguồn thu": the action after the partners, whose object is measured."""
    m = _WITH_PARTNERS.match(text)
    if not m:
        return text
    words = (w.start() for w in _LOWER_WORD.finditer(text, m.end()))  # names are capitalized, verbs not
    verb = next((at for at in words if verb_at(text, at) > at), None)
    if verb is None and _PARTNERS_ONLY.match(text):
        return ""  # "chủ trì phối hợp với các sở, ngành và UBND các quận, huyện": the partners only, no action yet
    return text if verb is None else text[verb:]


# "…, gửi về Sở X trước 17 giờ ngày 7/11": sending what the action before produced, by when; no task of its own
_DELIVERY = re.compile(r"(?:(?!báo cáo)[^\W\d][^,;.\s]*\s+){0,2}?(?:gửi|nộp|trình)\s+(?:kết quả\s+|báo cáo\s+|về\s+|cho\s+)*"
                       r"(?:[^,;.()]|\([^()]{0,120}\)){0,100}?\s(?:trước|chậm nhất|không muộn hơn|"
                       r"trong (?:ngày|tháng|tuần))\s[^,;(]{0,40}(?:\([^)]{0,100}\))?"  # "(mỗi xã không quá 03 hộ)"
                       r"(?:\s+để\s[^;.]{0,60})?\s*(?:[.;]|$)")  # "… để thẩm định, trình ký": what it is sent for
# "…, đồng thời gửi bản điện tử qua hộp thư …", "…; bản mềm gửi qua …": the copy of what was sent, by another channel
COPY_CHANNEL = re.compile(r"\s*(?:đồng thời\s+)?(?:(?:bản mềm|bản điện tử|file mềm|file)\s+)?(?:gửi|nộp)\s+(?:kèm\s+)?"
                          r"(?:bản mềm|bản điện tử|file mềm|file)?[^,;]{0,20}?\s*(?:qua|vào)\s+(?:hộp thư|hòm thư|thư điện tử|địa chỉ|e-?mail|"
                          r"hệ thống|phần mềm|zalo)", re.I)
_COPY_CHANNEL = COPY_CHANNEL
# "… và nộp hồ sơ về Ban X.": sending what the action before produced, with no date: no task of its own
_SEND_END = re.compile(r"(?:gửi|nộp)\s+(?:[^,;.\s]+\s+){0,3}?(?:về|lên|cho)\s+[^,;.]{1,60}[.;]?\s*$")
# "…; xong trước ngày 30/6": only when it must be done
_DONE_BY = re.compile(r"\s*(?:phải\s+)?(?:xong|hoàn thành)\s+(?:trước|chậm nhất|trong|không muộn hơn)\s", re.I)
# "…; gửi về Sở X trước ngày 5/1": the clause after ";" only sends what the one before produced, by when
# "…; tuyệt đối không thả rông gia súc, không …": what must not be done, the rule the action before spreads or keeps
_PROHIBITION = re.compile(r"\s*(?:tuyệt đối\s+|nghiêm cấm\s+|kiên quyết\s+)?không\s+(?!để\s)\w", re.I)
_SEND_ONLY = re.compile(r"\s*(?:(?!báo cáo)[^\W\d][^,;.\s]*\s+){0,2}?(?:gửi|nộp|trình)\s+(?:[^,;.\s]+\s+){0,3}?"
                        r"(?:(?:về|lên|đến|tới|cho)\s+(?:[^,;.()]|\([^()]{0,120}\)){0,80}?\s)?"
                        r"(?:trước|chậm nhất|không muộn hơn)\s[^;]*$")


# "…, báo cáo Thường trực Tỉnh ủy trong tháng 4": reporting the action before to a superior, by when
_REPORT_TO = re.compile(r"báo cáo\s+(?:về\s+|lên\s+|cho\s+)?(?:[A-ZĐ]|các\s+đồng chí|lãnh đạo\s+[A-ZĐ])[^,;]*?\s"
                        r"(?:trước|trong|chậm nhất|vào)\s+(?:ngày\s+)?(?:\d|tháng|quý|năm|cuối|6 tháng)[^,;]{0,30}(?:[.;]|$)")
# "tổng hợp tình hình …, báo cáo Thường trực trước ngày 20": the report of what was compiled, one task; after any
# other action the dated report to a superior is a deliverable of its own (corpus_gold/README.md)
_COMPILED = re.compile(r"(?:^|\s)(?:tổng hợp|thống kê|tổng kết|sơ kết)[\s,]", re.I)
# "…, báo cáo nhanh về Văn phòng khi có tình huống phát sinh": reporting as things happen, part of the duty before
_ON_EVENT = re.compile(r"(?:kịp thời\s+)?báo cáo(?:\s+nhanh|\s+ngay|\s+kịp thời)?[^,;.]{0,60}?\s(?:khi|nếu|trong trường hợp)\s+"
                       r"(?:có|xảy ra|phát sinh|phát hiện)\b"
                       # "…, báo cáo kịp thời về UBND xã để có biện pháp xử lý.": a prompt report with no object or date
                       r"|báo cáo\s+(?:nhanh|ngay|kịp thời)\s+(?:về|lên|cho)\s+[^,;.]{1,60}?(?:\s+để\s[^,;.]{1,60})?\s*(?:[.;]|$)")


# "… cần phát huy vai trò nòng cốt": an exhortation with no object of its own
_ROLE_ONLY = re.compile(r"(?:^|\s)(?:cần\s+|phải\s+|tiếp tục\s+)*(?:phát huy|nêu cao)\s+(?:tốt\s+|hơn nữa\s+)?"
                        r"(?:vai trò(?:\s+[^\s,;.]+){0,3}|tinh thần trách nhiệm)[\s,]*$",
                        re.I)

# "đề nghị Công đoàn các xã chủ động, tham mưu, báo cáo Mặt trận Tổ quốc, cấp ủy, tổ chức Chương trình …": advising and
# reporting to the bodies named, the way to the action after it, not a task of its own (a report alone, "Báo cáo UBND
# huyện và tổ chức …", is a deliverable and stays)
_ADVISES_ONLY = re.compile(r"(?:^|[\s,])(?:chủ động\s*,?\s*)?(?:tham mưu|xin ý kiến)"
                           r"(?:\s*(?:,|và)\s*(?:tham mưu|đề xuất|báo cáo|xin ý kiến))*\s+(?:với\s+|cho\s+|lên\s+)?"
                           r"(?P<who>(?:(?-i:[A-ZĐ])[^\s,;.]*|cấp ủy|chính quyền|lãnh đạo)(?:[^\s,;.]*\s*|,\s*)*?)[\s,]*$", re.I)


def _advises_only(text: str) -> bool:
    """Whether `text` ends in advising or reporting to bodies only ("…, tham mưu, báo cáo Mặt trận, cấp ủy")."""
    m = _ADVISES_ONLY.search(text)
    return m is not None and len(m.group("who").split()) <= 10 and not _has_lower_verb(m.group("who"))


def _bare_carry_out(before: str) -> bool:
    """"… triển khai thực hiện": only "carry it out" before, so the report after it is the one real action."""
    words = before.split()
    at = next((i for i, w in enumerate(words) if verb_at(" ".join(words[i:]), 0) > 0), None)
    return at is not None and only_carry_out(" ".join(words[at:]))


# "song song đó, đôn đốc …": a linking adverb before the comma opens the action after it
_LINKER = re.compile(r"\s*(?:song song (?:với )?(?:đó|đấy|việc này)|đồng thời|bên cạnh đó|ngoài ra|mặt khác|sau đó)\s*$", re.I)


def _repeated_short(before: str, rest: str, after: str) -> bool:
    """"góp ý xây dựng Đảng, xây dựng chính quyền": the verb of the words just before, repeated with a short
    object, names a second thing of one list, not a new action."""
    verb = rest[: verb_at(rest, 0)].strip()
    return bool(verb) and len(after.split()) <= len(verb.split()) + 2 and bool(
        re.search(rf"(?<!\S){re.escape(verb)}\s+\S+(?:\s+\S+)?\s*$", before, re.I))


# "… không được chủ quan, lơ là, triển khai ngay …": the attitudes forbidden say how the next action is done, no task
_FORBIDDEN_END = re.compile(r"(?<!\w)không\s+(?:được|để)\s+[^\W\d][^,;:.]{0,20}(?:,\s*[^,;:.\s]+(?:\s+[^,;:.\s]+)?){0,3}$", re.I)


# "… phải thần tốc hơn nữa, tiếp tục huy động …", "… cần nỗ lực hơn nữa để thực hiện tốt …": the effort urged, then the
# actions; the effort has no object of its own, so the actions after it are split as if it were not there
_EFFORT = re.compile(r"^[^;]{0,120}?(?:cần|phải)\s+(?:[^\s,;]+\s+){1,2}hơn nữa\s*(?:,\s*|(?:để|nhằm)\s+)(?=[^\W\d])", re.I)


def _comma_parts(text: str, base: int) -> list[tuple[int, int]]:
    """Split one clause at ", <verb>" where the part before has an object; offsets relative to the document."""
    effort = _EFFORT.match(text)
    if effort and _opens_with_verb(text[effort.end() :]):
        parts = _comma_parts_from(text[effort.end() :], base + effort.end())
        return [(base, parts[0][1])] + parts[1:]
    return _comma_parts_from(text, base)


def _comma_parts_from(text: str, base: int) -> list[tuple[int, int]]:
    """`_comma_parts` once any effort urged before the actions is set aside."""
    out: list[tuple[int, int]] = []
    start = 0
    depth = 0
    for i, ch in enumerate(text):
        if ch in "(“":
            depth += 1
        elif ch in ")”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = depth + 1 if text.count('"', 0, i) % 2 == 0 else max(0, depth - 1)
        elif depth == 0 and ch == " " and i > start and _RUN_ON.match(text, i + 1) and _split_verb_at(text, i + 1):
            # "rà soát các nội dung của từng địa phương khẩn trương tham gia …": an adverb and a verb after a noun
            # start a new action even without a comma
            before = text[start:i]
            if before[-1:].isalnum() and _object_words(before) >= 3 and _opens_with_verb(before) \
                    and not _NOT_RUN_ON_AFTER.search(before) and not _PARTNERS_ONLY.search(before) \
                    and not _ends_with_verb(before) and not _in_purpose(before) \
                    and phrase_at(before.split()[-1], 0, AUXILIARIES, 1) == 0:
                out.append((base + start, base + i))
                start = i + 1
        elif depth == 0 and (ch in ",:" or (ch == " " and text.startswith(" và ", i))):
            conj = ch == " "
            nxt = i + (4 if conj else 1)
            while nxt < len(text) and text[nxt] == " ":
                nxt += 1
            if nxt < len(text) and text[nxt].islower() and _split_verb_at(text, nxt) \
                    and (conj or not _WITH_PARTNERS.match(text, nxt)):  # ", phối hợp với X làm …" goes on the action before
                before = text[start:i]
                segments = re.split(r"[,;.]", text[nxt:])
                after = segments[0]
                k = 0  # "nắm bắt, theo dõi các thôn": verbs sharing an object, read up to that object
                listing = _ends_with_verb(before) and _NOMINAL_END.search(before)  # "công tác tuyên truyền, vận động"
                while not listing and k + 1 < len(segments) and _ends_with_verb(after) and not _has_object(after):
                    k += 1
                    after = after + "," + segments[k]
                if (len(before.split()) >= _MIN_OBJECT_WORDS and len(after.split()) >= _MIN_OBJECT_WORDS
                        and _has_object(_after_partners(before)) and _has_object(_after_partners(after)) and not _in_purpose(before, start == 0)
                        and not _COORD_END.search(before) and not _FINISHING.match(after) and not _TARGET.match(after)
                        and not _DELIVERY.match(text, nxt) and not _COPY_CHANNEL.match(text, nxt)
                        and not _SEND_END.match(text, nxt)
                        and not ((_ON_EVENT.match(text, nxt) or (_REPORT_TO.match(text, nxt) and _COMPILED.search(before)))
                                 and not _bare_carry_out(before))
                        and not _MANNER.search(before) and not (start == 0 and _a_name_of_a_thing(before))
                        and not (_DOING_OF.search(before) and not _CLOSING_VERB.match(after))
                        and not (_ABOUT_TOPIC.search(before) and not _SENT_TO.search(before))
                        and not (_NOUN_PAIR.search(before) and after.startswith("tổ chức"))
                        and not _OUTCOME.match(text, nxt) and not _LEADING_TO.match(text, nxt)
                        and not (_IN_DOMAIN_END.search(before) and _NEXT_DOMAIN.match(text, nxt))
                        and not (_WORK_PAIR_END.search(before) and _WORK_PAIR_NEXT.match(text, nxt))
                        and not _singled_out(text, nxt) and not _verb_of(text, nxt) and not _EXAMPLES.search(before)
                        and not (_SPIRIT_END.search(before) and not _has_object(segments[0]))
                        and not (_OPINION_END.search(before) and _OPINION_NEXT.match(after))
                        and not (_ends_with_verb(before) and not _NOMINAL_END.search(before) and not _SPIRIT_LIST.search(before)
                                 and not (conj and (_CAPACITY_END.search(before) or _described_by_past(before)))
                                 and not _field_then_named(before, text[nxt:]))
                        and not _BARE_WORK_END.search(before) and not _TIED.search(before)
                        and not (_SPREAD_END.search(before) and _MOBILISE.match(after))
                        and not (_ADVISE_END.search(before) and _PROPOSE.match(after))
                        and not _GIVEN_VERBS.search(before) and not _leaders_of(text, nxt) and not _BASIS_ONLY.match(before)
                        and not (_CONFERENCE_END.search(before) and _CONFERENCE_NEXT.match(text, nxt))
                        and not _repeated_short(before, text[nxt:], after) and not _LINKER.match(before)
                        and not _FORBIDDEN_END.search(before)
                        and not ((_COMPILING.match(before) or before.rsplit(",", 1)[-1].lstrip().startswith("tổng hợp"))
                                 and after.startswith("báo cáo"))
                        and (not conj or ((_object_words(before) >= 3 or _REPORT_TO_BODY.fullmatch(before))
                                          and not _SITUATION_END.search(before)
                                          and len(after.split()) >= 4
                                          and not _SINGLED_WORK.search(before)))):
                    out.append((base + start, base + i))
                    start = nxt
    out.append((base + start, base + len(text)))
    return out


_NEXT_LEVEL = re.compile(r"(?:,\s*|\s+và\s+)(?=(?:ở\s+)?cấp\s+(?:xã|phường|huyện|quận|tỉnh|thành phố|cơ sở|trung ương)\b)")


# "hoàn thành đại hội xã trong tháng 10 và đại hội tỉnh trong tháng 11": a second object with a date of its own
_NEXT_OBJECT = re.compile(r"\s+và\s+(?=[^\W\d]+\s+[^\W\d]+\s+[^\W\d])")


# "…, quyết tâm trong thời gian từ nay đến tháng 9, phải xử lý …": a period closing one part opens the next
_TRAILING_SCOPE = re.compile(r",\s*(?:quyết tâm\s+|phấn đấu\s+)?(?:trong thời gian\s+)?từ nay\s+(?:cho\s+)?(?:đến|tới)\s[^,;]{1,30}$",
                             re.I)


def _scope_forward(parts: list[tuple[int, int]], view: str) -> list[tuple[int, int]]:
    """Give a period that ends a part to the part after it, which it scopes."""
    out = list(parts)
    for i in range(len(out) - 1):
        (a, b), (c, d) = out[i], out[i + 1]
        m = _TRAILING_SCOPE.search(view[a:b].rstrip(" ,"))
        if m and not view[b:c].strip(" ,"):
            out[i], out[i + 1] = (a, a + m.start()), (a + m.start() + 1, d)
    return out


def _level_parts(view: str, start: int, end: int, ref: date | None) -> list[tuple[int, int]]:
    """"đại hội cấp xã hoàn thành trước tháng 3, cấp huyện trước tháng 5, cấp tỉnh trước tháng 7": one task per level,
    each with its own date (only when every level states one); so too for objects joined by "và", each with a date."""
    for pattern in (_NEXT_LEVEL, _NEXT_OBJECT):
        cuts = [m for m in pattern.finditer(view, start, end) if pattern is _NEXT_LEVEL or verb_at(view, m.end()) == m.end()]
        if not cuts or (pattern is _NEXT_OBJECT and not _opens_with_verb(view[start:end])):
            continue
        bounds = [start, *(m.start() for m in cuts), end]
        parts = [(bounds[0], bounds[1])] + [(cuts[i].end(), bounds[i + 2]) for i in range(len(cuts))]
        if all(task_deadline(view[a:b], ref)[0] for a, b in parts):
            return parts
    return [(start, end)]


# "…; qua đó, …", "…, góp phần nâng cao …": the aim or the outcome of the actions before it, to the end of the sentence
AIM = re.compile(r"(?<=[,;])\s*(?:(?:qua đó|từ đó|nhờ đó)\s*,|(?:(?:qua đó|từ đó|nhờ đó)\s+)?góp phần\s)", re.I)


def _clauses(text: str, base: int) -> list[tuple[int, int]]:
    return part_offsets(text, split_semicolons(text), base)


# "…, như: Tập trung thực hiện A, công tác B, công tác C": in a lead-in's list written with commas, a field of work
# ("công tác …", "các hoạt động …") opens an item of its own
# ("…, đẩy nhanh tiến độ các dự án": speeding up a work with its own object, which the verb lists miss as a phrase of
# four words; other verbs after a comma are split, or not, by `_comma_parts`)
# ("tổ chức Hội nghị chất vấn …, Hội nghị trao đổi kinh nghiệm …": a second event held, the verb not repeated)
_FIELD_NEXT = re.compile(r",\s+(?=((?:công tác|các hoạt động)\s+[^\W\d]|(?-i:Hội nghị|Hội thảo|Hội thi)\s)|đẩy nhanh\s)")


def _field_items(view: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a lead-in's inline list cut before each field of work or event that follows a part with an object."""
    out = []
    for cs, ce in clauses:
        at = cs
        for m in _FIELD_NEXT.finditer(view, cs, ce):
            if _object_words(view[at : m.start()]) >= 2 and (m.group(1) or _has_object(view[m.end() : ce].split(",")[0])):
                out.append((at, m.start()))
                at = m.end()
        out.append((at, ce))
    return out


_EVENT_DONE = re.compile(r"(?:Việc\s+)?(?:tổ chức\s+)?Đại hội\s[^,;.]*\bhoàn thành\b")
# "…; trong đó có trách nhiệm của X sẽ …", "…; trách nhiệm của X là …": X is the subject of the clause
_CLAUSE_LEAD = re.compile(r"\s*(?:trong đó,?\s+)?(?:có\s+)?(?:trách nhiệm|vai trò)\s+(?:chính\s+)?(?:của|thuộc(?:\s+về)?)\s+", re.I)
# "…; lấy người dân làm trung tâm", "coi đây là nhiệm vụ trọng tâm": the spirit of the task before, no task of its own
# and "…; lồng ghép với Ngày hội …", "gắn với …": what it is done together with
# and "…; tuyệt đối không để xảy ra tình trạng …": what must not come of it (but "không để người dân qua ngầm" is a task)
_PRINCIPLE = re.compile(r"\s*(?:(?:lấy|coi|xem|xác định)\s[^,;.]{1,60}?\s(?:làm|là)\s|(?:lồng ghép|kết hợp|gắn)\s+(?:với|trong|vào)\s|"
                        r"(?:tuyệt đối|kiên quyết)\s+không\s+để\s+(?:xảy ra|phát sinh)\s|"
                        # "…; qua đó góp phần tổ chức thành công …": what the work before leads to, no task of its own
                        r"(?:(?:qua đó|từ đó|nhờ đó|nhằm|để)\s*,?\s*)?góp phần\s)", re.I)
# "phối hợp với Sở A, Sở B …": the partners listed after it are no new subject; so in "chủ trì, phối hợp Sở A, Sở B …",
# where "với" is left out, when a body's name follows at once
_IN_PARTNERS = re.compile(r"(?:phối hợp(?: chặt chẽ)?\s+(?:với|cùng)|với sự phối hợp của|cùng với)\s+[^;]*$|"
                          r"phối hợp(?: chặt chẽ)?\s+(?=[A-ZĐ]|(?:các|những)\s)[^;]*$")


# "Sở A hướng dẫn UBND huyện B, UBND huyện C hoàn thiện …": those directed are listed; C goes on the list, no new subject
# (so are those asked: "giao các Ban, Văn phòng HĐND và UBND huyện giúp …")
_DIRECTS = re.compile(r"(?<!\w)(?:hướng dẫn|chỉ đạo|đôn đốc|(?:giao|đề nghị|yêu cầu)(?=\s+các\s))\s+(?=[A-ZĐ]|các\s)")


def _directs_list(view: str, cut: int, comma: int, resolver: UnitResolver) -> bool:
    found = list(_DIRECTS.finditer(view, cut, comma))
    if not found:
        return False
    last = found[-1]
    _refs, np_end = addressees_at(view, last.end(), resolver)
    return bool(_refs) and np_end >= comma


# "… các ngày lễ lớn như: Ngày Quốc tế Lao động …": examples of the object (not "như sau:", nor tasks after it)
_SUCH_AS = re.compile(r"(?<!\w)(?:chẳng hạn |ví dụ )?như\s*:\s*(?=[A-ZĐ])")
_ABOUT = re.compile(r"(?<!\w)về\s")
_DETERMINER = re.compile(r"\s*(?:những|các)\s+(?=[^\W\d])", re.I)


def _second_object(text: str, about: bool = False) -> bool:
    """"…; những điển hình, nhân tố mới …": a ';' clause of nouns only, no verb in its first words, goes on the object
    of the clause before. After "về" (`about`) so does a capitalized name of a thing or a clause with no verb at all
    ("tuyên truyền về A; Đại hội thi đua các cấp; bầu cử đại biểu …"), the next topic of what is spread; elsewhere
    ("triển khai việc A; Chương trình B") it is a work of its own. Not a body with its verb ("…; Hội Nông dân xã tổ
    chức …"), a duty ("…; Đại hội cấp xã hoàn thành trước …") or what must not be done ("…; không để …")."""
    m = _DETERMINER.match(text)
    if not m:
        named = _a_name_of_a_thing(text) or not (_opens_with_verb(text) or _has_lower_verb(text) or _PROHIBITION.match(text))
        return about and named and not _DUTY_WORDS.search(text) and not _EVENT_DONE.match(text.strip())
    words = list(re.finditer(r"[^\W\d]+", text[m.end() :]))[:4]
    return len(words) >= 2 and not any(verb_at(text, m.end() + w.start()) > m.end() + w.start() for w in words)


def _has_lower_verb(text: str) -> bool:
    """True when `text` holds an action verb written in lower case (a clause, not only a list of names)."""
    return any(verb_at(text, w.start()) > w.start() for w in re.finditer(r"(?<!\S)[a-zđà-ỹ]\w*", text))


# "tổ chức các đoàn lãnh đạo Thành ủy, Mặt trận, Liên đoàn Lao động thăm …": the bodies a delegation is made of
# "tổ chức các đoàn lãnh đạo Thành ủy, Mặt trận … thăm …", "thành lập tổ công tác gồm Phòng A, Phòng B kiểm tra …": the
# bodies a delegation or team is made of, listed; its work is the task of the one forming it
_DELEGATION = re.compile(r"(?<!\w)(?:(?:các|những|một số)?\s*đoàn\s+(?:lãnh đạo|công tác|cán bộ|đại biểu)"
                         r"|(?:tổ chức|thành lập|cử|lập|mời)\s+(?:các\s+|những\s+|một\s+|\d+\s+)?(?:đoàn|tổ|nhóm|đội)"
                         r"(?:\s+(?:lãnh đạo|công tác|kiểm tra|giám sát|liên ngành|khảo sát))*(?:\s+(?:của|gồm(?:\s+có)?|với))?)"
                         r"\s+(?=\S)(?P<members>[^;.:]*)$", re.I)


def _delegation_of(text: str) -> bool:
    """`text` ends in a delegation's members ("các đoàn lãnh đạo Thành ủy, Mặt trận …", "cử tổ công tác gồm A, B"), names
    with no verb: the list goes on, and the verb after it is the delegation's, not a new subject's."""
    m = _DELEGATION.search(text)
    return bool(m) and not _has_lower_verb(m.group("members"))


def _subject_commas(view: str, start: int, end: int, resolver: UnitResolver) -> list[tuple[int, int]]:
    """Cut a clause again at ", <Subject> <verb>" ("…, Đảng ủy xã Y tổ chức …"): a new subject, a new clause."""
    out = []
    cut = start
    for m in re.finditer(r"(?:,\s+|\s+và\s+)(?=[A-ZĐ])", view[start:end]):
        at = start + m.end()
        if view.count("(", start, start + m.start()) > view.count(")", start, start + m.start()):
            continue  # "… (Ban Phong trào chủ trì, Hội LHTN tỉnh phối hợp)": who does it, in brackets, no new clause
        refs, np_end = addressees_at(view, at, resolver)
        nxt = skip_chars(view, np_end, " ,")
        new_subject = bool(refs) and (verb_at(view, nxt) > nxt or modal_at(view, nxt) > nxt)
        event = _EVENT_DONE.match(view, at, end)  # "…, Đại hội cấp huyện hoàn thành trước tháng 5"
        if (new_subject or event) and _has_lower_verb(view[cut : start + m.start()]) \
                and not _IN_PARTNERS.search(view[cut : start + m.start()]) \
                and not _delegation_of(view[cut : start + m.start()]) \
                and not _directs_list(view, cut, start + m.start(), resolver):
            out.append((cut, start + m.start()))
            cut = at
    out.append((cut, end))
    return out


def split_actions(doc: Document, assignment: Span, resolver: UnitResolver) -> list[Span]:
    """Add one "action" span per action of `assignment` and return them."""
    view = doc.view
    start, end = assignment.data["action"], assignment.end
    units = assignment.data["units"]
    listing = assignment.data.get("listing") or assignment.data.get("milestones")
    out: list[Span] = []
    subject_end = assignment.data.get("subject_end")
    own_units = units
    names_from: int | None = None
    clauses = [part for cs, ce in _clauses(view[start:end], start) for part in _subject_commas(view, cs, ce, resolver)]
    items: set[int] = set()  # where an item split off by `_field_items` starts: never merged back into the one before
    if assignment.data.get("inline_list"):
        before = {cs for cs, _ in clauses}
        clauses = _field_items(view, clauses)
        items = {cs for cs, _ in clauses} - before
    if assignment.data.get("examples"):
        clauses = [(start, end)]  # "… như: A; B; C": the examples are one object
    such_as = None
    for i, (cs, ce) in enumerate(clauses):
        m = _SUCH_AS.search(view, cs, ce)
        if m and verb_at(view, m.end()) == m.end():
            clauses, such_as = clauses[:i] + [(cs, end)], m  # "giới thiệu các ngày lễ như: A; B": A and B are the object
            break
    aim = AIM.search(view, start, end)
    if aim:
        # "…; qua đó, lan tỏa …, góp phần củng cố …, tăng cường …": from there on what the work leads to, no task
        clauses = [(cs, min(ce, aim.start())) for cs, ce in clauses if cs < aim.start()]
    for cs, ce in clauses:
        if out and _PROHIBITION.match(view, cs, ce) and out[-1].end >= cs - 2:
            out[-1].end = ce  # "Tuyên truyền hội viên …; không giấu dịch, không bán chạy lợn ốm": what the message says
            continue
        if out and _SEND_ONLY.match(view, cs, ce) and task_deadline(view[cs:ce], doc.issued_on)[0]:
            out[-1].end = ce  # "Lập danh sách …; gửi về LĐLĐ huyện trước ngày 05/01": the list, sent by that day
            continue
        if out and _COPY_CHANNEL.match(view, cs, ce):
            out[-1].end = ce  # "…; bản mềm gửi qua hộp thư …": the same document by e-mail
            continue
        if out and (is_deadline_sentence(view[cs:ce], doc.issued_on)
                    or _DONE_BY.match(view, cs, ce) and task_deadline(view[cs:ce], doc.issued_on)[0]):
            out[-1].data["deadline_words"] = view[cs:ce]  # "…; hoàn thành trước ngày 25/4" dates the action before
            continue
        if subject_end and cs <= subject_end < ce:
            for ps, pe in [lp for a, b in _comma_parts(view[subject_end:ce], subject_end)
                           for lp in _level_parts(view, a, b, doc.issued_on)]:
                first_at = names_from if names_from is not None and ps == subject_end else cs
                out.append(doc.add(first_at if ps == subject_end else ps, pe, "action", "one action of the assignment",
                                   units=list(own_units), assignment=assignment, clause=(cs, ce),
                                   after_subject=True))
            continue
        if out and _PRINCIPLE.match(view, cs, ce):
            continue
        if out and _APPEAL.match(view, cs, ce):
            continue  # "đề nghị UBND xã …; đồng thời kêu gọi sự đồng thuận của nhân dân": the speaker's appeal, no task
        if (out and _TOPIC_NEXT.match(view, cs, ce) and not _DUTY_WORDS.search(view, cs, ce) and cs not in items
                and not _TOPIC_NEXT.match(view, out[-1].start, out[-1].end)
                and len({a.data.get("clause") for a in out}) < 3):
            # "đánh giá sâu hơn kết quả …; công tác sắp xếp bộ máy, …": more of what is to be assessed (but "bao gồm: công
            # tác A; công tác B": a list of fields, each a task; and so after three ';' items that were actions each,
            # "…; quản lý đảng viên; phối hợp …; công tác phòng, chống dịch …": the list of fields goes on)
            out[-1].end = ce
            continue
        if out and _CITED_NEXT.match(view, cs, ce):
            out[-1].end = ce  # "… tại Kế hoạch số 135/KH-…; Công văn số 64/UBND-… bảo đảm …": the list of cited documents goes on
            continue
        lead = _CLAUSE_LEAD.match(view, cs, ce)
        refs, np_end = addressees_at(view, lead.end() if lead else cs, resolver)
        after = np_end
        while after < ce and view[after] in " ,":
            after += 1
        if refs and (verb_at(view, after) > after or modal_at(view, after) > after) and cs != start:
            own_units = refs
        if refs and not lead and not view[after:ce].strip(" ,.;:") and (cs, ce) != clauses[-1]:
            names_from = cs if names_from is None else names_from
            continue  # "Giám đốc các Sở, ban, ngành; Chủ tịch UBND các xã khẩn trương …": one of the subjects, no action
        if out and not listing and not (refs and (verb_at(view, after) > after or modal_at(view, after) > after)) \
                and _second_object(view[cs:ce], bool(_ABOUT.search(view, out[-1].start, out[-1].end))) and cs not in items:
            out[-1].end = ce  # "tập trung vào các tin, bài …; những điển hình, nhân tố mới …": more of what the verb before takes
            continue
        parts = [(cs, ce)] if assignment.data.get("milestones") or assignment.data.get("examples") else _comma_parts(view[cs:ce], cs)
        if such_as and cs < such_as.start() < ce:
            parts = _comma_parts(view[cs : such_as.start()], cs)
            parts[-1] = (parts[-1][0], ce)
        parts = _scope_forward([lp for ps, pe in parts for lp in _level_parts(view, ps, pe, doc.issued_on)], view)
        topic_at = None
        for k, (ps, pe) in enumerate(parts):
            if topic_at is not None:
                ps, topic_at = topic_at, None
            text = view[ps:pe].strip(" ,.;:")
            if not text or (len(text.split()) < 2 and not listing):
                continue
            if k + 1 < len(parts) and _ABOUT_LEAD.fullmatch(text) and _opens_with_verb(view[slice(*parts[k + 1])]):
                topic_at = ps  # "…; về chương trình đại hội, phải xây dựng …": the topic, then what to do about it
                continue
            if k + 1 < len(parts) and _CONDITION_LEAD.match(text):
                topic_at = ps  # "nếu có vấn đề nổi cộm, đột xuất, kịp thời báo cáo …": the condition goes with its action
                continue
            if _LINKER.fullmatch(text):
                continue  # "…; đồng thời" (the page cut after it): a word linking to an action never written
            if _verdict(text):
                continue  # "đối với ông X: kỷ luật cảnh cáo": a decision about someone, nothing for them to do
            if _only_how(text):
                continue  # "…; thực hiện thường xuyên, nghiêm túc": only how the work is done, no object: no task
            if only_carry_out(text) and _everyone(own_units):
                continue  # "yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ …": an exhortation, nothing named
            if names_from is not None:
                ps, names_from = names_from, None  # the subjects listed before stay in the action's words
            span = doc.add(ps, pe, "action", "one action of the assignment", units=list(own_units), assignment=assignment,
                           clause=(cs, ce))
            out.append(span)
    for i in range(len(out) - 2, -1, -1):
        if (_ROLE_ONLY.search(view, out[i].start, out[i].end) or _advises_only(view[out[i].start : out[i].end])) \
                and out[i].data.get("clause") == out[i + 1].data.get("clause"):
            out[i + 1].start = out[i].start  # "X cần phát huy vai trò nòng cốt, tham gia …": the role is how, the rest is what
            doc.remove(out.pop(i))
    if len(out) > 1:
        # "yêu cầu mỗi cán bộ tiếp tục đoàn kết, phát huy dân chủ; thường xuyên tự kiểm điểm …": the spirit asked, no work
        # (and "…; thực hiện tốt các nhiệm vụ trọng tâm": the closing call after the real requests)
        kept = [a for a in out if not _attitude_only(view[a.start : a.end]) and not _general_duty(view[a.start : a.end])]
        if kept and kept[0] is not out[0]:
            kept[0].data["spirit_before"] = True  # its content is its own, not the request's opening words
        for a in out:
            if kept and a not in kept:
                doc.remove(a)
        out = kept or out
    if out and _cut_at_end(doc, out[-1]):
        doc.remove(out[-1])
        out.pop()
    elif len(out) > 1 and _cut_short_part(doc, out[-1]) and out[-2].data.get("clause") == out[-1].data.get("clause"):
        out[-2].end = out[-1].end  # "…, phản biện xã hội, thực hiện dân chủ, tíc": too little left to be a task of its own
        doc.remove(out.pop())
    return out


_ATTITUDE = re.compile(r"(?:^|\s)(?:(?:cần|phải|tiếp tục|luôn)\s+)*(?:đoàn kết|(?:phát huy|nêu cao)\s+(?:tốt\s+)?"
                       r"(?:dân chủ|tinh thần trách nhiệm|vai trò(?:\s+[^\s,;.]+){0,3}|truyền thống(?:\s+[^,;.]{1,40})?))"
                       r"(?:\s*(?:,|và)\s*(?:đoàn kết|(?:phát huy|nêu cao)\s+(?:dân chủ|tinh thần trách nhiệm|vai trò(?:\s+[^\s,;.]+){0,3})))*"
                       r"[\s,.;]*$", re.I)
_ASKED = re.compile(r"\s*(?:đề nghị|yêu cầu)\s", re.I)


def _attitude_only(text: str) -> bool:
    """"tiếp tục đoàn kết, phát huy dân chủ": unity and spirit asked of the addressee, nothing to do or to check."""
    m = _ATTITUDE.search(text)
    if m is None:
        return False
    before = text[: m.start()]
    asked = _ASKED.match(before)
    return not _has_lower_verb(before[asked.end() :] if asked else before)


# "…; thực hiện tốt các nhiệm vụ trọng tâm", "nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao", "vận động nhân
# dân xây dựng quê hương ngày càng phát triển": the work in general or a wish, with nothing named to follow up
_GENERAL_DUTY = re.compile(
    r"\s*(?:(?:cần|phải|tiếp tục|nỗ lực|phấn đấu|quyết tâm|tập trung|luôn|cùng)\s+)*"
    r"(?:(?:thực hiện|hoàn thành)\s+(?:(?:thắng lợi|tốt|xuất sắc|có hiệu quả)\s+)*(?:các\s+|mọi\s+|những\s+)?"
    r"(?:nhiệm vụ|chỉ tiêu)(?:\s*(?:,|và)\s*(?:nhiệm vụ|chỉ tiêu))?(?:\s+(?:trọng tâm|chính trị|được giao|đề ra|của đơn vị|của địa phương))*"
    r"|(?:(?:vận động|động viên)\s+(?:nhân dân|người dân|hội viên|đoàn viên)\s+)?(?:xây dựng|phát triển)\s+(?:quê hương|đất nước)"
    r"[^,;.]{0,60}?\sngày càng\s+[^\s,;.]+(?:\s+[^\s,;.]+)?)"
    r"[\s.…;,]*$", re.I)


def _general_duty(text: str) -> bool:
    """A part that asks only for the work in general or wishes the place well (or both, "thực hiện tốt các nhiệm vụ
    trọng tâm, vận động nhân dân xây dựng quê hương ngày càng giàu đẹp"): beside concrete requests, no task."""
    pieces = [p for p in re.split(r",\s*", text.strip()) if p.strip(" .…;")]
    return bool(pieces) and all(_GENERAL_DUTY.fullmatch(p) for p in pieces)


def _cut_short_part(doc: Document, span: Span) -> bool:
    """A ", <verb> …" part at the very end of an excerpt cut mid-word, with two whole words of object at most."""
    text = doc.view[span.start : span.end].strip()
    if doc.view[span.end :].strip() or text.endswith((".", "!", "?", "…", ";", ")", "”", '"')):
        return False
    if not span.data.get("clause") or span.start <= span.data["clause"][0]:
        return False
    pos = 0
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos:
        pos = skip_chars(text, end, " ,")
    rest = re.findall(r"\w+", text[verb_at(text, pos) :])
    return len(rest) <= 3


_MODAL_END = re.compile(r"\s(?:phải|cần|sẽ|được|cần phải)$")


def _cut_at_end(doc: Document, span: Span) -> bool:
    """The last action of a page cut mid-word, with no whole word of its object left ("tập trung xử")."""
    tail = doc.view[span.end :].strip()
    text = doc.view[span.start : span.end].strip()
    if tail or text.endswith((".", "!", "?", "…", ";", ")", "”", '"')):
        return False
    if _MODAL_END.search(text):
        return True  # "… báo cáo kiểm điểm của Ban Chấp hành phải được": cut before its action
    rest = text[verb_at(text, 0):].split()
    return len(rest) <= 1 or (len(rest) <= 2 and len(rest[-1]) == 1) or _cut_after_verbs(text) or _cut_name(text)


def _cut_name(text: str) -> bool:
    """"…; Chỉ thị s": a page cut two words into a part that has no verb: the start of one more name of what the
    action before is about, no action of its own."""
    words = text.split()[:-1]
    return 1 <= len(words) <= 2 and not any(verb_at(text, w.start()) > w.start() for w in re.finditer(r"\S+", text))


_BEFORE_OBJECT = {"các", "những", "mọi", "một", "và", "nghiêm", "tốt", "có"}  # words that open an object or a manner
_CHAIN_GLUE = {"và", "luôn"}
_MODAL_WORDS = {"cần", "phải", "sẽ", "nên", "cần phải"}


def _cut_after_verbs(text: str) -> bool:
    """"Tập trung chỉ đạo các đi", "Hội cần luôn bám sát và triển khai thực hiện nghiêm t": the page is cut after the
    verbs (opening the part or after a modal), before a whole word of their object ("… Quy chế hoạt động bá" has one;
    "…, hướng dẫn, xử lý kịp thời c" is verbs sharing an object with the words before, left to `_cut_short_part`)."""
    words = text.split()[:-1]  # the last word is cut
    pieces = [p.strip() for p in " ".join(words).split(",")]
    if len(pieces) > 1 and all(verb_at(p, 0) == len(p) > 0 for p in pieces[:-1]):
        words = " ".join(pieces).split()  # "theo dõi, nắm bắt tư": verbs listed (not "Tổ chức bàn giao, tập trung xử")
    while words and words[-1].lower() in _BEFORE_OBJECT:
        words.pop()
    chain, modal = 0, False
    while words:
        for k in (3, 2, 1):
            phrase = " ".join(words[-k:])
            if len(words) >= k and (verb_at(phrase, 0) == len(phrase) or phrase_at(phrase, 0, AUXILIARIES, 3) == len(phrase)
                                    or phrase.lower() in _CHAIN_GLUE):
                modal = modal or phrase.lower() in _MODAL_WORDS
                del words[-k:]
                chain += 1
                break
        else:
            break
    return chain > 0 and (not words or modal)


def run(doc: Document, resolver: UnitResolver) -> Document:
    """Stage 5: split every assignment into its actions."""
    for assignment in list(doc.layer("assignment")):
        split_actions(doc, assignment, resolver)
    return doc
