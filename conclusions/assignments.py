"""Stage 3, assignments: which sentences of the whole body ask somebody to act, whom, and why we think so.

Read sentence by sentence with a little state: a directive ("đề nghị X …", "giao X …"), a lead-in
("… như sau:", "nhấn mạnh:") or a subject with a modal ("X cần …", "X sẽ …") opens a directive speech;
subject-less imperative sentences and items that follow belong to it; a narrative sentence closes it.
Every sentence gets a span: "assignment" (with the addressees, where the action starts and the reason),
"followup" (a deadline line for what came before) or "narrative" (with the reason it is not a task).
A request that names nobody goes to whom the document was sent ("có văn bản gửi X yêu cầu …"), to the
bodies just praised ("đánh giá cao … của X. Đồng chí đề nghị tiếp tục …"), else to the speech's addressee.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from conclusions.addressees import addressees_at, resolve, split_units
from conclusions.audience import host_body, kinh_gui, meeting_partner
from conclusions.catalog import FRONT, MASS_ORGANIZATION
from conclusions.cues import PURPOSE_HEADING, REMINDER, cues, is_meeting_decision, is_purpose_heading, is_restatement, lead_in_colon
from conclusions.deadlines import (
    find_deadlines,
    find_recurrence,
    is_deadline_sentence,
    period_deadline,
    period_start,
    scope_deadline,
    task_deadline,
)
from conclusions.document import Document, Span
from conclusions.layout import BODY_LABELS, ITEM_MARK
from conclusions.lexicon import AUXILIARIES, PAST, PAST_MARK, head_at, modal_at, opens_with_body, phrase_at, skip_chars, verb_at, words_at
from conclusions.model import Deadline, UnitRef
from conclusions.normalize import fold
from conclusions.reading import column_kind
from conclusions.sentences import split_semicolons
from conclusions.structure import is_result_heading
from conclusions.units import UnitResolver

_FOLLOWUP = re.compile(
    r"\s*\(?\s*(?:thời gian hoàn thành|thời gian thực hiện|thời hạn(?: hoàn thành)?|hạn chót|tiến độ|thời gian [^:,.]{3,40}:)\s*:?\s*",
    re.I,
)
_WITH_PARTNERS = re.compile(r"(?:chủ trì,?\s+)?phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s", re.I)
_OPENERS = re.compile(
    # "Để …, …, đòi hỏi X cần …": the aim, then what it requires
    r"(?:để [^.;:]{1,160}?,\s*(?=(?:điều đó\s+)?đòi hỏi\s)|"
    r"(?:dự kiến|theo kế hoạch(?:\s+(?:chỉ đạo|đề ra|đã đề ra))?|(?:(?:phương hướng,?\s+)?nhiệm vụ(?:\s+trọng tâm)?\s+)?(?:trong\s+)?thời gian tới|"
    r"đồng thời|trong đó|ngoài ra|bên cạnh đó|cùng với đó|sau đó|tới đây|sắp tới|"
    # "Vì vậy, các phòng, ban cần …", "Do đó, UBND các xã phải …": the conclusion drawn, then who must act
    r"(?:chính\s+)?(?:vì vậy|vì thế|do đó|do vậy|bởi vậy)|"
    r"tiếp theo|mặt khác|riêng|trước mắt|song song (?:với )?(?:đó|đấy|việc này)|về phía [^,]{1,40}|"
    # "Bắt tay vào công việc sau kỳ nghỉ, …", "Ngay sau dịp nghỉ Tết, …": when the work resumes, before what is asked
    r"bắt tay (?:ngay )?vào [^,;.:]{1,60}|(?:ngay )?sau (?:dịp|kỳ|đợt) (?:nghỉ|lễ|tết)[^,;.:]{0,40}|"
    # "Về giáo dục, …", "Trước diễn biến mưa lớn …, …": the topic or the situation the request answers
    r"về (?!phía)[^,;.:]{1,60}|trong lĩnh vực\s[^,;.:]{1,50}|trước (?:diễn biến|tình hình|thực trạng|nguy cơ|yêu cầu|thực tế)\b[^,;.:]{0,80}|"
    r"từ nay (?:cho )?(?:đến|tới) [^,]{1,40}|trong (?:quá trình|thời gian) [^,]{1,60}|"
    # "Từ ngày 30/4 đến hết ngày 03/5, …", "Trong dịp nghỉ Lễ, …": the window the duty holds in, before the bodies
    r"(?:từ|trong)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?|"
    r"trong (?:dịp|đợt|kỳ nghỉ|những ngày|các ngày) [^,.;:]{1,60}|"
    # "Trong nhiệm kỳ mới, Hội tiếp tục …", "Theo đó, Hội tập trung …": the term ahead, the programme just announced
    r"trong nhiệm kỳ (?:mới|tới)[^,.;:]{0,30}|theo đó|"
    # "Với khẩu hiệu hành động “…”, Đoàn X phấn đấu …", "Với phương châm …, Hội …": the motto the body takes up
    r"với\s+(?:khẩu hiệu|phương châm|chủ đề|tinh thần)(?!\w)[^,;.:“”]{0,40}(?:“[^”]{1,200}”)?[^,;.:“”]{0,40}|"
    # "bên cạnh việc tiếp tục chăm lo, bảo vệ quyền lợi của đoàn viên, Công đoàn X sẽ …": what goes on, then the body
    r"bên cạnh việc\s[^.;:]{1,200}?(?=,\s*(?-i:Công đoàn|Hội|Đoàn|Mặt trận|Ủy ban|Ban|Chi hội|Liên đoàn|Các cấp|Các chi)\s)|"
    # "Triển khai nhiệm vụ năm 2019, …", "Nhiệm kỳ 2025 - 2030, …": the work of a period ahead, then who does it
    r"(?:triển khai|thực hiện)\s+(?:các\s+|những\s+)?(?:phương hướng|nhiệm vụ|kế hoạch|chương trình)(?!\w)[^,.;:“”]{0,60}|"
    r"(?:trong\s+)?nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|"
    # "Theo Hội Nông dân tỉnh, quý II/2023, hội …": whose account it is, then the period
    r"theo\s+(?=(?-i:[A-ZĐ]))[^,;.:]{2,60}|(?:quý\s+[IVX\d]+|tháng\s+\d{1,2})(?:/\d{4}|\s+năm\s+\d{4})|"
    r"nếu [^,]{1,80}|(?:sau )?khi [^,]{1,80}|để [^,]{1,120}|(?:căn cứ|trên cơ sở|dựa (?:trên|vào)) [^,;.]{1,80}|"
    r"trong (?:quý|tháng|năm|tuần|học kỳ) [^,]{1,30}|(?:dự kiến\s+)?(?:đến|trước|chậm nhất)\s+(?:ngày\s+)?\d[^,]{0,30}|"
    r"(?:dự kiến\s+)?(?:đến|trước)\s+(?:cuối|đầu|giữa)\s+(?:tháng|quý|năm)\s+[^,]{1,20})\s*,\s*|"
    # "Triển khai chủ đề năm 2026 do … phát động: “…”, Hội X …": the theme taken up, then the body and its work
    r"(?:thực hiện|triển khai|hưởng ứng)\s+(?:chủ đề|phong trào|cuộc vận động|chủ trương)(?!\w)[^;“”.]{0,120}?“[^”]{1,300}”\s*,\s*|"
    r"[\"“]\s*(?=[A-ZĐ])|"  # a speech quoted in a news report: '"Trước mắt, các cấp Hội …", đồng chí nói'
    r"(?:dự kiến|theo kế hoạch)\s+(?=[A-ZĐ])|riêng\s+(?!đối với)(?=[^\W\d])|(?:nếu|khi|sau khi)\s[^,.;]{1,80}?\sthì\s+|"
    r"(?:đồng thời|ngoài ra|sau đó|bên cạnh đó)\s+(?=[a-zđ])|"
    # "Kế hoạch, tổ chức hội nghị …": to plan, then hold; the verb after the comma opens the action
    r"kế hoạch\s*,\s*(?=[a-zđ])|"
    # "Để …, đòi hỏi các cấp Hội cần …": what the aim requires of the bodies named next
    r"(?:điều đó\s+)?đòi hỏi\s+(?=[A-ZĐ]|các\s|những\s|mỗi\s)|"
    # "Nhiệm vụ trọng tâm trong tháng 12 là các phòng, ban … cần …": the work of a period, then the bodies that do it
    r"(?:các\s+)?nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|cấp bách))?\s+(?:trong\s+)?(?:thời gian tới|(?:tuần|tháng|quý|năm)\s+[^,.;:]{1,20}?)"
    r"\s+là\s+(?=các\s|những\s|mỗi\s|[A-ZĐ])|"
    # "Định kỳ hằng quý báo cáo …", "Hằng tháng, tổng hợp …": how often, before the action
    r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)\s*,?\s+(?=[^\W\d])|"
    r"định kỳ\s+(?:\d{1,2}|sáu|ba)\s+tháng(?:\s+(?:một|1)\s+lần)?\s*,?\s+(?=[^\W\d]))+",
    re.I,
)
_WINDOW_OPENER = re.compile(r"\s*(?:từ|trong)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s+(?:đến|tới)\s", re.I)
_WORK_AFTER_HEED = re.compile(r"(?:các|những|một số)\s+(?:nhiệm vụ|việc|công việc|nội dung|vấn đề|hồ sơ|dự án|chỉ tiêu)(?!\w)", re.I)
_REPORT_IN_DEADLINE = re.compile(r"\d[^;]*?(?:,\s*|\s+)(?:và|đồng thời)\s+((?:gửi\s+)?báo cáo\s+(?:kết quả\s+)?(?:về|cho|lên|gửi)\s+\S)",
                                 re.I)
# "Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước …": the document asked for, then how it must be sent (no one asked anew)
_IN_PERIOD = re.compile(r"\s*(?:trong|đối với (?:các\s+)?(?:nhiệm vụ|công việc)[^,]{0,20}?\strong)\s", re.I)
_PERIOD_OPENER = re.compile(r"^([^,:;]{3,60}?),\s*", re.I)
_ITEM_MARK = ITEM_MARK
# "Kết luận và giao nhiệm vụ trong tháng 3.", "Nhiệm vụ trọng tâm tháng 4/2025.": a sentence that only names the work
# of a period; the requests after it are that period's
_PERIOD_LEAD = re.compile(
    r"\s*(?:kết luận(?:\s+và\s+giao\s+nhiệm vụ)?|giao\s+nhiệm vụ|(?:phương hướng,?\s+)?nhiệm vụ(?:\s+trọng tâm)?)\s+"
    r"(?:trong\s+)?(?:(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4}|"
    r"6\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?)\s*\.?\s*", re.I)
# "Đại hội MTTQ các xã hoàn thành trong tháng 3", "Hội nghị Ban công tác Mặt trận các khu dân cư sẽ được tổ chức trước
# ngày 25/3": the body holding the event must hold it by then
_EVENT_DONE = re.compile(r"(?:thời gian\s+(?:tiến hành|tổ chức)\s+)?(?:việc\s+)?(?:tổ chức\s+)?(?:đại hội\s+(?:đại biểu\s+)?(?=[^.;]*\bhoàn thành\b)|"
                         r"(?:đại hội|hội nghị)\s+(?:đại biểu\s+)?(?=[^.;]*\b(?:sẽ|phải|cần)\s+được\s+tổ chức\s+(?:xong\s+)?"
                         r"(?:trước|chậm nhất|trong)\s))", re.I)
_PASSIVE_DUTY = re.compile(r"[^,.;:]{0,50}?\b(?:phải|cần)\s+được\s+", re.I)
# "Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước …", "Số liệu đề nghị gửi về …": the thing to send, then the request
_DELIVERABLE_ASKED = re.compile(r"\s*(?:(?:các|những)\s+)?(?:báo cáo|số liệu|kết quả|văn bản|hồ sơ|ý kiến|danh sách)(?:\s+[^\s,.;:]+){0,4}?"
                                r"\s+(?:yêu cầu|đề nghị)\s+(?:được\s+)?(?:gửi|nộp)(?!\w)", re.I)
_TOPIC = re.compile(r"(?:riêng\s+)?đối với\s+", re.I)
_SINGLED = re.compile(r"\s*riêng\s+(?:đối với\s+)?(?=[A-ZĐ]|các\s|những\s)", re.I)
# Taking part in an event ("chủ trì hội nghị", "sẽ dự đại hội", "sẽ có bài phát biểu chỉ đạo đại hội"): a role, not a task.
_CHAIR = re.compile(r"\s*(?:(?:sẽ|dự kiến)\s+)?(?:chủ trì|dự|tham dự|điều hành|phát biểu|có bài phát biểu|có bài phát biểu chỉ đạo|"
                    r"phát biểu chỉ đạo)\s+(?:tại\s+)?(?:hội nghị|cuộc họp|buổi|phiên|lễ|đại hội|hội thảo)", re.I)
_SKIP_TO_ADDRESSEE = re.compile(r"[\s,:]*(?:(?:[Tt]rong\s+)?[Tt]hời gian (?:tới|sắp tới)|sau [^,A-ZĐ]{1,40}|từ nay [^,]{1,40}|"
                                r"năm \d{4}|trong [^,A-ZĐ]{1,50}|đến [^,A-ZĐ]{1,40}|"
                                # "đề nghị 6 tháng cuối năm 2023, Hội X …": the half of the year, then those asked
                                r"(?:\d{1,2}|những|các) tháng (?:đầu|cuối) năm(?: \d{4})?)\s*,?\s*")

# "yêu cầu địa phương …", "đề nghị đơn vị …": the body spoken to, by a common noun without "các"
_GENERIC_BODY = re.compile(r"\s*(địa phương|đơn vị)\s+", re.I)
# "yêu cầu nhà thầu …", "đề nghị chủ đầu tư …": the parties of a works contract, asked by their role
_ROLE_BODY = re.compile(r"\s*(?:các\s+)?(?:nhà thầu|chủ đầu tư|đơn vị thi công|đơn vị tư vấn giám sát)(?!\w)", re.I)
# "trong năm 2024", "trong quý I/2025", "từ nay đến cuối năm" between a cue and its verb: when, not whom
_WHEN_FIRST = re.compile(r"(?:ngay\s+)?(?:trong|từ nay đến|đến hết|đến)\s+(?:năm\s+\d{4}|quý\s+[IVX\d]+(?:/\d{4}|\s+năm\s+\d{4})?|"
                         r"tháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?|cuối năm(?:\s+\d{4})?|"
                         r"(?:thời gian|những tháng|các tháng)\s+(?:tới|còn lại|cuối năm(?:\s+\d{4})?))\s*,?\s*")


# A subject that only points back at whom the document already asked ("Các đ/c", "Các đơn vị", "Các đồng chí").
_BACK_REFERENCE = re.compile(r"\s*(?:các|những)\s+(?:đ/c|đồng chí|đơn vị|cơ quan|địa phương|tập thể|cá nhân)\s", re.I)
# "các đơn vị nêu trên", "Thủ trưởng các cơ quan, đơn vị trên": those listed before, by a word that points back
_LISTED_BACK = re.compile(r"(?:thủ trưởng\s+|lãnh đạo\s+)?(?:các|những)\s+(?:cơ quan,?\s+)?(?:đơn vị|cơ quan|địa phương)\s+"
                          r"(?:nêu trên|kể trên|nói trên|trên đây|trên)$", re.I)
# "Theo kế hoạch (triển khai từ đầu năm) của Hội X …": the plan of a named body
# "Phong trào thi đua (năm 2026) của phường X tập trung vào …", "Chương trình công tác của Hội X hướng vào …"
_FOCUS_OF = re.compile(r"\s*(?:phong trào thi đua|phong trào|chương trình công tác|chương trình hành động)"
                       r"(?:\s+năm\s+\d{4})?\s+của\s+", re.I)
_FOCUS_VERB = re.compile(r"\s*(?:sẽ\s+)?(?:tập trung|hướng)\s+vào\s+", re.I)
# "Các hoạt động trọng điểm sẽ tập trung vào việc tổ chức …": the work ahead, named by itself, of whoever's plan it is
_FOCUS_AHEAD = re.compile(r"\s*(?:các|những)\s+(?:hoạt động|công việc|phong trào|nhiệm vụ)[^,;.:]{0,30}?\s+sẽ\s+"
                          r"(?:tập trung|hướng)\s+vào\s+(?:việc\s+)?", re.I)
_PLAN_OF = re.compile(r"\s*theo kế hoạch\b[^.;:]{0,80}?\bcủa\s+", re.I)
# "những hạn chế cần được khắc phục": shortcomings pointed out are to be fixed by those responsible
_FLAWS_TO_FIX = re.compile(r"(?:những|các)\s+(?:tồn tại|hạn chế|khuyết điểm|thiếu sót|vướng mắc|bất cập|sai sót|yếu kém)"
                           r"[^.;:]{0,60}?\s(?:cần|phải)(?:\s+phải)?\s+được\s+", re.I)
# "Thời gian lấy ý kiến: …" names a period that "Trong thời gian lấy ý kiến nêu trên, …" refers back to.
_NAMED_PERIOD = re.compile(r"thời gian\s+([^:,.;]{3,40}?)\s*:", re.I)
_PERIOD_REFERENCE = re.compile(r"\s*trong thời gian\s+([^,;.]{3,40}?)(?:\s+(?:nêu |như )?trên)?\s*,", re.I)
# "Sau đó, X được tiến hành …": a step after those just listed, whoever does it.
_NEXT_STEP = re.compile(r"\s*(?:sau đó|tiếp theo|tiếp đó|kế đến)\s*,", re.I)
_PASSIVE_STEP = re.compile(r"[^,.;]{2,80}?\s(?:sẽ\s+)?được\s+")
# "…, tiến tới hoàn thành …": what a report says comes next.
_PLAN_AFTER_REPORT = re.compile(r",\s*(tiến tới|tiến đến)\s+", re.I)
_SUBJECT_START = re.compile(r"(?<!\w)(?:các|những|[A-ZĐ])", re.I)
_WORD_START = re.compile(r"(?<!\w)\w")
# Praise of named bodies ("ghi nhận, đánh giá cao tinh thần chủ động của X"): X is whom the next request is for.
_PRAISE = re.compile(r"(?:ghi nhận|đánh giá cao|biểu dương|khen ngợi|đánh giá)\b[^.;]{0,120}?\b(?:của|đối với)\s+")
# A speaker and a verb of saying before ":" ("Đồng chí Chủ tịch khẳng định: …"); what follows is the sentence.
_SAID = re.compile(r"[^:;.]{3,120}?\b(?:(?:khẳng định|cho biết|nêu rõ|phát biểu|nói|thông tin|chia sẻ|bày tỏ)\s*:\s*(?=[A-ZĐ])|"
                   # "Tiếp thu ý kiến, đồng chí X cho biết trong tháng 2, Hội sẽ …": what the speaker's body will do
                   r"(?:cho biết|khẳng định)\s+(?=(?:trong|từ nay|đến|ngay)\s[^,;.:]{1,30},\s*[A-ZĐ]|[A-ZĐ]))")


@dataclass
class _Ctx:
    active: bool = False
    list_mode: bool = False
    units: list[UnitRef] = field(default_factory=list)
    scope: Deadline | None = None
    block: int = -1
    inline: bool = False
    nouns: bool = False  # the lead-in lists topics ("… bao gồm:"), so items need no verb
    labelled: bool = False  # the items are under a name and a colon ("Chủ tịch UBND các xã:")
    purpose: bool = False  # under "I. MỤC ĐÍCH, YÊU CẦU": aims and principles, no tasks
    results: bool = False  # under "I. KẾT QUẢ THỰC HIỆN …" of a report: what was done, no tasks
    # whom the list's items were for before a request inside one item ("…; đề nghị doanh nghiệp thanh toán …")
    before_inner: list[UnitRef] | None = None


_BACK_REFERENCE_END = re.compile(r"\s+(?:nêu trên|kể trên|nói trên|trên đây)$")
_DIRECTS = ("chỉ đạo", "hướng dẫn", "đôn đốc", "phân công")
# "các chi hội trên địa bàn", "hội cơ sở": an association's branches with no association named, in a report about the
# association, those of the Hội the text is about (a branch named with its Hội, "chi hội Nông dân", is resolved by name
# before this; the Hội's own numbered plan or notice names its branches as written, as the Front names its lower levels)
_BARE_BRANCH = re.compile(r"(?:(?:các|những|mỗi|từng)\s+)?(?:chi hội|hội cơ sở|tổ hội)(?:\s+(?:trực thuộc|cơ sở))?"
                          r"(?:\s+(?:trên địa bàn|trong|thuộc|ở)(?:\s+[^,;]{1,40})?)?", re.I)


_OWN_NUMBER = re.compile(r"^[^\S\n]*Số[^\S\n]*:?[^\S\n]*\d{1,4}[^\S\n]*[-/]", re.M)


def _levels_head(name: str, numbered: bool) -> str | None:
    """The head of the association whose levels or branches `name` speaks of with no name ("các cấp Hội" → "Hội")."""
    every = _EVERY_LEVEL.fullmatch(name)
    if every:
        head = every.group(1) or every.group(2)
        return head[:1].upper() + head[1:]
    return "Hội" if not numbered and _BARE_BRANCH.fullmatch(name) else None


# "Cơ quan này", "Đơn vị nói trên", "Bộ này": the body named just before, by a common noun; and "lãnh đạo, công chức
# phòng", a bare head after its staff: the body of that kind the text has named
THIS_BODY = re.compile(r"(?P<head>[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Ss]ở|[Nn]gành|[Bb]an|[Pp]hòng|[Hh]ội|[Ll]ực lượng|[Bb]ộ)"
                       r"\s+(?:này|nói trên|trên)|(?:(?:[Ll]ãnh đạo|[Cc]án bộ|[Cc]ông chức|[Vv]iên chức|[Tt]ập thể|[Tt]oàn thể)"
                       r"(?:\s*,\s*|\s+và\s+|\s+))+(?P<staff>[Pp]hòng|[Ss]ở|[Bb]an|[Bb]ộ)")
# Heads that name one kind of body: "Bộ này" is the last "Bộ …" named, not whatever body was last given a task
_KIND_HEADS = ("bộ", "sở", "phòng", "ban")
# "Ban Chấp hành khóa mới", "BCH nhiệm kỳ mới": the committee a congress has just elected, of the body holding it
_NEW_COMMITTEE = re.compile(r"(?:Ban Chấp hành|Ban chấp hành|BCH)\s+(?:khóa|khoá|nhiệm kỳ)\s+mới")
# "các cấp Hội", "Hội các cấp": the association the text is about, at every level (its key, as "Hội Nông dân các cấp")
# ("các cấp bộ đoàn" the same; "các cấp Hội, cán bộ, hội viên": the Hội and its own people, still the Hội)
_EVERY_LEVEL = re.compile(r"(?:[Cc]ác cấp (?:bộ )?([Hh]ội|[Đđ]oàn|[Mm]ặt trận)|(Hội|Đoàn|Mặt trận) các cấp)"
                          r"(?:(?:,\s*|\s+và\s+)(?:cán bộ|hội viên|đoàn viên|thanh niên|phụ nữ|nông dân|cựu chiến binh))*")
# "Đồng chí Chủ tịch …", "Phó Chủ tịch UBND tỉnh …" (one person, no "các"): the speaker, who directs in the speech
# "Thủ tướng Chính phủ Phạm Minh Chính chỉ đạo thành lập …": a leader, named by title, directs what follows (not "đã chỉ
# đạo", done; not "Ban Chỉ đạo", a body)
# ("Thường trực HĐND tỉnh chỉ đạo tiếp tục chuẩn bị …": a standing body directs its own work, done under it)
_LEADER_DIRECTS = re.compile(r"(?:^|[,:]\s*)(?:[Pp]hó\s+)?(?:Thủ tướng|Chủ tịch|Bí thư|Bộ trưởng|Giám đốc|Trưởng ban|[Đđ]ồng chí|"
                             r"(?P<body>Thường trực|Ban Thường vụ))"
                             r"(?![^,;:]*\b(?:đã|vừa|từng|đang|cũng đã)\s*$)(?![^,;:]*\s(?:để|giao|chuyển)\s)[^,;:.]{0,90}\s$")
_URGE = re.compile(r"(?:tiếp tục\s+)?(?:đôn đốc|hướng dẫn|nhắc nhở)\s+", re.I)
_ASKED_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa)\s+được\s+[^,.;:]{2,80}?\s(?-i:yêu cầu|chỉ đạo)\s+", re.I)
# ("Phát biểu chỉ đạo tại đại hội, đồng chí X, Phó Chủ tịch …, nhấn mạnh, …": where he spoke, then the speaker)
_SAID_THAT = re.compile(r"(?:[^,.;:]{3,60},\s*){0,3}(?:[^,.;:]|\.(?=\S)){3,100}?\s(?:nhấn mạnh|lưu ý|chỉ rõ|yêu cầu|đề nghị|gợi mở|nêu rõ)\s*,\s*",
                        re.I)
# "đồng chí Bí thư cũng nhấn mạnh trong 6 tháng cuối năm 2014 Mặt trận …": what was stressed for a period, no comma
_STRESSED_WHEN = re.compile(r"(?:[^,.;:]{3,60},\s*)?(?:[^,.;:]|\.(?=\S)){3,100}?\s(?:nhấn mạnh|lưu ý|chỉ rõ)\s+(?=trong\s)", re.I)
_TERM_TAIL = re.compile(r"\s+(?:nhiệm kỳ|khóa|khoá|lần thứ)\s.*$", re.I)
_GIVEN_TO_DIRECT = re.compile(r"\S\s+được giao(?:\s+nhiệm vụ)?\s+$", re.I)
# "Cơ quan này (cũng) chủ trì …", "Đơn vị này …": the body of the sentence before, named again
_THIS_BODY = re.compile(rf"(?:{THIS_BODY.pattern})(?:\s+cũng)?", re.I)
# "Thông tin về tình hình …, đồng chí nhấn mạnh vai trò …", "Sau khi nghe báo cáo, ông A khẳng định tầm quan trọng …": the
# speaker's own doing before the comma, then what the speaker stressed
_SPEAKER_AFTER = re.compile(r"[^.;:]{3,200}?,\s*(?P<speaker>(?:đồng chí|đ/c|ông|bà)(?:\s+(?-i:[A-ZĐ])\w*){0,4}\s+(?:cũng\s+)?"
                            r"(?:nhấn mạnh|khẳng định|cho rằng|chỉ rõ)\s+(?=vai trò|tầm quan trọng|ý nghĩa|sự cần thiết))", re.I)
_SPEAKER = re.compile(r"\s*(?:đồng chí|đ/c|ông|bà|(?:phó\s+)?(?:chủ tịch|bí thư|giám đốc|trưởng ban)(?![^,;]*\bcác\b))", re.I)
# "Đoàn xã A phối hợp Trường B" in a table's unit column
_WITH_PARTNER = re.compile(r"(?:phối hợp|cùng|với)\b", re.I)
# "X mong muốn …", "X hy vọng …": a wish, no duty
_WISH = re.compile(r"(?:mong muốn|mong|hy vọng|hi vọng|kỳ vọng|tin tưởng|mong mỏi)\b", re.I)
# "X căn cứ kế hoạch này xây dựng …": the basis between the subject and its verb
_BASIS = re.compile(r"(?:căn cứ|dựa (?:trên|vào)|trên cơ sở|bám sát|theo (?:chức năng|thẩm quyền))[\s,]", re.I)
# The section of a plan that assigns the work ("IV. TỔ CHỨC THỰC HIỆN"); its aims are `cues.PURPOSE_HEADING`.
_DUTY_HEADING = re.compile(r"(?:tổ chức thực hiện|phân công (?:nhiệm vụ|thực hiện|trách nhiệm)|trách nhiệm thực hiện|"
                           r"(?:phương hướng,? )?nhiệm vụ(?:,? (?:và )?giải pháp)?(?: chủ yếu| cụ thể| trọng tâm)?"
                           r"(?: (?:\d{1,2} tháng (?:đầu|cuối) )?năm(?: \d{4})?| quý [IVX\d]+(?:/\d{4})?| thời gian tới| tháng \d{1,2}(?:/\d{4})?)?|"
                           r"(?:nội dung|nhiệm vụ) và phân công(?: thực hiện)?|nội dung,? (?:thời gian )?thực hiện)", re.I)


# A plan, a work programme or a report's "phương hướng": the issuing body's own work
_PLAN_TITLE = re.compile(r"(?:KẾ HOẠCH|Kế hoạch|CHƯƠNG TRÌNH CÔNG TÁC|Chương trình công tác|BÁO CÁO)\b")
_VERB_LABEL = re.compile(r"\s*:")
# "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ …", "Lịch công tác tuần 12 của Thường trực Huyện ủy"
_SCHEDULE_TITLE = re.compile(r"(?:LỊCH|Lịch)\s+(?:LÀM VIỆC|làm việc|CÔNG TÁC|công tác|TUẦN|tuần)\b")
OWN_PLAN_TITLE = re.compile(r"(?:KẾ HOẠCH|Kế hoạch|CHƯƠNG TRÌNH CÔNG TÁC|Chương trình công tác)\b")
# "Thực hiện Kế hoạch số 15-KH/HU ngày … của …; Nghị quyết …": what a plan rests on, opening it, not an item of its work
# (only up to ";" or the end: "Thực hiện Kế hoạch số 15 …, các chi hội xây dựng …" goes on to the work)
_PLAN_BASIS = re.compile(r"\s*(?:thực hiện|căn cứ)\s+(?:kế hoạch|công văn|nghị quyết|chỉ thị|quyết định|thông báo|hướng dẫn|kết luận|"
                    r"chương trình|văn bản)\s+số\s+\d[^,;:]*(?:;|\.?\s*$)", re.I)
_ARROW_NEXT = re.compile(r"\s*(?:[-=]>|→|⇒)")
# "Khải (địa chính):", "Ngọc (VP):": a person by given name with the post in brackets, heading a chat's item
_PERSON_LABEL = re.compile(r"[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}\s*\([^()\n:]{1,30}\)(?=\s*:)")
# "Các thôn tổ chức tổng vệ sinh sáng chủ nhật nhé.": the particle that ends a request typed in a chat
_ASKING_END = re.compile(r"(?<!\w)(?:nhé|nha|nhá)(?:\s+ạ)?\W*$", re.I)
_BULLET_NEXT = re.compile(r"\s*[-–+•]\s")
_POST_CAPITALS = re.compile(r"(?!UBN?D?\b|HĐND\b)[A-ZĐ]{2,5}(?:-[A-ZĐ]{2,5})?(?=\s)")  # "QS", "VH-XH", "KT"; not the committee itself
_LIST_AHEAD = re.compile(r"(?:nội dung|nhiệm vụ|việc|công việc|hoạt động)(?: [^\s,;:]+){0,4} (?:như )?sau\s*:?\s*$", re.I)
_LETTER_NEXT = re.compile(r"\s*\(?[a-zđ]\)\s")  # "2. Phong trào …" over "a) …", "b) …": a heading over lettered items
# A person a chat names: "Trang chuẩn bị …", "Long (BCHQS) phối hợp …" (a given name, maybe its post in brackets), or
# after "@" or a kinship word ("@Đinh Thị Hạnh thông báo …", "nhờ chị Lò Thị Thu liên hệ …") the full name
_GIVEN_NAME = re.compile(r"[A-ZĐ][^\W\d_]{1,7}(?:\s*\([^()\n:]{1,30}\))?(?![\w(])")
_FULL_NAME = re.compile(r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}(?!\w)")
_KIN = re.compile(r"(?:chị|anh|em|bạn|cô|chú|a|c|e|đ/c)\s+(?=[A-ZĐ])")  # "a Toàn", "c Hằng": "anh", "chị" typed short
# capitalized words that open a chat sentence and are no name: pronouns, greetings, times of day
_NOT_NAMES = {"em", "anh", "chị", "mình", "tôi", "bên", "dạ", "vâng", "ok", "mai", "nay", "chiều", "sáng", "tối", "trưa", "cả",
              "ai", "ae", "nhờ", "nhắc", "hôm", "sau", "giờ", "xong", "còn", "riêng", "tuần", "tháng", "thứ"}
# "mỗi chi hội", "từng chi đoàn", "các chi hội": the branches of the body a label names
_EACH_BRANCH = re.compile(r"\s*(?:mỗi|từng|các|100%)\s+(?:chi hội|chi đoàn|tổ hội|chi bộ|tổ|đoàn viên|hội viên)\b", re.I)
# "Trước ngày 15/12/2025:", "Chủ nhật, ngày 15/3/2026:", "Giai đoạn 1 (từ ngày … đến ngày …):" opening a line
_MILESTONE = re.compile(
    r"\s*(?:(?P<by>(?:trước|chậm nhất|hạn chót)\s+)?(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|giai đoạn\s+\d+\s*(?:\([^)]{0,80}\))?|từ ngày\s+\d{1,2}[/.-]\d{1,2}[^:]{0,40}?đến ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*:\s*",
    re.I,
)
# "8. Đề nghị Ủy ban MTTQ huyện, Hội Nông dân huyện:" heads the items asked of them, as a bare name does
_ASK_LABEL = re.compile(r"\s*(?:đề nghị|giao(?: cho)?)\s+(?=\S)", re.I)
# "1. Phòng Y tế (Cơ quan thường trực …):": what the body is, in brackets, before the colon
# "Báo cáo đ/c Chủ tịch, …", "Dạ báo cáo anh, …": a message opening on whom it reports to tells, it does not ask
_REPORT_TO = re.compile(r"\s*(?:dạ,?\s+)?báo cáo\s+(?:đ/c|đồng chí|anh|chị|thủ trưởng|lãnh đạo)(?:\s+[^,.;:\s]+){0,4}\s*,", re.I)
_NOT_YET = re.compile(r"(?<!\w)chưa\s", re.I)
_URGED = re.compile(r"(?<!\w)(?:cần|phải|khẩn trương|có trách nhiệm|đề nghị|yêu cầu|thì)(?!\w)", re.I)
_ASKS_FOR = re.compile(r"(?<!\w)cho\s+(?:em|tôi|mình|cháu|con)\s+(?:xin|hỏi)(?!\w)", re.I)
_ASK_INSIDE = re.compile(r"[^:;.]{0,200}?,\s*(?:[^,:;.]{1,40}?\s)?(?:đề nghị|yêu cầu)\s+(?=\S)", re.I)
_LABEL_COLON = re.compile(r"\s*(?:\([^()]{1,160}\)\s*)?:")
# "xác định rõ phương hướng, nhiệm vụ trọng tâm trong thời gian tới", "đề ra các nhiệm vụ năm 2026": a body's own work ahead
# "thống nhất phương hướng hoạt động năm 2026", "triển khai 05 nhiệm vụ trọng tâm", "đề ra 5 chỉ tiêu": the same, by a period
_PROGRAMME = re.compile(r"(?<!\w)(?:(?<!đã )(?:xác định|đề ra|thống nhất)|(?<!đã )(?<!đã được )(?<!kết quả )triển khai)\s+(?:rõ\s+)?"
                        r"(?:các\s+|những\s+|một số\s+|\d{1,2}\s+)?(?:phương hướng|nhiệm vụ|chương trình|giải pháp|chỉ tiêu)(?!\w)",
                        re.I)
# "… một số sự kiện nổi bật như:": examples of the object follow; "các nội dung như sau:", "các nhiệm vụ như:": tasks follow
_EXAMPLES = re.compile(r"(?<!\w)(?:như|chẳng hạn như|ví dụ như)\s*:?\s*$", re.I)
_GENERIC_WORK = re.compile(r"(?<!\w)(?:nội dung|nhiệm vụ|công việc|việc|giải pháp|hoạt động|biện pháp|yêu cầu|chỉ tiêu)(?!\w)", re.I)
# ("Trước mắt, Công đoàn các cấp chú trọng …", "Sắp tới, Hội …": the work just ahead, as "Thời gian tới")
_AHEAD = re.compile(r"(?<!\w)(?:thời gian tới|nhiệm kỳ (?:mới|tới)|năm tới|giai đoạn tới|những tháng (?:tới|cuối năm)|"
                    r"trước mắt|sắp tới|tới đây)(?!\w)", re.I)
# "… một số chỉ tiêu cơ bản như …", "… 3 nhiệm vụ trọng tâm là …": the programme's own items, in its sentence
_PROGRAMME_LIST = re.compile(r"[^,.;:]{0,40}?\s(?:như|là)\s*:?\s*", re.I)
# "Đại hội (đại biểu) lần thứ VIII, …" naming no body: the congress of the body the text is about
_UNNAMED_CONGRESS = re.compile(r"\s*(?:đại hội|hội nghị)\s+(?:đại biểu\s+)?(?:lần thứ\s+[IVXLC\d]+)?\s*(?:,\s*)?"
                               r"(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*,?\s*)?(?:đã\s+)?(?:xác định|đề ra|thông qua|thống nhất)\s", re.I)
# "từ huyện đến cơ sở", "từ tỉnh tới xã" after a body: its levels, before its verb
_LEVEL_SPAN = re.compile(r"từ\s+(?:trung ương|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?:đến|tới|xuống)\s+"
                         r"(?:cơ sở|xã|phường|thị trấn|thôn|ấp|tổ dân phố|chi hội|chi đoàn|khu dân cư)\s*,?\s*", re.I)
# "Theo đó, …", "Trong đó, …", "Cụ thể, …" right after a programme adopted: its content follows
_FOLLOWS_PROGRAMME = re.compile(r"\s*(?:theo đó|trong đó|cụ thể)\s*,", re.I)
# "Nhiệm kỳ 2025 - 2030, …" opening a sentence: the term's first year, ahead of a congress that opens it
_TERM = re.compile(r"(?<!\w)nhiệm kỳ\s+(\d{4})\s*[-–]\s*\d{4}", re.I)
# "tập trung (thực hiện tốt) các nhiệm vụ (trọng tâm) trong 6 tháng cuối năm 2023;": the period's work, a list after it
_PERIOD_WORK = re.compile(r"(?:tập trung|thực hiện|triển khai)(?:\s+(?:thực hiện|tốt|triển khai))*\s+(?:các|những)\s+nhiệm vụ"
                          r"(?:\s+trọng tâm)?\s+((?:trong|của)\s[^;.:]{3,40}?)\s*;", re.I)
_SUCH_AS = re.compile(r"\s*(?:như|như là)\s+", re.I)
_CONGRESS_OF = re.compile(r"(?<!\w)(?:đại hội|hội nghị)\s+(?:đại biểu\s+)?(?=[A-ZĐ])", re.I)
# "… được triển khai với yêu cầu A; B", "…, trọng tâm là A; B", "Trọng tâm là A; B": a list of work follows, no colon
_INLINE_LIST = re.compile(r"(?:(?<=\s)|^)(?:(?:được\s+)?triển khai\s+với\s+(?:các\s+)?yêu cầu|(?<!\w)trọng tâm\s+là)\s+(?=[^\W\d])",
                          re.I)
_LIST_TOPIC = re.compile(r"(?<!\w)(?:nhiệm vụ|kế hoạch|chương trình|phương hướng)(?!\w)", re.I)
# "trình bày dự thảo Kế hoạch …", "thông qua Chương trình công tác …": a plan laid before the meeting
# "… đề xuất các trọng tâm công tác năm 2026": the body proposes its work for a period not over yet
_WORK_PROPOSED = re.compile(r"(?<!\w)đề xuất\s+(?:các\s+|những\s+)?(?:nhiệm vụ\s+)?(?:trọng tâm|phương hướng|nhiệm vụ)"
                            r"(?:\s+(?:công tác|nhiệm vụ))?(?!\w)", re.I)
_PLAN_PRESENTED = re.compile(r"(?<!\w)(?:trình bày|thông qua|ban hành)\s+(?:dự thảo\s+)?(?:kế hoạch|chương trình)(?!\w)", re.I)
_RESOLVES = re.compile(r"\s*xác định\s+", re.I)  # "xác định tiếp tục …", "xác định sẽ …": resolves to, before a modal
_WORK_SUBJECT = re.compile(r"(?:các|những)\s+(?:hoạt động|nhiệm vụ|nội dung|công việc)(?!\w)", re.I)  # work, not a body
# "Nguyễn Văn A" closing a speaker's post ("Chủ tịch Hội CCB tỉnh Nguyễn Văn A đề nghị …"): the person, not the body
_PERSON_NAME = re.compile(r"[^\S\n]*(?:[A-ZĐ][\wÀ-ỹ]*[^\S\n]+){1,4}[A-ZĐ][\wÀ-ỹ]*(?=[^\S\n]*$)")
_LEADER_OF = re.compile(r"(?<!\w)(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Trưởng phòng)\s+(?=[A-ZĐ])")
_PRESENTS = re.compile(r"\s*(?:đã\s+)?(?:phát biểu\s+)?(?:chỉ đạo\s+)?triển khai\s", re.I)
_SUBLIST = re.compile(r"\s*(?:[-+•]\s*)?(?:trong đó|cụ thể|cụ thể là|cụ thể như sau|theo đó)\s*:\s*", re.I)


# "… 12 chỉ tiêu cụ thể phấn đấu thực hiện …", "Đó là một trong những chỉ tiêu của …": targets set
# ahead; "đã đạt 10/12 chỉ tiêu", "hoàn thành vượt các chỉ tiêu": targets met, a report
_TARGETS_LEAD = re.compile(r"(?<!\w)(?:(?:\d+|các|những) chỉ tiêu(?:\s+(?:cụ thể|chủ yếu|quan trọng|cơ bản|trọng tâm))?\s+phấn đấu|"
                           r"một trong (?:những|các) chỉ tiêu)(?!\w)", re.I)
# (a plan adopted, "đã thông qua chương trình … với 12 chỉ tiêu …", still sets them)
_TARGETS_MET = re.compile(r"(?<!\w)(?:(?:đạt|vượt|hoàn thành|thực hiện được)(?:\s+\S+){0,4}\s+chỉ tiêu|"
                          r"(?:đã|vừa)\s+(?!thông qua|ban hành|giao|đề ra|xác định))", re.I)
_SUBLIST_OPEN = re.compile(r"\s*(?:trong đó|cụ thể|cụ thể là)\s*:\s*", re.I)
# "các đại biểu", "các đại biểu của tỉnh tham dự Đại hội phải …": the delegates named as whom a request is for (not
# a body: "Các đại biểu đã thảo luận …" is narrative), up to the modal of their duty
_DELEGATES = re.compile(r"(?:các|toàn thể)\s+(?:đồng chí\s+)?đại biểu(?:[^.;:,]{1,60}?(?=\s+(?:phải|cần)\s))?(?!\w)", re.I)
_AT_LEAST = re.compile(r"(?<!\w)ít nhất\s+\d", re.I)
_SHARE = re.compile(r"\s*(?:có\s+)?(?:từ\s+|trên\s+|dưới\s+)?\d+(?:[.,]\d+)?\s*%", re.I)  # "Trên 80% chi hội …": a share


def _section_heading(text: str, roman: bool = False) -> str | None:
    """"MỤC ĐÍCH, YÊU CẦU" → purpose; "TỔ CHỨC THỰC HIỆN" → duties; other short titles (upper case, or
    numbered "II.", "III.") → other."""
    t = text.strip().rstrip(":").strip()
    if not t or len(t.split()) > 10 or any(ch in t for ch in ";|\t") or (t.endswith(".") and not roman):
        return None
    t = t.rstrip(".").strip()
    letters = [ch for ch in t if ch.isalpha()]
    if not letters or (not roman and sum(ch.isupper() for ch in letters) < 0.8 * len(letters)):
        return None
    if PURPOSE_HEADING.fullmatch(t):
        return "purpose"
    if _DUTY_HEADING.fullmatch(t):
        return "duties"
    return "other"


def _past_basis(view: str, pos: int, limit: int) -> int:
    """After "căn cứ …" between a subject and its verb: where the verb starts (`pos` when there is none)."""
    if not _BASIS.match(view, pos, limit):
        return pos
    for w in list(re.finditer(r"\w+", view[pos:limit]))[2:14]:
        at = pos + w.start()
        if verb_at(view, at) > at:
            return at
    return pos


# "Các đơn vị được giao chủ trì tại mục II báo cáo …": whom the work was given, then what they must do now
# "X được giao …", "X được yêu cầu …": a duty put on X in the passive, as a modal puts it
_GIVEN = re.compile(r"được (?:giao|yêu cầu)(?:\s+(?:nhiệm vụ|chủ trì|thực hiện|phụ trách))?\s+", re.I)


def _past_given(view: str, pos: int, limit: int, speech: bool = False) -> int:
    """After "được giao …" that only says which bodies are meant: where their verb starts (`pos` when none does).

    The verb must come after a word or more ("tại mục II"): "X được giao tổ chức …" reports an assignment, except
    inside a directive speech (`speech`), where it is the one being made ("Phòng X được giao chuẩn bị …")."""
    m = _GIVEN.match(view, pos, limit)
    if m is None:
        return pos
    for i, w in enumerate(list(re.finditer(r"\S+", view[m.end() : limit]))[:8]):
        at = m.end() + w.start()
        if view[at].islower() and verb_at(view, at) > at:
            return at if i > 0 or (speech and not PAST_MARK.search(view, at, limit)) else pos
    return pos


def _scope_at_start(text: str, ref: date | None) -> tuple[Deadline | None, int]:
    """A period opening the sentence ("Trong 3 tháng cuối năm, …", "Quý IV/2025, …"): its deadline and where it ends."""
    m = _PERIOD_OPENER.match(text)
    if not m or len(m.group(1).split()) > 9:
        return None, 0
    periods = [f for f in find_deadlines(m.group(1), ref) if f.kind == "period"]
    if periods and not periods[-1].marked and verb_at(text, 0) > 0:
        return None, 0  # "Tổng hợp kết quả Tháng Thanh niên, báo cáo …": the period names the object, it opens nothing
    found = [f for f in periods if f.due]
    if not found:
        # "6 tháng cuối năm, Hội X tiếp tục …" with no year known: no date, but the period still opens the sentence
        return None, m.end() if periods and periods[-1].text.strip().lower() == m.group(1).strip().lower() else 0
    f = found[-1]
    return Deadline(text=f.text or m.group(1), due=f.due), m.end()


_SENDER = re.compile(r"\]\s*([^:\n(]+?)\s*(?:-\s[^:\n]*|\([^:\n]*)?:")


def _given_name(sender: str) -> str | None:
    """The given name of a chat message's sender ("[07:42 11/03/2024] Bùi Thị Ngọc:" → "Ngọc")."""
    m = _SENDER.search(sender)
    words = m.group(1).split() if m else []
    return words[-1] if words and words[-1][:1].isupper() else None


