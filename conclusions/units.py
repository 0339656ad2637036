"""Resolve unit names written in a notice against an organization's unit catalog.

Names are compared after `fold` (lower case, tone marks dropped, one character for one), so "Hội
LHPN", "hội lhpn" and old/new tone placement all match, and positions stay those of the text.
A name with a level suffix that is not the document's own ("MTTQ các xã" in a district notice,
"Hội Nông dân tỉnh") is another body's unit: it is kept as written, not mapped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from conclusions.catalog import FRONT, GOVERNMENT, LEVELS, MASS_ORGANIZATION, PARTY_BOARD, UnitSpec, standard_units
from conclusions.lexicon import verb_at
from conclusions.model import UnitRef
from conclusions.normalize import fold
from conclusions.reform import across_reform


def _fc(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written with full diacritics so that it runs on `fold`ed text."""
    return re.compile(fold(pattern))


AUDIENCE = "__audience__"  # "các đơn vị": whoever the notice is addressed to
DEFAULT_AUDIENCE_TAGS = (FRONT, MASS_ORGANIZATION)

_LEVEL_WORDS = {
    "xã": "xa", "phường": "xa", "thị trấn": "xa",
    "huyện": "huyen", "quận": "huyen", "thị xã": "huyen", "thành phố": "huyen",
    "tỉnh": "tinh",
}
_COMMITTEE_LEVEL = {"đảng ủy": "xa", "huyện ủy": "huyen", "quận ủy": "huyen", "thị ủy": "huyen",
                    "thành ủy": "huyen", "tỉnh ủy": "tinh"}
_ACRONYM_LEVEL = {"hu": "huyen", "tu": "tinh", "đu": "xa"}

