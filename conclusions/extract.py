"""From a notice's text to task drafts.

Two readers share the work: the clause walker below (`Extractor`) reads the numbered clauses of a
structured notice under its "… kết luận như sau:" lead-in; the reading pipeline (`pipeline.STAGES`:
layout → clauses → assignments → actions → deadlines) reads every sentence of the body and gives every
task its evidence. `combine.merge` joins them sentence by sentence.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from conclusions import mojibake, pipeline
from conclusions.actions import AIM, COPY_CHANNEL
from conclusions.addressees import addressees_at, resolve, titled_list
from conclusions.assignments import OWN_PLAN_TITLE, THIS_BODY, past_when, short_topics
from conclusions.attach import dates_event
from conclusions.audience import front_document, host_body, kinh_gui, letterhead_body, meeting_partner, topic_body
from conclusions.catalog import FRONT, MASS_ORGANIZATION, MODEL_2025, PARTY_BOARD, PARTY_COMMITTEE, UnitSpec, standard_units
from conclusions.combine import merge, refine, reports_only, with_evidence
from conclusions.cues import cues, is_meeting_decision, is_purpose_heading, is_restatement
from conclusions.deadlines import (
    dated_by_event,
    find_deadlines,
    find_recurrence,
    is_deadline_sentence,
    is_ongoing,
    period_deadline,
    period_heading,
    recurring_day_deadline,
    repeats_within,
    scope_deadline,
    task_deadline,
)
from conclusions.docinfo import document_date, document_info
from conclusions.document import Document
from conclusions.layout import ITEM_MARK, is_chrome
from conclusions.lexicon import PAST_MARK, VERBS, head_at, modal_at, opens_with_body, verb_at
from conclusions.model import ConclusionDraft, Deadline, DocumentInfo, Evidence, TaskDraft, UnitRef
from conclusions.normalize import CHAT_PREFIX, CHAT_SENDER, ascii_fold, clean_text, fold, nfc, paragraphs
from conclusions.reading import read_document
from conclusions.sentences import split_semicolons, split_sentences
from conclusions.structure import Item, build_tree, is_closer, is_result_heading, is_trigger
from conclusions.units import UnitResolver, catalog_level, detect_level, merged_units


def _fc(pattern: str) -> re.Pattern[str]:
    return re.compile(fold(pattern))


# "đề nghị X", "yêu cầu X", "giao X", "giao cho X" — but not "giao ban" (a briefing) and friends.
_DIRECTIVE = _fc(
    r"(?<![\w])(?:đề nghị|yêu cầu|giao(?!\s+(?:lưu|thông|dịch|tiếp|nhận|khoán|thương))(?:\s+nhiệm vụ)?(?:\s+cho)?|"
    r"phân công(?:\s+cho)?|nhờ|lưu ý|^\s*đề xuất(?=\s+[^\s]+\s)|"
    # "Thống nhất chủ trương để UBND xã sử dụng …", "Đồng ý cho Hội Nông dân tổ chức …": the body allowed acts
    r"(?:thống nhất|đồng ý)(?:\s+(?:chủ trương|với đề xuất|với đề nghị))?\s+(?:để|cho)(?!\s+(?:nghị|xuất|ra))(?=\s+[^\s]+\s))\s*[:,]?\s*"
)  # "Đề xuất X chỉ đạo …" opening a clause: a request to a body the issuer does not command
# "hội nghị giao ban", "giao ban công tác …" is a briefing meeting; "giao Ban Tổ chức …" assigns a task.
_BRIEFING = re.compile(r"ban(?![\w])|Ban\s+(?:công tác|khối|định kỳ|tháng|quý|trực tuyến)(?![\w])")


def _directives(text: str, folded: str | None = None) -> list[re.Match[str]]:
    """The directive verbs of `text` ("đề nghị", "giao", "yêu cầu" …), without "giao ban" meetings."""
    folded = fold(text) if folded is None else folded
    out = []
    for m in _DIRECTIVE.finditer(folded):
        if folded.startswith(fold("nhờ"), m.start()) and text[m.start() : m.start() + 3].lower() != "nhờ":
            continue  # "nhớ" (remember) folds to the same letters as "nhờ" (ask)
        if folded.startswith("giao", m.start()):
            if text[m.start() : m.start() + 4].lower() != "giao":
                continue  # "Ban Tuyên giáo": "giáo" (teaching) folds to the letters of "giao" (assign)
            after = m.start() + 4
            after += len(text[after:]) - len(text[after:].lstrip())
            if _BRIEFING.match(text, after):
                continue
            if m.group(0).rstrip().endswith(","):
                continue  # "Phát biểu giao nhiệm vụ, đồng chí X đề nghị …": the speech that assigns, its addressee later
        if re.match(r"cua\s", folded[m.end():]) or re.search(r"(?:^|\s)theo\s+$", folded[max(0, m.start() - 8):m.start()]):
            continue  # "Để bảo đảm tiến độ theo yêu cầu của Ban X, …": whose request, not a request made here
        out.append(m)
    return out


_ASSIGN_ON = _fc(r"^\s*[-–—+•*]?\s*phân công(?![\w])")
# "định kỳ hàng quý tổng hợp …": a recurrence opening an action
_RECURRING_LEAD = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)\s*,?\s*|định kỳ\s*,?\s*", re.I)
# "định kỳ thứ Sáu hằng tuần ", "hằng quý ": how often a part opened by a report recurs
_PERIODIC_LEAD = re.compile(r"(?:định kỳ\s+)?(?:(?:vào\s+)?(?:thứ\s+\w+|ngày\s+\d{1,2})\s+)?(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)"
                            r"\s*,?\s*", re.I)
# "… theo dõi, đôn đốc": oversight verbs with no object of their own ("…; định kỳ … tổng hợp, báo cáo" is then the same task)
_BARE_OVERSIGHT = _fc(r"(?:.*\s)?(?:theo dõi|đôn đốc|giám sát|kiểm tra)(?:\s*,\s*(?:và\s+)?(?:theo dõi|đôn đốc|giám sát|kiểm tra))*"
                      r"(?:\s+thực hiện)?\W*$")
# "…; nếu nhà thầu vẫn chậm thì kiên quyết chấm dứt hợp đồng": what to do if the condition holds, an action of its own
# (a threat, "… thì sẽ bị xử lý", is no action: no verb follows "thì")
_IF_THEN = re.compile(r"(?:nếu|trường hợp)\s[^;]{3,120}?\sthì\s+", re.I)
# "…; báo cáo …", "…; gửi về … trước …", "…; thực hiện xong trong …": closing steps of the action before
_CLOSING_STEP = _fc(r"(?:báo cáo|gửi|nộp|trình|tổng hợp(?: kết quả|\s*,\s*báo cáo)|thực hiện xong|xong|hoàn thành|đề nghị|kết thúc|"
                    r"sơ kết|tổng kết)(?![\w])")
# "…; thực hiện sớm, kịp thời": carry out, and only how: no action of its own
# "…; thực hiện sớm, kịp thời", "…; triển khai thực hiện từ Hội cấp huyện đến cơ sở": how or where the action before is
# carried out, no action of its own
_BARE_DO = re.compile(r"(?:triển khai\s+)?(?:thực hiện|triển khai|làm)\s+(?:sớm|kịp thời|nghiêm túc|tốt|ngay|thường xuyên|hiệu quả|đầy đủ|"
                      r"từ\s[^;]{1,60}?\sđến\s[^;]{1,60}$|ở\s|tại\s)", re.I)
_DIRECTS_OTHER = _fc(r"\s*(?:chỉ đạo|hướng dẫn|đôn đốc)\s+(?:các\s+)?")
_DIRECT_OTHERS = _fc(r"^\s*(?:chủ trì\s*,?\s*)?(?:chỉ đạo|hướng dẫn|đôn đốc)\s+")
_COORDINATE = _fc(r"(?<![\w])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?|với sự phối hợp của|cùng với)\s+")
_ADVERBIAL = _fc(
    r"^(?:(?:riêng\s+)?đối với\s+[^:]{1,160}?[:,]\s*|riêng\s+|căn cứ\s+[^,]{1,160},\s*|trên cơ sở\s+[^,]{1,160},\s*|"
    r"để\s+[^,]{1,160},\s*|trong thời gian tới,?\s*|đồng thời,?\s*|ngoài ra,?\s*|sau đó,?\s*|bên cạnh đó,?\s*)"
)
_SECTION_WORDS = _fc(r"^(?:nhiệm vụ|giải pháp|phương hướng|kết quả|tồn tại|đánh giá|đối với|phần|mục)(?![\w])")
_ASIDE = re.compile(r"[^,.;:]{2,50},\s*")
_DIRECTIVE_SCOPE = _fc(r"(?:đề nghị|yêu cầu)\s*,\s*([^,.;:]{4,50}),")
_LEAD_IN_END = _fc(
    r"(?:sau|như sau|sau đây|như sau đây|(?:các|những|một số|mấy)\s+(?:nhiệm vụ|nội dung|việc|công việc|giải pháp)"
    r"(?:\s+(?:trọng tâm|chủ yếu|cụ thể|chính|sau|như sau|sau đây))*|yêu cầu|đề nghị|chỉ đạo)\s*$"
)
_NON_TASK_START = _fc(
    r"^(?:trong đó|cụ thể|lưu ý|nội dung|thành phần|tuy nhiên|qua đó|hội nghị|đồng chí|đ/c|"
    r"(?:ban thường vụ|thường trực|ban chấp hành)\s+(?:huyện ủy|đảng ủy|tỉnh ủy|thành ủy|quận ủy)\s+(?:sẽ|đã|thống nhất))"
)
_REPORT_WORD = _fc(r"(?<!\w)báo cáo(?!\w)")
# "Yêu cầu gửi báo cáo về …", "Đề nghị hoàn thiện, gửi …", "Gửi về …": sending what was asked, by a date
_SEND_WORDS = r"(?:(?:yêu cầu|đề nghị)\s+)?(?:hoàn thiện\s*,?\s*(?:và\s+)?)?(?:gửi|nộp)(?!\w)"
_SENDS = _fc(_SEND_WORDS)
_BARE_DEADLINE = _fc(r"(?:xong|hoàn thành|thời gian hoàn thành|thời hạn|chậm nhất)\s+(?:trước|trong|chậm nhất|:)?(?:\s*[^\s\d]+){0,2}\s*\d")
_ALL_ABOVE = _fc(r"(?:các|những|toàn bộ)\s+(?:nội dung|nhiệm vụ|việc|công việc|phần việc)\s+(?:nêu\s+)?trên")
_NEWS_ASIDE = _fc(r"^(?:được biết|theo ghi nhận|theo tìm hiểu)\s*,")
# "Cùng ngày, đoàn công tác đã làm việc với …", "Cùng dự có đồng chí …": the reporter's account of the visit, no task
_NEWS_EVENT = _fc(r"^(?:cùng ngày|cùng dịp|trước đó|cùng dự|dự có|tham dự có|cùng tham dự)(?![\w])")
# "Quá thời hạn nêu trên, Ban Dân vận sẽ báo cáo …", "Nếu …, … sẽ xử lý": what happens if the tasks
# are not done, said by the issuer about itself; it assigns nothing.
_CONSEQUENCE = _fc(
    r"^(?:(?:quá|hết|sau)\s+(?:thời hạn|hạn|thời gian)|nếu|trường hợp|hết hạn)(?![\w])[^;]{0,160}?(?<![\w])sẽ(?![\w])"
)
_FRONT_AND_MASS = _fc(r"(?:mặt trận|mttq)[^.;:]{0,40}(?:tổ chức chính trị|đoàn thể)|(?:các|những)\s+(?:tổ chức chính trị|đoàn thể|hội,? đoàn thể)")
_FIELD = re.compile(r"\s*\|\s*(Chủ trì|Phối hợp|Thời hạn)\s*:\s*([^|]*)")
_LABEL = re.compile(r"^([^:]{2,90}):\s+(?=\S)")
_ASIDE_END = re.compile(r"\s*\([^()]*\)$")  # "Hội CCB xã (thuộc Ủy ban MTTQ xã):": the aside names no second body
# "2. Đề nghị các tổ chức chính trị - xã hội tỉnh" over its items: the bodies asked head them, as a bare name does
_ASK_HEADING = re.compile(r"^(?:đề nghị|yêu cầu|giao(?: cho)?)\s+(?=\S)", re.I)


@dataclass
class _Ctx:
    units: list[UnitRef] | None = None
    deadline: Deadline | None = None


@dataclass
class _Segment:
    text: str
    explicit: list[UnitRef] = field(default_factory=list)  # named in it, or carried from "đề nghị X"
    named_in: str = ""  # the words that named its units (itself, or the lead-in they were carried from)
    deadline: Deadline | None = None  # from a "Thời gian hoàn thành: …" sentence after it


_DAY = re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}|ngày\s+\d")  # a deadline on a day ("trước 25.12", "ngày 31/01")
_TOPIC_LABEL = re.compile(r"[^:;.]{3,90}:\s+(?=[A-ZĐa-zđ])")
_NOT_YET = re.compile(r"\s(?:chưa|không)\b", re.I)
_COLLECTIVE_OPENER = re.compile(r"(?:các|những|mỗi|từng)\s+", re.I)
_PASSIVE = re.compile(r"\s*(?:sẽ\s+|cũng\s+)?(?:được|bị)\s", re.I)  # "các chi bộ chậm sẽ được nêu tên": told, not asked
_BARE_PLACE = _fc(r"(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|nhà nước|trung ương)(?![\w])")
_COUNTED = re.compile(r"(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s", re.I)


_MASS_ORG_KEYS = {"mttq", "nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien", "lien_hiep_thanh_nien", "lien_doan_lao_dong"}
_PARTY_DEPARTMENTS = {"tuyen_giao", "to_chuc", "kiem_tra", "van_phong", "dan_van", "tuyen_giao_dan_van", "xay_dung_dang"}
# A capitalized body head ("Ban", "Phòng", "Văn phòng", "Trung tâm" …) opening a label
_PERSON_LABEL = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c|Ông|Bà)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){1,3}(?:\s*,\s*[^:;()]{3,80})?$")
_BODY_LABEL = re.compile(r"(?:Ban|Phòng|Văn phòng|Trung tâm|Tổ|Đội|Chi cục|Cục|Sở)\s+[A-ZĐ]")


def _one_body_label(topic: str) -> bool:
    """"Ban Hỗ trợ phụ nữ phát triển kinh tế" before a colon: one body named in full (no list, no sentence)."""
    t = topic.strip()
    return bool(_BODY_LABEL.match(t)) and len(t.split()) <= 10 and not re.search(r"[,;()]|\s(?:và|các|của|về)\s", t) and not t.isupper()


class Extractor:
    """One extraction run over one notice."""

    def __init__(self, units: Sequence[UnitSpec], level: str | None, ref_date: date | None):
        self.units = UnitResolver(units, level)
        self.ref = ref_date
        self.warnings: list[str] = []
        self.tasks: list[TaskDraft] = []
        self.weak: set[int] = set()  # ids of tasks whose units are only the default audience
        self.collective: set[int] = set()  # ids of tasks for the Front and mass organisations named together
        self.assumed_audience = False  # the default audience is the issuer, assumed outside a plan: the pipeline weighs it
        self.unnamed: set[int] = set()  # ids of tasks given to nobody
        self.doubtful: set[int] = set()  # ids of tasks with bodies carried over, or words of work already done
        self.lead_scope: Deadline | None = None  # the month the lead-in of the conclusions names

    # -- units ------------------------------------------------------------------------------
    def explicit_units(self, text: str) -> tuple[list[UnitRef], bool, int]:
        """Units the sentence itself names as responsible: (units, from a directive verb, end offset)."""
        folded = fold(text)
        for m in _directives(text, folded):
            refs, end = self.units.run_at(text, m.end(), folded)
            aside = None if refs else _ASIDE.match(folded, m.end())
            if aside:
                refs, end = self.units.run_at(text, aside.end(), folded)
            if not refs and self._asks_written(text, folded, m):
                # "đề nghị các chi bộ, đảng bộ cơ sở …", "Giao đồng chí X, chuyên viên …": bodies outside the catalog, as written
                refs, end = addressees_at(text, m.end(), self.units)
            if refs and (aside or any(r.key is None for r in refs)) and self._asks_written(text, folded, m):
                # "đề nghị UBND, Ban Chỉ huy Phòng chống thiên tai và … các huyện": a long name outside the catalog is read
                # whole by the addressee phrase, the catalog reader stops inside it; "đề nghị các Đảng ủy trực thuộc, MTTQ và
                # các đoàn thể …": what looked like an aside before the comma is the first addressee of the list
                written, after = addressees_at(text, m.end(), self.units)
                if written and (after > end or aside and after > aside.end()):
                    refs, end = written, after
            if refs:
                return refs, True, end
        pos = 0
        while True:
            m = _ADVERBIAL.match(folded, pos)
            if not m or m.end() == pos:
                break
            if folded.startswith(fold("để"), pos) and text[pos : pos + 2].lower() != "để":
                break  # folded, "Đề xuất …" would read as the purpose clause "Để …,"
            topic_start = pos
            pos = m.end()
            if folded.startswith(fold("đối với"), topic_start) or folded.startswith(fold("riêng đối với"), topic_start):
                if pos >= len(text.rstrip()) - 1:  # "Đối với X:" alone names X
                    skip = len("đối với") + (6 if folded.startswith(fold("riêng"), topic_start) else 0)
                    refs, end = self.units.run_at(text, topic_start + skip, folded)
                    return refs, False, end
        refs, end = self.units.run_at(text, pos, folded)
        rest = text[end:].strip()
        # A subject is followed by what it must do, not by "–", "của …" or the end of the text.
        if refs and rest[:1].isalpha() and len(rest.split()) >= 2 and not re.match(r"(?:của|về|trong|tại)\b", rest):
            return refs, False, end
        return [], False, 0

    @staticmethod
    def _asks_written(text: str, folded: str, m: re.Match[str]) -> bool:
        """Whether the words after a directive verb may name its addressee outside the catalog: not after "phân công"
        (the one who assigns answers for it), nor "hai chi bộ" (bodies named before), nor a bare place ("thành phố")."""
        if folded.startswith(fold("phân công"), m.start()) or _COUNTED.match(text, m.end()):
            return False
        return not _BARE_PLACE.match(folded, m.end())

    def coordinating(self, text: str) -> list[UnitRef]:
        """Units named after "phối hợp với …"."""
        folded = fold(text)
        out: list[UnitRef] = []
        for m in _COORDINATE.finditer(folded):
            refs, _ = self.units.run_at(text, m.end(), folded)
            out += [r for r in refs if r not in out]
        return out

    def directed(self, text: str, after: int) -> list[UnitRef]:
        """Units the responsible one is asked to direct ("UBND huyện chỉ đạo Phòng …")."""
        folded = fold(text)
        m = _DIRECT_OTHERS.match(folded, after)
        if not m:
            return []
        refs, _ = self.units.run_at(text, m.end(), folded)
        return refs

    def written_subject(self, text: str) -> list[UnitRef]:
        return self._written_subject(text)[0]

    def _written_subject(self, text: str) -> tuple[list[UnitRef], int]:
        """The bodies a clause opens with as its subject, as written when no catalog unit
        ("Các chi bộ thôn tổ chức …", "Chủ tịch UBND các huyện chỉ đạo …"): never replaced by the audience."""
        start = len(text) - len(text.lstrip(" -–—+•*"))
        found = self._subject_at(text, start)
        topic = _TOPIC_LABEL.match(text, start) if not found[0] else None
        if topic:  # "Chế độ báo cáo: Ban X báo cáo …": a topic label, then the subject (not "Ban Y chưa xem xét")
            after = self._subject_at(text, topic.end())
            return after if after[0] and not _NOT_YET.search(text[topic.end() : after[1] + 6]) else found
        return found

    def _subject_at(self, text: str, start: int) -> tuple[list[UnitRef], int]:
        listed, end = titled_list(text, start, self.units)
        if listed:
            return listed, end  # "Giám đốc: Sở A, Sở B …": the colon closes the subject
        head = _COLLECTIVE_OPENER.match(text, start)
        at = head.end() if head else start
        if _COUNTED.match(text, start) or head_at(text, at) <= at:
            return [], 0  # "Hai hội …" points back to bodies already named; "Những mô hình …" names none
        refs, end = addressees_at(text, start, self.units)
        if not refs:
            return [], 0
        nxt = len(text) - len(text[end:].lstrip(" ,"))
        if verb_at(text, nxt) > nxt or modal_at(text, nxt) > nxt or past_when(text, nxt) > nxt:
            return refs, end
        return [], 0

    def label_units(self, text: str) -> list[UnitRef]:
        """Units a heading or label names ("Hội Nông dân huyện:", "Đối với Ban Thường trực …:")."""
        t = _ASIDE_END.sub("", _ASK_HEADING.sub("", re.sub(r"[:.]\s*$", "", text.strip())))
        t = re.sub(r"^(?:Riêng\s+)?(?:đối với|Đối với|ĐỐI VỚI)\s+", "", t)
        refs, end = self.units.run_at(t, 0)
        if refs and end >= len(t.rstrip(" :.")) - 1:
            return refs
        listed = self._listed_names(t.rstrip(" :."))
        if listed:
            return listed
        written, end = addressees_at(t, 0, self.units)
        if written and end >= len(t.rstrip(" :.")) - 1 and not _SECTION_WORDS.match(fold(t)) and (
                all(r.key for r in written) or opens_with_body(t) and not t.isupper()):
            return written  # "Chủ tịch UBND các xã, thị trấn:": the name as written heads its items
        if len(t.split()) <= 16:
            return self.units.mentions(t)
        return []

    def _own_department(self, topic: str, refs: list[UnitRef]) -> bool:
        """"Ban Tuyên giáo:", "Văn phòng:" bare in a mass organisation's document: its own department, not the party's."""
        issuer = self.units.issuer
        if issuer is None or issuer.key not in _MASS_ORG_KEYS or len(refs) != 1 or refs[0].key not in _PARTY_DEPARTMENTS:
            return False
        return bool(re.fullmatch(r"(?:Ban\s+\w+(?:\s+\w+)?|Văn phòng)", topic.strip())) and fold(topic.strip()) in fold(refs[0].name)

    def warn_unknown(self, refs: Sequence[UnitRef]) -> None:
        for r in refs:
            if r.key is None:
                self._warn(f"Đơn vị “{r.name}” không có trong danh mục; giữ nguyên tên để người dùng ánh xạ.")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- structure --------------------------------------------------------------------------
    def run_items(self, items: Sequence[Item], ctx: _Ctx) -> None:
        closing = [self._all_above(item) for item in items]
        for i, item in enumerate(items):
            later = next((d for d in closing[i + 1 :] if d is not None), None)
            self.run_item(item, _Ctx(ctx.units, later) if later else ctx)

    def _all_above(self, item: Item) -> Deadline | None:
        """The deadline of "Thời gian hoàn thành các nội dung trên: …" closing a bullet: that of its siblings above too."""
        if item.children:
            return None
        last = split_sentences([item.text, *item.body][-1])[-1:]
        if not last or not _ALL_ABOVE.search(fold(last[0])) or not is_deadline_sentence(last[0], self.ref):
            return None
        return task_deadline(last[0], self.ref)[0]

    def run_item(self, item: Item, ctx: _Ctx) -> None:
        text = item.text.strip()
        label = _LABEL.match(text)
        if label and len(label.group(1).split()) <= 6 and is_result_heading(label.group(1)):
            return  # "1. Kết quả: …" reports what was done; it assigns nothing
        if is_purpose_heading(text):
            return  # "I. MỤC ĐÍCH, YÊU CẦU": the plan's aims, no tasks under it
        if (item.children or item.body) and not text.endswith(":") and self._only_names(text):
            # "2. Hội Nông dân xã" over its items, colon or not: the unit answers for what is listed under it
            sub = self.header_context(text, ctx)
            sub = self.run_paragraphs(item.body, sub, item.ref)
            self.run_items(item.children, sub)
            return
        if item.children or (item.body and _is_heading(text)):
            if _is_heading(text) or text.endswith(":"):
                if is_result_heading(text):
                    return
                sub = self.header_context(text, ctx)
                sub = self.run_paragraphs(item.body, sub, item.ref, )
                self.run_items(item.children, sub)
                return
            sub = self.run_paragraphs([text, *item.body], ctx, item.ref, )
            self.run_items(item.children, sub)
            return
        if not item.body and self._is_bare_heading(_FIELD.sub("", text)):
            return
        self.run_paragraphs([text, *item.body], ctx, item.ref, )

    def _only_names(self, text: str) -> bool:
        """The line is a unit's name and nothing else ("Hội Cựu chiến binh xã", "Chủ tịch UBND các xã")."""
        t = _ASK_HEADING.sub("", _FIELD.sub("", text).strip().rstrip("."))
        if not t or len(t.split()) > 14:
            return False
        refs, end = self.units.run_at(t, 0)
        if refs and end >= len(t) - 1:
            return True
        if self._listed_names(t):
            return True
        written, end = addressees_at(t, 0, self.units)
        return bool(written) and end >= len(t) - 1 and not _SECTION_WORDS.match(fold(t)) and opens_with_body(t)

    def _listed_names(self, t: str) -> list[UnitRef]:
        """"LĐLĐ các huyện; Công đoàn ngành; Công đoàn các Khu công nghiệp": bodies listed with ";", each named whole."""
        if ";" not in t:
            return []
        out: list[UnitRef] = []
        for piece in (p.strip() for p in t.split(";")):
            written, end = addressees_at(piece, 0, self.units)
            if not written or end < len(piece) - 1 or not opens_with_body(piece):
                return []
            out += [r for r in written if r not in out]
        return out

    def _is_bare_heading(self, text: str) -> bool:
        """A numbered line that only names a unit or a section ("3. Huyện đoàn", "II. Nhiệm vụ chung")."""
        t = _ASK_HEADING.sub("", text.strip().rstrip(":."))
        if _SECTION_WORDS.match(fold(t)) and len(t.split()) <= 8:
            return True
        refs, end = self.units.run_at(t, 0)
        if refs and end < len(t) - 1:
            after = end + len(t[end:]) - len(t[end:].lstrip(" "))
            if t[after : after + 1].islower() and verb_at(t, after) > after:
                return False  # "Hội Nông dân huyện rà soát …": the known name is followed by its action
        if t != text.strip().rstrip(":.") and not (refs and end >= len(t) - 1):
            refs, end = addressees_at(t, 0, self.units, need_head=False)  # "Đề nghị Báo X, Đài Y": the asked, any name
        return bool(refs) and end >= len(t) - 1

    def _names_other(self, text: str, units: list[UnitRef], coord: list[UnitRef]) -> bool:
        """Bodies carried over from a heading are in doubt only where the clause names a body of its own besides
        its partners ("Thời gian tới, Huyện đoàn phối hợp …" under a request to the đoàn thể); the pipeline's
        reading, which costs as much again as the walker's, is then needed."""
        own = [u for u in self.units.mentions(text) if u not in coord and u not in units]
        return bool(own) or bool(self.written_subject(text))

    def header_context(self, text: str, ctx: _Ctx) -> _Ctx:
        units = self.label_units(text) or ctx.units
        own, _ = task_deadline(text, self.ref)
        deadline = own or scope_deadline(text, self.ref) or period_heading(text, self.ref) or ctx.deadline
        return _Ctx(units, deadline)

    # -- clauses ----------------------------------------------------------------------------
    def run_paragraphs(self, paras: Sequence[str], ctx: _Ctx, ref: str | None) -> _Ctx:
        """Turn the paragraphs of one clause into tasks; return the context its sub-items inherit."""
        fields: dict[str, str] = {}
        clean_paras: list[str] = []
        for p in paras:
            for m in _FIELD.finditer(p):
                fields[m.group(1)] = m.group(2).strip()
            clean_paras.append(_FIELD.sub("", p).strip())
        ctx = _Ctx(ctx.units, ctx.deadline)
        if "Chủ trì" in fields:
            named = self.units.mentions(fields["Chủ trì"]) or [UnitRef(None, fields["Chủ trì"])]
            ctx.units = named
        field_deadline = None
        if fields.get("Thời hạn"):
            fd, _ = task_deadline("thời hạn " + fields["Thời hạn"], self.ref)
            field_deadline = fd and replace(fd, text=fields["Thời hạn"])
            if field_deadline is None:
                field_deadline = Deadline(text=fields["Thời hạn"])
        field_coord = self.units.mentions(fields["Phối hợp"]) if fields.get("Phối hợp") else []

        segments: list[_Segment] = []
        clause_deadline: Deadline | None = None
        governed = 0  # segments before this index have had their deadline sentence
        list_mode = False
        label_units: list[UnitRef] | None = None
        carried: list[UnitRef] | None = None
        carried_text = ""
        written: list[UnitRef] = []  # the subject an earlier sentence of this clause opened with
        opened: tuple[list[UnitRef], int] | None = None
        for para in clean_paras:
            if not para:
                continue
            lm = _LABEL.match(para)
            if lm and not list_mode and addressees_at(para, 0, self.units)[1] > lm.end():
                lm = None  # "Giám đốc các Sở: Xây dựng, Tài chính công bố …": the names go on past the colon, no label
            if lm and not list_mode:
                refs = self.label_units(lm.group(1))
                topic = _ASIDE_END.sub("", re.sub(r"^(?:Riêng\s+)?[Đđ]ối với\s+", "", lm.group(1)))
                if refs and self._own_department(topic, refs):
                    label_units = [UnitRef(None, topic.strip())]
                    para = para[lm.end() :]
                elif refs and self.units.run_at(topic, 0)[1] >= len(topic.rstrip()) - 1:
                    label_units = refs
                    para = para[lm.end() :]
                elif len(refs) == 1 and refs[0].key is None and _PERSON_LABEL.match(topic.strip()):
                    label_units = refs  # "a) Đồng chí Lò Văn A, công chức phụ trách …: đôn đốc …": the person named heads the item
                    para = para[lm.end() :]
                elif _one_body_label(topic):  # "b) Ban Tổ chức - Kiểm tra: tham mưu …": the label is one body's name
                    label_units = resolve([topic.strip()], self.units)
                    para = para[lm.end() :]
            para_start = len(segments)
            for sentence in split_sentences(para):
                # "Thời gian hoàn thành các nội dung trên: trước ngày 30/4." only says when, it opens no list
                head, sep, rest = (sentence, False, "") if is_deadline_sentence(sentence, self.ref) else _split_lead_in(sentence)
                if sep:
                    lead_units, _, _ = self.explicit_units(head)
                    if lead_units:
                        carried = lead_units
                        carried_text = head
                    # "Đề nghị X thực hiện tốt một số nhiệm vụ sau:" closing the clause: its sub-items are X's
                    opened = (lead_units, len(segments)) if lead_units and not rest else None
                    scope = task_deadline(head, self.ref)[0] or scope_deadline(head, self.ref)
                    if scope:
                        ctx.deadline = scope
                    list_mode = True
                    if not rest:
                        continue
                    sentence = rest
                if is_deadline_sentence(sentence, self.ref):
                    # "… Thời gian hoàn thành trong tháng 10/2019.": for the tasks since the last such sentence;
                    # opening the clause, for all of it
                    found = task_deadline(sentence, self.ref)[0]
                    open_segs = segments[governed:]
                    for seg in open_segs:
                        seg.deadline = found
                    if not open_segs:
                        clause_deadline = found
                    governed = len(segments)
                    continue
                if self._sends_the_report(sentence, segments[para_start:]):
                    # "X báo cáo tình hình …. Yêu cầu gửi báo cáo về Sở Y trước ngày 23/5.": the same report, sent by then
                    segments[-1].text += " " + sentence
                    segments[-1].deadline = task_deadline(sentence, self.ref)[0]
                    continue
                parts = split_semicolons(sentence) if list_mode else self._unit_semicolons(sentence)
                reports: dict[str, str] = {}  # report part → the action part it closes
                apart = []
                for part in parts:
                    pieces = _report_apart(part)
                    if len(pieces) == 2:
                        reports[pieces[1]] = pieces[0]
                    apart += pieces
                parts = apart
                subject: list[UnitRef] = []
                first_of_sentence = len(segments)
                for part in parts:
                    explicit, by_verb, _ = self.explicit_units(part)
                    if by_verb and (label_units or ctx.units) and _ASSIGN_ON.match(fold(part)):
                        # "Chủ tịch UBND xã: - Phân công Đoàn Thanh niên …": the labelled one assigns; it stays responsible
                        explicit, by_verb = [], False
                    if by_verb:
                        carried = explicit
                        carried_text = part
                    if not explicit and not subject and len(parts) > 1:
                        explicit = self.written_subject(part)
                    then = _IF_THEN.match(part.strip()) if not explicit and len(parts) > 1 else None
                    if then:  # "…; trường hợp quá hạn thì cấp ủy xem xét …": the body named after "thì" acts
                        explicit = self.written_subject(part.strip()[then.end() :])
                    if explicit and not by_verb and not subject:
                        subject = explicit
                    elif not explicit and subject and not list_mode:
                        explicit = subject  # "X chỉ đạo Y làm A; tổ chức B": X's own next action
                    seg = _Segment(part, explicit, part)
                    if _NEWS_ASIDE.match(fold(part.strip())) or _NEWS_EVENT.match(fold(part.strip())) and not _directives(part):
                        continue  # "Được biết, …": what the reporter adds, no part of any task
                    if segments and (_is_non_task(part) or _BARE_DO.match(part.strip()) and len(part.split()) <= 10):
                        if not reports_only(part, past=False):  # "Hội nghị … dự kiến tổ chức vào ngày …": an event, dropped
                            segments[-1].text += " " + part
                        continue
                    if not explicit and carried:
                        seg.explicit = list(carried)
                        seg.named_in = carried_text
                    elif not explicit and written and not list_mode and not label_units and not ctx.units:
                        seg.explicit = list(written)  # "X theo dõi … . Hằng tháng, báo cáo …": X's next sentence
                    if not list_mode and (subject or seg.explicit or self.written_subject(part)):
                        written = subject or seg.explicit or self.written_subject(part)
                    if part in reports and segments and segments[-1].text == reports[part]:
                        seg.explicit = seg.explicit or list(segments[-1].explicit)  # the report is the acting body's
                        seg.named_in = seg.named_in or segments[-1].named_in
                        if not task_deadline(reports[part], self.ref)[0]:
                            # "X làm A; báo cáo … trước ngày 15": the action shares the deadline its report states
                            segments[-1].deadline = task_deadline(part, self.ref)[0] or segments[-1].deadline
                    if _IF_THEN.match(part.strip()) and segments and segments[-1].deadline is None \
                            and not task_deadline(segments[-1].text, self.ref)[0]:
                        segments[-1].deadline = task_deadline(part, self.ref)[0]  # "A; nếu … thì B, trước ngày 30/4": both by then
                    segments.append(seg)
                tail = (split_semicolons(sentence) or [sentence])[-1]
                if len(segments) - first_of_sentence > 1 and len(tail.split()) <= 9 and _BARE_DEADLINE.match(fold(tail)):
                    # "A; B; xong trước ngày 25/01": the date closing the list is each of its parts'
                    found = task_deadline(tail, self.ref)[0]
                    for seg_before in segments[first_of_sentence:-1]:
                        if found and seg_before.deadline is None and not task_deadline(seg_before.text, self.ref)[0]:
                            seg_before.deadline = found

        base_units = label_units or ctx.units
        for seg in segments:
            if _is_lead_in(seg.text):
                units, _, _ = self.explicit_units(seg.text)
                if units:
                    base_units = units
                own, _ = task_deadline(seg.text, self.ref)
                ctx.deadline = own or scope_deadline(seg.text, self.ref) or ctx.deadline
                continue
            self.emit(seg, base_units, ctx, ref, field_deadline or seg.deadline or clause_deadline, field_coord, fields.get("Thời hạn"))
        last = next((seg.deadline for seg in reversed(segments) if seg.deadline), None)
        if opened and opened[1] == len(segments):
            base_units = opened[0]
        return _Ctx(base_units, clause_deadline or last or ctx.deadline)

    def _sends_the_report(self, sentence: str, before: Sequence[_Segment]) -> bool:
        """A sentence with no body of its own that only sends, by a date, the report the task before it asks for
        ("Yêu cầu (hoàn thiện,) gửi báo cáo về Sở X trước ngày 23/5."): the same deliverable, not a task of its own."""
        if not before or not _REPORT_WORD.search(fold(before[-1].text)) or not _SENDS.match(fold(sentence.strip())):
            return False
        found = task_deadline(sentence, self.ref)[0]
        if not found or not found.due or task_deadline(before[-1].text, self.ref)[0]:
            return False
        return not self.explicit_units(sentence)[0] and not self.written_subject(sentence)

    def _unit_semicolons(self, sentence: str) -> list[str]:
        """Outside lists, split at ";" only where a new unit starts or a second deadline begins a milestone."""
        parts = split_semicolons(sentence)
        if len(parts) <= 1:  # "" for a sentence of only ";"
            return parts
        out = [parts[0]]
        asked, _, asked_end = self.explicit_units(parts[0])
        listing = bool(asked) and not parts[0][asked_end:].strip(" .,")
        for part in parts[1:]:
            explicit, directive, _ = self.explicit_units(part)
            own_prev = task_deadline(out[-1], self.ref)[0]
            own = task_deadline(part, self.ref)[0]
            prev_schedule = (own_prev and own_prev.due) or find_recurrence(out[-1])
            milestone = bool(own and own.due and prev_schedule and not is_deadline_sentence(part, self.ref)
                             and not (own_prev and own_prev.due == own.due))
            # "X chỉ đạo Y làm A; tổ chức B …; thực hiện báo cáo … hằng tuần": each verb-led part is an action of its own
            lead = _RECURRING_LEAD.match(part.strip()) or _IF_THEN.match(part.strip())
            opens = part.strip()[lead.end() if lead else 0 :]
            own_time = (bool(own or find_recurrence(part)) and not (own_prev or find_recurrence(out[-1]))
                        and not _CLOSING_STEP.match(fold(opens)))
            # "…, trình X trước 25.12; xây dựng phương án …; rà soát …": after an action closed by its own
            # deadline, a verb-led part that is no closing step (report, send) is the next action.
            closed = bool(own_prev and own_prev.due and _DAY.search(own_prev.text or "") and not own) or (len(out) > 1 and not own)
            after_closed = closed and not _CLOSING_STEP.match(fold(opens))
            own_action = (verb_at(opens, 0) > 0 and len(part.split()) >= 4 and not is_deadline_sentence(part, self.ref)
                          and (self._directs_other(out[-1]) or own_time or after_closed or self._subject_led(out[0], opens)
                               or self._own_object(opens)))
            # "X theo dõi sát tình hình …; định kỳ thứ Sáu hằng tuần báo cáo Y": a recurring report after an action with
            # an object of its own is a task of its own (after a bare "theo dõi, đôn đốc" it is that oversight's content)
            periodic = _PERIODIC_LEAD.match(part.strip())
            periodic = bool(periodic and find_recurrence(part) and not find_recurrence(out[-1]) and not own_prev
                            and _CLOSING_STEP.match(fold(part.strip()[periodic.end():])) and not _BARE_OVERSIGHT.match(fold(out[-1])))
            # "…; trường hợp quá hạn thì cấp ủy xem xét, xử lý …": what another body must do if the condition holds
            conditional = bool(lead and _IF_THEN.match(part.strip()) and self.written_subject(opens))
            # "Giao X theo dõi …; Đài Y, Báo Z tăng cường …": a part opening with bodies of its own and their action
            named, named_end = self._written_subject(part) if not explicit else ([], 0)
            prev_named, prev_end = self._written_subject(out[-1]) if named or (explicit and not directive) else ([], 0)
            names_only = bool(prev_named) and not out[-1][prev_end:].strip(" .,")  # "Giám đốc các sở: A, B; Chủ tịch …"
            new_subject = bool(named) and not names_only and not _PASSIVE.match(part, named_end)
            if names_only and not directive:
                explicit = []  # "Giám đốc các sở: A, B; Chủ tịch UBND các huyện, thị xã, thành phố tiếp tục …": one list of subjects
            # "Giao các sở, ngành; UBND các huyện; các Ban QLDA báo cáo …": a part that is only the directive and its
            # bodies lists the addressees, one per ";", of the action that ends the list
            if listing:
                out[-1] = out[-1] + "; " + part
                names, names_end = addressees_at(part, 0, self.units)
                listing = bool(names) and not part[names_end:].strip(" .,")
            elif explicit or milestone or own_action or periodic or conditional or new_subject:
                out.append(part)
            else:
                out[-1] = out[-1] + "; " + part
        return out

    @staticmethod
    def _own_object(opens: str) -> bool:
        """"…; chuẩn bị tốt văn kiện, nhân sự cho Đại hội …": a verb-led part with an object of its own is one more action
        (the issue's "one task per action"); a closing step ("…; báo cáo …") or a bare "thực hiện tốt" is not."""
        return not _CLOSING_STEP.match(fold(opens)) and not _BARE_DO.match(opens)

    def _subject_led(self, first: str, opens: str) -> bool:
        """"Công an xã tăng cường tuần tra; triệt phá các tụ điểm …": a sentence opened by its acting body lists that
        body's actions, one per ";" (a closing step such as "…; báo cáo …" stays with the action before)."""
        return not _CLOSING_STEP.match(fold(opens)) and not _BARE_DO.match(opens) and bool(self.written_subject(first))

    def _directs_other(self, text: str) -> bool:
        """"Sở X chỉ đạo Chi cục Y …": a named subject directing another body (its next ";" action is its own)."""
        refs, by_verb, end = self.explicit_units(text)
        if not refs:
            refs, end = self._written_subject(text)
        m = _DIRECTS_OTHER.match(fold(text[end:])) if refs and not by_verb else None
        return bool(m) and text[end + m.end() : end + m.end() + 1].isupper()

    def emit(self, seg: _Segment, base_units: list[UnitRef] | None, ctx: _Ctx, ref: str | None,
             clause_deadline: Deadline | None, field_coord: list[UnitRef], field_due_text: str | None = None) -> None:
        text = _clean_content(seg.text)
        if len(text.split()) < 3 or _is_consequence(text) or is_meeting_decision(text):
            return
        written = [] if seg.explicit or base_units else self.written_subject(seg.text)
        units = seg.explicit or base_units or written or self.units.audience()
        carried = not seg.explicit and not written  # the clause's bodies come from a label or a clause before
        # Units that are only the default audience, not named as the Front and mass organisations: the
        # pipeline reads such a sentence better, keeping "các đơn vị" as written.
        defaulted = not (seg.explicit or base_units or written)
        unnamed = self.units.audience_units is None or self.assumed_audience and defaulted
        weak = unnamed and units == self.units.audience() and not _FRONT_AND_MASS.search(
            fold(seg.text + " " + seg.named_in))
        _, _, end = self.explicit_units(seg.text)
        directed = self.directed(seg.text, end) if seg.explicit and end else []
        if not seg.explicit and _ASSIGN_ON.match(fold(seg.text)):
            directed = [r for r in self.explicit_units(seg.text)[0] if r not in units]
        coord = [c for c in (self.coordinating(seg.text) + field_coord) if c not in units]
        own, event = dates_event(seg.text, self.ref)  # "chuẩn bị … Hội nghị …, dự kiến vào ngày 27/12": the event's day
        if repeats_within(seg.text, own):
            own = Deadline(text=own.text) if own else None  # the window a weekly duty repeats in, no due day
        aside = _DIRECTIVE_SCOPE.search(fold(seg.text))
        if own is None and aside:
            own = period_deadline(seg.text[aside.start(1) : aside.end(1)], self.ref)
        recurrence = find_recurrence(seg.text) or (find_recurrence(field_due_text) if field_due_text else None)
        if own is None or own.due is None:
            # "báo cáo hàng tháng, trước ngày 25": the next such day, repeating every month.
            own = recurring_day_deadline(seg.text, self.ref, recurrence) or recurring_day_deadline(
                field_due_text, self.ref, recurrence) or own
        # an item dated by its event ("giám sát cuộc bầu cử ngày 15/3/2026") takes no period from its section
        inherited = clause_deadline or ctx.deadline
        if inherited is ctx.deadline and inherited is not None and own is None and (event or dated_by_event(seg.text, self.ref)):
            inherited = None
        if recurrence and inherited is not None and inherited is self.lead_scope:
            inherited = None  # "… hằng tuần" under "nhiệm vụ trọng tâm tháng 9 như sau:": a standing duty, not the month's
        if own is not None and own.due is None and not recurrence and inherited is not None and not is_ongoing(seg.text):
            own = None  # "… sau khi hợp nhất chi bộ": a condition without a date; the section's period still bounds it
        if own is None and is_ongoing(field_due_text):
            inherited = clause_deadline if clause_deadline and clause_deadline.text == field_due_text else None
            inherited = inherited or Deadline(text=field_due_text)
        elif own is None and is_ongoing(seg.text):
            inherited = Deadline(text="thường xuyên")  # "thực hiện thường xuyên" takes no period from its section
        deadline = own or inherited or Deadline()
        deadline = replace(deadline, recurrence=recurrence)
        if deadline.due and self.ref and deadline.due < self.ref:
            self._warn(
                f"Hạn “{deadline.text}” ({deadline.due:%d/%m/%Y}) sớm hơn ngày văn bản ({self.ref:%d/%m/%Y}); "
                "không đặt lịch, cần kiểm tra lại."
            )
            deadline = replace(deadline, due=None)
        self.warn_unknown(units)
        self.warn_unknown(coord)
        task = TaskDraft(ref, text, list(units), coord, deadline, directed)
        if not units:
            self.unnamed.add(id(task))
        if carried and self._names_other(text, units, coord) or PAST_MARK.search(text):
            self.doubtful.add(id(task))
        if weak:
            self.weak.add(id(task))
        elif self.units.audience_units is None and units == self.units.audience():
            self.collective.add(id(task))
        self.tasks.append(task)