def _past_follows(text: str, pos: int) -> bool:
    ws = words_at(text, pos, 1)
    return bool(ws) and ws[0].group(0).lower() in PAST


# "Câu 1. Cử tri xã X kiến nghị: …, đề nghị tỉnh …": the request of voters, quoted in the reply to them
_QUOTED_REQUEST = re.compile(
    r"\s*(?:Câu\s+\d{1,3}\s*[.:)]\s*)?(?:Ý kiến\s+|Các\s+|Nhiều\s+)?(?:cử tri|người dân|nhân dân|công dân)\b"
    r"[^.:;]{0,80}?(?:kiến nghị|phản ánh|đề nghị|đề xuất|hỏi|cho rằng)\b", re.I)


def short_topics(text: str) -> bool:
    """"Tham gia xây dựng Đảng, chính quyền; giữ gìn an ninh trật tự": short topics joined by ";", a heading's words."""
    return ";" in text and all(0 < len(part.split()) <= 8 for part in text.split(";"))


class Reader:
    """Assignment detection over one document, with the resolver and the default audience."""

    def __init__(self, doc: Document, resolver: UnitResolver, audience: list[UnitRef]):
        self.doc = doc
        self.resolver = resolver
        self.audience = audience
        self.host = host_body(doc, resolver)
        self.ctx = _Ctx()
        self.pending: tuple[int, int, list[UnitRef], int] | None = None
        self.pending_sentence: tuple[int, int, list[UnitRef], int] | None = None
        self.opening_scope: Deadline | None = None
        self.ahead_at = -1  # where a sentence opened by "Thời gian tới, …" names its subject
        # the period of a programme a sentence adopted with no body named ("Hội nghị thống nhất phương hướng hoạt động năm
        # 2026."), and where that sentence ends: "Theo đó, X tập trung …" right after it is X's plan for that period
        self.programme_frame: tuple[Deadline, int] | None = None
        self.review_at = -1  # where a sentence opened by a period already under way ("Trong tháng 12/2018, …") goes on
        self.heading_scope: Deadline | None = None  # the period a section heading ("A. …, HOÀN THÀNH TRONG QUÝ II") set
        self.before_heading_scope: Deadline | None = None
        self.list_scope: Deadline | None = None  # the period a lead-in names ("… nhiệm vụ trong tháng 9/2020:")
        self.opened_scope: Deadline | None = None  # the period that opened a sentence ("Trong tháng 3, X cần …")
        self.periods: dict[str, Deadline] = {}  # named periods ("thời gian lấy ý kiến") → their deadline
        self.columns: list[str | None] | None = None  # what each column of the task table being read holds
        self.continued: set[int] = set()  # the lines that carry on a row above them, cell by cell
        self.plan = any(_PLAN_TITLE.match(doc.view[t.start : t.end].strip()) for t in doc.layer("title"))
        self.numbered = bool(_OWN_NUMBER.search(doc.text[:2000]))  # a body's own document ("Số: 03-KH/HND"), not a page about it
        self.labels: list[UnitRef] = []  # the bodies of the run of "+ Phòng A;", "+ Phòng B: 03 nhiệm vụ" lines just read
        self.in_labels = False
        self.chat_item = False
        self.listed_ahead = False  # the last lead-in announced a list below it ("… một số nội dung sau:")
        # a plan proper (not a report's "phương hướng"): its sentences that open with a verb are its work
        self.own_plan = any(OWN_PLAN_TITLE.match(doc.view[t.start : t.end].strip()) for t in doc.layer("title"))
        # a leaders' work schedule: its entries are their calendar (visits, meetings, receptions), events not tasks
        self.schedule = any(_SCHEDULE_TITLE.match(doc.view[t.start : t.end].strip()) for t in doc.layer("title"))
        senders = [doc.text[d.start : d.end] for d in doc.layer("dateline") if d.reason.startswith("sender and time of a chat")]
        self.chat = bool(senders)
        self.members = {_given_name(s) for s in senders} - {None}  # "Trang chuẩn bị …" names one of them
        # the targets a sentence announced ("… 12 chỉ tiêu cụ thể phấn đấu thực hiện trong năm 2026."): for whom, by
        # when, and the paragraph they are listed in
        self.targets: tuple[list[UnitRef], Deadline | None, int] | None = None

    def assign(self, start: int, end: int, units: list[UnitRef], action: int, kind: str, reason: str, **data: object) -> Span:
        if self.ctx.inline and self.ctx.list_mode:
            data.setdefault("inline_list", True)  # the rest of a lead-in's sentence: a list of the tasks it announces
        return self.doc.add(start, end, "assignment", reason, units=list(units), action=action, kind=kind,
                            scope=self.ctx.scope, **data)

    def narrative(self, start: int, end: int, reason: str, *, firm: bool = False) -> None:
        """Not a task, and the directive context ends; `firm` when the sentence is known to be no task
        (a quoted request, an event), which also overrules the clause walker (`combine.refine`)."""
        self.doc.add(start, end, "narrative", reason, firm=firm)
        self.ctx.active = False
        self.ctx.list_mode = False
        self.ctx.labelled = False
        self.ctx.scope = self.heading_scope  # within a section whose heading names a period, that period
        self.list_scope = None

    def unsaid_subject(self, pos: int, e: int) -> bool:
        """"Đồng chí X gợi mở, cần phát huy …", "… nhấn mạnh, phải đẩy mạnh …": the speaker, then a duty naming nobody:
        the speech's addressee or the page's body has it (the speaker is no subject of it)."""
        view = self.doc.view
        modal = modal_at(view, pos)
        if modal == pos or verb_at(view, skip_chars(view, modal)) == skip_chars(view, modal):
            return False
        units = self.default_units() or ([self.resolver.about] if self.resolver.about else [])
        self.assign(pos, e, units, pos, "continuation", "a duty naming nobody after the speaker's words")
        return True

    def default_units(self) -> list[UnitRef]:
        """Whom a sentence that names nobody is for: the bodies of the speech, the letter's addressees, the
        body that held the meeting, or in a plan the body whose plan it is."""
        own = [self.resolver.issuer] if self.plan and self.resolver.issuer else []
        return list(self.ctx.units or self.audience or self.host or own)

    # -- one sentence ------------------------------------------------------------------------
    def sentence(self, span: Span) -> None:
        view = self.doc.view
        s, e = span.start, span.end
        text = view[s:e]
        self.pending_sentence = self.pending
        self.pending = None
        was_label, self.in_labels = self.in_labels, False
        if not was_label and span.data.get("block") == "item":
            self.labels = []  # a new run of labelled lines starts
        if is_restatement(text):
            self.narrative(s, e, "closing restatement: asks everyone to carry out the document", firm=True)
            return
        if self.repeats_request(s, e):
            return
        marker = _ITEM_MARK.match(text)
        if marker and self.ctx.before_inner is not None:
            self.ctx.units = self.ctx.before_inner  # "2. …; đề nghị doanh nghiệp …" then "3. Lập …": item 3 is not theirs
        self.ctx.before_inner = None
        roman = bool(marker and re.match(r"\s*\(?[IVX]{1,5}[.)]", text))
        heading = _section_heading(text[marker.end() if marker else 0 :], roman)
        if heading:
            self.list_scope = None  # a new section: the lead-in's list is over
        if heading in ("purpose", "duties"):
            self.ctx.results = False
            self.narrative(s, e, f"section heading ({heading})")
            self.ctx.purpose = heading == "purpose"
            if heading == "duties":  # "IV. TỔ CHỨC THỰC HIỆN": its items assign the work
                self.ctx.active = self.ctx.list_mode = True
                # "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": the period it names bounds the items under it
                self.ctx.scope = period_deadline(text, self.doc.issued_on)
            return
        if heading:
            self.ctx.purpose = False  # another section: the aims are over
            # "I. KẾT QUẢ THỰC HIỆN 6 THÁNG CUỐI NĂM 2025": a report's results and shortcomings, up to the next section
            self.ctx.results = is_result_heading(text[marker.end() if marker else 0 :])
            if self.ctx.results:
                self.narrative(s, e, "section heading (results)")
                return
            self.section_scope(text)
        elif self.ctx.purpose:
            self.doc.add(s, e, "narrative", "under a heading of purposes or principles: what the plan aims at, no task")
            return
        elif self.ctx.results and not roman:  # "II. NHIỆM VỤ TUẦN TỚI (từ ngày … đến …)": a section too long for a title
            self.narrative(s, e, "under a heading of results: what was done, no task")
            return
        self.ctx.results = self.ctx.results and not roman
        fm = _FOLLOWUP.match(text, marker.end() if marker else 0)
        if fm and self.ctx.active or fm and self._has_deadline(text):
            self.followup(s, e, s + fm.end())
            return
        if self.ctx.active and is_deadline_sentence(text, self.doc.issued_on):
            # "Các đơn vị hoàn thành trước ngày 20/5.": only when, for the tasks before it
            dl, _ = task_deadline(text, self.doc.issued_on)
            self.doc.add(s, e, "followup", "deadline sentence for the tasks before it", deadline=dl)
            return
        if span.data.get("block") == "table_row" and self.table_row(s, e):
            return
        milestone = _MILESTONE.match(text, marker.end() if marker else 0)
        if milestone:
            self.milestone(s, e, s + milestone.end(), span.data.get("block"), bool(milestone.group("by")))
            return
        if _QUOTED_REQUEST.match(text, marker.end() if marker else 0):
            self.narrative(s, e, "what voters or citizens ask for, quoted: the request answered, no task")
            return
        if _SUBLIST.fullmatch(text) and self.ctx.units:
            # "…, phòng chống dịch. Trong đó:": the items that follow detail the request before; the bodies
            # they name answer for them, the one asked before answers for an item that names nobody
            self.ctx.active = self.ctx.list_mode = True
            self.ctx.nouns = self.ctx.labelled = False
            self.doc.add(s, e, "lead_in", "'Trong đó:', 'Cụ thể:' opens the details of the request before",
                         units=list(self.ctx.units))
            return
        if span.data.get("block") == "item" and _ARROW_NEXT.match(view, e):
            # "1/ Báo cáo kiểm điểm …" then "-> các chi bộ gửi …": the numbered line names the topic, the arrow the task
            self.doc.add(s, e, "narrative", "topic of the arrowed line under it")
            return
        if REMINDER.search(text) and not cues(text):
            # "VP xin nhắc một số việc cuối năm …" (no colon, often an emoji): the lines after it are the
            # reminders, each for the letter's addressees unless it names someone
            self.ctx.units = list(self.audience or self.ctx.units or self.host)
            self.ctx.active = self.ctx.list_mode = True
            self.ctx.nouns = self.ctx.labelled = False
            self.doc.add(s, e, "lead_in", "a reminder opens the list of what is reminded", units=list(self.ctx.units))
            return
        if self.listed_target(s, e):
            return
        col = lead_in_colon(text)
        if col is None:
            col = self.inline_list(s, e)
        if col is not None:
            self.lead_in(s, e, s + col, span.data.get("block"))
            return
        if _PERIOD_LEAD.fullmatch(text):
            # "Kết luận và giao nhiệm vụ trong tháng 3." then "Đồng chí X yêu cầu …": a lead-in without its colon
            self.lead_in(s, e, e, span.data.get("block"))
            return
        if _TASKS_AHEAD.search(text) and cues(text) and _ITEM_MARK.match(view, e) and view[e:].lstrip()[:1].isalpha():
            # "… đề nghị Đảng bộ phường tập trung thực hiện một số nhiệm vụ trọng tâm." then "Thứ nhất, …": a lead-in
            self.lead_in(s, e, e, span.data.get("block"))
            return
        if self.unit_label(s, e, span.data.get("block")):
            return
        numbered = marker is not None and not _BULLET_NEXT.match(text)  # "3. …", "b) …", not "- …"
        if (span.data.get("block") == "item" and numbered and (_BULLET_NEXT.match(view, e) or self.paragraph_at(e)
                                                                or _LETTER_NEXT.match(view, e) and not _LETTER_NEXT.match(text))
                and (len(re.sub(r"\([^()]*\)", "", text[marker.end() :]).split()) <= 12
                     or short_topics(text[marker.end() :]))
                and not text.rstrip().endswith((".", ";", "!", "?", ":"))):
            # "3. Tham gia phát triển kinh tế - xã hội" over "- …" lines or a paragraph: a heading, what is under it the tasks
            self.doc.add(s, e, "narrative", "numbered heading over bulleted lines")
            self.ctx.units = []  # a new heading: the bodies of the one before do not carry over
            if self.listed_ahead and not self.ctx.active:
                # "… đề nghị các chi đoàn triển khai một số nội dung sau:", a remark, then "1. Ra quân …": the
                # numbered headings are the lead-in's list, a remark between does not end it
                self.ctx.active = self.ctx.list_mode = True
                self.ctx.nouns = self.ctx.labelled = False
            return
        if _QUOTED.match(text) and _NAMED_AS_DIRECTIVE.match(view, e):
            self.ctx.active = True  # "“Sở X phối hợp … tập trung …”. Đó là chỉ đạo của UBND tỉnh …": the quote is the directive
        said = _SAID.match(text)
        if said and not cues(text[: said.end()]):
            s = s + said.end()  # "Đồng chí X khẳng định: Y sẽ …": what was said is read as a sentence of its own
        self.body(s, e, span.data.get("block"))

    def section_scope(self, text: str) -> None:
        """"A. CÔNG TÁC CHUẨN BỊ, HOÀN THÀNH TRONG QUÝ II/2026", "II. NỘI DUNG HOẠT ĐỘNG TRONG THÁNG 3/2025": the
        period a section heading sets dates the items under it that have none of their own; the next heading
        without one ends it ("B. TRONG MÙA MƯA BÃO")."""
        found = scope_deadline(text, self.doc.issued_on)
        if found is not None:
            if self.heading_scope is None:
                self.before_heading_scope = self.ctx.scope
            self.ctx.scope = self.heading_scope = found
        elif self.heading_scope is not None:
            self.ctx.scope, self.heading_scope = self.before_heading_scope, None

    def paragraph_at(self, pos: int) -> bool:
        """The next block after `pos` is a paragraph (no numbered or bulleted item)."""
        return self.doc.covering(skip_chars(self.doc.view, pos, " \t\n\r"), "paragraph") is not None

    def body(self, s: int, e: int, block: str | None) -> None:
        """Read one sentence (or the rest of a lead-in sentence) for directives, subjects and imperatives."""
        view = self.doc.view
        marker = _ITEM_MARK.match(view, s, e)
        self.chat_item = self.chat and marker is not None  # "2/ Phòng KT đôn đốc …": a point of a chat message's list
        pos = s = marker.end() if marker else s
        scope, cut = _scope_at_start(view[s:e], self.doc.issued_on)
        if scope:
            self.ctx.scope = self.opened_scope = scope
        pos = s + cut
        opened = pos
        # (the rest of a lead-in's sentence, " từ ngày …, các đơn vị …", opens after its blank)
        om = _OPENERS.match(view, skip_chars(view, pos, " \t"), e) if pos < e else None
        while om and om.end() > pos:
            pos = om.end()
            om = _OPENERS.match(view, pos, e)
        # "dự kiến đến ngày 15/3, sẽ chỉ đạo …": a date opening the sentence is when what follows is due
        # (not "Từ ngày 30/4 đến hết ngày 03/5, …": the window the duty holds in, no deadline)
        dated = [] if _WINDOW_OPENER.match(view, opened, pos) else \
            [f for f in find_deadlines(view[opened:pos], self.doc.issued_on) if f.due and f.marked]
        # "Trong tháng 11/2019, Chủ tịch UBND yêu cầu …": the period opening the sentence scopes the requests in it
        # "Năm 2026, Phó Chủ tịch … chỉ đạo cần …": an opener that is the period alone scopes them too
        alone = bool(scope) and (scope.text or "").strip().lower() == view[s : s + cut].strip(" ,").lower()
        in_period = scope if scope and (alone or _IN_PERIOD.match(view, s, e)) else None  # not "Để hoàn thành … năm 2024, …"
        self.opening_scope = Deadline(text=dated[-1].text, due=dated[-1].due) if dated else in_period
        if dated:  # "Dự kiến, trong quý I/2026, X tổ chức …": the period opening the sentence scopes its actions
            self.ctx.scope = self.opening_scope
        # "Nhiệm vụ thời gian tới, các Ban HĐND chủ động hoàn thành …": the work ahead, as "sẽ" would say it; and
        # "Quý II/2023, Hội X tập trung …" in a text of March 2023: a period that has not begun yet
        periods = [f for f in find_deadlines(view[s:pos], self.doc.issued_on) if f.due and f.kind == "period"] if pos > s else []
        later = period_start(periods[-1]) if periods else None
        term = _TERM.search(view, opened, pos) if pos > opened else None
        self.ahead_at = pos if pos > opened and _AHEAD.search(view, opened, pos) or (
            later and self.doc.issued_on and later > self.doc.issued_on) or (
            term and (self.doc.issued_on is None or self.doc.issued_on.year <= int(term.group(1)))) else -1
        self.review_at = pos if self.ahead_at != pos and later and self.doc.issued_on and later < self.doc.issued_on else -1
        if self.ahead_at == pos and periods and not self.opening_scope:
            self.opening_scope = self.ctx.scope = Deadline(text=periods[-1].text, due=periods[-1].due)
        frame, self.programme_frame = self.programme_frame, None
        if frame and not view[frame[1] : s].strip(" \t\n\r.") and _FOLLOWS_PROGRAMME.match(view, opened, pos):
            self.ctx.active, self.ctx.units = True, []
            self.opening_scope = self.ctx.scope = frame[0]
        ref = _PERIOD_REFERENCE.match(view, opened, pos) if pos > opened else None
        if ref and not dated:  # "Trong thời gian lấy ý kiến nêu trên, …": the period named earlier
            self.opening_scope = self.periods.get(" ".join(ref.group(1).lower().split()))
            self.ctx.scope = self.opening_scope or self.ctx.scope
        aside = _SPEAKER_AFTER.match(view, pos, e)
        if aside and not cues(view[pos : aside.start("speaker")]):
            # "Thông tin nhanh về tình hình …, đồng chí nhấn mạnh vai trò …; đề nghị …": what the speaker did first, then
            # what was stressed, no one's task
            pos = aside.end()
        if is_meeting_decision(view[pos:e]):
            self.narrative(s, e, "what the meeting itself agreed or decided, no one's task")
            return
        if self.schedule and not cues(view[pos:e]) and modal_at(view, skip_chars(view, pos)) == skip_chars(view, pos):
            # "Chủ tịch, các Phó Chủ tịch UBND xã: Thực hiện mô hình …" in a weekly schedule: an entry of the calendar;
            # only what the schedule gives others to prepare ("(Giao Văn phòng chuẩn bị …)") is a task
            self.narrative(s, e, "an entry of a leaders' work schedule, an event")
            return
        if _REPORT_TO.match(view, pos, e):
            self.narrative(s, e, "'Báo cáo đ/c …, …': a report addressed to a superior, no request")
            return
        if _ASKS_FOR.search(view, pos, e) or view[pos:e].rstrip(" )ạ").endswith("?") and not cues(view[pos:e]):
            self.narrative(s, e, "a question or 'cho em xin …': the writer asks for something, no task")
            return
        if _DELIVERABLE_ASKED.match(view, pos, e) and self.deliverable(pos, e):
            # "Báo cáo yêu cầu gửi về Văn phòng trước 14 giờ ngày 05/12.": the report asked of the addressee before
            return
        found = [c for c in cues(view[pos:e]) if c.word not in ("kết luận", "nhấn mạnh")]
        self.flaws_to_fix(pos, pos + found[0].start if found else e)
        if found and found[0].start == 0 and found[0].word == "chỉ đạo" and self.pending_sentence and not self.ctx.active:
            # "X lãnh đạo Y bố trí …. Chỉ đạo Z xây dựng …": X, the subject before, directs Z; both sentences are X's
            p_start, p_end, p_refs, p_subject = self.pending_sentence
            self.ctx.units, self.ctx.active = list(p_refs), True
            self.assign(p_start, p_end, p_refs, p_start, "subject", "subject and action, with a directive of its own after it",
                        subject_end=p_subject)
        own = found and found[0].start == 0 and (
            found[0].word == "chỉ đạo" and (self.ctx.active or self.ctx.list_mode)
            or found[0].word == "phân công" and self.ctx.labelled)  # "X: - Phân công Y …": X assigns, X answers for it
        if own:
            found = found[1:]  # "Chỉ đạo các chi bộ …" opening a sentence of the speech: its addressee directs
            if not found:
                self.assign(pos, e, self.default_units(), pos, "continuation", "imperative sentence in a directive speech")
                return
        if found and found[0].word == "chỉ đạo" and _GIVEN_TO_DIRECT.search(view, pos, pos + found[0].start) \
                and self.subject(pos, e, directing=True):
            return  # "Sở X được giao chỉ đạo Văn phòng Y hoàn thành …": X is given the work of directing Y
        if found and self.subject(pos, e, before=pos + found[0].start, require_modal=True):
            return
        if found and found[0].start > 0 and found[0].word in _DIRECTS and (self.ctx.list_mode or self.ctx.active):
            # "- Sở X chỉ đạo Chi cục Y …" under "yêu cầu:", or a body's sentence in the speech ("Công an tỉnh chỉ đạo
            # lực lượng Y …", not the speaker "Đồng chí Chủ tịch chỉ đạo …"): X directs, X answers for it
            refs, end = addressees_at(view, pos, self.resolver)
            body = self.ctx.list_mode or not _SPEAKER.match(view, pos, end)
            if refs and body and skip_chars(view, end) == pos + found[0].start and self.subject(pos, e, directing=True):
                return
        if found:
            first = pos + found[0].start
            if first > pos and (self.ctx.active or self.ctx.list_mode or self.chat_item) and self.subject(pos, first):
                pass
            elif first > pos and verb_at(view, pos) > pos and (self.ctx.active or self.ctx.list_mode) \
                    and view[verb_at(view, pos) : first].strip():  # "Báo cáo yêu cầu gửi về …": the report, a noun there
                if not self.late_subject(pos, first):
                    self.assign(pos, first, self.default_units(), pos, "continuation", "imperative sentence in a directive speech")
            if self.directives(pos, e, found):
                return
        said = _SAID_THAT.match(view, pos, e) or _STRESSED_WHEN.match(view, pos, e)
        said_at = said.end() if said else pos
        when = _SKIP_TO_ADDRESSEE.match(view, said_at, e) if said else None
        if when and (said.re is _STRESSED_WHEN or view[when.end() - 2 : when.end()].strip() == ","):
            # "… nhấn mạnh trong 6 tháng cuối năm 2014 Mặt trận … cần …", "… yêu cầu, trong những tháng cuối năm,
            # phường cần …": the period, then the bodies (a lower-case one too: the modal after it says it acts)
            said_at = when.end()
        else:
            when = None
        if said and (view[said_at : said_at + 1].isupper() or view.startswith(("các ", "những "), said_at) or when):
            saved = self.ctx.scope
            found = [f for f in find_deadlines(view[said.end() : said_at], self.doc.issued_on) if f.due] if when else []
            self.ctx.scope = Deadline(text=found[-1].text, due=found[-1].due) if found else saved
            if self.subject(said_at, e, require_modal=True):
                return  # "Bí thư Thành ủy nhấn mạnh, Thành phố tiếp tục …": the speaker, then the body and what it must go on with
            self.ctx.scope = saved
        if said and self.body_after_asides(said_at, e):
            return
        if said and not when and self.unsaid_subject(said_at, e):
            return
        if self.subject(pos, e):
            return
        plan_item = (self.own_plan and not _VERB_LABEL.match(view, verb_at(view, pos), e)  # "Tuyên truyền: Nội dung …" names a topic
                     and not _PLAN_BASIS.match(view, pos, e))
        # ("Đồng thời, sẽ hoàn thành …": the modal of the body before, then its next action)
        opens = verb_at(view, pos) > pos or modal_at(view, pos) > pos and verb_at(view, skip_chars(view, modal_at(view, pos))) > pos
        if opens and (self.ctx.active or self.ctx.list_mode or plan_item):
            late = self.late_subject(pos, e)
            if late:
                return
            self.assign(pos, e, self.default_units(), pos, "continuation", "imperative sentence in a directive speech")
            return
        if self.ctx.list_mode and self.ctx.nouns and (block in ("item", "table_row") or self.ctx.inline) and len(view[pos:e].split()) >= 2:
            self.assign(pos, e, self.default_units(), pos, "item", "item under a lead-in", listing=True)
            return
        if block == "item" and self.ctx.list_mode:
            self.doc.add(s, e, "narrative", "item without an action; its siblings may have one")
            return
        if self.pending_sentence and not self.ctx.active and _PASSIVE_DUTY.match(view, pos, e) and self._has_deadline(view[pos:e]):
            p_start, p_end, p_refs, p_subject = self.pending_sentence
            self.ctx.units, self.ctx.active = p_refs, True
            self.assign(p_start, p_end, p_refs, p_start, "subject", "subject and action, with a dated duty after it",
                        subject_end=p_subject)
        if self.deliverable(pos, e):
            return
        if self.plan_after_report(pos, e) or self.passive_next_step(opened, pos, e) or self.plan_of(s, e) \
                or self.focus_of(pos, e):
            return
        if self.still_due(pos, e):
            return
        if self.ctx.labelled and block == "paragraph" and _BULLET_NEXT.match(view, e):
            # "3. Trung tâm X" / "tuần trước có 11 hồ sơ trễ hạn" / "- xử lý …": a remark between the name and its items
            self.doc.add(s, e, "narrative", "a remark under a named heading, its items after it")
            return
        if self.ctx.active and self.ctx.units and _SINGLED_WORK.match(view, pos, e) \
                and not PAST_MARK.search(view, pos, e) and not _DONE_WORDS.search(view, pos, e):
            # "X cần tiếp tục …. Đặc biệt là công tác hiệp thương nhân sự Đại hội …": one more item of the request before
            self.assign(pos, e, self.ctx.units, pos, "continuation", "work singled out after a request, its next item")
            return
        self.narrative(s, e, "no directive cue, modal subject or imperative in a directive speech")
        self.programme(pos, e)

    def deliverable(self, pos: int, e: int) -> bool:
        """A deliverable the addressee before must send by a date, said without its subject ("Số liệu phải được gửi về Bộ
        Nội vụ trước 30/8.", "Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước ngày 05/12."): a task of that addressee,
        and its date also closes the task before it."""
        view = self.doc.view
        if not (self.ctx.active and self.ctx.units and (_PASSIVE_DUTY.match(view, pos, e) or _DELIVERABLE_ASKED.match(view, pos, e))
                and self._has_deadline(view[pos:e])):
            return False
        self.assign(pos, e, self.ctx.units, pos, "continuation", "a duty in the passive for the addressee before",
                    deliverable=True)
        dl, _ = task_deadline(view[pos:e], self.doc.issued_on)
        self.doc.add(pos, e, "followup", "its date also closes the task before", deadline=dl)
        return True

    def body_after_asides(self, pos: int, e: int) -> bool:
        """"… nhấn mạnh, bước vào nhiệm kỳ 2025 - 2030, trong bối cảnh …, Ủy ban MTTQ xã cần xác định …": the speaker, the
        times set out between commas, then the body and what it must do (a modal after it; "đã …" is a report)."""
        view = self.doc.view
        for comma in re.finditer(r",\s*", view[pos : min(e, pos + 300)]):
            at = pos + comma.end()
            if (view[at : at + 1].isupper() or view.startswith(("các ", "những "), at)) and self.subject(at, e, require_modal=True):
                return True
        return False

    def programme(self, pos: int, e: int) -> None:
        """"Hội Nông dân xã xác định rõ phương hướng, nhiệm vụ trọng tâm trong thời gian tới …": the body sets its own
        work ahead; what the next sentences say it does ("Theo đó, Hội tập trung …; đẩy mạnh …") is its programme."""
        view = self.doc.view
        m = _PROGRAMME.search(view, pos, e)
        if m and not _AHEAD.search(view, pos, e) and PAST_MARK.search(re.split(r",|\svà\s", view[pos : m.start()])[-1]):
            return  # "Các đơn vị đã chủ động triển khai nhiệm vụ năm 2026.": work begun, reported
        sentence = self.doc.covering(pos, "sentence")
        # "Nhiệm kỳ mới, X đề ra 5 chỉ tiêu …": the term ahead may open the sentence as well as close it
        ahead = m and (_AHEAD.search(view, m.end(), e) or _AHEAD.search(view, sentence.start if sentence else pos, m.start()))
        scope = self.work_period(m.end(), e) if m and not ahead else None
        if m is None or not ahead and scope is None:
            self.plan_presented(pos, e)
            return
        for at in sorted({pos, *(pos + c.end() for c in re.finditer(r",\s*", view[pos : m.start()]))}, reverse=True):
            refs, end = addressees_at(view, at, self.resolver)
            if refs and re.fullmatch(r"\s*(?:cũng\s+|đã\s+)?", view[end : m.start()]):
                if len(refs) == 1 and refs[0].key is None and refs[0].name in ("Hội", "Mặt trận", "Đoàn"):
                    refs = self.last_named(at, refs[0].name) or refs
                self.ctx.units = refs
                self.ctx.active = True
                self.ctx.scope = scope or self.ctx.scope
                listed = _PROGRAMME_LIST.match(view, m.end(), e)
                if listed and verb_at(view, listed.end()) > listed.end():
                    # "Năm 2019, Thành đoàn đề ra một số chỉ tiêu cơ bản như hỗ trợ …, tư vấn …": the work listed in it
                    self.assign(listed.end(), e, refs, listed.end(), "plan", "the work a body's programme lists")
                return
        if scope is not None:  # "Hội nghị thống nhất phương hướng hoạt động năm 2026.": whose work, the next sentence says
            self.programme_frame = (scope, e)
            self.plan_presented(pos, e)

    def work_period(self, pos: int, e: int) -> Deadline | None:
        """The period of the work a programme sets ("… nhiệm vụ trọng tâm năm 2021", or the sentence's opening "Năm
        2021, …"), when it is still ahead: not over, and not more than a quarter run (a year's work is announced in its
        first months; the same words in its last months report it). None otherwise."""
        ref = self.doc.issued_on
        periods = [f for f in find_deadlines(self.doc.view[pos:e], ref) if f.due and f.kind == "period"]
        found = Deadline(text=periods[0].text, due=periods[0].due) if periods else self.opening_scope
        if found is None or found.due is None or ref is None:
            return found
        start = period_start(periods[0]) if periods else date(found.due.year, 1, 1)
        if found.due < ref or start is not None and (ref - start) * 4 > found.due - start:
            return None
        return found

    def plan_presented(self, pos: int, e: int) -> None:
        """"… trình bày dự thảo Kế hoạch triển khai các nhiệm vụ trọng tâm năm 2026 …" in December 2025: a plan for a
        period not begun yet; what the next sentences say a body does ("Theo đó, Hội tập trung …", "Tăng cường …") is
        that plan's work, due by the period's end. (A plan of the current or a past year is reported, not announced.)"""
        view = self.doc.view
        m = _PLAN_PRESENTED.search(view, pos, e)
        proposed = None if m else _WORK_PROPOSED.search(view, pos, e)
        m = m or proposed
        if m is None or self.doc.issued_on is None:
            return
        periods = [f for f in find_deadlines(view[m.end() : e], self.doc.issued_on) if f.due and f.kind == "period"]
        start = period_start(periods[0]) if periods else None
        if start is None or start <= self.doc.issued_on and not proposed:
            return
        if proposed and (periods[0].start > 12 or periods[0].due < self.doc.issued_on):
            return  # "… đề xuất các trọng tâm công tác năm 2026" in March 2026: the year's work, still ahead; not a past year's
        self.ctx.active = True
        self.ctx.units = []
        self.ctx.scope = Deadline(text=periods[0].text, due=periods[0].due)

    def plan_of(self, s: int, e: int) -> bool:
        """"Theo kế hoạch … của Hội X, đến cuối năm 2020 tổ chức …": what X's plan says X will do, by when."""
        view = self.doc.view
        m = _PLAN_OF.match(view, s, e)
        if m is None:
            return False
        refs, end = addressees_at(view, m.end(), self.resolver)
        if not refs:
            return False
        for w in re.finditer(r"(?<!\S)[a-zđà-ỹ]\w*", view[end : min(e, end + 80)]):
            at = end + w.start()
            if verb_at(view, at) > at and phrase_at(view, at, AUXILIARIES, 2) == at:
                found = [f for f in find_deadlines(view[end:at], self.doc.issued_on) if f.due]
                if view[end:at].strip(" ,") and not found:
                    return False  # only a time may stand between the plan's owner and what it will do
                saved = self.ctx.scope
                self.ctx.scope = Deadline(text=found[-1].text, due=found[-1].due) if found else saved
                self.assign(at, e, refs, at, "plan", "what the plan of a named body says it will do")
                self.ctx.scope = saved
                return True
        return False

    def focus_of(self, s: int, e: int) -> bool:
        """"Phong trào thi đua của phường X tập trung vào phát triển …; đồng hành với …": what the movement or
        programme of a named body focuses on is that body's work ahead."""
        view = self.doc.view
        ahead = _FOCUS_AHEAD.match(view, s, e)
        # whose work: the sentence's default, or in a news report the catalog body the text is about so far
        units = (self.default_units() or self.last_named(s, "")) if ahead and verb_at(view, ahead.end()) > ahead.end() else []
        if ahead and units:
            self.assign(ahead.end(), e, units, ahead.end(), "plan", "the work ahead the text's body will focus on")
            return True
        m = _FOCUS_OF.match(view, s, e)
        if m is None:
            return False
        refs, end = addressees_at(view, m.end(), self.resolver)
        focus = _FOCUS_VERB.match(view, end, e) if refs else None
        if focus is None or verb_at(view, focus.end()) <= focus.end():
            return False
        self.assign(focus.end(), e, refs, focus.end(), "plan", "what the movement or programme of a named body focuses on")
        return True

    def flaws_to_fix(self, pos: int, e: int) -> None:
        """"… chỉ ra những hạn chế cần được khắc phục ngay": fixing the shortcomings is a task of those it was said to."""
        view = self.doc.view
        m = _FLAWS_TO_FIX.search(view, pos, e)
        if m is None or verb_at(view, m.end()) <= m.end():
            return
        end = re.search(r"\s+và\s+(?=\S+\s+(?:yêu cầu|đề nghị|giao)\b)|[;.]|$", view[m.end() : e])
        stop = m.end() + end.start() if end else e
        praise = _PRAISE.search(view, pos, m.start())
        units = (addressees_at(view, praise.end(), self.resolver)[0] if praise else []) or self.praised_before(pos) \
            or self.default_units()
        self.assign(m.end(), stop, units, m.end(), "continuation", "shortcomings that must be fixed, in the passive")

    def passive_next_step(self, opened: int, pos: int, e: int) -> bool:
        """"Sau đó, các dự thảo được tiến hành lấy ý kiến …": the next step of the plan just read, in the passive."""
        view = self.doc.view
        if not _NEXT_STEP.match(view, opened, pos):
            return False
        before = [sp for sp in self.doc.layer("assignment", "followup", "narrative") if sp.end <= opened]
        if not before or before[-1].label == "narrative":
            return False
        m = _PASSIVE_STEP.match(view, pos, e)
        if m is None or verb_at(view, m.end()) <= m.end():
            return False
        self.assign(pos, e, self.default_units(), pos, "continuation", "the next step of the plan, in the passive")
        return True

    def still_due(self, pos: int, e: int) -> bool:
        """"Dự án …, đã được UBND tỉnh yêu cầu hoàn thành … trước ngày 30/4/2026": a request made before, told in the
        passive, whose date is still ahead: the work is still to do (by the body before it, if one is named)."""
        view = self.doc.view
        m = _ASKED_BEFORE.search(view, pos, e)
        ref = self.doc.issued_on
        if m is None or ref is None or verb_at(view, m.end()) <= m.end():
            return False
        dues = [f.due for f in find_deadlines(view[m.end() : e], ref) if f.marked and f.due]
        if not dues or max(dues) <= ref:
            return False
        refs, end = addressees_at(view, pos, self.resolver)
        refs = refs if refs and skip_chars(view, end, " ,") >= m.start() else []
        self.assign(m.end(), e, refs, m.end(), "continuation", "a request made before, its date still ahead")
        return True

    def plan_after_report(self, pos: int, e: int) -> bool:
        """"X đã hoàn thành …, tiến tới hoàn thành … trong tháng 10": a dated plan tacked onto a report is a task of X."""
        view = self.doc.view
        plan = _PLAN_AFTER_REPORT.search(view, pos, e)
        if plan is None or verb_at(view, plan.end()) <= plan.end() or not self._has_deadline(view[plan.end() : e]):
            return False
        units: list[UnitRef] = []
        for w in _SUBJECT_START.finditer(view, pos, plan.start()):
            refs, end = addressees_at(view, w.start(), self.resolver)
            if refs:
                units = refs
                break
        self.assign(plan.start(1), e, units or self.default_units(), plan.start(1), "plan",
                    "a dated plan after a report ('…, tiến tới …')")
        return True

    def repeats_request(self, s: int, e: int) -> bool:
        """"Các đồng chí góp ý gửi văn bản về …: thời gian từ … đến …": the request before, said again with its date.

        A sentence whose subject only points back ("các đồng chí", "các đơn vị") and whose verb is the one the last
        assignment asked for is no new task: its date closes that assignment.
        """
        view = self.doc.view
        if not _BACK_REFERENCE.match(view, s, e) or cues(view[s:e]):
            return False
        last = self.doc.last("assignment")
        if last is None:
            return False
        dl, _ = task_deadline(view[s:e], self.doc.issued_on)
        if dl is None or dl.due is None:
            return False
        asked = view[last.data["action"] : last.end].lower()
        for w in words_at(view, s, 8):
            end = verb_at(view, w.start())
            if end > w.start() and phrase_at(view, w.start(), AUXILIARIES, 2) == w.start():
                if re.search(rf"(?<!\w){re.escape(view[w.start() : end].lower())}(?!\w)", asked):
                    self.doc.add(s, e, "followup", "repeats the request before, with its date", deadline=dl)
                    return True
                return False
        return False

    def late_subject(self, pos: int, e: int) -> bool:
        """"Bám sát …, X phối hợp …": an opening phrase, then the subject; the phrase's period scopes the task."""
        view = self.doc.view
        for m in re.finditer(r",\s*", view[pos : min(e, pos + 160)]):
            at = pos + m.end()
            if len(view[pos:at].split()) > 12 or not (view[at : at + 1].isupper() or view.startswith(("các ", "những "), at)):
                continue
            if _WITH_PARTNERS.match(view, pos, at):
                break  # "Phối hợp với Báo X, Đài Y mở chuyên mục …": the partners listed go on after the comma, no subject
            refs, end = addressees_at(view, at, self.resolver)
            nxt = skip_chars(view, end)
            if refs and (verb_at(view, nxt) > nxt or modal_at(view, nxt) > nxt) and not _past_follows(view, nxt):
                found = [f for f in find_deadlines(view[pos : pos + m.start()], self.doc.issued_on) if f.due]
                self.ctx.units = refs
                self.ctx.active = True
                saved = self.ctx.scope
                if found:  # the opening phrase's period scopes this task only
                    self.ctx.scope = Deadline(text=found[-1].text, due=found[-1].due)
                self.assign(at, e, refs, at, "subject", "subject after an opening phrase, then its action", subject_end=end)
                self.ctx.scope = saved
                return True
        return False

    def table_row(self, s: int, e: int) -> bool:
        """A row of a task table flattened to text ("1 | Hội Nông dân | Tổ chức tập huấn | 15/3/2025").

        A header row ("TT | Nội dung | Đơn vị chủ trì | … | Thời gian hoàn thành") says what each column
        holds, for the rows under it; without one, the cells are read by what they look like.
        """
        view = self.doc.view
        if s in self.continued:
            self.doc.add(s, e, "narrative", "a row's cells carried on to the next line")
            return True
        cells = _cells(view, s, e)
        texts = _with_continuations([view[cs:ce].strip() for cs, ce in cells], self.doc.text, e, self.continued)
        kinds = [column_kind(t) if t and len(t.split()) <= 8 else None for t in texts]
        if "content" in kinds and sum(k is not None for k in kinds) >= 2 and not any(
                find_deadlines(t, self.doc.issued_on) for t in texts):
            self.columns = kinds
            self.narrative(s, e, "header row of a task table: what each column holds")
            self.ctx.units = []  # the subject of the sentence before the table is not the rows'
            return True
        if self.columns and self.section_row(cells, texts):
            return True
        if _menu(texts, kinds):
            self.narrative(s, e, "a web page's menu: sections, no task")
            return True
        if all(_COLUMN_NUMBER.fullmatch(t) for t in texts):
            self.narrative(s, e, "the column numbers under a table's header")
            return True
        if self.columns and len(cells) == len(self.columns) and self.columns_row(cells, texts):
            return True
        units: list[UnitRef] = []
        action = None
        dates = []
        written_out = any(_CELL_LABEL.match(t) for t in texts)  # then its first other cell is the content, verb or not
        for (cs, ce), text in zip(cells, texts):
            if not text:
                continue
            labelled = _CELL_LABEL.match(text)
            if labelled:  # "Chủ trì: X", "Thời hạn: …": the cells of a table written out by the .docx reader
                value = text[labelled.end() :]
                if labelled.group(1).lower() == "chủ trì" and not units:
                    units = resolve(split_units(value), self.resolver)
                elif labelled.group(1).lower() == "thời hạn":
                    dates.append(value)
                continue
            at = skip_chars(view, cs)
            mark = _ITEM_MARK.match(view, at, ce) if not action else None
            at = mark.end() if mark else at  # "1. Kiểm tra …": the row's number opens its content cell
            if written_out and action is None:
                action = (at, ce)
                continue
            refs, end = addressees_at(view, at, self.resolver)
            whole = end >= len(view[:ce].rstrip()) - 1 or _WITH_PARTNER.match(view, skip_chars(view, end), ce)
            if refs and not units and whole:
                units = refs  # "Đoàn xã A phối hợp Trường B": the first named does it
            elif action is None and (verb_at(view, at) > at or modal_at(view, at) > at):
                action = (at, ce)
            elif find_deadlines(view[cs:ce], self.doc.issued_on) or find_recurrence(view[cs:ce]):
                dates.append(view[cs:ce])  # "Tháng 4/2026", "Hằng tháng, trước ngày 05"
        if action is None:
            return False
        self.assign(action[0], action[1], units or self.default_units(), action[0], "row", "a row of a task table",
                    row_deadline=" ".join(dates))
        return True

    def section_row(self, cells: list[tuple[int, int]], texts: list[str]) -> bool:
        """"II | SỞ TÀI CHÍNH": a row spanning the table under its number names the body the rows after it are for."""
        filled = [i for i, t in enumerate(texts) if t]
        if len(filled) != 2 or not _SECTION_NUMBER.fullmatch(texts[filled[0]]):
            return False
        cs, ce = cells[filled[1]]
        at = skip_chars(self.doc.view, cs)
        refs, end = addressees_at(self.doc.view, at, self.resolver)
        if not refs or end < len(self.doc.view[:ce].rstrip()) - 1:
            return False
        self.narrative(cells[0][0], ce, "section row of a task table: the body its rows are for")
        self.ctx.units = refs
        return True

    def columns_row(self, cells: list[tuple[int, int]], texts: list[str]) -> bool:
        """A row read by its table's header: the content column is the action, the first unit column says who,
        the last deadline column when ("Thời hạn giao ban đầu | Đề nghị hoàn thành": the later word stands)."""
        view = self.doc.view
        kinds = self.columns or []
        content = next((i for i, k in enumerate(kinds) if k == "content" and texts[i]), None)
        if content is None or len(texts[content].split()) < 2:
            return False
        cs, ce = cells[content]
        at = skip_chars(view, cs)
        unit_cell = next((texts[i] for i, k in enumerate(kinds) if k == "unit" and texts[i]), "")
        units = resolve(split_units(unit_cell), self.resolver) if unit_cell.strip(" -–") else []
        due_cells = [texts[i] for i, k in enumerate(kinds) if k == "due" and texts[i].strip(" -–")]
        self.assign(at, ce, units or self.default_units(), at, "row", "a row of a task table, read by its header",
                    row_deadline=due_cells[-1] if due_cells else "")
        return True
    def _has_deadline(self, text: str) -> bool:
        return task_deadline(text, self.doc.issued_on)[0] is not None

    # -- kinds of sentences ------------------------------------------------------------------
    def followup(self, s: int, e: int, rest: int) -> None:
        """"Thời gian hoàn thành: …": milestones each with a date become tasks; one date goes to the tasks before."""
        view = self.doc.view
        parts = [p for p in split_semicolons(view[rest:e]) if p.strip()]
        dated = [p for p in parts if task_deadline(p, self.doc.issued_on)[0] or find_deadlines(p, self.doc.issued_on)]
        if len(parts) >= 2 and len(dated) == len(parts):
            self.assign(rest, e, self.default_units(), rest, "milestones", "milestones listed in a deadline line",
                        milestones=True)
            return
        dl, _ = task_deadline("hoàn thành " + view[rest:e], self.doc.issued_on)
        named = _NAMED_PERIOD.search(view, s, rest)
        name = " ".join(named.group(1).lower().split()) if named else None
        if name and dl is not None:
            self.periods[name] = dl  # "Thời gian lấy ý kiến: từ … đến …": named, for "trong thời gian lấy ý kiến nêu trên"
        self.doc.add(s, e, "followup", "deadline line for the tasks before it", deadline=dl, period=name)
        report = _REPORT_IN_DEADLINE.search(view, rest, e)
        if report and dl is not None and self.ctx.active and self.default_units():
            # "Thời gian hoàn thành việc quán triệt chậm nhất ngày 14/5 và báo cáo kết quả về Ban Thường vụ": the report
            # is a deliverable of its own, by the same bodies and the same day
            saved, self.ctx.scope = self.ctx.scope, dl
            self.assign(report.start(1), e, self.default_units(), report.start(1), "continuation",
                        "a report asked in the deadline line of the tasks before it", deliverable=True)
            self.ctx.scope = saved

    def lead_in(self, s: int, e: int, col: int, block: str | None) -> None:
        """A sentence whose ":" opens a list of tasks; the rest of the sentence, if any, is that list."""
        view = self.doc.view
        head = view[s:col]
        at = self.examples_ahead(s, col, e)
        if at is not None:  # "Ngoài ra cần nhấn mạnh một số sự kiện … như: …": the examples are the object
            self.assign(at, e, self.default_units(), at, "continuation", "an action whose object is given by examples "
                        "('… như: …') in a directive speech", examples=True)
            return
        units = self.ctx.units
        named = False
        for cue in cues(head):
            refs, _ = addressees_at(head, cue.end, self.resolver, need_head=False)
            skip = None if refs else _SKIP_TO_ADDRESSEE.match(head, cue.end)
            if skip and skip.end() > cue.end:  # "đề nghị 6 tháng cuối năm, Hội X tập trung …:": when, then whom
                refs, _ = addressees_at(head, skip.end(), self.resolver, need_head=False)
            if refs:
                # "đề nghị các cấp Hội tập trung … như:": the Hội the text is about, as after a directive with no list
                units, named = self.short_name(refs, s + cue.end), True
        if not named:  # "…, UBND thành phố ban hành Kế hoạch … như sau:": the issuer plans its own work (or agrees on it:
            # "Thường trực HĐND thống nhất một số nội dung cần thực hiện … như sau:")
            # "Đại hội Hội Nông dân xã X lần thứ I xác định phương hướng nhiệm kỳ mới là:": the body whose congress it is
            held = [m.end() for m in _CONGRESS_OF.finditer(head)]
            # "… gợi mở một số nội dung để Hội Nông dân huyện tiếp tục triển khai thực hiện:": the body the list is for
            held += [m.end() for m in re.finditer(r"(?<!\w)để\s+(?=[A-ZĐ]|các\s|những\s)", head)]
            for at in [0, *(m.end() for m in re.finditer(r"[,;]\s*", head)), *held]:
                refs, end = addressees_at(head, at, self.resolver)
                if refs and re.match(r"\s*(?:lần thứ\s+[IVXLC\d]+\s*,?\s*)?(?:sẽ\s+|tiếp tục\s+)?(?:tập trung\s+)?"
                                     r"(?:ban hành|xây dựng|đề ra|triển khai|thực hiện|xác định|thống nhất)\b", head[end:]):
                    units, named = self.short_name(refs, s + at), True
                    break
        if not named and _UNNAMED_CONGRESS.match(head):
            # "Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2025 - 2030 xác định phương hướng …:": the congress of the body the
            # text is about, named before
            units = self.last_named(s, "")
            named = bool(units)
        if not named:
            # "… đồng chí X, Chủ tịch UBND xã đã phát biểu triển khai các nhiệm vụ …:": the body its leader speaks for
            for m in _LEADER_OF.finditer(head):
                refs, end = addressees_at(head, m.end(), self.resolver)
                if refs and _PRESENTS.match(head, end):
                    units, named = refs, True
                    break
        if not named and self.host:  # a meeting's conclusions for nobody named: the body that held it
            units = self.host
        elif not named and not units and self.resolver.about:
            units = [self.resolver.about]  # "Đại hội … xác định phương hướng nhiệm kỳ mới là:": the Hội the page is about
        ref = self.doc.issued_on
        found = [f for f in find_deadlines(head, ref) if f.due and f.kind == "period" and f.marked]
        latest = max(found, key=lambda f: f.due) if found else None  # "cuối tháng 3 và trong tháng 4": the later
        scope = (Deadline(text=latest.text, due=latest.due) if latest else None) or scope_deadline(head, ref)
        self.ctx.scope = scope or self.ctx.scope
        self.ctx.units = list(units)
        self.ctx.active = self.ctx.list_mode = True
        self.ctx.nouns = bool(re.search(r"(?:bao gồm|gồm|là)\s*:?\s*$", head.rstrip(": ")))
        # (a list of topics, "… trong tháng 4, bao gồm: công tác A; công tác B", names no request the period could date)
        self.list_scope = None if self.ctx.nouns else scope
        self.ctx.labelled = False
        self.doc.add(s, col, "lead_in", "ends with ':' after a directive or a list of tasks", units=list(units))
        self.listed_ahead = e - col < 8 and bool(_LIST_AHEAD.search(head)) and bool(cues(head))
        if e - col < 8:
            return
        such = _SUCH_AS.match(view, col, e)
        if such and verb_at(view, such.end()) > such.end():
            col = such.end()  # "…trong thời gian tới: như hoàn thành …; tăng cường …": "như" opens the list, no word of it
        self.ctx.inline = True
        self.body(col, e, block)
        self.ctx.inline = False

    def listed_target(self, s: int, e: int) -> bool:
        """"Hội đã thông qua chương trình … với 12 chỉ tiêu phấn đấu thực hiện trong năm 2026." then "Phấn đấu kết nạp mới
        20 hội viên; giới thiệu ít nhất 05 hội viên …", "Cụ thể: Mỗi cơ sở Đoàn có ít nhất 1 hoạt động …": the targets a
        body sets itself are its work ahead, one per ';' part; a sentence of figures among them ("Trên 80% chi hội …",
        "100% chi hội có quỹ …") states a level to reach, no work, and a past part ("đã kết nạp …") a result.
        Returns whether the sentence was read."""
        view = self.doc.view
        block = self.doc.covering(s, *BODY_LABELS)
        at = block.start if block else -1
        detail = _SUBLIST_OPEN.match(view, s, e)
        if self.targets and (self.targets[2] != at and not detail or cues(view[s:e])):
            self.targets = None  # the paragraph of the targets is over, or a request follows them
        if self.targets is None:
            if _TARGETS_LEAD.search(view, s, e) and not _TARGETS_MET.search(view, s, e):
                named = [u for pos, u in self._mentions() if s <= pos < e]
                # "phấn đấu thực hiện trong năm 2026": the period the targets are for ("trong Tháng Thanh niên năm 2015" is
                # an event's, no deadline)
                periods = [f for f in find_deadlines(view[s:e], self.doc.issued_on) if f.due and f.kind == "period"
                           and re.search(r"(?<!\w)(?:trong|đến hết|đến cuối)\s+$", view[max(s, s + f.start - 12) : s + f.start])]
                scope = Deadline(text=periods[-1].text, due=periods[-1].due) if periods else None
                self.targets = (named[:1] or self.default_units(), scope, at)
            return False
        units, scope, _ = self.targets
        self.targets = (units, scope, at)
        pos = detail.end() if detail else s
        read = False
        # one part per ';' or per sentence the splitter left joined ("… cho Đảng. 100% chi hội …")
        for m in re.finditer(r"[^;.]+(?:\.(?!\s)[^;.]*)*", view[pos:e]):
            ps, pe = skip_chars(view, pos + m.start()), pos + m.end()
            if ps >= pe:
                continue
            refs, end = addressees_at(view, ps, self.resolver) if not _SHARE.match(view, ps, pe) else ([], ps)
            act = skip_chars(view, end) if refs else ps
            if PAST_MARK.search(view, ps, pe) or not (verb_at(view, act) > act or refs and _AT_LEAST.search(view, act, pe)):
                continue
            saved, self.ctx.scope = self.ctx.scope, scope or self.ctx.scope
            # one action each, the whole part: "Mỗi cơ sở Đoàn có ít nhất 1 hoạt động …" has no verb of its own
            self.assign(ps, pe, refs or units, ps if refs else act, "plan",
                        "a target the body set itself, listed after it announced its targets", examples=True)
            self.ctx.scope = saved
            read = True
        if read:
            self.ctx.active = False
        return read

    def inline_list(self, s: int, e: int) -> int | None:
        """"Các nhiệm vụ trọng tâm … được triển khai với yêu cầu A; B; C", "Trọng tâm là A; B; C" after a plan: a lead-in
        without a colon, whose ';' list of actions (each opening with a verb) is the work asked; where the list starts,
        relative to `s`, or None. A report ("Năm qua, Hội đã triển khai các nhiệm vụ trọng tâm là A; B") is none."""
        view = self.doc.view
        m = _INLINE_LIST.search(view, s, e)
        if m is None or verb_at(view, m.end()) <= m.end():
            return None
        head = view[s : m.start()]
        # ("Trọng tâm là A, đẩy mạnh B, xây dựng C" opening a sentence of the speech that asked a body: its list by commas)
        if ";" not in view[m.end() : e] and not (self.ctx.active and not head.strip() and "," in view[m.end() : e]):
            return None
        if PAST_MARK.search(head) or not (self.ctx.active or _LIST_TOPIC.search(head)):
            return None
        return m.end() - s

    def examples_ahead(self, s: int, col: int, e: int) -> int | None:
        """"(Ngoài ra) cần nhấn mạnh một số sự kiện nổi bật … như: Ngày …; Kỷ niệm …" inside a directive speech: what
        follows "như:" gives examples of the object, not tasks, so the sentence is one action of the addressee; where
        that action starts, or None."""
        view = self.doc.view
        if not self.ctx.active or not _EXAMPLES.search(view, s, col) \
                or any(c.word not in ("kết luận", "nhấn mạnh") for c in cues(view[s:col])):
            return None
        pos = s
        om = _OPENERS.match(view, pos, col)
        while om and om.end() > pos:
            pos = om.end()
            om = _OPENERS.match(view, pos, col)
        if not (modal_at(view, pos) > pos or verb_at(view, pos) > pos) or _GENERIC_WORK.search(view, pos, col):
            return None
        first = skip_chars(view, col, " :\t\n")  # the examples, on the same line or the next
        ok = first < len(view) and view[first].isupper() and verb_at(view, first) == first and _ITEM_MARK.match(view, first) is None
        return pos if ok else None

    def milestone(self, s: int, e: int, rest: int, block: str | None, by: bool) -> None:
        """A line of a schedule, "Trước ngày 15/12: Ban X phát hành …", "Ngày 06/01: Lễ kỷ niệm …",
        "Giai đoạn 1 (từ … đến …): tuyên truyền …": a named body's work by that date is a task; an
        event or a phase is not."""
        view = self.doc.view
        refs, _ = addressees_at(view[:e], rest, self.resolver)
        if not refs and not by:  # the list goes on after it: the context stays
            self.doc.add(s, e, "narrative", "an event or a phase in a schedule, with its date", firm=True)
            return
        if by:  # "Trước ngày …:" makes what follows a duty, whatever came before
            dl, _ = task_deadline(view[s:rest], self.doc.issued_on)
            self.ctx.scope = dl if dl and dl.due else self.ctx.scope
            self.ctx.active = True
        self.body(rest, e, block)

    def addressed_list(self, s: int) -> bool:
        """The item at `s` is one of the "Kính gửi:" lines ("- Các Sở, ban, ngành tỉnh;"), not a heading; a
        "Kính gửi" line that names its addressees itself, or a line between, ends that list."""
        before = [sp for sp in self.doc.layer("kinh_gui", "paragraph", "title", "caption") if sp.end <= s]
        if not before or before[-1].label != "kinh_gui":
            return False
        return len(re.sub(r"(?i)^\W*kính gửi\W*", "", self.doc.view[before[-1].start : before[-1].end]).split()) < 2

    def unit_label(self, s: int, e: int, block: str | None) -> bool:
        """"4. Chủ tịch UBND các xã, thị trấn:", "Đối với Sở Y tế:": a name and a colon head the items under it."""
        view = self.doc.view
        marker = _ITEM_MARK.match(view, s, e)
        pos = marker.end() if marker else s
        topic = _TOPIC.match(view, pos, e)
        ask = None if topic else _ASK_LABEL.match(view, pos, e)
        inside = None if topic or ask or not view[s:e].rstrip().endswith(":") else _ASK_INSIDE.match(view, pos, e)
        ask = ask or inside  # "Thực hiện ý kiến …, VP đề nghị các đ/c Tổ trưởng:": the label ends a longer sentence
        pos = (topic or ask).end() if topic or ask else pos
        refs, end = addressees_at(view[:e], pos, self.resolver, need_head=not ask)  # asked: any capitalized name
        person = _PERSON_LABEL.match(view, pos, e) if not refs and self.ctx.list_mode else None
        if person:  # "1. Khải (địa chính): hoàn thiện …" under a lead-in: a person, by name and post
            refs, end = [UnitRef(key=None, name=person.group(0).strip())], person.end()
        colon = _LABEL_COLON.match(view, end, e) if refs else None
        if (refs and not colon and (marker or block == "item") and not topic and len(view[pos:e].split()) <= 24
                and not self.addressed_list(s)):
            # "2. Sở Kế hoạch và Đầu tư" alone on its numbered line, "1. Các Sở, ban, ngành; UBND các huyện":
            # a heading naming who does the items under it (read within its line: the view joins lines)
            line = view[:e]
            refs, end = addressees_at(line, pos, self.resolver, need_head=not ask)
            more = re.compile(r"\s*;\s*").match(view, end, e)
            while more and refs:
                extra, after = addressees_at(line, more.end(), self.resolver)
                if not extra:
                    break
                refs, end = refs + [r for r in extra if r not in refs], after
                more = re.compile(r"\s*;\s*").match(view, end, e)
            if not view[end:e].strip(" .;") and (ask or opens_with_body(view[pos:end])) and not view[pos:end].isupper():
                colon = re.compile(r"[\s.;]*").match(view, end, e)
        if not colon or inside and view[colon.end() : e].strip():
            return False
        self.labels += [r for r in refs if r not in self.labels]
        self.in_labels = True
        self.ctx.units = list(refs)
        self.ctx.active = self.ctx.list_mode = True
        self.ctx.nouns = False
        self.ctx.labelled = True
        self.doc.add(s, colon.end(), "lead_in", "a name and ':' head the items under it", units=list(refs))
        if e - colon.end() >= 8:
            self.ctx.inline = True
            self.body(colon.end(), e, block)
            self.ctx.inline = False
        return True

    def directives(self, pos: int, e: int, found: list) -> bool:
        """One assignment per directive cue: whom it names (or the speech's addressee) and what follows."""
        view = self.doc.view
        made = False
        topic = _TOPIC.match(view, pos, e)
        # a new request starts without the period of what came before it, but not outside the list of a lead-in
        # that names one ("… nhiệm vụ cần thực hiện trong tháng 9/2020: yêu cầu X …. Y chuẩn bị …": both in September)
        self.ctx.scope = self.opening_scope or (self.list_scope if self.ctx.list_mode else None)
        kept = []
        for cue in found:  # "giao X chỉ đạo Y …": "chỉ đạo" is X's action, not a new request
            if kept:
                _refs, np_end = addressees_at(view, pos + kept[-1].end, self.resolver, need_head=False)
                if _refs and _skip_adverbs(view, skip_chars(view, np_end)) == pos + cue.start:
                    continue  # "yêu cầu X khẩn trương chỉ đạo Y …": X is asked, Y is directed by X
            if kept and self.urged_to_direct(pos + kept[-1].end, pos + cue.start):
                continue  # "…; đôn đốc UBND tỉnh chỉ đạo ngành …": the body urged directs, within the request before
            kept.append(cue)
        found = kept
        last: Span | None = None

        def extend(to: int) -> None:
            """A cue that assigns nothing of its own ("…; lưu ý đối với …") goes on the request before it."""
            if last is not None:
                last.end = max(last.end, to)

        for i, cue in enumerate(found):
            c_start, c_end = pos + cue.start, pos + cue.end
            if i == 0 and topic:
                c_start = pos  # "Riêng đối với công tác X, giao …": the topic says what the task is about
            seg_end = pos + found[i + 1].start if i + 1 < len(found) else e
            lead = view[max(pos, view.rfind(";", pos, c_start) + 1) : c_start]
            dated = [f for f in find_deadlines(lead, self.doc.issued_on) if f.due and f.marked] if len(lead.split()) <= 10 else []
            if dated:  # "…; dự kiến đến ngày 15/3, sẽ chỉ đạo …": the date before the request is when it is due
                self.ctx.scope = Deadline(text=dated[-1].text, due=dated[-1].due)
            refs, end = addressees_at(view, c_end, self.resolver, need_head=False)
            if refs and cue.word == "lưu ý" and _WORK_AFTER_HEED.match(view, skip_chars(view, c_end), seg_end):
                refs = []  # "lưu ý các hồ sơ còn tồn đọng": the work to mind, no body
            person = not refs and self.chat and self.chat_person(c_end, seg_end)
            if person:  # "nhờ chị @Lò Thị Thu liên hệ …"
                refs, end = person
            if not refs:
                skip = _SKIP_TO_ADDRESSEE.match(view, c_end, seg_end)
                if skip and skip.end() > c_end:
                    refs, end = addressees_at(view, skip.end(), self.resolver, need_head=False)
                    scope = [f for f in find_deadlines(view[c_end : skip.end()], self.doc.issued_on) if f.due]
                    if scope:
                        self.ctx.scope = Deadline(text=scope[-1].text, due=scope[-1].due)
            delegates = None if refs else _DELEGATES.match(view, skip_chars(view, c_end), seg_end)
            if delegates:  # "đề nghị các đại biểu chấp hành nghiêm nội quy …": those attending, asked what to do there
                refs, end = [UnitRef(key=None, name=delegates.group(0).strip())], delegates.end()
            if not refs:
                refs = self.recipients_before(c_start)
            generic = None if refs else _GENERIC_BODY.match(view, c_end, seg_end)
            if generic and _action_start(view, generic.end(), seg_end) is not None:
                # "yêu cầu địa phương rà soát …": the body the speech is for, named by a common noun
                refs = self.default_units() or [UnitRef(key=None, name=generic.group(1))]
                end = generic.end()
            role = None if refs or cue.word in _DIRECTS else _ROLE_BODY.match(view, c_end, seg_end)
            if role:
                refs, end = self.role_named(skip_chars(view, c_end), role.end(), seg_end)
            if len(refs) == 1 and refs[0].key is None and refs[0].name.lower() in ("các đồng chí", "đồng chí", "các đ/c"):
                refs = self.audience or self.ctx.units or refs  # a letter's "các đồng chí" are the ones it is sent to
            refs = self.short_name(refs, c_end)  # after a topic too ("Đối với Bộ X, … yêu cầu Bộ này …")
            refs = self.listed_back(refs)
            if refs:
                action = _action_start(view, end, seg_end)
                if action is None and person and view[skip_chars(view, end) : skip_chars(view, end) + 1].islower():
                    action = skip_chars(view, end)  # what a tagged person is asked needs no verb of the lexicon
                if action is None:
                    extend(seg_end)
                    continue
                reason = f"directive '{cue.word}' naming its addressee"
            else:
                first = skip_chars(view, c_end)
                when = _WHEN_FIRST.match(view, first, seg_end) if verb_at(view, first) == first else None
                if when and verb_at(view, when.end()) > when.end():
                    # "đồng chí đề nghị trong năm 2024 tham mưu …": the period, then what is asked
                    scope = [f for f in find_deadlines(view[first : when.end()], self.doc.issued_on) if f.due]
                    if scope:
                        self.ctx.scope = Deadline(text=scope[-1].text, due=scope[-1].due)
                    first = when.end()
                directing = _LEADER_DIRECTS.search(view[pos:c_start]) if i == 0 and cue.word == "chỉ đạo" else None
                if directing and directing.group("body"):  # the body's name, then the cue: no other verb between
                    named_end = addressees_at(view, pos + directing.start("body"), self.resolver)[1]
                    directing = directing if skip_chars(view, named_end) == c_start else None
                leader = directing is not None and verb_at(view, first) > first
                if (verb_at(view, first) == first and modal_at(view, first) == first or cue.word in ("chỉ đạo", "phân công")) \
                        and not leader and not self.heeds_work(cue.word, first, seg_end):
                    extend(seg_end)
                    continue
                action = first if verb_at(view, first) > first else c_start  # the request's words stay in its content
                refs = (self.singled_out(pos, c_start) or (self.topic_body(topic.end()) if topic and i == 0 else [])
                        or self.praised_before(c_start) or self.default_units() or self.speaker_body(pos, c_start))
                if leader and directing.group("body") and not refs:
                    refs = addressees_at(view, pos + directing.start("body"), self.resolver)[0]
                reason = f"directive '{cue.word}' without a name: the speech's addressee"
            if len(view[action:seg_end].split()) < 2:
                extend(seg_end)
                continue
            if self.ctx.list_mode and self.ctx.before_inner is None and view[max(pos, c_start - 2) : c_start].strip() == ";":
                self.ctx.before_inner = self.ctx.units  # a request after ";" inside an item is for its own clause only
            self.ctx.units = refs
            self.ctx.active = True
            action = self.list_period(action, seg_end)
            last = self.assign(c_start, seg_end, refs, action, "directive", reason, cue=cue.word)
            made = True
        return made

    def heeds_work(self, word: str, first: int, end: int) -> bool:
        """"(Trong đó, đặc biệt) lưu ý các nhiệm vụ còn tồn đọng để tổng hợp, báo cáo …" in the middle of a speech: what
        the addressee must mind is the work named after the cue, the cue's words its action (outside a speech, "Đồng
        chí lưu ý những khó khăn …" only reports what was said)."""
        view = self.doc.view
        return (word == "lưu ý" and (self.ctx.active or self.ctx.list_mode) and _WORK_AFTER_HEED.match(view, first, end) is not None
                and not PAST_MARK.search(view, first, end))

    def list_period(self, action: int, end: int) -> int:
        """"đề nghị X tập trung các nhiệm vụ trong 6 tháng cuối năm 2023; tập trung công tác A; B; …": the first ';' part
        only names the period's work in general, and heads the items after it: its period scopes them, and the actions
        start after it (returned)."""
        view = self.doc.view
        m = _PERIOD_WORK.match(view, action, end)
        found = [f for f in find_deadlines(m.group(1), self.doc.issued_on) if f.due and f.kind == "period"] if m else []
        if not found or verb_at(view, skip_chars(view, m.end())) <= skip_chars(view, m.end()):
            return action
        self.ctx.scope = Deadline(text=found[-1].text, due=found[-1].due)
        return skip_chars(view, m.end())

    def urged_to_direct(self, after: int, cue_at: int) -> bool:
        """A body named after "đôn đốc", "hướng dẫn" right before the cue ("đôn đốc UBND tỉnh chỉ đạo …"): the cue is
        what that body is urged to do, not a new request."""
        view = self.doc.view
        clause = max(after, view.rfind(";", after, cue_at) + 1, view.rfind(",", after, cue_at) + 1)
        m = _URGE.match(view, skip_chars(view, clause), cue_at)
        if not m:
            return False
        refs, end = addressees_at(view, m.end(), self.resolver, need_head=False)
        return bool(refs) and skip_chars(view, end) == cue_at

    def role_named(self, start: int, pos: int, limit: int) -> tuple[list[UnitRef], int]:
        """"nhà thầu các gói thầu đang chậm tiến độ nghiêm túc …": the role and the words describing it, up to the
        action asked of it (none within a few words, or a comma first: nobody named)."""
        view = self.doc.view
        for _ in range(10):
            if _action_start(view, pos, limit) is not None and view[pos : skip_chars(view, pos)].strip(" ") == "":
                names = re.split(r"\s*,\s*|\s+và\s+(?=(?:các\s+)?(?:nhà thầu|chủ đầu tư|đơn vị))",
                                 " ".join(view[start:pos].split()))
                return [UnitRef(key=None, name=n) for n in names], pos
            word = re.compile(r"[^\S\n]+[^\W\d][\w/]*").match(view, pos, limit)
            other = re.compile(r"(?:,|\s+và)").match(view, pos, limit)
            other = other and _ROLE_BODY.match(view, other.end(), limit)
            if not (word or other):
                break
            pos = other.end() if other else word.end()
        return [], start

    def topic_body(self, at: int) -> list[UnitRef]:
        """"Đối với các chi bộ trực thuộc, đồng chí yêu cầu duy trì …": the body the request is about is the one asked."""
        comma = self.doc.view.find(",", at, at + 80)
        if comma < 0:
            return []
        refs, end = addressees_at(self.doc.view[:comma], at, self.resolver)
        return refs if end >= comma - 1 else []

    def speaker_body(self, pos: int, cue: int) -> list[UnitRef]:
        """"…, Chủ tịch Hội LHTN Thành phố đề nghị nghiên cứu …": a request naming nobody, made by the leader of the Front or
        a mass organisation, is for that organisation (its levels and members); the post nearest the cue is the one
        speaking. So is one by the leader of the organisation the page is about ("Phát biểu kết luận phiên họp, Chủ tịch
        HĐND tỉnh đề nghị phối hợp …" on a page about the council's meeting): its own work. Other leaders' requests
        naming nobody stay unassigned."""
        view = self.doc.view
        posts = list(_LEADER_OF.finditer(view, pos, cue))
        if not posts:
            return []
        refs, end = addressees_at(view, posts[-1].end(), self.resolver)
        person = _PERSON_NAME.match(view, end, cue)  # "Chủ tịch Hội CCB tỉnh Nguyễn Văn A đề nghị …"
        if len(refs) != 1 or skip_chars(view, person.end() if person else end) != cue:
            return []
        spec = next((u for u in self.resolver.units if u.key == refs[0].key), None)
        about = self.resolver.about is not None and refs[0].key == self.resolver.about.key
        return refs if spec is not None and ({FRONT, MASS_ORGANIZATION} & set(spec.tags) or about) else []

    def praised_before(self, at: int) -> list[UnitRef]:
        """"… đánh giá cao tinh thần của Hội A và Hội B. Đồng chí đề nghị tiếp tục …": those praised are asked next."""
        sentence = self.doc.covering(at, "sentence")
        if sentence is None:
            return []
        starts = self._sentence_starts()
        i = bisect_left(starts, sentence.start)
        previous = [self._sentences[i - 1]] if i > 0 else []
        view = self.doc.view
        for span in previous:
            m = _PRAISE.search(view, span.start, span.end)
            if m:
                refs, _ = addressees_at(view, m.end(), self.resolver)
                if refs:
                    return refs
        return []

    def _sentence_starts(self) -> list[int]:
        if not hasattr(self, "_starts"):
            self._sentences = list(self.doc.layer("sentence"))
            self._starts = [p.start for p in self._sentences]
        return self._starts

    def recipients_before(self, at: int) -> list[UnitRef]:
        """"… có văn bản gửi các sở, ngành yêu cầu …": the ones a document is sent to are the ones it asks."""
        view = self.doc.view
        window = view[max(0, at - 200) : at]
        for m in re.finditer(r"(?<!\w)(?:gửi|gửi đến|gửi tới)\s+", window):
            start = at - len(window) + m.end()
            refs, end = addressees_at(view, start, self.resolver)
            if refs and skip_chars(view, end) == at:
                return refs
        return []

    def subject(self, pos: int, e: int, before: int | None = None, require_modal: bool = False, directing: bool = False) -> bool:
        """"X cần/sẽ/có trách nhiệm …", or "X <verb> …" inside a directive speech: X must act."""
        view = self.doc.view
        limit = before if before is not None else e
        topic = _TOPIC.match(view, pos, limit)
        if topic:
            return before is None and self.topic(pos, e, topic.end())
        refs, end = addressees_at(view, pos, self.resolver)
        refs = self.body_before(refs, pos)
        person = not refs and self.chat and (self.chat_person(pos, limit) or self.chat_post(pos, limit))
        if person:
            refs, end = person
        if not refs:
            event = _EVENT_DONE.match(view, pos, limit)
            if event and self._has_deadline(view[pos:e]):
                refs, end = addressees_at(view, event.end(), self.resolver, need_head=False)
                # "Hội nghị Ban X nhiệm kỳ 2021 - 2024": the term names the event, not the body
                refs = [r if r.key or not (term := _TERM_TAIL.search(r.name)) or term.start() == 0 else
                        UnitRef(key=None, name=r.name[: term.start()]) for r in refs]
                if refs:  # "Đại hội MTTQ các xã hoàn thành trong tháng 3": the body holding it must finish it
                    self.ctx.active = True
                    self.assign(pos, e, refs, pos, "subject", "an event the body must complete by a date")
                    return True
            return False
        if end > limit:
            return False
        if _NOT_YET.search(view, pos, skip_chars(view, end) + 5) and not _URGED.search(view, end, limit):
            return False  # "Các đơn vị chưa gửi báo cáo: …": who has not done it yet, told, not asked
        bare = skip_chars(view, end)
        levels = _LEVEL_SPAN.match(view, bare, limit)
        bare = levels.end() if levels else bare  # "Hội Nông dân từ huyện đến cơ sở tích cực …": the body at every level
        also = re.match(r"cũng\s+", view[bare:limit])
        also = also if also and modal_at(view, bare + also.end()) > bare + also.end() else None
        if also is None and _THIS_BODY.fullmatch(view[pos:end].strip()):
            also = re.match(r"cũng\s+", view[bare:limit])  # "Cơ quan này cũng chủ trì …": the body before, given more work
        bare += also.end() if also else 0  # "X cũng sẽ tổ chức …": as the others did, X will too
        nxt = _past_given(view, bare, limit, True)
        given = nxt > bare and _GIVEN.match(view, bare, limit) is not None  # "X được giao <verb>": a duty, as a modal is
        if _past_follows(view, nxt) or _CHAIR.match(view, nxt, e) or _WISH.match(view, nxt, e):
            return False  # "X mong muốn …": a wish, no duty
        nxt = _past_basis(view, nxt, limit)
        resolved = _RESOLVES.match(view, nxt, limit)
        if resolved and modal_at(view, resolved.end()) > resolved.end():
            nxt = resolved.end()  # "Hội X xác định tiếp tục phát động …": what the body resolves to go on with
        if len(refs) == 1 and refs[0].key is None and refs[0].name.capitalize() in ("Hội", "Mặt trận", "Đoàn"):
            refs = self.last_named(pos, refs[0].name.capitalize()) or refs  # "hội tập trung …" in lower case too
        elif len(refs) == 1 and refs[0].key is None and (head := _levels_head(refs[0].name, self.numbered)):
            refs = self.last_named(pos, head) or refs  # "các cấp Hội", "các chi hội": that Hội at every level, or its branches
        if len(refs) == 1 and refs[0].key is None and _THIS_BODY.fullmatch(refs[0].name):
            if not self.ctx.units:
                return False
            refs = list(self.ctx.units)
        if len(refs) == 1 and refs[0].key is None and _WORK_SUBJECT.match(refs[0].name) and self.ctx.units:
            refs = list(self.ctx.units)  # "Các hoạt động trọng điểm sẽ tập trung vào …": the work of the body before
        refs = self.named_above(refs, pos)
        if self.ctx.labelled and self.ctx.units and _EACH_BRANCH.match(view, pos, end):
            refs = list(self.ctx.units)  # "HPN: mỗi chi hội xây dựng …": the labelled body, through its branches
        said = cues(view[nxt:limit])
        if said and said[0].start == 0 and not ((self.ctx.list_mode or directing or given) and said[0].word in _DIRECTS):
            return False  # "Chủ tịch UBND yêu cầu …": the speaker; but under "yêu cầu:", "X chỉ đạo Y …" is X's task
        if len(view[nxt:limit].split()) < 2:
            return False
        modal = modal_at(view, nxt) > nxt or given
        verb = verb_at(view, nxt) > nxt or past_when(view, nxt) > nxt
        modal = modal or pos == self.ahead_at and verb_at(view, nxt) > nxt
        if require_modal and not modal:
            return False
        if not (modal or verb or person and view[nxt].islower()):
            return False  # after a person a chat tags, any word in lower case opens what they are asked
        if not (modal or person or self.ctx.active or self.ctx.list_mode or self.plan
                or self._has_deadline(view[pos:e]) and not self.reviewed(pos, e)
                or _ASKING_END.search(view, pos, e) or self.chat_item and verb):
            self.pending = (pos, e, refs, end)  # taken if a duty with a date follows ("Số liệu phải được gửi …")
            return False
        self.ctx.units = refs
        self.ctx.active = True
        why = "subject followed by a modal ('cần', 'sẽ', 'có trách nhiệm' …)" if modal else "subject and action in a directive speech"
        self.assign(pos, e, refs, pos, "subject", why, subject_end=end)
        return True

    def reviewed(self, pos: int, e: int) -> bool:
        """"Trong tháng 11/2018, Thường trực HĐND chuẩn bị và tổ chức kỳ họp cuối năm 2018; …" written on 26/11/2018: a
        sentence opened by a period already under way, whose only dates are periods (the sessions it names), tells the
        work of that period (a review); it sets no duty. A day ("hoàn thành trước ngày 28/11") or a modal still would."""
        if pos != self.review_at or self.opening_scope is None or self.opening_scope.due is None:
            return False
        found = [f for f in find_deadlines(self.doc.view[pos:e], self.doc.issued_on) if f.due]
        return all(f.kind == "period" for f in found)

    def chat_person(self, pos: int, limit: int) -> tuple[list[UnitRef], int] | None:
        """A person a chat message names before a verb, by given name or, tagged or after "chị", by full name
        and post ("@Nông Văn Sáng trưởng thôn Khuổi Tát gửi …"); None when `pos` opens no such name."""
        view = self.doc.view
        at = skip_chars(view, pos, " ")
        kin = _KIN.match(view, at, limit)
        full = kin or (at > 0 and self.doc.text[at - 1] == "@")
        start = kin.end() if kin else at
        m = (_FULL_NAME if full else _GIVEN_NAME).match(view, start, limit)
        if not m or m.group(0).split()[0].lower() in _NOT_NAMES or verb_at(view, start) > start or head_at(view, start) > start:
            return None
        if not full and "(" not in m.group(0) and m.group(0) not in self.members:
            return None  # a capitalized word alone is a name only when someone of the chat goes by it
        end = m.end()
        after = skip_chars(view, end, " ")
        if full and head_at(view, after) > after:  # "… trưởng thôn Khuổi Tát gửi …": the post, up to the verb
            verbs = [w.start() for w in words_at(view, after, 8) if verb_at(view, w.start()) > w.start()]
            end = view.rfind(" ", after, verbs[0]) if verbs else end
            after = skip_chars(view, end, " ")
        if not (full and view[after : after + 1].islower()) and verb_at(view, after) == after:
            return None
        return [UnitRef(key=None, name=" ".join(view[start:end].split()))], end

    def chat_post(self, pos: int, limit: int) -> tuple[list[UnitRef], int] | None:
        """"QS chốt danh sách …", "VH-XH hoàn thiện hồ sơ …": in a chat, a post or a section by its capitals
        alone, before a verb, is the one asked."""
        view = self.doc.view
        at = skip_chars(view, pos, " ")
        m = _POST_CAPITALS.match(view, at, limit)
        if not m:
            return None
        after = skip_chars(view, m.end(), " ")
        if verb_at(view, after) == after:
            return None
        return [UnitRef(key=None, name=m.group(0))], m.end()

    def named_above(self, refs: list[UnitRef], pos: int) -> list[UnitRef]:
        """"Các tổ chức chính trị - xã hội nêu trên": those of that kind the text named by name before `pos`."""
        if len(refs) != 1 or refs[0].key is not None or not _BACK_REFERENCE_END.search(refs[0].name):
            return refs
        kind, _ = self.resolver.run_at(_BACK_REFERENCE_END.sub("", refs[0].name), 0)
        before = fold(self.doc.view[:pos])
        specs = {spec.key: spec for spec in self.resolver.units}
        named = [u for u in kind if u.key in specs and any(
            re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", before) for n in (specs[u.key].name, *specs[u.key].aliases)
            if len(n) > 4)]
        return named or refs

    def singled_out(self, pos: int, cue: int) -> list[UnitRef]:
        """"Riêng Phòng X đã gửi báo cáo nhưng còn thiếu …, đề nghị bổ sung …": the body singled out is the one asked."""
        view = self.doc.view
        sentence = self.doc.covering(pos, "sentence")
        m = _SINGLED.match(view, sentence.start if sentence and sentence.start < pos else pos, cue)
        refs, _ = addressees_at(view, m.end(), self.resolver) if m else ([], pos)
        return refs

    def listed_back(self, refs: list[UnitRef]) -> list[UnitRef]:
        """"các đơn vị nêu trên", "Thủ trưởng các đơn vị trên": the bodies listed line by line just before."""
        if len(refs) == 1 and refs[0].key is None and self.labels and _LISTED_BACK.match(refs[0].name):
            return list(self.labels)
        return refs

    def body_before(self, refs: list[UnitRef], pos: int) -> list[UnitRef]:
        """"Cơ quan này", "Đơn vị này": the body the last task before `pos` was given to. "Bộ này", "lãnh đạo, công
        chức phòng": the last body of that kind the text names ("Đối với Bộ Tài chính, … yêu cầu Bộ này …"), which
        need not be the last one given a task."""
        this = THIS_BODY.fullmatch(refs[0].name) if len(refs) == 1 and refs[0].key is None else None
        if this is None:
            return refs
        head = this.group("head") or this.group("staff")
        named = self.kind_named_before(head, pos) if head.lower() in _KIND_HEADS else []
        if named or this.group("staff"):
            return named or refs
        given = [sp for sp in self.doc.spans if sp.label == "assignment" and sp.start < pos and sp.data.get("units")]
        return list(max(given, key=lambda sp: sp.start).data["units"]) if given else refs

    def kind_named_before(self, head: str, pos: int) -> list[UnitRef]:
        """The last body the text names before `pos` by `head` and a name ("Bộ Tài chính", "phòng Văn hóa - Xã hội")."""
        view = self.doc.view
        for m in reversed(list(re.finditer(rf"(?<!\w)(?i:{head})\s+(?=[A-ZĐ])", view[:pos]))):
            refs, _ = addressees_at(view, m.start(), self.resolver)
            if refs and not refs[0].key and refs[0].name.lower().startswith(head.lower() + " "):
                return refs[:1]
        return []

    def short_name(self, refs: list[UnitRef], pos: int) -> list[UnitRef]:
        """"Hội", "Mặt trận", "Đoàn" alone: the body of that head named before `pos`, else the one the page is about."""
        refs = self.body_before(refs, pos)
        if len(refs) == 1 and refs[0].key is None and refs[0].name.lower() in ("hội", "mặt trận", "đoàn"):
            return self.named_head(pos, refs[0].name[:1].upper() + refs[0].name[1:]) or refs
        if len(refs) == 1 and refs[0].key is None and _NEW_COMMITTEE.fullmatch(refs[0].name.strip()):
            return self.last_named(pos, "") or refs  # "đề nghị Ban Chấp hành khóa mới …": the congress's body, newly elected
        if len(refs) == 1 and refs[0].key is None and (head := _levels_head(refs[0].name, self.numbered)):
            return self.named_head(pos, head) or refs  # "yêu cầu các cấp hội …", "chỉ đạo các chi hội …": that Hội
        return refs

    def named_head(self, pos: int, head: str) -> list[UnitRef]:
        """The association with `head` named before `pos`; where none is yet (a page whose title, naming it, was cut off:
        "Phó Chủ tịch lưu ý, Hội cần …" then "Hội Nông dân xã X đạt …"), the page's organisation (`about`) when it has
        that head, else the one with that head the whole page names most."""
        before = self.last_named(pos, head)
        if before:
            return before
        own = self.resolver.own_body(head)
        return [own] if own is not None else self.last_named(len(self.doc.view), head)

    def last_named(self, pos: int, head: str) -> list[UnitRef]:
        """"Hội tiếp tục …", "yêu cầu hội cần …": the association with that head the text is about so far.

        The one named most often before `pos` (a passing mention of another one does not take the word over);
        on a tie, the one named last.
        """
        counts: dict[UnitRef, tuple[int, int]] = {}
        specs = {spec.key: spec for spec in self.resolver.units}
        for at, u in self._mentions():  # "Tỉnh đoàn" is the Đoàn too: its aliases carry the head ("Đoàn TN")
            if at < pos and any(n.startswith(head) for n in (u.name, *(specs[u.key].aliases if u.key in specs else ()))):
                n, _ = counts.get(u, (0, 0))
                counts[u] = (n + 1, at)
        return [max(counts, key=counts.get)] if counts else []

    def _mentions(self) -> list[tuple[int, UnitRef]]:
        """Every catalog unit named in the document, with where (read once)."""
        if not hasattr(self, "_named"):
            view = self.doc.view
            folded = fold(view)
            self._named: list[tuple[int, UnitRef]] = []
            at = 0
            while (m := _WORD_START.search(folded, at)) is not None:
                refs, end = self.resolver.run_at(view, m.start(), folded)
                self._named += [(m.start(), u) for u in refs if u.key]
                at = end if refs and end > m.start() else m.end()
        return self._named

    def topic(self, pos: int, e: int, after: int) -> bool:
        """"Đối với X, <action>": X acts when it is a body, else the speech's addressee does."""
        view = self.doc.view
        comma = view.find(",", after, e)
        while comma >= 0:
            action = skip_chars(view, comma + 1)
            if verb_at(view, action) > action or modal_at(view, action) > action:
                break
            comma = view.find(",", comma + 1, min(e, after + 160))
        if comma < 0:
            return False
        if PAST_MARK.search(view, after, comma):
            return False  # "Riêng đối với Trung tâm … đã được sửa chữa, mở rộng …": a clause telling what was done, no topic
        refs, end = addressees_at(view, after, self.resolver)
        units = refs if refs and end >= comma - 1 else self.default_units()
        if not (self.ctx.active or self.ctx.list_mode or refs):
            return False
        self.ctx.active = True
        self.assign(pos, e, units, action, "topic", "'Đối với X,' followed by an action")
        return True

    def run(self) -> None:
        sentences = list(self.doc.layer("sentence"))
        if sentences:  # "MỤC ĐÍCH, YÊU CẦU" read as a title, before the first body line: its aims come first
            before = [t for t in self.doc.layer("title") if t.end <= sentences[0].start]
            self.ctx.purpose = bool(before) and is_purpose_heading(self.doc.view[before[-1].start : before[-1].end])
        captions = [c for c in self.doc.layer("caption") if sentences and c.start > sentences[0].start]
        for span in sentences:
            while captions and captions[0].start < span.start:  # "B. TRONG MÙA MƯA BÃO" read as a caption: a new section
                caption = captions.pop(0)
                text = self.doc.view[caption.start : caption.end]
                letters = [ch for ch in text if ch.isalpha()]
                if _SECTION_MARK.match(text) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
                    self.section_scope(text)
            block = self.doc.covering(span.start, *BODY_LABELS)
            if block and block.start != self.ctx.block:
                self.ctx.block = block.start
                if block.label == "paragraph" and not self.ctx.list_mode:
                    # a period opening a sentence scopes its paragraph, not the next one ("Trong Tháng Thanh niên, X cần
                    # …" then a paragraph "X cần củng cố …" of its own)
                    opened = self.ctx.scope is not None and self.ctx.scope is self.opened_scope
                    self.ctx.scope = None if not self.ctx.active or opened else self.ctx.scope
            self.sentence(span)