# Titles that may precede a unit's name without changing which unit it is ("BCH", "BTV": the executive and standing
# boards, written short, as in "BCH Hội Nông dân các xã").
_PREFIX = _fc(
    r"(?:(?:tập thể\s+)?lãnh đạo|ban thường trực|thường trực|ban thường vụ|ban chấp hành|bch|btv|chủ tịch|trưởng ban|"
    r"bí thư|đồng chí chủ tịch|đ/c chủ tịch|đại diện)\s+"
)
_CHAIR = _fc(r"(?:đồng chí |đ/c )?(?:chủ tịch|bí thư|trưởng ban)\s")  # a person's title: the chair of a body
# "Đảng đoàn Hội Nông dân tỉnh": the party group that leads the Front or a mass organization answers for that body's work
# (the party group of an HĐND is left as written: it is no unit of the HĐND's own).
_PARTY_GROUP = _fc(r"đảng đoàn\s+")
# "Ủy ban Trung ương MTTQ Việt Nam": the Front's central committee is the Front, as its other levels are
_CENTRAL_FRONT = _fc(r"(?:ủy ban|uỷ ban)\s+trung ương\s+(?=mặt trận|mttq)")
# "Ban Tuyên giáo và Dân vận Trung ương", "Ban Dân vận TW": a party board or a mass body at the centre, its key at any level
_CENTRAL_TAIL = re.compile(r"[^\S\n]+(?:[Tt]rung [Ưư]ơng|TW|TƯ)(?!\w)")
# "Mặt trận Tổ quốc (MTTQ) Việt Nam": the abbreviation given in brackets, the name goes on after it
_BRACKETED_ABBR = re.compile(r"\s*\([A-ZĐ]{2,10}\)(?:\s+Việt Nam)?(?!\w)")
# "Chi hội Nông dân", "Chi đoàn thanh niên": a branch of a mass organisation, named as such (a capital after "hội")
_BRANCH = re.compile(r"[Cc]hi\s+(?=[Hh]ội\s+[A-ZĐ]|[Đđ]oàn\s)")
_SUFFIX = _fc(
    r"\s*(?:(các\s+)?(cấp xã|cấp huyện|cấp tỉnh|cấp cơ sở|các cấp|cơ sở|thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)(?!\s+(?:ủy|uỷ)(?!\w))"
    r"|(?:các\s+)?(đảng ủy|huyện ủy|quận ủy|thị ủy|thành ủy|tỉnh ủy)(?:\s+(?:xã|phường|thị trấn|đặc khu))?)(?![\w])"
)
_PROPER_NAME = re.compile(r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*){1,3}")
_COLLECTIVES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (_fc(r"(?:mặt trận tổ quốc|mttq|mặt trận)\s*(?:,|và|với)?\s*(?:các\s+)?(?:tổ chức chính trị\s*-\s*xã hội|đoàn thể(?: chính trị\s*-\s*xã hội| ct\s*-\s*xh)?|tổ chức đoàn thể|hội,? đoàn thể|tổ chức hội)"), (FRONT, MASS_ORGANIZATION)),
    (_fc(r"(?:các\s+)?tổ chức chính trị\s*-\s*xã hội"), (MASS_ORGANIZATION,)),
    (_fc(r"(?:các\s+)?(?:tổ chức\s+)?hội,?\s+đoàn thể(?: chính trị\s*-\s*xã hội| ct\s*-\s*xh)?"), (MASS_ORGANIZATION,)),
    (_fc(r"(?:các\s+)?(?:tổ chức\s+)?đoàn thể(?: chính trị\s*-\s*xã hội| ct\s*-\s*xh)?"), (MASS_ORGANIZATION,)),
    (_fc(r"các\s+tổ chức hội"), (MASS_ORGANIZATION,)),
    (_fc(r"các\s+(?:cơ quan,?\s+)?đơn vị(?:\s+liên quan)?"), (AUDIENCE,)),
    (_fc(r"các\s+ban(?:\s+xây dựng)?\s+đảng"), (PARTY_BOARD,)),
]
_MASS_PART = _fc(r"(?:các\s+)?(?:tổ chức chính trị|(?:tổ chức\s+)?(?:hội,?\s+)?đoàn thể|tổ chức hội)")
# Words that open the unit names no catalog lists ("Phòng Nội vụ", "Đảng ủy Quân sự huyện").
_UNKNOWN_HEAD = re.compile(
    r"(?:Ban|Phòng|Sở|Hội|Trung tâm|Đảng ủy|Đảng uỷ|Đảng đoàn|Chi bộ|Công an|Ban Chỉ huy|Văn phòng|Trường|Bệnh viện|Thôn|thôn|"
    r"Ấp|ấp|Tổ|Cơ quan|Chi cục|Trạm|Ngân hàng|Bảo hiểm|Đội|Tòa án|Viện|Liên đoàn|Huyện hội|Tỉnh hội|Ủy ban|Uỷ ban|"
    r"Hạt|Kho bạc|Đài|Quỹ|Cục|Tổng cục|Công ty|Ban Công tác|Khối|Huyện đội|Đồn|Chi nhánh)(?=\s|$)"
    r"(?!\s+(?:chức|nghị|thi|thảo|diễn|hành|ngũ|hợp|chống|kết|dẫn|viên|đại))"
)
FRONT_BRANCH = _fc(r"ban công tác mặt trận(?![\w])")  # the Front's committee of a village or a residential area
# "Ban Thường vụ Hội", "Ban Chấp hành" with no body after it: the standing board of the issuing body.
OWN_STANDING = re.compile(r"^(?:Ban\s+)?(?:Thường trực|Thường vụ|Chấp hành)(?:\s+(?:Hội|Đoàn|Ủy ban))?$")
_PARTY_CADRE = _fc(r"ban cán sự đảng\s+")  # "Ban cán sự đảng UBND tỉnh": one name, the body after it included
# (since 2025 also written with a comma and its level: "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")
_PARTY_OF_BLOC = re.compile(r"(?:\s+và\s+(?:các\s+)?đoàn thể(?:\s+(?:chính trị\s*-\s*xã hội))?(?:\s+(?:tỉnh|huyện|thành phố|xã|phường))?"
                            r"|,\s*(?:các\s+)?đoàn thể\s+(?:tỉnh|huyện|thành phố|xã|phường|Trung ương))(?!\w)")
_PARTY_COMMITTEE = re.compile(r"(?:Ban (?:Thường vụ|Chấp hành)\s+)?Đảng (?:ủy|uỷ)\s")
_OFFICE_OF = _fc(r"cơ quan")  # "Cơ quan Ban X": the office of a body (the gap is matched unfolded)
_OFFICE_GAP = re.compile(r"\s+(?=\w)")
_STOP_WORDS_RAW = {
    "chủ", "phối", "thực", "xây", "tổ", "triển", "khẩn", "tiếp", "tăng", "tập", "cần", "có", "là", "chịu", "chuẩn",
    "rà", "báo", "tham", "chỉ", "hướng", "theo", "đôn", "nghiên", "kiểm", "hoàn", "đẩy", "quan", "duy", "vận",
    "tuyên", "nâng", "phát", "làm", "gửi", "đăng", "lập", "trình", "bổ", "phấn", "thường", "sớm", "kịp",
    "nghiêm", "đề", "giám", "củng", "tích", "cử", "bố", "xem", "phụ", "được", "đã", "sẽ", "đang", "và", "với",
    "cùng", "để", "trong", "của", "cho", "tại", "về", "từ", "đến", "trước", "sau", "nhằm", "những", "các", "một",
    "mỗi", "khi", "thì", "mà", "như", "đồng", "tự", "hỗ", "thống", "đảm", "nắm", "giải", "bảo", "vào", "tổng", "lãnh",
    "cũng",
}