def _front_letterhead(raw: str, resolver: UnitResolver) -> bool:
    """The Front issued the document: its issuer, or the left column of the first lines names it alone
    ("ỦY BAN MTTQ VIỆT NAM XÃ …" over "BAN THƯỜNG TRỰC", read as one block where the letterhead runs long)."""
    if resolver.issuer is not None:
        return FRONT in next((u.tags for u in resolver.units if u.key == resolver.issuer.key), ())
    keyed = [r.key for line in raw.lstrip().split("\n")[:4] for r in resolver.mentions(re.split(r"\s{3,}", line.strip())[0]) if r.key]
    return bool(keyed) and all(FRONT in next((u.tags for u in resolver.units if u.key == k), ()) for k in keyed)


def _one_organisation(resolver: UnitResolver) -> bool:
    """The issuer is one mass organisation (not the Front, which speaks for all of them)."""
    issuer = resolver.issuer
    spec = next((u for u in resolver.units if issuer and u.key == issuer.key), None)
    return spec is not None and MASS_ORGANIZATION in spec.tags and FRONT not in spec.tags


def _is_consequence(text: str) -> bool:
    m = _CONSEQUENCE.match(fold(text))
    return bool(m) and text[m.end() - 2 : m.end()].lower() in ("sẽ", "se")  # not "chia sẻ"