_ACTION_OPENER = re.compile(r"\s*,?\s*(?:trên cơ sở|căn cứ|theo|dựa trên|sau khi|trong)\s[^,.;]{1,80},\s*")


# The labelled cells of a row the .docx reader wrote out as "nội dung | Chủ trì: X | Phối hợp: Y | Thời hạn: Z"
_CELL_LABEL = re.compile(r"(chủ trì|phối hợp|thời hạn)\s*:\s*", re.I)
# "… thực hiện tốt một số nhiệm vụ trọng tâm." ending a request: the tasks come in the points after it
_TASKS_AHEAD = re.compile(r"(?:một số|những|các|\d{1,2})\s+(?:nhiệm vụ|giải pháp|nội dung|việc)"
                          r"(?:\s+(?:trọng tâm|chủ yếu|cụ thể|sau(?: đây)?))+\s*[.:]?\s*$", re.I)
_SECTION_MARK = re.compile(r"\s*\(?(?:[IVX]{1,5}|[A-ZĐ])[.)]\s+")  # "B. TRONG MÙA MƯA BÃO", "III. …"
_SECTION_NUMBER = re.compile(r"[IVX]{1,5}\.?|[A-Đ]\.?")  # "II", "B.": a section of a table, not a row number
_COLUMN_NUMBER = re.compile(r"\s*(?:\(?\d{1,2}\)?(?:\s*=\s*[\d()+\-x* ]+)?)?\s*")