# Tone marks kept: folded, "động" (Lao động) would collide with the stop word "đồng".
_STOP_WORDS = {unicodedata.normalize("NFC", w) for w in _STOP_WORDS_RAW}
# A stop word that is the second syllable of a capitalized compound stays in the name
# ("Phòng Nông nghiệp và Phát triển nông thôn", "Trung tâm Học tập cộng đồng").
_NAME_COMPOUNDS = {
    tuple(unicodedata.normalize("NFC", w) for w in pair.split())
    for pair in ("phát triển", "hội đồng", "cộng đồng", "học tập", "trật tự", "tự vệ", "bảo vệ", "hỗ trợ", "vận tải", "dân vận")
}
# Level words as written with their tones: folded, "tỉnh" = "tình"/"tính", "phường" = "phương",
# "quận" = "quân", "xã" = "xa" ("Thanh niên tình nguyện" is no provincial youth union).
_TONED_LEVEL_WORDS = {
    unicodedata.normalize("NFC", w)
    for w in ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "đảng ủy", "đảng uỷ",
              "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ", "thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ",
              "ấp", "thôn", "đặc khu", "thị")
}


def _has_marks(word: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)) or "đ" in word.lower()


def toned_level_word(written: str) -> bool:
    """True when `written` (a level word found on folded text) is that word and not a tone-folded look-alike.

    Text typed without any diacritics ("hoi nong dan xa") is accepted: there the tones are simply absent.
    """
    w = re.sub(r"\s+", " ", unicodedata.normalize("NFC", written.strip().lower()))
    if w in _TONED_LEVEL_WORDS:
        return True
    for part in w.split():
        if _has_marks(part):
            return False
    return True
_LEVEL_WORDS = {fold(k): v for k, v in _LEVEL_WORDS.items()}
_PLACE_WORDS_TONED = {unicodedata.normalize("NFC", w) for w in ("xã", "huyện", "tỉnh", "ấp", "thôn", "phường")}
_COMMITTEE_LEVEL = {fold(k): v for k, v in _COMMITTEE_LEVEL.items()}


@dataclass(frozen=True)
class _Alias:
    spec: UnitSpec
    implicit_level: str | None


def _implicit_level(alias: str) -> str | None:
    a = fold(alias)
    for word, lvl in ((fold("huyện"), "huyen"), (fold("tỉnh"), "tinh"), (fold("xã"), "xa")):
        if re.search(rf"(?<![\w]){word}(?![\w])", a) or a.startswith(word):
            return lvl
    m = re.search(r"(hu|tu|đu)$", a)
    if m and len(a) > 3 and a.isalpha() and a.upper() == alias.upper() and alias.isupper():
        return _ACRONYM_LEVEL[m.group(1)]
    return None


def merged_units() -> list[UnitSpec]:
    """The standard catalogs of every level merged by key: level-neutral names, all aliases."""
    merged: dict[str, UnitSpec] = {}
    for level in LEVELS:
        for spec in standard_units(level):
            names = (spec.name, *spec.aliases)
            if spec.key in merged:
                old = merged[spec.key]
                merged[spec.key] = UnitSpec(old.key, old.name, tuple(dict.fromkeys(old.aliases + names)), old.tags)
            else:
                merged[spec.key] = UnitSpec(spec.key, spec.name, tuple(dict.fromkeys(names)), spec.tags)
    return list(merged.values())


def catalog_level(units: Sequence[UnitSpec]) -> str | None:
    """The level a catalog's names are written for ("Hội Nông dân xã" → xa), if they agree."""
    levels = Counter()
    for spec in units:
        m = _SUFFIX.search(fold(spec.name))
        if m and m.end() == len(fold(spec.name)):
            word = m.group(2) or m.group(3) or ""
            lvl = _LEVEL_WORDS.get(word) or _COMMITTEE_LEVEL.get(word)
            if lvl:
                levels[lvl] += 1
    if levels and len(levels) == 1:
        return next(iter(levels))
    return None