def _is_heading(text: str) -> bool:
    t = text.strip()
    if t.endswith(":"):
        return True
    letters = [ch for ch in t if ch.isalpha()]
    if t.endswith(".") and letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) and len(t.split()) <= 20:
        return True  # "II. NHIỆM VỤ TRỌNG TÂM TRONG THÁNG 01/2026.": a heading in capitals, with a full stop
    return len(t.split()) <= 20 and not t.endswith((".", ";", "!", "?")) and (";" not in t or short_topics(t))


def _is_lead_in(text: str) -> bool:
    t = fold(text.strip())
    return t.endswith(":") and bool(_LEAD_IN_END.search(t[:-1].rstrip()) or _directives(text.strip()))


def _split_lead_in(sentence: str) -> tuple[str, bool, str]:
    """"… một số nhiệm vụ cụ thể sau: A; B" → ("… sau:", True, "A; B")."""
    if sentence.rstrip().endswith(":"):
        return sentence.rstrip(), True, ""
    for m in re.finditer(r":\s*", sentence):
        head = sentence[: m.start()]
        if _LEAD_IN_END.search(fold(head.rstrip())):
            return head + ":", True, sentence[m.end() :].strip()
    return sentence, False, ""


# "…; định kỳ hằng quý báo cáo Ban Thường vụ", "…, báo cáo UBND tỉnh trước ngày 15/6": the report is a deliverable
# of its own (the corpus README), done by the same body
_REPORT_TAIL = _fc(r"[;,]\s*(?=(?:(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)\s*,?\s*|định kỳ\s+)?"
                   r"(?:tổng hợp(?:\s+kết quả)?\s*,?\s*)?(?:gửi\s+)?báo cáo\s+[^\s]+\s+[^\s])")