def _cells(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a flattened table row, empty ones included so that columns line up with the header's;
    the empty edges of "| a | b |" are dropped."""
    sep = "|" if view.count("|", s, e) >= 2 else "\t"
    out: list[tuple[int, int]] = []
    pos = s
    while True:
        nxt = view.find(sep, pos, e)
        out.append((pos, nxt if nxt >= 0 else e))
        if nxt < 0:
            break
        pos = nxt + 1
    if out and not view[out[0][0] : out[0][1]].strip():
        out = out[1:]
    if out and not view[out[-1][0] : out[-1][1]].strip():
        out = out[:-1]
    return out


def _with_continuations(texts: list[str], text: str, end: int, continued: set[int]) -> list[str]:
    """A text table's cells wrapped over the lines under their row ("1 | Tổ chức sơ kết | Ban Tuyên | Trước" then
    "  | thị số 05 | giáo Huyện ủy | 30/10/2017"): each line with as many cells and no row number adds to its cells."""
    if text.count("|", text.rfind("\n", 0, end) + 1, end) < 2:
        return texts
    texts = list(texts)
    at = text.find("\n", end)
    while at >= 0:
        nxt = text.find("\n", at + 1)
        line = text[at + 1 : nxt if nxt >= 0 else len(text)]
        parts = line.split("|")
        if len(parts) != len(texts) or parts[0].strip():
            break
        texts = [f"{t} {p.strip()}".strip() for t, p in zip(texts, parts)]
        continued.add(at + 1 + len(line) - len(line.lstrip()))
        at = nxt
    return texts


def _menu(texts: list[str], kinds: list[str | None]) -> bool:
    """"Thời sự | Chính trị | Xây dựng Đảng | Video | …": many short cells, no figure and no column title (the last cell
    may have taken the line under the menu, a date)."""
    cells = [t for t in texts if t]
    short = [t for t in cells if len(t.split()) <= 3 and not re.search(r"\d", t)]
    return len(short) >= 6 and len(short) >= len(cells) - 1 and not any(kinds)


def _action_start(text: str, pos: int, end: int) -> int | None:
    """Where the action after an addressee begins: a verb or modal, maybe after "trên cơ sở …,"; None if none."""
    at = skip_chars(text, pos)
    span = _PLACE_RANGE.match(text, at, end)
    if span and _action_start(text, span.end(), end) is not None:
        return at  # "Chủ tịch UBND các tỉnh từ Quảng Ninh đến Quảng Ngãi triển khai …": which of them, then the action
    if _FORBIDDEN.match(text, at, end):
        return _after_forbidden(text, at, end)
    inside = re.match(r"trong (?:việc\s+)?", text[at:])  # "trách nhiệm của X trong việc kiểm soát …"
    if inside and verb_at(text, at + inside.end()) > at + inside.end():
        return at + inside.end()
    if verb_at(text, at) > at or modal_at(text, at) > at or past_when(text, at) > at:
        return at
    m = _ACTION_OPENER.match(text, pos, end)
    if m and (verb_at(text, m.end()) > m.end() or modal_at(text, m.end()) > m.end()):
        return m.end()
    if re.match(r"(?:căn cứ|theo|dựa trên|trên cơ sở|bám sát)\s", text[at:end]):
        return at  # "căn cứ hướng dẫn này xây dựng …": the adverbial stays with its action
    return _after_when_clause(text, at, end)


_SINGLED_WORK = re.compile(r"(?:đặc biệt|nhất|trước hết|trọng tâm)\s+là\s+(?:công tác|việc|nhiệm vụ)\s+[^\W\d]", re.I)
_DONE_WORDS = re.compile(r"(?<!\w)(?:đạt|được|kết quả|thành công|tốt đẹp)(?!\w)", re.I)
_QUOTED = re.compile(r"\s*[“\"]\s*[A-ZĐ]")
# "Đó là chỉ đạo của UBND tỉnh …", "Đây là yêu cầu của Chủ tịch …": what the quote before it was
_NAMED_AS_DIRECTIVE = re.compile(r"\s*(?:Đó|Đây|Trên đây)\s+là\s+(?:nội dung\s+|ý kiến\s+)?(?:chỉ đạo|yêu cầu|đề nghị)"
                                 r"(?:\s+\S+){0,2}?\s+(?:của|từ)\s")
_NAME_WORDS = r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}"
_PLACE_RANGE = re.compile(rf"từ\s+{_NAME_WORDS}\s+(?:đến|tới)\s+{_NAME_WORDS}\s+")  # "từ Quảng Ninh đến Quảng Ngãi"
_FORBIDDEN = re.compile(r"không\s+(?:được|để)\s+[^\W\d]", re.I)
def _after_forbidden(text: str, at: int, end: int) -> int:
    """"yêu cầu X không được chủ quan, lơ là, triển khai ngay …": the attitudes forbidden only say how; the action is the
    verb after them (the request's words, from its cue, keep them). A prohibition with an object of its own
    ("không để người dân ra biển") is the action itself."""
    pos = at
    for _ in range(4):
        comma = text.find(",", pos, end)
        if comma < 0 or len(text[pos:comma].split()) > (5 if pos == at else 3):
            return at
        pos = skip_chars(text, comma + 1)
        if verb_at(text, pos) > pos or modal_at(text, pos) > pos:
            return pos
    return at


_WHEN_CLAUSE = re.compile(r"(?:ngay\s+)?(?:sau khi|khi)\s+", re.I)


def _after_when_clause(text: str, at: int, end: int) -> int | None:
    """"đề nghị Hội X các xã sau khi thành lập cần nhanh chóng …": a short "sau khi …" clause without its comma, then
    the modal that opens the action; the clause stays in the action's words (only a modal ends it: its own verb
    does not)."""
    m = _WHEN_CLAUSE.match(text, at, end)
    if m is None:
        return None
    for w in list(re.finditer(r"\S+", text[m.end() : end]))[1:7]:
        p = m.end() + w.start()
        if re.match(r"[,.;:]", text[p - 1 : p]) or text[p - 2 : p - 1] in ",.;:":
            return None  # the clause closed with a comma: `_ACTION_OPENER`'s case, or no action
        if modal_at(text, p) > p:
            return at
    return None


# "thứ Hai hằng tuần", "hằng tháng," between a name and its verb: when, not who
_WHEN_ADVERB = re.compile(r"(?:(?:thứ|Thứ) (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])\s+)?(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm)\s*,?\s*"
                          r"|(?:thứ|Thứ) (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7]),?\s+")


def past_when(text: str, pos: int) -> int:
    """Past a time adverbial that a verb follows ("hằng tuần tổng hợp …"); `pos` when none."""
    m = _WHEN_ADVERB.match(text, pos)
    return m.end() if m and verb_at(text, m.end()) > m.end() else pos


def _skip_adverbs(text: str, pos: int) -> int:
    """Past the adverbs before a verb ("khẩn trương", "tiếp tục chủ động")."""
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos:
        pos = skip_chars(text, end)
    return pos




def run(doc: Document, resolver: UnitResolver) -> Document:
    """Stage 3: label every sentence as an assignment, a follow-up or narrative."""
    audience = kinh_gui(doc, resolver) or meeting_partner(doc, resolver)
    Reader(doc, resolver, audience).run()
    return doc