# ("các huyện, thị, thành phố": "thị" alone is the town, "thị xã", written short inside a list of levels)
# ("các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": the committees a central board writes to, one list)
_MORE_PLACES = _fc(r"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?:các\s+)?(xã|phường|thị trấn|đặc khu|huyện ủy|quận ủy|thị ủy|thành ủy|tỉnh ủy|"
                   r"đảng ủy trực thuộc(?:\s+(?:trung ương|tỉnh ủy|thành ủy|huyện ủy))?|thị xã|thành phố|thị(?=\s*(?:,|và\s)))(?![\w])")
_RUN_SEP = _fc(r"\s*(?:,|và|cùng|/)?\s*")
_NAMED_PLACES = {fold(w) for w in ("xã", "huyện", "tỉnh", "phường", "thị trấn", "quận")}
_PLACE_WORDS = {fold(w) for w in ("xã", "huyện", "tỉnh", "ấp", "thôn", "phường")}
# Capitalized words of time that open a sentence ("Hôm qua", "Sáng nay", "Chiều 2-7"), never a word of a body's name
TIME_OPENERS = {"Hôm", "Sáng", "Chiều", "Tối", "Trưa"}


class UnitResolver:
    """Find unit names at a position of a text and map them to an organization's catalog."""

    def __init__(self, units: Sequence[UnitSpec], level: str | None, audience_tags: Sequence[str] = DEFAULT_AUDIENCE_TAGS):
        self.units = list(units)
        self.level = level
        self.audience_tags = tuple(audience_tags)
        self.audience_units: list[UnitRef] | None = None  # set when the notice names whom it speaks to
        self.issuer: UnitRef | None = None  # the catalog body that issued the document, when one does
        self.collectives_as_written = False  # set outside a Front or mass-organisation document
        self.front_issued = False  # the Front issued the document (its letterhead), even where the issuer is not read
        # the organisation the page is about: the issuer, else the Front or mass organisation its opening names most
        # (a news page about a Hội); its bare "Thường trực Hội", "Hội", "Đoàn trực thuộc" are that organisation's
        self.about: UnitRef | None = None
        self._aliases: dict[str, _Alias] = {}
        self._runs: dict[tuple[object, ...], tuple[list[UnitRef], int]] = {}
        for spec in self.units:
            for name in (spec.name, *spec.aliases):
                key = re.sub(r"\s+", " ", fold(name)).strip()
                if key and key not in self._aliases:
                    self._aliases[key] = _Alias(spec, _implicit_level(name))
            base = re.sub(fold(r"\s+(xã|huyện|tỉnh|đảng ủy|huyện ủy|tỉnh ủy)$"), "", fold(spec.name))
            if base not in self._aliases:
                self._aliases[base] = _Alias(spec, None)
        alternation = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(self._aliases, key=len, reverse=True))
        # "Ủy ban MTTQVN", "MTTQ Việt Nam": the country name is often glued on or left out.
        self._alias_re = re.compile(rf"(?:{alternation})(?:\s*(?:{re.escape(fold('việt nam'))}|vn))?(?![\w])")

    # -- expansion ---------------------------------------------------------------------------
    def expand(self, tags: Sequence[str]) -> list[UnitRef]:
        """Every catalog unit carrying one of `tags` (AUDIENCE stands for the notice's addressees)."""
        if AUDIENCE in tags and self.audience_units:
            extra = self.expand([t for t in tags if t != AUDIENCE]) if len(tags) > 1 else []
            return list(dict.fromkeys([*self.audience_units, *extra]))
        wanted = set(self.audience_tags if AUDIENCE in tags else ()) | {t for t in tags if t != AUDIENCE}
        return [UnitRef(s.key, s.name) for s in self.units if wanted & set(s.tags)]

    def audience(self) -> list[UnitRef]:
        """The units a notice speaks to when it names none (MTTQ and the mass organizations)."""
        return self.expand((AUDIENCE,))

    # -- matching ----------------------------------------------------------------------------
    def _one_at(self, text: str, folded: str, pos: int) -> tuple[list[UnitRef], int, bool] | None:
        """One unit (or collective) starting at `pos`: refs, end offset, and whether it resolved."""
        for pattern, tags in _COLLECTIVES:
            m = pattern.match(folded, pos)
            if m:
                end = m.end()
                sm, suffix_end = self._suffix_at(text, folded, end)
                other = False
                if sm:
                    lvl = self._suffix_level(sm)
                    other = bool(lvl and self.level and lvl != self.level)
                    end = suffix_end
                if other:
                    return [UnitRef(None, _clean(text[pos:end]))], end, False
                if self.collectives_as_written and MASS_ORGANIZATION in tags:
                    # outside the Front's and the mass organisations' own documents, "các đoàn thể chính trị - xã hội
                    # huyện" is written for the bodies together: the Front by its key, the others as written
                    front = self.expand((FRONT,)) if FRONT in tags else []
                    rest = _MASS_PART.search(folded, pos, end) if front else None
                    return [*front, UnitRef(None, _clean(text[rest.start() if rest else pos : end]))], end, True
                return self.expand(tags), end, True
        start = pos
        pm = _PREFIX.match(folded, pos)
        gm = _PARTY_GROUP.match(folded, pos)
        central = _CENTRAL_FRONT.match(folded, pos)
        candidates = [pos] + ([pm.end()] if pm else []) + ([gm.end()] if gm else []) + ([central.end()] if central else [])
        branch = _BRANCH.match(text, pos)
        if branch:
            candidates.append(branch.end())  # "Chi hội Nông dân", "Chi đoàn thanh niên": the branch of a catalog body
        doubled = _DOUBLED.match(folded, pos)
        if doubled:
            candidates.append(doubled.start(2))  # "Ban Ban Tuyên giáo …": a word typed twice, the name after it
        matches = [m for m in (self._alias_re.match(folded, c) for c in candidates) if m]
        for m in sorted(matches, key=lambda m: m.end(), reverse=True)[:1]:
            alias = self._aliases.get(re.sub(r"\s+", " ", m.group(0))) or self._aliases[
                re.sub(r"\s+", " ", re.sub(rf"\s*(?:{fold('việt nam')}|vn)$", "", m.group(0)))
            ]
            if (gm and m.start() == gm.end() or branch and m.start() == branch.end()) \
                    and not {FRONT, MASS_ORGANIZATION} & set(alias.spec.tags):
                break
            if central and m.start() == central.end() and FRONT not in alias.spec.tags:
                break
            end = m.end()
            bracket = _BRACKETED_ABBR.match(text, end)
            if bracket:
                end = bracket.end()
            level = alias.implicit_level
            sm, suffix_end = self._suffix_at(text, folded, end)
            plural = False
            if sm:
                level = self._suffix_level(sm) or level
                plural = (bool(sm.group(1)) and fold("các cấp") not in sm.group(0)) or _plural_committee(sm)
                end = suffix_end
                nm = _PROPER_NAME.match(text, end)
                if nm and sm.group(2) in _NAMED_PLACES and suffix_end == sm.end():
                    end = nm.end()
                    while end > sm.end() and fold(text[end - 1 : end]).isspace():
                        end -= 1
            elif _UNKNOWN_HEAD.fullmatch(text[m.start() : m.end()].strip()) and re.match(r"\s+(?=\w)", text[end:]) and text[end:].lstrip()[:1].isupper():
                # "Văn phòng HĐND và UBND huyện" is not the party office ("Văn phòng"): the head of another name.
                break
            central_tail = None if sm or GOVERNMENT in alias.spec.tags else _CENTRAL_TAIL.match(text, end)
            if central_tail:
                end = central_tail.end()
            other = (level and self.level and level != self.level) or (plural and self.level)
            if other and not plural and level == "xa" and {FRONT, MASS_ORGANIZATION} & set(alias.spec.tags) and end == suffix_end \
                    and not _PROPER_NAME.match(text, end):
                other = False  # "Hội Cựu chiến binh xã" in a district's notice about one commune: that body's work, its key
            bloc = text[m.start() : m.start() + 4].lower() == "khối"
            chair = pm is not None and m.start() == pm.end() and _CHAIR.match(folded, pos) is not None
            own_lower = other and self.issuer is not None and self.issuer.key == alias.spec.key \
                and (FRONT in alias.spec.tags or bloc or chair)
            if other and (GOVERNMENT in alias.spec.tags or own_lower):
                # "UBND các xã", "HĐND huyện X": the government of another level is that body, not the issuing level's own;
                # party boards, the Front and the mass organisations keep their key at any level ("Ban Tuyên giáo các
                # huyện ủy", "Hội Nông dân các xã", "Khối dân vận các xã"), as the gold README has it, except in the body's
                # own document: the Front of a district writing to "Ban Thường trực Ủy ban MTTQ các xã" names its lower levels
                # (a party board's lower levels keep the key: "Ban Dân vận các huyện" in the provincial board's letter, and so
                # do a mass organisation's: "Hội Nông dân các xã" in the district Hội's notice is its work, as the later gold
                # has it; the chair of its lower levels, "Chủ tịch công đoàn cơ sở các doanh nghiệp", is named as written)
                return [UnitRef(None, _clean(text[start:end]))], end, False
            return [UnitRef(alias.spec.key, alias.spec.name)], end, True
        cadre = _PARTY_CADRE.match(folded, pos)
        inner = self._one_at(text, folded, cadre.end()) if cadre else None
        if inner:
            return [UnitRef(None, _clean(text[pos : inner[1]]))], inner[1], False  # the party cadre board of a body is not that body
        hm = _UNKNOWN_HEAD.match(text, pos)
        if hm and hm.group(0) == "thôn" and re.search(r"(?<!\w)nông\s+$", text[max(0, pos - 8) : pos], re.I):
            hm = None  # "xây dựng nông thôn mới": the countryside, no village
        office = _OFFICE_OF.match(folded, pos)
        gap = _OFFICE_GAP.match(text, office.end()) if office else None
        if gap and hm:
            inner = self._one_at(text, folded, gap.end())
            if inner and inner[2]:
                return inner  # "Cơ quan Ban Tuyên giáo và Dân vận Tỉnh ủy": the office of a catalog body is that body
        if hm:
            end = self._unknown_end(text, hm.end())
            joint = _PARTY_OF_BLOC.match(text, end) if _PARTY_COMMITTEE.match(text[pos:end]) else None
            if joint:
                end = joint.end()  # "Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh": one party committee over the Front and the mass bodies
            name = _clean(text[pos:end])
            own = self.own_body(name) if OWN_STANDING.match(name) else None
            if own is not None:
                return [own], end, True  # "Ban Thường vụ Hội" with no body after it: the page's organisation's own
            front = FRONT_BRANCH.match(fold(name)) and next((s for s in self.units if FRONT in s.tags), None)
            if front and not self.front_issued and (self.issuer is None or self.issuer.key != front.key):
                # "Ban Công tác Mặt trận thôn": the Front in a village, its key at any level, as the Front's other levels;
                # the Front's own document names its lower level as written
                return [UnitRef(front.key, front.name)], end, True
            if len(name.split()) >= 2:
                return [UnitRef(None, name)], end, False
        return None

    @staticmethod
    def _suffix_at(text: str, folded: str, pos: int) -> tuple[re.Match[str] | None, int]:
        """The level suffix at `pos` ("huyện", "các xã", "Huyện ủy") and where it ends, "các xã, thị trấn" included.

        The level word is checked with its tones: "Thanh niên tình nguyện" has no "tỉnh" in it.
        """
        sm = _SUFFIX.match(folded, pos)
        if not sm:
            return None, pos
        span = sm.span(2) if sm.group(2) else sm.span(3)
        written = re.sub(r"^(?:các\s+)?(?:cấp|câp)\s+", "", text[span[0] : span[1]], flags=re.IGNORECASE)
        if fold(written) not in (fold("các cấp"), fold("cơ sở")) and not toned_level_word(written):
            return None, pos
        end = sm.end()
        if sm.group(1) or _plural_committee(sm):  # "UBND các xã, thị trấn", "các huyện ủy, thành ủy"
            while True:
                more = _MORE_PLACES.match(folded, end)
                # ("đảng ủy trực thuộc Trung ương": the committee's words are checked, not the body it answers to)
                if not more or not toned_level_word(re.split(r"\s+trực thuộc", text[more.start(1) : more.end(1)], maxsplit=1)[0]):
                    break
                end = more.end()
        return sm, end

    def _suffix_level(self, sm: re.Match[str]) -> str | None:
        word = sm.group(2) or sm.group(3) or ""
        if word in (fold("các cấp"), fold("cấp cơ sở"), fold("cơ sở")):
            return None if word == fold("các cấp") else "below"
        word = word.replace(fold("cấp "), "")
        return _LEVEL_WORDS.get(word) or _COMMITTEE_LEVEL.get(word)

    def _unknown_end(self, text: str, pos: int) -> int:
        end = pos
        lower_run = 0
        words = list(re.finditer(r"\s+([^\s,;:.()]+)", text[pos:]))
        lows = [unicodedata.normalize("NFC", w.group(1).lower()) for w in words]
        for i, m in enumerate(words):
            word = m.group(1)
            low = fold(word)
            nxt = words[i + 1].group(1) if i + 1 < len(words) else ""
            if not any(ch.isalnum() for ch in word):
                # "Phòng Lao động - Thương binh và Xã hội": a dash between capitalized words is inside the name.
                if word not in ("-", "–") or not nxt[:1].isupper():
                    break
                lower_run = 0
            elif low == fold("và") and nxt[:1].isupper():
                # "Phòng Giáo dục và Đào tạo" goes on; "Phòng Tư pháp và Hội Nông dân" names a second unit.
                # "Văn phòng HĐND và UBND huyện" is one office.
                second = pos + words[i + 1].start(1)
                joint_office = i > 0 and words[i - 1].group(1) in ("HĐND", "HDND") and nxt == "UBND"
                if not joint_office and (_UNKNOWN_HEAD.match(text, second) or self._alias_re.match(fold(text), second)):
                    break
                lower_run = 0
            elif word in TIME_OPENERS and (nxt[:1].islower() or nxt[:1].isdigit()):
                break  # "… tại phường X Hôm qua 2-7, …": a title run into its first sentence, whose time opens it
            elif word[0].isupper() or word[0].isdigit() or self._is_place_word(word):
                lower_run = 0
            elif lows[i] in _STOP_WORDS and not (i and (lows[i - 1], lows[i]) in _NAME_COMPOUNDS):
                break
            elif lower_run >= 2 and not self._place_follows(words, lows, i, pos):
                break
            else:
                lower_run += 1
            if m.start() != end - pos:
                break
            end = pos + m.end()
        return end

    @staticmethod
    def _is_place_word(word: str) -> bool:
        w = unicodedata.normalize("NFC", word.lower())
        return w in _PLACE_WORDS_TONED or (not _has_marks(w) and fold(w) in _PLACE_WORDS)

    def _place_follows(self, words: list[re.Match[str]], lows: list[str], i: int, pos: int) -> bool:
        """"Ban Thanh tra nhân dân xã": a longer lower-case run is still the name when a level word closes it."""
        for j in range(i, min(i + 2, len(words))):
            if j > i and words[j].start() != words[j - 1].end():
                return False
            if self._is_place_word(words[j].group(1)):
                return True
            compound = j > 0 and (lows[j - 1], lows[j]) in _NAME_COMPOUNDS
            if (lows[j] in _STOP_WORDS and not compound) or not words[j].group(1)[:1].islower():
                return False
        return False

    def _state(self) -> tuple[object, ...]:
        """What the reading of a name depends on besides the text (set by the extractor once it knows the document)."""
        audience = tuple(self.audience_units) if self.audience_units is not None else None
        return (self.level, self.audience_tags, audience, self.issuer, self.about, self.collectives_as_written, self.front_issued)

    def own_body(self, name: str) -> UnitRef | None:
        """The page's organisation (`about`) when `name` speaks of it by its head alone ("Thường trực Hội", "Đoàn trực
        thuộc"): the head written must be that organisation's ("Hội" is no Đoàn); a name with no head is its own."""
        if self.about is None:
            return None
        head = re.search(r"(?<!\w)(Hội|Đoàn|Công đoàn|Mặt trận|Ủy ban|Uỷ ban)(?!\w)", name, re.I)
        if head is None:
            return self.about
        spec = next((u for u in self.units if u.key == self.about.key), None)
        names = (self.about.name, *(spec.aliases if spec else ()))
        word = fold(head.group(1))
        return self.about if any(fold(n).startswith(word) for n in names) else None

    def run_at(self, text: str, pos: int, folded: str | None = None) -> tuple[list[UnitRef], int]:
        """A run of unit names joined by ",", "và", "cùng" starting at `pos`; ([], pos) when none.

        The stages ask about the same clause again and again, so answers are remembered per text, place and state."""
        key = (text, pos, self._state())
        known = self._runs.get(key)
        if known is None:
            if len(self._runs) > 50_000:
                self._runs.clear()
            known = self._runs[key] = self._run_at(text, pos, folded)
        return list(known[0]), known[1]

    def _run_at(self, text: str, pos: int, folded: str | None) -> tuple[list[UnitRef], int]:
        folded = fold(text) if folded is None else folded
        refs: list[UnitRef] = []
        end = pos
        cur = pos
        while True:
            while cur < len(text) and text[cur] in " \t":
                cur += 1
            one = across_reform(self, text, folded, cur, self._one_at(text, folded, cur))  # names across the 2025 reform
            if not one:
                break
            for r in one[0]:
                if r not in refs:
                    refs.append(r)
            end = cur = one[1]
            sep = _RUN_SEP.match(folded, cur)
            cur = sep.end() if sep else cur
            if not folded[end:cur].strip() and text[cur : cur + 1].islower() and verb_at(text, cur) > cur:
                break  # "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh …": the verb ("lãnh đạo") opens no second name
        return refs, end

    def mentions(self, text: str) -> list[UnitRef]:
        """Every unit named anywhere in a short text such as a heading ("Tờ trình của Hội Nông dân:")."""
        folded = fold(text)
        found: list[UnitRef] = []
        pos = 0
        for m in re.finditer(r"(?<![\w])\w", text):
            if m.start() < pos:
                continue
            refs, end = self.run_at(text, m.start(), folded)
            if refs:
                found += [r for r in refs if r not in found]
                pos = end
        return found