# "…; gửi biên bản sinh hoạt về Ban Xây dựng Đảng …": a document of its own sent on (not "…, gửi về Ban X", the same one)
_SEND_TAIL = re.compile(r";\s*(?=(?:gửi|nộp)\s+(?!về|cho|lên|đến|tới|qua|bằng|kèm|lại)[a-zđà-ỹ][^\s,;]*\s+"
                        r"(?:[^\s,;]+\s+){0,6}?(?:về|cho|lên|đến|tới)\s)")


_NOUN_BEFORE = re.compile(r"(?:phương án|kế hoạch|chính sách|cơ chế|đề án|mức|kinh phí)$")


def _report_apart(part: str) -> list[str]:
    """An action and the report that closes it, apart; the action must have words of its own."""
    m = _REPORT_TAIL.search(fold(part)) or _SEND_TAIL.search(part)
    if not m or len(part[: m.start()].split()) < 4 or ";" in part[m.end() :]:
        return [part]  # a report with more work after it ("…; đồng thời chuẩn bị …") is left to the reading of ";"
    words = [w.lower().strip(",;:") for w in part[: m.start()].split()]
    verbs = [i for i in range(len(words)) if any(" ".join(words[i : i + k]) in VERBS for k in (1, 2, 3))]
    # "rà soát, báo cáo …": the verbs share one object; but "đề xuất phương án hỗ trợ, báo cáo …" ends on a noun phrase
    bare = any(" ".join(words[-k:]) in VERBS and not _NOUN_BEFORE.search(" ".join(words[:-k])) for k in (1, 2, 3))
    if not verbs or bare or _is_consequence(part):
        return [part]  # "theo dõi, đôn đốc; tổng hợp, báo cáo …", "rà soát, báo cáo kết quả …": verbs sharing one object
    if any(" ".join(words[i : i + 2]) == "tổng hợp" for i in verbs):
        return [part]  # "tổng hợp kết quả, báo cáo …": what is compiled is the report
    return [part[: m.start()].rstrip() + ".", part[m.end() :].strip()]