_DOUBLED = re.compile(r"(\w+)\s+(\1)(?!\w)")  # "Ban Ban Tuyên giáo …": a word typed twice on a page


def _plural_committee(sm: re.Match[str]) -> bool:
    """"các đảng ủy xã", "các huyện ủy": the committees of many places."""
    return bool(sm.group(3)) and sm.group(0).lstrip().startswith(fold("các"))


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,;:.-–—")


_CITED_NUMBER = re.compile(r"(?:kết luận|chỉ thị|nghị quyết|kế hoạch|thông báo|công văn|quyết định|hướng dẫn|quy định|đề án|"
                           r"chương trình|báo cáo|văn bản|thông tri)\s+(?:số\s*)?$", re.I)


_CITED_BODY = re.compile(fold(r"(?:kết luận|chỉ thị|nghị quyết|kế hoạch|thông báo|công văn|quyết định|hướng dẫn|quy định|"
                              r"đề án|chương trình|báo cáo|văn bản)(?:\s+số\s*[\w/\-]+)?(?:\s+ngày\s+[\d/]+)?\s+của\s+$"))


def detect_level(text: str) -> str | None:
    """Guess the issuing level of a notice (xa, huyen, tinh) from its number and the names it uses."""
    # the notice's own number, not one it cites ("thực hiện tốt Nghị quyết số 03-NQ/HU của Huyện ủy" in a commune's)
    m = next((c for c in re.finditer(r"\d+\s*-\s*[A-ZĐ]+/([A-ZĐ]+)", text[:3000])
              if not _CITED_NUMBER.search(text[max(0, c.start() - 40) : c.start()])), None)
    if m:
        code = m.group(1)
        if code.endswith(("HU", "QU", "TXU", "TPU")):
            return "huyen"
        if code.endswith("TU"):
            # a Thị ủy numbers its notices "-TB/TU" too, and sits at the district level
            return "huyen" if re.search(r"^\s*THỊ\s+[ỦU]Y\b", text[:400], re.M) else "tinh"
        if code.endswith("ĐU") or code.endswith("DU"):
            return "xa"
    f = fold(text)
    votes: Counter[str] = Counter()
    head = f[:2500]
    for pattern, lvl, weight in (
        (r"(?:thường trực|ban thường vụ|ban chấp hành)\s+đảng ủy\s+(?:xã|phường|thị trấn)", "xa", 5),
        (r"(?:thường trực|ban thường vụ|ban chấp hành)\s+(?:huyện|quận|thị|thành) ủy", "huyen", 5),
        (r"(?:thường trực|ban thường vụ|ban chấp hành)\s+tỉnh ủy", "tinh", 5),
    ):
        # "thực hiện Nghị quyết của Ban Thường vụ Huyện ủy": a body whose document is cited, not the one writing
        votes[lvl] += weight * sum(1 for m in re.finditer(fold(pattern), head)
                                   if not _CITED_BODY.search(head[max(0, m.start() - 50) : m.start()]))
    # "Bí thư Huyện ủy … làm việc với Đảng ủy xã …": the body that visits speaks, at its level
    # ("Chủ tịch UBND huyện … làm việc tại UBND xã …": the district's government visiting a commune, the same)
    visit = re.search(fold(r"(?:(?:bí thư|thường trực|ban thường vụ|lãnh đạo)\s+(huyện|tỉnh) ủy|"
                           r"(?:phó\s+)?chủ tịch\s+(?:ubnd|ủy ban nhân dân)\s+(huyện|tỉnh))[^.\n]{0,60}?làm việc (?:với|tại)"),
                      head[:600])
    if visit:
        votes[{fold("huyện"): "huyen", fold("tỉnh"): "tinh"}[visit.group(1) or visit.group(2)]] += 20
    for m in re.finditer(
        fold(r"(?:mttq|mặt trận tổ quốc|mttqvn|việt nam|nông dân|cựu chiến binh|phụ nữ|lhpn|thanh niên|đoàn thể|lđlđ|hđnd|ubnd|ubmttq|ubmttqvn|ủy ban nhân dân|hội đồng nhân dân)\s+(xã|phường|thị trấn|huyện|quận|tỉnh)(?![\w])"),
        f,
    ):
        if toned_level_word(text[m.start(1) : m.end(1)]):  # "thanh niên tình nguyện" votes for no province
            votes[_LEVEL_WORDS[m.group(1)]] += 1
    if not votes or max(votes.values()) == 0:
        return None
    return votes.most_common(1)[0][0]