def _is_non_task(text: str) -> bool:
    t = fold(text.strip())
    return (bool(_NON_TASK_START.match(t)) and not _directives(text.strip())) or len(t.split()) < 4


def _clean_content(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*\./\.\s*$", ".", text)
    return text.strip(" -–;,")


def _unwalked(tasks: list[TaskDraft], read: list[TaskDraft], doc: Document) -> list[TaskDraft]:
    """The pipeline's tasks from the sentences of a chat in which the walker read none."""
    walked = sorted((t.evidence.start, t.evidence.end) for t in tasks if t.evidence)
    starts = [w[0] for w in walked]

    def read_by_walker(task: TaskDraft) -> bool:
        if not task.evidence:
            return True
        i = bisect_right(starts, task.evidence.start)
        near = walked[max(0, i - 1) : i + 1]
        return any(s < task.evidence.end and task.evidence.start < e for s, e in near)

    return [r for r in read if not read_by_walker(r)]


def _between_clauses(tasks: list[TaskDraft], read: list[TaskDraft], doc: Document) -> list[TaskDraft]:
    """The pipeline's tasks from sentences between the walker's first and last clause that it read none of,
    outside tables (the walker reads a table's rows its own way)."""
    spans = [(t.evidence.start, t.evidence.end) for t in tasks if t.evidence]
    if not spans:
        return []
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    inside = [r for r in read if r.evidence and first <= r.evidence.start and r.evidence.end <= last
              and doc.covering(r.evidence.start, "table_row") is None and len(r.content.split()) >= 4 and not r.content.isupper()
              and not r.reasons[0].startswith("subject followed by a modal")]  # "X sẽ …" the walker left: X's own plan
    return _unwalked(tasks, inside, doc)


def _unread_sentences(tasks: list[TaskDraft], doc: Document) -> bool:
    """Whether a sentence between the walker's first and last clause that it read nothing from might ask for work
    (a cue or a body opening it): only then is the pipeline's second reading worth its cost."""
    merged: list[list[int]] = []
    for start, end in sorted((t.evidence.start, t.evidence.end) for t in tasks if t.evidence):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return False
    first, last = merged[0][0], merged[-1][1]
    starts = [m[0] for m in merged]
    for sentence in doc.layer("sentence"):
        if sentence.start < first or sentence.end > last:
            continue
        i = bisect_right(starts, sentence.end - 1) - 1  # the last read span starting inside or before the sentence
        if i >= 0 and merged[i][1] > sentence.start:
            continue
        text = doc.text[sentence.start : sentence.end].strip()
        if len(text.split()) >= 4 and not text.isupper() and doc.covering(sentence.start, "table_row") is None \
                and (cues(text) or opens_with_body(text)):
            return True
    return False


def _zone(paras: list[str], resolver: UnitResolver) -> list[str]:
    """The paragraphs that hold the conclusions: after "… kết luận như sau:", before "Nơi nhận"/signature."""
    start = None
    for i, p in enumerate(paras):
        if is_trigger(p):
            start = i + 1
            break
    out: list[str] = []
    if start is not None:
        for p in paras[start:]:
            if is_closer(p) or is_restatement(p):  # "Yêu cầu các đơn vị nghiêm túc thực hiện./.": the close
                break
            if CHAT_PREFIX.fullmatch(p) or CHAT_SENDER.fullmatch(p):  # the next chat message: the lead-in's list was in the one before
                break
            if not is_chrome(ascii_fold(p)):  # "Tải về: ….pdf", "In bài viết | Quay lại": the web page's, not the notice's
                out.append(p)
        return out
    # No "như sau:" sentence: a news report or a pasted list. The conclusions start at the first
    # sentence that asks a named unit to act, or at the first numbered task heading.
    for i, p in enumerate(paras):
        if (is_closer(p) or is_restatement(p)) and out:
            break
        if is_chrome(ascii_fold(p)) or is_restatement(p):  # the closing asks, but for nothing specific
            continue
        if out:
            if _continues_directive(p, resolver):
                out.append(p)
                continue
            break
        sentences = split_sentences(p)
        for j, s in enumerate(sentences):
            folded = fold(s)
            for m in _directives(s, folded):
                aside = _ASIDE.match(folded, m.end())  # "đề nghị, trong quý IV, các đơn vị …"
                if resolver.run_at(s, m.end(), folded)[0] or (aside and resolver.run_at(s, aside.end(), folded)[0]):
                    out.append(" ".join(sentences[j:]))
                    break
            if out:
                break
        if not out and re.match(r"^(?:[IVX]+|\d{1,3})[.)]\s", p) and re.search(
            fold(r"nhiệm vụ|giải pháp|phương hướng"), fold(p)
        ):
            if i and is_purpose_heading(paras[i - 1]):
                out.append(paras[i - 1])  # "I. MỤC ĐÍCH, YÊU CẦU" over "1. Phát huy … nhiệm vụ …": the aims, not tasks
            out.append(p)
    return out


def _trigger_scope(paras: list[str], ref: date | None) -> Deadline | None:
    """"… tập trung thực hiện một số nhiệm vụ trọng tâm tháng 9 như sau:": the month the lead-in of the
    conclusions names scopes every item under it that has no date of its own."""
    trigger = next((p for p in paras if is_trigger(p)), None)
    if trigger is None:
        return None
    head = split_sentences(trigger)[-1]
    t = ascii_fold(head)
    # a month's list only: a quarter's or a year's programme ("nhiệm vụ kiểm tra năm 2017 như sau:") spans the period
    periods = [f for f in find_deadlines(head, ref) if f.kind == "period" and f.due and _MONTH_AT.match(t, f.start)]
    if not periods or not _LEAD_IN_TAIL.match(t, periods[-1].end) or not _WORK_OF.search(t[max(0, periods[-1].start - 60) : periods[-1].start]):
        return None  # "… hoàn thành nhiệm vụ trong tháng 6, ghi nhận …, kết luận như sau:": praise, not the list's period
    return Deadline(text=periods[-1].text or None, due=periods[-1].due)


# the lead-in ends right after the period it names: "… nhiệm vụ trọng tâm tháng 9 (năm 2023) như sau:"
_LEAD_IN_TAIL = re.compile(r"\s*(?:nam\s+\d{4}\s*)?,?\s*(?:cu\s+the\s+)?(?:nhu\s+sau|sau(?:\s+day)?)\s*:?\s*$")
_WORK_OF = re.compile(r"nhiem\s+vu|cong\s+viec|phuong\s+huong|noi\s+dung|ke\s+hoach")
# "tháng 9", or "trong tháng 9" ("… công việc cần tổ chức thực hiện trong tháng 9 năm 2020, cụ thể như sau:")
_MONTH_AT = re.compile(r"(?:trong\s+)?thang\s")


_MEETING_WITH = _fc(r"(?:làm việc|giao ban|họp|hội nghị)\s+(?:với|cùng)\s+")


def _lead_in_units(paras: list[str], ex: Extractor) -> list[UnitRef]:
    """"Sở X đề nghị UBND các huyện quan tâm, chỉ đạo thực hiện một số nội dung sau:": the bodies asked in the
    lead-in answer for the items under it that name nobody (not every body the letter is sent to)."""
    trigger = next((p for p in paras if is_trigger(p)), None)
    if trigger is None:
        return []
    sentence = split_sentences(trigger)[-1]
    refs, by_verb, _ = ex.explicit_units(sentence)
    if not by_verb or re.search(r"(?:các|những)\s+(?:cơ quan|đơn vị|địa phương)\b", sentence, re.I):
        return []  # "yêu cầu các cơ quan, đơn vị …": the letter's whole audience, nothing narrower
    return refs


def _intro_audience(paras: list[str], zone: list[str], resolver: UnitResolver) -> list[UnitRef]:
    """Units a meeting was held with ("làm việc với Hội CCB và Hội Nông dân"): whom "các đơn vị" means."""
    intro = paras[: paras.index(zone[0])] if zone and zone[0] in paras else paras[:6]
    for p in intro[:12]:
        folded = fold(p)
        for m in _MEETING_WITH.finditer(folded):
            refs, _ = resolver.run_at(p, m.end(), folded)
            if refs and all(r.key for r in refs):
                return refs
    return []


def _continues_directive(p: str, resolver: UnitResolver) -> bool:
    if re.match(r"^(?:[-+•–]|\d{1,3}(?:\.\d{1,3})*[.)]|[IVX]+[.)]|[a-zđ]\))\s", p):
        return True
    folded = fold(p)
    for m in _directives(p, folded):
        aside = _ASIDE.match(folded, m.end())
        if resolver.run_at(p, m.end(), folded)[0] or (aside and resolver.run_at(p, aside.end(), folded)[0]):
            return True
    refs, end = resolver.run_at(p, 0, folded)
    if refs and _MEETING_WITH.match(folded, len(folded) - len(folded[end:].lstrip(" ,"))):
        return False  # "Đảng ủy xã A làm việc với Hội B …": a meeting reported (a headline, a lead), no request
    return bool(refs) and len(p.split()) > 6


#: Bodies that exist only in the model since 1/7/2025 (the merged party boards, the special zone).
_POST_2025_NAMES = _fc(r"ban xây dựng đảng|ban tuyên giáo và dân vận|(?<![\w])đặc khu(?![\w])(?! kinh tế)")
MODEL_2025_SINCE = date(2025, 7, 1)


def _current_level(level: str | None, text: str) -> str | None:
    """The level of the 2025 model a document of pre-2025 `level` is written for (no districts)."""
    f = fold(text)
    if level == "tinh":
        return "tinh"
    if level != "xa":
        return None
    for lvl, word in (("dac_khu", "đặc khu"), ("phuong", "phường")):
        if re.search(fold(rf"(?:đảng ủy|đảng bộ|ubnd|ủy ban nhân dân|hđnd|mttq)\s+{word}"), f[:3000]):
            return lvl
    return "xa"


def _choose_catalog(units: Sequence[UnitSpec] | None, text: str,
                    issued_on: date | None = None) -> tuple[list[UnitSpec], str | None]:
    """The organisation's catalog when given; otherwise the standard one of the level the text is
    written for, in the 2025 model when the document is dated on/after 1/7/2025 or names its bodies."""
    if units is not None:
        return list(units), catalog_level(units) or detect_level(text)
    level = detect_level(text)
    if issued_on is None:
        issued_on = document_date(paragraphs(text[:4000]))
    current = (issued_on is not None and issued_on >= MODEL_2025_SINCE) or bool(_POST_2025_NAMES.search(fold(text)))
    if level is None:
        # no level read (a central document): every level's bodies, and the merged boards of 2025 the text names
        return (_boards_named(merged_units(), text) if current else merged_units()), level
    now = _current_level(level, text) if current else None
    if now is not None:
        return _boards_named(standard_units(now, model=MODEL_2025), text), level
    return _older_boards_named(standard_units(level), level, text), level


# The merged party boards of 2025 that one level has and another lacks: a document naming one by its name has it
_LEVEL_BOARDS = {"xay_dung_dang": (_fc(r"(?<![\w])ban xây dựng đảng(?![\w])"), "phuong"),
                 "tuyen_giao_dan_van": (_fc(r"(?<![\w])ban tuyên giáo và dân vận(?![\w])"), "dac_khu")}


def _boards_named(catalog: list[UnitSpec], text: str) -> list[UnitSpec]:
    """The level's catalog and the merged party boards of another level the text names ("Ban Tuyên giáo và Dân vận"
    in a ward's report): a key, as the corpus README gives it at any level, rather than a name as written."""
    keys = {u.key for u in catalog}
    folded = fold(text)
    return catalog + [spec for key, (pattern, other) in _LEVEL_BOARDS.items() if key not in keys and pattern.search(folded)
                      for spec in standard_units(other, model=MODEL_2025) if spec.key == key]


# Party boards the standard catalog of a level leaves out but a document may name: the inspection committee of a
# commune's party committee, a province's internal-affairs board (before 2025 too).
_OLDER_BOARDS = {"kiem_tra": (_fc(r"(?<![\w])(?:ủy ban|uỷ ban) kiểm tra (?:đảng ủy|huyện ủy|tỉnh ủy|thị ủy|thành ủy)"), "Ủy ban Kiểm tra",
                              ("UBKT", "Ủy ban Kiểm tra")),
                 "noi_chinh": (_fc(r"(?<![\w])ban nội chính(?![\w])"), "Ban Nội chính", ("BNC", "Ban Nội chính"))}


def _older_boards_named(catalog: list[UnitSpec], level: str, text: str) -> list[UnitSpec]:
    """The level's catalog and the party boards it lacks that the text names by name ("Ủy ban Kiểm tra Đảng ủy xã"):
    a key, as the corpus README gives the party boards at any level, rather than a name as written."""
    keys = {u.key for u in catalog}
    folded = fold(text)
    return catalog + [UnitSpec(key, f"{name} {PARTY_COMMITTEE[level]}", aliases, (PARTY_BOARD,))
                      for key, (pattern, name, aliases) in _OLDER_BOARDS.items() if key not in keys and pattern.search(folded)]


def _body_named_before(tasks: list[TaskDraft]) -> list[TaskDraft]:
    """"Cơ quan này cũng chủ trì …": the body of the task just before, named again by a common noun."""
    out: list[TaskDraft] = []
    for t in tasks:
        this = THIS_BODY.fullmatch(t.units[0].name) if len(t.units) == 1 and t.units[0].key is None else None
        if out and out[-1].units and this and this.group("head"):  # ("lãnh đạo, công chức phòng": the pipeline's)
            t = replace(t, units=list(out[-1].units))
        elif len(t.units) == 1 and t.units[0].key is None and _PLACE_ALONE.fullmatch(t.units[0].name):
            # "Tỉnh cần …" after "… tỉnh Lào Cai …": the place of that level named last
            word = t.units[0].name.lower()
            named = [m.group(0) for u in (u for o in out for u in o.units if u.key is None)
                     for m in re.finditer(rf"(?<!\w)(?i:{word})(?:\s+[A-ZĐ][\wÀ-ỹ]*)+", u.name)]
            if named:
                t = replace(t, units=[UnitRef(None, named[-1])])
        out.append(t)
    return out


_PLACE_ALONE = re.compile(r"Tỉnh|Huyện|Xã|Phường|Thị xã|Thị trấn")
# "Hội", "các cấp Hội", "Hội các cấp", "các cấp bộ Đoàn": an organisation by its head alone, at one or every level
_HEAD_ALONE = re.compile(r"(?:các cấp (?:bộ )?)?(?:Hội|Đoàn|Mặt trận)(?: các cấp)?", re.I)


def _own_levels(tasks: list[TaskDraft], resolver: UnitResolver) -> list[TaskDraft]:
    """A task left to "các cấp Hội" or "Hội" on a page about one organisation with that head: that organisation,
    whichever reader left the bare name (a lead-in "đề nghị các cấp Hội …: <items>" as much as "Hội cần …")."""
    out: list[TaskDraft] = []
    for t in tasks:
        bare = len(t.units) == 1 and t.units[0].key is None and _HEAD_ALONE.fullmatch(t.units[0].name.strip())
        own = resolver.own_body(t.units[0].name) if bare else None
        out.append(replace(t, units=[own]) if own is not None else t)
    return out


def extract(
    text_or_path: str | Path | bytes,
    issued_on: date | None = None,
    units: Sequence[UnitSpec] | None = None,
    *,
    filename: str | None = None,
) -> ConclusionDraft:
    """Extract the document header and task drafts from a notice given as text, a path or uploaded bytes."""
    if isinstance(text_or_path, (Path, bytes)):
        raw = read_document(text_or_path, filename=filename)
    else:
        raw = text_or_path
    raw = nfc(raw)
    sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    catalog, level = _choose_catalog(units, raw, issued_on)
    names = [n for u in catalog for n in (u.name, *u.aliases)]
    reading = mojibake.repair(raw, names)  # letters lost to "?" put back for reading; contents quote `raw`
    paras = paragraphs(clean_text(reading))
    info = document_info(paras, issued_on)
    ex = Extractor(catalog, level, info.issued_on)
    if info.issued_on is None:
        ex.warnings.append("Không xác định được ngày văn bản; hạn không ghi năm sẽ không được tính.")
    resolver = UnitResolver(catalog, level)
    doc = pipeline.make_document(raw, info.issued_on, names)
    pipeline.run(doc, resolver, stop="clauses")
    if info.issued_on is None and doc.issued_on is not None:
        info = replace(info, issued_on=doc.issued_on)
        ex.ref = doc.issued_on
        ex.warnings.clear()
    issuer = [r for r in host_body(doc, resolver) + resolver.mentions(info.issuer or "") if r.key] or letterhead_body(doc, resolver)
    resolver.issuer = ex.units.issuer = issuer[0] if issuer else None
    resolver.front_issued = ex.units.front_issued = _front_letterhead(raw, resolver)
    resolver.about = ex.units.about = resolver.issuer or topic_body(doc, resolver)
    if not front_document(doc, resolver):
        # Outside a Front or mass-organisation document, an unnamed request has no default for "các đơn
        # vị": it keeps the bodies the document addresses, or none (a person assigns it on import).
        ex.units.audience_tags = resolver.audience_tags = ()
        ex.units.collectives_as_written = resolver.collectives_as_written = True
    zone = _zone(paras, ex.units)
    audience = _intro_audience(paras, zone, ex.units)
    if not audience and not front_document(doc, resolver):
        audience = kinh_gui(doc, resolver) or meeting_partner(doc, resolver)  # whom "các đơn vị" means here
    elif not audience and resolver.issuer is not None:
        # a mass organisation's letter "Kính gửi" its own lower levels: "các đơn vị" are they, not every đoàn thể
        sent_to = kinh_gui(doc, resolver)
        audience = sent_to if sent_to and all(r.key == resolver.issuer.key for r in sent_to) else []
        if not audience and _one_organisation(resolver) and letterhead_body(doc, resolver) == [resolver.issuer]:
            audience = [resolver.issuer]  # a Hội's own notice under its letterhead: its "chi hội", "cơ sở hội" are its own
            ex.assumed_audience = not OWN_PLAN_TITLE.match((info.title or "").strip())  # a plan's unnamed items are the issuer's own
    if audience and not front_document(doc, resolver):
        audience = _lead_in_units(paras, ex) or audience  # the bodies the lead-in asks, of all those the letter is sent to
    if audience:
        ex.units.audience_units = audience
    tree = build_tree(zone)
    ex.lead_scope = _trigger_scope(paras, ex.ref)
    ex.run_items(tree.children, _Ctx(deadline=ex.lead_scope))
    old = _dedupe(ex.tasks)
    structured = any(is_trigger(p) for p in paras)
    # A notice with a "… như sau:" lead-in is read by the clause walker; the pipeline reads the rest.
    walker_only = structured and any(id(t) not in ex.weak for t in old)
    if walker_only:
        tasks = with_evidence(old, doc)
        # The pipeline's reading, to check the walker's where it may be wrong (it costs as much again).
        tabled = any(_ROW_CELLS.search(t.content) for t in old)
        doubtful = tabled or any(id(t) in ex.unnamed or id(t) in ex.doubtful for t in old)
        chat = any(CHAT_PREFIX.fullmatch(p) or CHAT_SENDER.fullmatch(p) for p in paras)
        walked = max((t.evidence.end for t in tasks if t.evidence), default=0)
        appendix = any(r.start >= walked for r in doc.layer("table_row"))  # a task table after the clauses, the signature
        gaps = not (doubtful or chat or appendix) and _unread_sentences(tasks, doc)
        read_tasks = pipeline.run(doc, resolver, start="assignments") if doubtful or chat or appendix or gaps else []
        if any(id(t) in ex.unnamed for t in old):
            # A clause sentence given to nobody stands only where the pipeline reads an action in it:
            # "Năm học …, toàn huyện có thêm …" states a fact.
            read = [(r.evidence.start, r.evidence.end) for r in read_tasks if r.evidence]
            tasks = [t for t, o in zip(tasks, old) if id(o) not in ex.unnamed or not t.evidence
                     or any(s < t.evidence.end and t.evidence.start < e for s, e in read)]
        if doubtful:
            tasks = refine(tasks, read_tasks, doc, resolver)
        if chat:  # a lead-in heads one message of a chat: the sentences the walker left are the pipeline's
            tasks = sorted(tasks + _unwalked(tasks, read_tasks, doc), key=lambda t: t.evidence.start if t.evidence else 0)
        else:  # a paragraph between the clauses ("3. Về …" then "Thường trực HĐND đề nghị UBND xã …"): the pipeline's
            tasks = sorted(tasks + _between_clauses(tasks, read_tasks, doc), key=lambda t: t.evidence.start if t.evidence else 0)
        if tabled:
            tasks = _table_rows(tasks, read_tasks)
        elif appendix:  # the walker stops at the signature; the table annexed to the notice is the pipeline's
            tasks += [r for r in _table_rows([], read_tasks) if r.evidence and r.evidence.start >= walked]
    else:
        # A clause the walker only gave the default audience ("các đơn vị" → MTTQ and đoàn thể) is read
        # better by the pipeline, which keeps the name as written; the walker's other tasks are weighed.
        strong = [t for t in old if id(t) not in ex.weak]
        read_tasks = pipeline.run(doc, resolver, start="assignments")
        tasks = _dedupe(merge(with_evidence(strong, doc), strong, read_tasks, ex.collective))
        ex.warnings += [w for w in doc.warnings if w not in ex.warnings]
        for t in tasks:
            ex.warn_unknown(t.units)
    tasks = _said_again([_without_aim(t) for t in tasks if not _no_task(t) and not _past_request(t, info.issued_on)])
    tasks = _report_sent(tasks, doc)
    tasks = _without_summary(tasks)
    tasks = _body_named_before(tasks)
    tasks = _own_levels(tasks, resolver)
    if resolver.issuer and OWN_PLAN_TITLE.match((info.title or "").strip()):
        # a plan's items that name nobody are the work of the body whose plan it is
        tasks = [t if t.units else replace(t, units=[resolver.issuer]) for t in tasks]
    if reading != raw:
        tasks = [replace(t, content=mojibake.restore(t.content, raw, reading)) for t in tasks]
    if not tasks:
        first = pipeline.first_directive(doc)
        ex.warnings.append(
            f"Không tìm thấy nhiệm vụ nào trong văn bản, dù có câu mang tính chỉ đạo: “{first[:160]}”." if first
            else "Không tìm thấy nhiệm vụ nào trong văn bản."
        )
    return ConclusionDraft(document=info, tasks=tasks, warnings=ex.warnings, source_sha256=sha, text=raw)


# What neither reader should keep, whichever read it: whom to call, where the money comes from, thanks, and
# accountability ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để …") rather than work.
_NOT_WORK = re.compile(
    r"^(?:kinh phí (?:thực hiện|tổ chức)|mọi (?:vướng mắc|khó khăn|chi tiết)|trân trọng cảm ơn|xin (?:trân trọng )?cảm ơn|"
    r"em cảm ơn|thông tin(?: thêm)? để [^.;:]{0,30}(?:nắm|biết)(?!\w)|[^.;:]{0,80}?(?<!\w)(?:phải )?chịu trách nhiệm (?:trước|về tính)[^;]*$|"
    # "Các chi hội căn cứ Kế hoạch này triển khai thực hiện": carry out the document, nothing specific
    r"(?:các|mọi) [^.;:]{0,60}?căn cứ (?:kế hoạch|thông báo|công văn|văn bản|chỉ thị|hướng dẫn)(?: này| trên)?"
    r"(?:[^.;:]{0,40}?(?:triển khai|tổ chức) thực hiện)?[^.;:]{0,30}[./\s]*$|"
    # "… thực hiện các nhiệm vụ được giao tại Phụ lục kèm theo": the annex's rows are the tasks, the sentence points to them;
    # "Các phòng căn cứ chức năng, nhiệm vụ" cut from such a sentence: the basis alone, no action
    r"[^.;:]{0,120}?(?<!\w)(?<!kết quả )(?<!tình hình )(?<!tiến độ )(?<!việc )(?:thực hiện|triển khai|tổ chức thực hiện)\s+"
    r"(?:tốt\s+)?(?:các|những)\s+nhiệm vụ(?:\s+cụ thể)?"
    r"(?:\s+(?:được giao|được phân công|nêu))?\s+(?:tại|theo|trong)\s+(?:các\s+)?phụ lục|"
    r"[^.;:]{0,160}?(?<!\w)căn cứ(?: vào)? chức năng,? nhiệm vụ(?:,? quyền hạn)?(?: (?:được giao|của (?:mình|đơn vị)))?"
    r"(?:,? và tình hình thực tế(?: (?:của|tại) (?:từng |mỗi )?(?:đơn vị|địa phương|ngành|cơ quan))?)?\W*$|"
    # "Quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh về …", "đề nghị liên hệ đồng chí X (ĐT: …) để được
    # hướng dẫn": whom to ask for help, the closing of the letter
    r"(?:trong )?quá trình (?:tổ chức )?(?:triển khai|thực hiện)[^.;]{0,40}?(?:nếu|có) [^.;]{0,20}?(?:vướng mắc|khó khăn)|"
    r"(?:đề nghị\s+)?(?:liên hệ|liên lạc)\s+(?:với\s+)?(?:đồng chí|đ/c)\s[^;]*?(?:\(?(?:đt|điện thoại|sđt)\b|để được)|"
    # "Gửi kèm file vào hòm thư: …@….", "đồng thời gửi bản mềm qua thư điện tử …": how the report travels, no work of
    # its own; "Email: …@…" alone is a contact line
    r"(?:đồng thời,?\s+)?(?:gửi|kèm theo)\s+(?:kèm\s+)?(?:theo\s+)?(?:file|tệp|bản mềm|bản điện tử|bản word|bản scan)(?:\s+mềm)?"
    r"[^;]{0,80}?(?:@|hòm thư|e-?mail|thư điện tử)|(?:địa chỉ\s+)?(?:e-?mail|hòm thư(?: điện tử)?|thư điện tử)\s*:\s*\S+@\S+\W*$|"
    # "Thành đoàn cần đổi mới cách triển khai phong trào - Ảnh 1.": a news page's headline repeated as a photo's caption
    r"[^;]{0,200}?[-–]\s*ảnh\s*\d{1,2}\s*[.:]?\s*$|"
    # "Dự án … được khởi công ngày 25/3/2023, là một trong …": what happened to a thing on a day, background
    r"[^.;:,]{3,80}?\sđược (?:khởi công|khánh thành|thành lập|phê duyệt|đưa vào sử dụng|khai trương)\s+(?:vào\s+)?(?:ngày|năm|tháng|từ)\s|"
    # "Đề nghị X quan tâm, tạo điều kiện để Hội hoàn thành tốt nhiệm vụ": support asked in general, nothing specific
    r"[^.;:]{0,120}?(?<!\w)tạo điều kiện(?: thuận lợi)? (?:để|cho) [^.;:]{1,50}? hoàn thành tốt (?:các |những )?(?:nội dung|nhiệm vụ)"
    r"(?: được giao| đề ra)?(?: (?:của|trong|theo) (?:kế hoạch|chương trình)(?: này| trên)?)?\W*$|"
    # "Đ/c X - Phó Bí thư … phát biểu chỉ đạo tại hội nghị" (a photo caption run into the next): who spoke, no work;
    # so too "Phó Chủ tịch … X phát biểu tại hội nghị." whoever is named, and "Ảnh: Tên - TTXVN", the photo's credit
    r"(?:đ/c|đồng chí)\s[^.;:]{0,120}?\sphát biểu\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|phát động|tại)(?!\w)|"
    r"ảnh\s*:\s*[^.;:]{1,60}$|"
    # "Kêu gọi cán bộ, đoàn viên, hội viên và Nhân dân … cùng đoàn kết …": an appeal to the public at large, no body given work
    r"(?:đồng thời,?\s+)?kêu gọi\s[^.;:]{0,200}?(?<!\w)(?:nhân dân|toàn dân|đồng bào|người dân|mọi người)(?!\w)|"
    # "Đây là nhiệm vụ thường xuyên, lâu dài": what the work is, said of the task before
    r"đây là (?:một )?(?:nhiệm vụ|việc|công việc|nội dung)\s[^.;:]{0,60}[.!]?\s*$|"
    # "Các chi bộ không hoàn thành … sẽ bị xem xét khi đánh giá …": a consequence, not work
    r"[^.;:]{0,100}?(?<!\w)sẽ bị (?:xem xét|xử lý|phê bình|trừ điểm|nhắc nhở)|"
    # "Bí thư Tỉnh ủy yêu cầu.": the speaker, with what he asks in the sentences after
    # (not "rút ra bài học trong chỉ đạo.": the work of directing, a noun there)
    r"[^.;:,]{0,60}\s(?<!trong )(?<!về )(?<!của )(?<!sự )(?<!công tác )(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý)\s*[.:]?$|"
    # chat replies: "Dạ em nhận ạ", "Ok em, đã nhận 👌", "Bên HND làm xong … từ tuần trước rồi 👍"
    r"(?:dạ|vâng|ok|oke|okie|cảm ơn|đã nhận|em nhận|nhận ạ)(?!\w)|[^.;]{0,120}\srồi\W*$|"
    # "Các đ/c triển khai giúp em, có gì vướng ib em ạ": carry it out, with no object: the chat's closing
    r"[^.;:,]{0,60}?(?:triển khai|thực hiện|làm) giúp (?:em|mình|chị|anh|tôi)(?:\s*[,.!]|\s*ạ|\s*$)|"
    # "từ ngày 06/3 đến ngày 10/3/2017": a window alone, cut from the schedule line it belongs to
    r"(?:từ|trong)\s+(?:ngày\s+)?\d[\d/.\s]*(?:đến|tới)\s+(?:ngày\s+)?\d[\d/.]*\W*$)",
    re.I,
)


def _no_task(task: TaskDraft) -> bool:
    """Boilerplate, accountability, or a bare heading ("KIẾN NGHỊ, ĐỀ XUẤT", "Chuyển đổi số") read as a task."""
    content = task.content.strip()
    first = re.split(r"(?<=[.!?])\s+", content, maxsplit=1)[0]  # a walker's clause may run on into the next sentence
    first = re.sub(r"\([^()]{0,120}\)", "", first)  # "(dự kiến tổ chức ngày 18/12)": an aside, not the clause
    if COPY_CHANNEL.match(content) and not any(f.marked for f in find_deadlines(content, None)):
        return True  # "Gửi kèm file vào hòm thư: …" after a report asked for: how the report goes, no deliverable of its own
    if _EMPHASIS.match(content):
        return True  # "Đồng thời nhấn mạnh vai trò hạt nhân của chi bộ …": what the speaker stressed, no one asked
    if _PURPOSE.match(content):
        return True  # "góp phần xây dựng …", "qua đó, lan tỏa …": what the work before leads to, no work of its own
    if (_AIM_PART.match(content) or _GENERAL_AIM.match(content)) and not cues(content):
        return True  # "để mỗi lá phiếu …", "thực hiện tốt các mục tiêu, nhiệm vụ năm 2022": split off, the aim of the work before
    if _CEREMONY.match(content) and not cues(content) and "tổ chức trao" not in content.lower():
        return True  # "X phát biểu tại hội nghị.", "Đồng chí X trao bức trướng …": who spoke or gave what, no work
    if _HOPED.match(content) or (_POINTER_LEAD.match(content) and PAST_MARK.search(content)):
        return True  # "bày tỏ mong muốn …"; "X vừa có văn bản đề nghị … triển khai các nội dung …": the items come after
    if _NOT_WORK.match(content) or reports_only(first, past=False) or _COUNT_ONLY.match(re.sub(r"\([^)]*\)?", "", content).strip()):
        return True
    ongoing = _ONGOING.match(content)
    name = ongoing.group(1) if ongoing else ""
    if ongoing and opens_with_body(name) and not cues(content) and all(verb_at(name, w.start()) == w.start() for w in re.finditer(r"\S+", name)):
        return True  # "Hội Cựu chiến binh đang chuẩn bị …": where a body stands now, told in a review, not asked
    words = content.split()
    if len(words) <= 8 and opens_with_body(content) and all(verb_at(content, w.start()) == w.start() for w in re.finditer(r"\S+", content)):
        return True  # "…; Đảng ủy Quốc hội, Đản": bodies named with no action (the page cut before it)
    if content.isupper() and len(words) <= 14:
        return True  # "ĐỀ XUẤT, KIẾN NGHỊ": a section title
    heading = len(words) <= 4 and not content.endswith((".", ";", "!")) and verb_at(content, 0) == 0
    evidence = task.evidence.text.strip() if task.evidence else None
    mark = ITEM_MARK.match(evidence) if evidence else None
    line = evidence[mark.end() :] if mark and evidence else evidence  # "3. Tổ chức thực hiện"
    if mark and line and line.endswith(":") and len(words) <= 4 and content == line[:-1].rstrip():
        return True  # "4. Thông tin báo cáo:": a numbered label over what follows, whatever verb it opens with
    return heading and line is not None and content == line


_EMPHASIS = re.compile(r"\W*(?:đồng thời,?\s+)?(?:đồng chí\s+)?nhấn mạnh\s+(?:đến\s+)?(?:vai trò|tầm quan trọng|ý nghĩa)(?!\w)", re.I)
# "…; góp phần xây dựng xã … phát triển", "qua đó, góp phần củng cố niềm tin": the aim or the outcome of the work
# before it, split off as a ";" or "," part
_PURPOSE = re.compile(r"\W*(?:qua đó|từ đó|nhờ đó)\s*,|\W*(?:(?:qua đó|từ đó|nhờ đó|để|nhằm)\s+)?góp phần\s", re.I)
# "Ngày 04/6, UBND huyện ban hành Công văn số 1125/UBND-VP …, trong đó yêu cầu …": a document cited by its number
_CITED = re.compile(r"\b(?:ban hành|có)\s+(?:Công văn|Kế hoạch|Văn bản|Chỉ thị|Quyết định|Thông báo|Hướng dẫn)\s+số\s+\d", re.I)
_ONGOING = re.compile(r"([^,;:()]{3,60}?)\s+đang\s", re.I)
# "Phó Chủ tịch … Nguyễn Văn A phát biểu tại hội nghị." (a photo caption, whoever is named: the word before the verb is
# the end of a name) and "Đồng chí X, Bí thư Đảng ủy, trao bức trướng chúc mừng đại hội": a ceremony told in a report
_CEREMONY = re.compile(r"[^.;:]{3,160}?\s(?-i:[A-ZĐ])\w*\s+phát biểu(?:\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|phát động))?"
                       r"\s+(?:tại|trong)\s+(?:hội nghị|đại hội|buổi|lễ|cuộc họp|phiên|hội thảo|chương trình)[^.;:]{0,60}[.!]?\s*$|"
                       r"(?:đ/c|đồng chí|ông|bà)\s+(?-i:[A-ZĐ])[^.;:]{0,160}?\s(?<!được )(?:trao|tặng|trao tặng)\s+(?:bức trướng|lẵng hoa|hoa|"
                       r"quà|giấy khen|bằng khen|cờ thi đua|kỷ niệm chương|huy hiệu|phần thưởng|giấy chứng nhận|quyết định)(?!\w)",
                       re.I)
# "…; để mỗi lá phiếu …", "…, nhằm nâng cao …": a purpose split off mid-sentence (lower case), what the work before is for
_AIM_PART = re.compile(r"(?:để|nhằm)\s")
# "…, thực hiện tốt các mục tiêu, nhiệm vụ năm 2022.": the general aim an exhortation ends on, split off, nothing specific
_GENERAL_AIM = re.compile(r"(?:thực hiện|hoàn thành)(?:\s+(?:tốt|thắng lợi|xuất sắc|thành công))?\s+(?:các|những)\s+"
                          r"(?:mục tiêu|nhiệm vụ|chỉ tiêu)(?:\s*,\s*(?:mục tiêu|nhiệm vụ|chỉ tiêu))*"
                          r"(?:\s+(?:năm|giai đoạn|nhiệm kỳ)\s+[\d\s\-–]+|\s+(?:đề ra|được giao|chính trị|trọng tâm))*\W*$")
# "X vừa có văn bản đề nghị Y tập trung triển khai các nội dung quan trọng nhằm chuẩn bị cho …": a news lead pointing to
# the items told after it, no work of its own
_POINTER_LEAD = re.compile(r"[^.;:]{0,160}?(?:triển khai|thực hiện)\s+(?:các|những|một số)\s+(?:nội dung|nhiệm vụ|hoạt động)"
                           r"(?:\s+(?:quan trọng|trọng tâm|chính|cụ thể))?\s*(?:(?:nhằm|để)\s[^;:]*)?(?:;\s*trong đó\b[^;:]*)?[.;]?\s*$", re.I)
# "Đồng thời, bày tỏ mong muốn …": what the speaker hoped, not asked of anyone
_HOPED = re.compile(r"\W*(?:đồng thời,?\s+)?bày tỏ\s+(?:mong(?!\w)|sự\s|niềm\s|lòng\s|hy vọng|kỳ vọng|tin tưởng)", re.I)
# "05 nhiệm vụ (trong đó …)": a count under a body's name, what is overdue, not what to do
_COUNT_ONLY = re.compile(r"\d{1,4}\s+(?:nhiệm vụ|việc|hồ sơ|văn bản|báo cáo|trường hợp|đơn|kiến nghị)[\s.;,]*$", re.I)


def _past_request(task: TaskDraft, issued_on: date | None) -> bool:
    """A request quoted from a document cited before, due before this one was written: what is reminded, not a new task."""
    if not (issued_on and task.evidence and _CITED.search(task.evidence.text)):
        return False
    found = [f.due for f in find_deadlines(task.content, issued_on) if f.marked and f.due]
    return bool(found) and max(found) < issued_on


_ROW_CELLS = re.compile(r"\S\s*\|\s*\S[^|]*\|")  # two cell borders: the walker ran rows of a "|" table together


def _table_rows(tasks: list[TaskDraft], read: list[TaskDraft]) -> list[TaskDraft]:
    """The rows of a task table flattened with "|" are the pipeline's to read, column by column; the walker's
    clauses cut across them."""
    rows = [r for r in read if r.reasons and r.reasons[0].startswith("a row of a task table")]
    if not rows:
        return tasks
    kept = [t for t in tasks if not _ROW_CELLS.search(t.content)]
    return sorted(kept + rows, key=lambda t: t.evidence.start if t.evidence else 0)


def _without_aim(task: TaskDraft) -> TaskDraft:
    """"…; qua đó, nâng cao …, góp phần …" run on after the last action (the clause walker keeps it): its aim, cut off."""
    m = AIM.search(task.content)
    if m is None or len(task.content[: m.start()].split()) < 3:
        return task
    return replace(task, content=task.content[: m.start()].rstrip(" ,;"))


def _said_again(tasks: list[TaskDraft]) -> list[TaskDraft]:
    """A news page that repeats a request word for word (in its lead and again in its body): one task, for whom the
    fuller saying names."""
    out: list[TaskDraft] = []
    seen: dict[str, int] = {}
    for t in tasks:
        key = " ".join(re.findall(r"\w+", ascii_fold(t.content)))
        at = seen.get(key)
        # the same words for other bodies ("- Tổng kết mô hình …" under each unit's heading) are each body's task
        other = at is not None and bool(out[at].units) and bool(t.units) and set(out[at].units) != set(t.units)
        if at is None or len(key.split()) < 6 or other:
            seen.setdefault(key, len(out))
            out.append(t)
        elif not out[at].units and t.units:
            out[at] = replace(out[at], units=t.units)
    return out


# "Báo cáo (hoàn thành) của các cơ quan, đơn vị gửi …", "Yêu cầu (hoàn thiện,) gửi …": the report asked for, sent
_REPORT_SENT = _fc(_SEND_WORDS + r"|"
                   r"(?:các\s+)?báo cáo(?:\s+(?:hoàn thành|kết quả))?(?:\s+(?:của|do)\s[^.;:]{1,60}?)?\s+(?:gửi|nộp)(?!\w)")


def _report_sent(tasks: list[TaskDraft], doc: Document) -> list[TaskDraft]:
    """"X tổng hợp báo cáo kết quả gửi UBND tỉnh. Báo cáo … gửi về UBND tỉnh trước ngày 05/6.": a sentence right after a
    request for a report that only sends that report by a date is the request's deadline, not a task of its own."""
    out: list[TaskDraft] = []
    for t in tasks:
        prev = out[-1] if out else None
        if (prev is not None and prev.evidence and t.evidence and prev.deadline.due is None and t.deadline.due
                and not t.deadline.recurrence and (not t.units or t.units == prev.units)
                and _REPORT_WORD.search(fold(prev.content)) and _REPORT_SENT.match(fold(t.content.strip()))
                and prev.evidence.end <= t.evidence.start
                and not doc.view[prev.evidence.end : t.evidence.start].strip()):
            evidence = Evidence(prev.evidence.text + " " + t.evidence.text, prev.evidence.start, t.evidence.end)
            out[-1] = replace(prev, content=prev.content.rstrip() + " " + t.content.strip(),
                              deadline=t.deadline, evidence=evidence)
            continue
        out.append(t)
    return out


# "Chủ tịch UBND TP vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu …", "UBND tỉnh ban hành Công văn số 1536/UBND-TH, yêu
# cầu báo cáo …", "Thủ tướng ký Công điện số 143/CĐ-TTg yêu cầu …": a news lead naming the document and what it asks, in a word
_ISSUED_ASKING = _fc(r"(?:ban hành|ký(?:\s+ban hành)?)\s+"
                     r"(?:công điện|công văn|chỉ thị|văn bản|thông báo|kế hoạch|quyết định|thông tri)(?:\s+(?:số\s*)?[\w/\-.]+)?"
                     r"(?:\s+ngày\s+[\d/]+)?\s*,?\s*(?:yêu cầu|đề nghị|chỉ đạo)\s")


def _without_summary(tasks: list[TaskDraft]) -> list[TaskDraft]:
    """A news lead that sums up what the document it names asks is not a task of its own when the text goes on to
    the document's requests themselves (tasks read from later sentences)."""
    def summary(t: TaskDraft) -> bool:
        return bool(t.evidence) and bool(_ISSUED_ASKING.search(fold(t.evidence.text)))

    leads = [t for t in tasks if summary(t)]
    if not leads:
        return tasks
    last_lead = max(t.evidence.end for t in leads)
    if not any(t.evidence and t.evidence.start >= last_lead for t in tasks):
        return tasks
    return [t for t in tasks if not summary(t)]


def _dedupe(tasks: list[TaskDraft]) -> list[TaskDraft]:
    seen: set[tuple[str, tuple[str | None, ...]]] = set()
    out: list[TaskDraft] = []
    for t in tasks:
        key = (ascii_fold(t.content), tuple(u.key or u.name for u in t.units))
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


__all__ = ["extract", "ConclusionDraft", "DocumentInfo"]
