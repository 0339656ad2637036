"""Stage 4, addressees: the noun phrase that names who must act, with an open vocabulary.

A phrase starts at a unit head ("Sở …", "UBND các xã", "Chủ tịch UBND huyện X", "các cơ quan, đơn vị",
"Đảng đoàn …") or a catalog name, and runs until the action verb or modal that follows it. Inside a
name, words are capitalized ("Ban Tổ chức", "Sở Kế hoạch và Đầu tư"), so only a lower-case verb ends it.
The phrase is then cut into units ("A, B và C") and each is resolved to the catalog when it is one of
its units, else kept as written. A new unit starts at ";" inside a list, at a title ("…, chủ tịch UBND
các huyện"), at a catalog body ("…, ban dân vận các cấp") and where two kinds of body each carry their own
qualifier ("các phòng chuyên môn, đơn vị sự nghiệp"); bare kinds share one ("các cơ quan, đơn vị liên
quan"). A head noun shared by a list of fields names each body ("các sở, ngành nội vụ, tư pháp" → "Sở
Nội vụ", "Sở Tư pháp").
"""

from __future__ import annotations

import re

from conclusions.catalog import PARTY_BOARD
from conclusions.lexicon import AUXILIARIES, NAMING_VERBS, head_at, modal_at, opens_with_body, phrase_at, skip_chars, verb_at, words_at
from conclusions.model import UnitRef
from conclusions.normalize import ascii_fold, fold
from conclusions.units import FRONT_BRANCH, OWN_STANDING, TIME_OPENERS, UnitResolver, merged_units

_MAX_WORDS = 60  # lists of eight bodies with their full names are common
_STOPS = {"để", "nhằm", "theo", "trong", "tại", "về", "với", "cho", "đến", "từ", "trên", "khi", "nếu", "thì", "mà",
          "đã", "vừa", "đang", "được", "bị", "là", "như", "vào", "sau", "trước", "qua", "bằng", "đối", "cũng", "luôn", "đều", "căn",
          "mong", "hy", "hi"}  # "X mong muốn …", "X hy vọng …": a wish follows the name
_FORBIDS = re.compile(r"không\s+(?:được|để)\s")  # "X không được chủ quan …": what X must not do (not "Cục Hàng không")
_STRONG = re.compile(
    r"^(?:Sở|Phòng|UBND|Ủy ban|Uỷ ban|HĐND|Chủ tịch|Phó Chủ tịch|Giám đốc|Bộ|Ban|Văn phòng|Trung tâm|Công an|Đảng bộ|"
    r"Chi bộ|Đảng ủy|Đảng đoàn|Hội|Lực lượng|Thủ trưởng|Hiệu trưởng|Đoàn|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Bí thư|"
    r"Tổ|Thường trực|Cục|Chi cục|Kho bạc|Ngân hàng|Bảo hiểm|Đài|Trường|Bệnh viện|Ngành|BCH|Ban Chỉ huy|Trạm|Đồn|Hạt|Quỹ|"
    r"TDP|KP|Chi nhánh|Báo(?=\s+[A-ZĐ]))(?=\s|$)"
)
# Heads that open words which are not bodies: "Hội nghị", "Ban hành", "Tổ chức" (the verb), "Đoàn công tác".
_NOT_A_BODY = re.compile(
    r"(?:hội (?:nghị|thảo|thi|diễn|trại|chợ|đồng thi|viên)|ban (?:hành|đầu)|tổ chức|trường hợp|đoàn (?:công tác|kiểm tra|giám sát|đại biểu)|"
    r"các (?:nội dung|văn bản|nhiệm vụ|chỉ tiêu|khâu|mục tiêu|giải pháp|đại biểu|ý kiến|dự thảo|bước|đồng chí trong)|"
    r"những (?:nội dung|khó khăn|kết quả)|"  # ("Tập trung hoàn thành các chỉ tiêu, các khâu đột phá …": more objects)
    r"(?:các|những) (?:hoạt động|phong trào|công việc|chương trình|sự kiện)|"  # "Các hoạt động trọng điểm sẽ …": the work, not who does it
    r"(?:mỗi|từng) (?:ngày|tuần|tháng|quý|năm|đợt|kỳ|lần)|"  # "mỗi quý tổ chức …": how often, no body
    r"(?:trong\s+)?thời gian (?:tới|đến|sắp tới))(?![\w])",  # "lưu ý: Trong thời gian tới, X …": when, then who
    re.I,
)
_LEVEL_END = re.compile(r"(?:xã|phường|thị trấn|thị xã|thành phố|quận|huyện|tỉnh|đặc khu)$")
_NAMED_PLACE_END = re.compile(r"\s(?:xã|phường|thị trấn|thị xã|thành phố|quận|huyện|tỉnh)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*$")
_LOWER_HEAD = re.compile(r"^(?:thôn|xóm|ấp|xã|phường|thị trấn|huyện|quận|tổ|khu phố|bản|làng|cá nhân)(?=\s|,|$)")
_TITLES = r"(?:Giám đốc|Thủ trưởng|Hiệu trưởng|Chủ tịch|Phó Chủ tịch|Trưởng ban|Trưởng|Bí thư|Chánh Văn phòng|Tổ trưởng|Tổ phó|Phó Bí thư)"
_NUMBER = re.compile(r"(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) +")
_COUNTED_PLACES = re.compile(r"^(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(xã|phường|huyện|quận|tỉnh|thị trấn)\s+(.+)$", re.I)
_LIST_OF_PLACES = re.compile(r"^(.*?)\s+các\s+(huyện|xã|phường|quận|thị xã|thành phố|tỉnh)\s*:\s*(.+)$")
_TRAIL = " ,;:.-–—"
_BARE_TITLE = re.compile(_TITLES, re.I)  # a post with no body after it
# A person by title ("Chủ tịch UBND xã X") or a named place's body ("UBND huyện Đạ Tẻh") is kept as written:
# the catalog's units are the issuing organisation's own.
_PERSON_OR_PLACE = re.compile(
    r"^(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Bí thư|Phó Bí thư|Thủ trưởng|Hiệu trưởng|Trưởng|Phó|Người đứng đầu)\b|"
    r"^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng bộ|Đảng ủy|Chi bộ)\b.*"
    r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+[A-ZĐÂĂÊÔƠƯ]|\bcấp (?:tỉnh|huyện|xã)\b|\s(?:các|những)\s"
)
# A mass organisation or the Front keeps its catalog key whatever follows ("Hội Cựu chiến binh Khối cơ quan tỉnh").
# So does the mass-mobilisation board ("Ban Dân vận các cấp", "Khối vận các xã"): one key for its work at every level.
_MASS_KEYS = {"mttq", "nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien", "lien_hiep_thanh_nien", "lien_doan_lao_dong",
              "dan_van"}
# "cơ quan Tỉnh đoàn", "các cơ sở Đoàn", "các chi hội Nông dân": the organisation's office or its grassroots units.
_OF_ORGANISATION = re.compile(r"^(?:(?:các|những)\s+)?(?:cơ quan|cơ sở|chi hội|tổ chức cơ sở|Ủy ban(?=\s+Hội\b))\s+(?=[A-ZĐ])")


_SHORTHAND = re.compile(
    r"(?:(?:KP|TDP|Tổ|Thôn|Ấp)\s?\d{1,2}(?:\s*(?:,|và)\s*(?:KP|TDP|Tổ|Thôn|Ấp)?\s?\d{1,2})*"
    r"|P\.\s?[A-ZĐ][\w&\-]*(?:\s+(?:phường|xã))?|VP(?:\s+(?:UBND|ĐU|HĐND|Đảng ủy)(?:\s+(?:P\.|X\.|phường|xã))?)?)(?![\w.])"
)


_ADVERB_END = re.compile(r"\s+(?:trực tiếp|thường xuyên|chủ động|khẩn trương)$")
# "các đơn vị có tên tại mục 1", "các xã có tên trong danh sách kèm theo": those listed before or attached
_BACK_REFERENCE = re.compile(r"(?:nêu trên|kể trên|nói trên|trên đây|trên(?=\s+[a-zđà-ỹ])|có tên\s+(?:(?:tại|ở|trong)\s+)?"
                             r"(?:(?:mục|phần|phụ lục|biểu|danh sách)(?:\s+(?:[IVX]+|\d+(?:\.\d+)*|trên|kèm theo|nêu trên))?|trên))(?!\w)")
_INNER_DASH = re.compile(r"[-–] +(?=[a-zđà-ỹ])")
# Words after a name that open its action or say when, never part of the name: "UBND xã đẩy nhanh …",
# "Văn phòng Đảng ủy thứ Hai hằng tuần tổng hợp …".
_NAME_ENDS = re.compile(r"(?:(?:thứ|Thứ) (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm))(?!\w)")


def phrase_end(text: str, pos: int, *, need_head: bool = True, semicolons: bool = True) -> int:
    """Where the addressee phrase starting at `pos` ends (`pos` when there is none).

    With `semicolons`, a list of addressees may go on after ";" when more names and then an action follow.
    """
    ws = words_at(text, pos, 1)
    if not ws or ws[0].start() - pos > 3:
        return pos
    start = ws[0].start()
    number = _NUMBER.match(text, start)  # "2 đồng chí Phó Chủ tịch", "Hai xã A và B"
    if number and head_at(text, number.end()) > number.end():
        start_head = number.end()
    else:
        start_head = start
    if verb_at(text, start) > start and head_at(text, start_head) == start_head:
        return pos  # an action, not a name
    if head_at(text, start_head) == start_head and (need_head or not text[start].isupper()):
        return pos
    if _NOT_A_BODY.match(text, start_head):
        return pos
    cur = end = head_at(text, start_head)
    count = 1 if end > start_head else 0
    shared_head = bool(_SHARED_HEAD.match(text, start))
    relative = False
    if not count:
        cur = end = start
    while count < _MAX_WORDS:
        m = re.compile(r" *(,|;|\.(?!\w)|:|\(|\)|“|”|\"|\n|\t|\|)? *").match(text, cur)
        sep = m.group(1) if m else None
        nxt = m.end() if m else cur
        if sep == ";" and count > 0 and not (semicolons and head_at(text, nxt) > nxt and _names_until_action(text, nxt)):
            break  # "Giám đốc các sở; các cơ quan Trung ương và …": a list of addressees may go on after ";"
        if sep in (".", "\n", "“", "”", '"', "\t", "|"):
            break
        if sep == ":" and not re.search(r"(?:các\s+(?:huyện|xã|phường|quận|thị xã|thành phố|tỉnh)|^" + _TITLES + r")\s*$",
                                        text[start:cur]):
            break
        if sep == "(":
            close = text.find(")", nxt)
            if close < 0 or close - nxt > 60:
                break
            cur = end = close + 1
            continue
        dash = _INNER_DASH.match(text, nxt) if count > 0 and not sep and text[start:cur].split()[-1][:1].islower() else None
        back = _BACK_REFERENCE.match(text, nxt) if count > 0 and not sep else None
        if back and back.group(0) == "trên" and verb_at(text, skip_chars(text, back.end())) <= skip_chars(text, back.end()):
            back = None  # "các đơn vị trên tập trung …" points back; "các hộ trên địa bàn" says where
        if back:  # "các tổ chức nêu trên": the name points back to those named before
            end = cur = back.end()
            count += 1
            continue
        if dash:
            nxt = dash.end()  # "các tổ chức chính trị - xã hội": a dash between two lower-case words is inside the name
        ws = words_at(text, nxt, 1)
        if not ws or ws[0].start() != nxt:
            break
        word = ws[0].group(0)
        prev = text[start:cur].split()[-1].lower() if text[start:cur].split() else ""
        if count > 0 and _NAME_ENDS.match(text, nxt):
            break
        if count > 0 and word in TIME_OPENERS and re.match(r"\S+\s+[a-zà-ỹđ\d]", text[nxt:]):
            break  # "… tại phường X Hôm qua 2-7, …": a title run into its first sentence, whose time opens it
        if count > 0 and word in ("đồng", "đ/c") and re.match(r"(?:đồng chí|đ/c)\s+(?!" + _TITLES + r")[A-ZĐ][a-zà-ỹđ]", text[nxt:]):
            break  # "… Ban Thường vụ thị trấn X đồng chí Nguyễn Văn A": a person starts, the speaker, not the list
        if word.lower() == "nơi" and count > 0:
            relative = True  # "Tỉnh ủy nơi được xác định là …": a relative clause, read until its modal
        if relative:
            if modal_at(text, nxt) > nxt and word.lower() != "nơi":
                break
            end = cur = ws[0].end()
            count += 1
            continue
        prev_written = text[start:cur].split()[-1] if text[start:cur].split() else ""
        one_syllable = verb_at(text, nxt) == ws[0].end()
        # "Sở Giáo dục và Đào tạo": a one-syllable verb right after a capitalized word ends a compound name
        inside_name = prev_written[:1].isupper() and one_syllable and word.lower() not in ("cần", "phải", "sẽ", "nên") \
            and not _NAMED_PLACE_END.search(text[start:cur])  # "… và xã Tân Lạc gửi …": a place's name has no lower-case word
        if shared_head and sep == "," and word[:1].islower() and re.match(r"[^,;.:]{0,40},", text[nxt:]):
            end = cur = ws[0].end()  # "các sở, ngành nội vụ, thông tin và truyền thông, …": a field, not a verb
            count += 1
            continue
        build = _BUILD.match(text, nxt) if count > 0 and text[start].isupper() and _INVESTMENT_FIELD.search(text, start, cur) else None
        if build:
            end = cur = build.end()  # "Ban Quản lý dự án đầu tư xây dựng công trình …": the kind of investment, no verb
            count += 1
            continue
        if count > 0 and word.lower() in ("trên", "tại") and re.match(r"\S+\s+địa bàn\b", text[nxt:]):
            end = cur = ws[0].end()  # "các doanh nghiệp trên địa bàn huyện": where they are, still the name
            count += 1
            continue
        if count > 0 and word.lower() == "trong" and (_WITHIN_GROUP.match(text, ws[0].end())
                                                      or prev in _MEMBERS and _WITHIN_PLACE.match(text, ws[0].end())):
            end = cur = ws[0].end()  # "các đơn vị trong khối Nội chính": the group they belong to, still the name
            count += 1
            continue
        if count > 0 and sep is None and _TEAM_HEAD_END.search(text[start:cur]) and (team := _TEAM_OF_WORK.match(text, nxt)):
            end = cur = team.end(1)  # "…, tổ quản lý trật tự đô thị, tổ …": the team named by its work, the list goes on
            count += len(team.group(1).split())
            continue
        # "các đồng chí lãnh đạo cơ quan": after "đồng chí", "lãnh đạo" is a title, not the verb
        title = prev in ("chí", "đ/c") and re.match(r"(?:lãnh đạo|phụ trách)\b", text[nxt:])
        if count > 0 and word[:1].islower() and prev not in ("các", "những", "từng", "mỗi") and not inside_name and not title:
            verb = verb_at(text, nxt)
            if verb > nxt and sep == "," and text[nxt:verb].lower() in NAMING_VERBS:
                verb = nxt  # "Lực lượng dân quân, bảo vệ, tuần tra": a force named by what it does
            if word.lower() in _STOPS or verb > nxt or modal_at(text, nxt) > nxt or _FORBIDS.match(text, nxt):
                if not (word == "có" and re.match(r"có\s+liên\s+quan", text[nxt:]) or _level_name_tail(text, nxt)):
                    break
        if sep == "," and count > 0 and verb_at(text, nxt) > nxt and word[:1].islower() \
                and text[nxt : verb_at(text, nxt)].lower() not in NAMING_VERBS:
            break
        end = cur = ws[0].end()
        count += 1
    else:
        return pos
    if count == 1 and end == head_at(text, start_head) and verb_at(text, start) == end:
        return pos  # "Lãnh đạo tổ chức …", "Lãnh đạo, chỉ đạo …": a head that is also a verb, alone, is the action
    return end if count else pos


# "Ban Quản lý dự án đầu tư xây dựng công trình …": "xây dựng (công trình)" after "đầu tư" names the kind of works
# ("Ban Quản lý dự án xây dựng kế hoạch …" is the board and its action)
_INVESTMENT_FIELD = re.compile(r"đầu tư$")
_BUILD = re.compile(r"xây dựng(?:\s+công trình)?(?!\w)")
# after "tổ", "đội" opening an item: the work that names the team, up to the next body of the list ("…, tổ thanh tra …")
_TEAM_HEAD_END = re.compile(r"(?:^|,\s*)(?:tổ|đội)$")
_TEAM_OF_WORK = re.compile(r"([^,;.:()\n]{1,40}?)\s*,\s*(?:tổ|đội|bộ phận|công an|ban|trạm)\s")
_WITHIN_GROUP = re.compile(r"\s+(?:khối|cụm|hệ thống|Khối|Cụm)\s+[A-ZĐ\w]")
# "các thôn trong xã", "các trường trong huyện": the parts of the place they are in, still the name
_WITHIN_PLACE = re.compile(r"\s+(?:toàn\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?=\s*[,;]|\s+[a-zđ]|\s*$)")
_MEMBERS = {"thôn", "xóm", "ấp", "bản", "tổ", "khu", "trường", "xã", "phường", "hội", "chi", "đơn", "vị", "cơ", "quan", "hộ", "cấp"}
_LEVEL_TAIL = re.compile(r"\s+(?:huyện|tỉnh|xã|phường|thị xã|thành phố|quận)(?=\s*(?:[;,.:\n(]|$))")


def _level_name_tail(text: str, pos: int) -> bool:
    """"Ban Quản lý dự án đầu tư xây dựng huyện;": a verb with only the level after it ends the name, not an action."""
    end = verb_at(text, pos)
    return end > pos and bool(_LEVEL_TAIL.match(text, end))


def _names_until_action(text: str, pos: int) -> bool:
    """After ";": more names, then the action ("…; các cơ quan Trung ương và Chủ tịch UBND các cấp tập trung …")."""
    start = pos
    while pos - start < 400:  # an addressee phrase is at most _MAX_WORDS words long
        end = phrase_end(text, pos, semicolons=False)
        if end <= pos:
            return False
        nxt = _past_basis(text, end)
        while nxt < len(text) and text[nxt] in " ,":
            nxt += 1
        if verb_at(text, nxt) > nxt or modal_at(text, nxt) > nxt:
            return True
        if text[nxt : nxt + 1] != ";":
            return False
        pos = nxt + 1
        while pos < len(text) and text[pos] == " ":
            pos += 1
        if head_at(text, pos) == pos:
            return False
    return False


_PARTY_OF_FRONT = re.compile(r"Đảng (?:ủy|uỷ)\s+(?:Ủy ban\s+|Uỷ ban\s+)?(?:Mặt trận Tổ quốc|MTTQ)(?:\s+Việt Nam)?$")
_BLOC_LEVEL = re.compile(r"(?:các\s+)?đoàn thể\s+(?:tỉnh|huyện|thành phố|xã|phường|Trung ương)")


def _pieces(phrase: str) -> list[tuple[str, str]]:
    """Split a phrase at ", " and " và "/" cùng " outside parentheses: (separator, piece)."""
    out: list[tuple[str, str]] = []
    depth = 0
    last = 0
    sep = ""
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = re.compile(r",\s*|\s+(?:và|cùng(?!\s+cấp\b)|với)\s+|\s*;\s*").match(phrase, i)  # "UBND cùng cấp": same level
            if m and m.end() > i and (ch in ",;" or phrase[i] == " "):
                out.append((sep, phrase[last:i]))
                sep = ";" if ";" in m.group(0) else "," if "," in m.group(0) else "và"
                last = i = m.end()
                continue
        i += 1
    out.append((sep, phrase[last:]))
    return [(s, p.strip(_TRAIL)) for s, p in out if p.strip(_TRAIL)]


# Fields whose standard name has a comma or "và" inside ("Hội đồng bồi thường, hỗ trợ, tái định cư", "công chức phụ trách lao
# động, thương binh và xã hội"): one field, never a list of bodies
_FIXED_FIELDS = re.compile(r"bồi thường,\s*hỗ trợ(?:,\s*|\s+và\s+)tái định cư|lao động,\s*thương binh và xã hội|"
                           r"văn hóa,\s*thể thao và du lịch|kinh tế,\s*hạ tầng và đô thị|văn hóa,\s*khoa học và thông tin", re.I)


def split_units(phrase: str) -> list[str]:
    """Cut an addressee phrase into the units it lists, keeping collectives whole ("các cơ quan, đơn vị")."""
    if ";" in phrase:  # "các sở, ngành tỉnh; UBND các huyện, thành phố; …": ";" parts the list, each part its own names
        return [u for part in phrase.split(";") if part.strip() for u in split_units(part)]
    kept = _FIXED_FIELDS.sub(lambda m: m.group(0).replace(",", "\x01").replace(" và ", " \x02 "), phrase)
    if kept == phrase:
        return _split_units(phrase)
    return [u.replace("\x01", ",").replace("\x02", "và") for u in _split_units(kept)]


def _split_units(phrase: str) -> list[str]:
    phrase = re.sub(r"\s+", " ", phrase).strip(_TRAIL)
    phrase = _ADVERB_END.sub("", phrase)  # "Chủ tịch UBND tỉnh trực tiếp (chỉ đạo)": the manner, not the name
    titled = re.match(r"^(" + _TITLES + r")\s*:\s*(.+)$", phrase)
    if titled:  # "Giám đốc: Sở Y tế, Sở Nội vụ" → "Giám đốc Sở Y tế", "Giám đốc Sở Nội vụ"
        return [f"{titled.group(1)} {p}" for p in split_units(titled.group(2))]
    counted = _COUNTED_PLACES.match(phrase)
    if counted:  # "Hai xã A, B và Đảng bộ C" → "xã A", "xã B", "Đảng bộ C"
        level, rest = counted.groups()
        out = []
        for _, piece in _pieces(rest):
            out.append(piece if _STRONG.match(piece) or out and out[-1] == "" else f"{level} {piece}")
        return out
    m = _LIST_OF_PLACES.match(phrase)
    if m:
        head, level, names = m.groups()
        last = re.match(r"^(.*)(?:,\s*|\s+và\s+)(\S+)$", head)  # "Sở A và UBND các huyện: …": UBND heads the list
        before = [*split_units(last.group(1)), last.group(2)] if last else [head]
        places = [p for _, p in _pieces(names)]
        return before[:-1] + [f"{before[-1]} {level} {p}" for p in places]
    mixed = _mixed_places(phrase)
    if mixed:
        return mixed
    shared = _shared_head(phrase)
    if shared:
        return shared
    units: list[str] = []
    collective = False
    listing = False  # "Lực lượng công an, kiểm lâm, quân sự": once a lower-case item split off, the rest do too
    for sep, piece in _pieces(phrase):
        if not units:
            units.append(piece)
            # "các cơ quan, đơn vị", "Sở, ban, ngành", "Thủ trưởng các ban, ngành": kinds of bodies, one addressee
            collective = piece.lower().startswith(("các ", "những ")) or len(piece.split()) == 1 or " các " in piece
            continue
        current = units[-1]
        new = False
        if sep == "," and _BARE_TITLE.fullmatch(current) and _TITLE_START.match(piece):
            pass  # "Giám đốc, Thủ trưởng các sở, ban, ngành": two posts of the same bodies, one addressee
        elif sep == "và" and _JOINT_OFFICE.search(current) and _JOINT_PARTNER.match(piece):
            pass  # "Văn phòng HĐND và UBND huyện": one office serving both bodies
        elif sep == "và" and re.match(r"Đảng (?:ủy|uỷ)\s", current) and re.match(r"(?:các\s+)?(?:đoàn thể|tổ chức chính trị)", piece):
            pass  # "Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh": one party committee over the Front and the mass bodies
        elif sep == "," and _PARTY_OF_FRONT.search(current) and _BLOC_LEVEL.fullmatch(piece):
            pass  # "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": that committee's name, since 2025
        elif sep == "," and _COMMITTEE_OF.match(current) and _PARTY_CELL.fullmatch(piece):
            pass  # "cấp ủy Chi bộ, Đảng bộ bộ phận trực thuộc, …": the committees of several kinds of party cell, one addressee
        elif sep in (",", "và") and _COMMITTEES_END.search(current) and _MORE_COMMITTEES.fullmatch(piece):
            pass  # "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": one board, many committees
        elif sep == "," and _named_person(current) and _POST.match(piece):
            pass  # "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND xã": the post says who the person is, one addressee
        elif _named_person(piece):
            new = True  # "… và đồng chí Lục Thị Mai, Chủ tịch Hội LHPN xã": the next person, with her own posts
        elif sep == "," and re.fullmatch(r"Mặt trận", piece) and not _TITLE_START.match(units[0]) \
                and not re.search(r"(?i)(?<!\w)khối\s", current):
            new = True  # "cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và …": the Front, bare (not "Thủ trưởng … khối Đảng, Mặt trận")
        elif sep == ";" or _TITLE_START.match(piece) or _catalog_piece(piece):
            new = True  # "…; các cơ quan Trung ương", "…, chủ tịch UBND các huyện", "…, ban dân vận các cấp"
        elif collective and current[:1].islower() and piece.split()[0].isupper() and len(piece.split()[0]) > 1 \
                and not (piece in _PLACE_KINDS and _LOWER_PLACES.search(current)):  # "các thôn, TDP": kinds of places
            new = True  # "các đồng chí lãnh đạo cơ quan, BCĐ …": an acronym after kinds of people or bodies
        elif collective and sep == "," and piece[:1].islower() and _qualified(current) and _qualified(piece):
            new = True  # "các phòng ban chuyên môn, đơn vị sự nghiệp": each kind has its own qualifier
        elif sep == "," and _other_body(piece) and (collective and _qualified(current) or _OTHER_BODY.match(current)):
            new = True  # "các cơ quan trực thuộc tỉnh, công ty doanh nghiệp trên địa bàn": another kind with its own qualifier
        elif sep == "," and piece.lower().startswith("chính quyền") and not _PARTY_COMMITTEES_END.search(current):
            new = True  # "các cấp, ngành, chính quyền": the government apart from the kinds ("cấp ủy, chính quyền" is one pair)
        elif sep == "," and _LOWER_BODY.match(current) and _LOWER_BODY.match(piece):
            new = True  # "công an xã, tổ quản lý trật tự, bộ phận địa chính": bodies each with their own name
        elif piece.lower().startswith(("các ", "những ")):
            people = re.match(r"(?:các|những)\s+(?:cá nhân|đồng chí|cán bộ|hộ|người)\b", piece.lower())
            # "các đoàn thể tỉnh, các cơ quan, đơn vị": a collective closed by its level, then another one
            closed = len(current.split()) > 2 and _LEVEL_END.search(current) is not None
            # "các cơ quan, đơn vị, các cơ quan báo chí của tỉnh": a kind with its own qualifier is another addressee
            # ("…, các ngành có liên quan" only says which kinds: the same collective)
            qualified = len(piece.split()) >= 5 and not piece.endswith("liên quan")
            new = not (collective and sep == ",") or bool(people) or closed or qualified
        elif _STRONG.match(piece):
            strong_gov = re.match(r"^(?:Sở|Phòng|UBND|Ủy ban|Uỷ ban|HĐND|Bộ|Công an|Đảng đoàn|" + _TITLES + r")\b", piece)
            # "các Ban, Văn phòng HĐND và UBND huyện": the joint office is one body of its own, never a kind the list shares
            # ("các Ban, Tổ đại biểu HĐND" share their council)
            new = not collective or bool(strong_gov) or sep == "và" or bool(_JOINT_OFFICE.fullmatch(piece))
            owner = _COMMITTEE_OFFICE.fullmatch(piece) if sep == "," and _BARE_BOARDS.fullmatch(current) else None
            if owner:  # "các Ban, Văn phòng Huyện ủy": the committee's boards and its office, the owner written once
                units[-1], new = f"{current} {owner.group(1)}", True
            if sep == "và" and not collective and len(piece.split()) == 1:
                new = False
        elif piece[:1].islower() and sep != ";" and re.search(r"\bphụ trách\s+[a-zđà-ỹ]", current) and not _LOWER_HEAD.match(piece):
            pass  # "công chức phụ trách văn hóa, xã hội": the fields one person answers for
        elif piece[:1].islower():
            level_piece = re.fullmatch(r"(?:các\s+)?(?:xã|phường|thị trấn|thị xã|thành phố|quận|huyện|tỉnh|đặc khu)(?:\s+[A-ZĐ]\w*)*", piece)
            if level_piece and (" các " in f" {current} " or _LEVEL_END.search(current) or _NAMED_PLACE_END.search(current)):
                new = False  # "Hội Nông dân xã A, xã B": one body's branches in two places
            elif sep == "và" and _LOWER_HEAD.match(piece):
                new = True
            elif sep == "," and current.endswith(" phòng") and piece.startswith("chống "):
                pass  # "Ban Chỉ huy phòng, chống thiên tai …": "phòng, chống" is one word of the name
            elif sep == "," and not collective and (listing or current[:1].isupper()) and not _LOWER_HEAD.match(current):
                new = listing = True
        if new:
            units.append(piece)
            collective = piece.lower().startswith(("các ", "những ")) or " các " in piece
        else:
            units[-1] = f"{current}{', ' if sep == ',' else ' và '}{piece}"
    return _share_level(_share_organisation(units))


# Lower-case heads of bodies outside the kinds a collective lists ("công ty …", "cấp ủy chi bộ …", "tổ …")
_OTHER_BODY = re.compile(r"(?:công ty|doanh nghiệp|cấp (?:ủy|uỷ)|chi bộ|tổ|đội|bộ phận|trạm|trường|bệnh viện)\s")


def _other_body(piece: str) -> bool:
    """"công ty doanh nghiệp trên địa bàn huyện": a lower-case body with words of its own beyond its head and a level
    ("chi bộ cơ sở" is only the level of the bodies before it)."""
    m = _OTHER_BODY.match(piece)
    rest = piece[m.end() :].strip() if m else ""
    return len(rest.split()) >= 3 and not _LEVEL_QUALIFIER.match(rest)


_COMMITTEE_OF = re.compile(r"cấp (?:ủy|uỷ)\s+(?:các\s+)?(?:chi bộ|đảng bộ)\b", re.I)
# a kind of party cell, not one named ("Đảng bộ xã Tân An")
_PARTY_CELL = re.compile(r"(?:các\s+)?(?:Chi bộ|Đảng bộ|chi bộ|đảng bộ)(?:\s+(?:Chi bộ|Đảng bộ|[a-zđà-ỹ][^\s,;]*))*")
# a list of party committees closing a name ("… các Tỉnh ủy, Thành ủy") and one more committee of the list
_COMMITTEES_END = re.compile(r"\s(?:các|những)\s+(?:tỉnh|thành|huyện|quận|thị|đảng)\s+(?:ủy|uỷ)"
                             r"(?:\s*,\s*(?:tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ))*$",
                             re.I)
_MORE_COMMITTEES = re.compile(r"(?:các\s+)?(?:(?:tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ)|đảng\s+(?:ủy|uỷ)\s+trực thuộc"
                              r"(?:\s+(?:Trung ương|Tỉnh ủy|Thành ủy|Huyện ủy))?)", re.I)
_PARTY_COMMITTEES_END = re.compile(r"cấp (?:ủy|uỷ)(?:\s+đảng)?$", re.I)
# "công an phường", "tổ thanh tra xây dựng", "bộ phận địa chính": a body of a place named in lower case, with its own words
_LOWER_BODY = re.compile(r"(?:công an|tổ|đội|bộ phận|trạm|ban)\s+(?!dân\b|phố\b)\w")


_PLACE_LEVEL = r"(?:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)"
_PLACES_OF = re.compile(r"^(?:(.+?)\s+)?các\s+(" + _PLACE_LEVEL + r")\s+(?=[A-ZĐÂĂÊÔƠƯ])")
# "thị xã C", "TX C", "TP C": a place of another level (the short forms as the news write them)
_LEVELLED_PLACE = re.compile(r"^(" + _PLACE_LEVEL + r"|TX|TP)\.?\s+(?=[A-ZĐÂĂÊÔƠƯ])")


def _proper(name: str) -> bool:
    return bool(name) and all(w[:1].isupper() for w in name.split())


def _mixed_places(phrase: str) -> list[str]:
    """"Chủ tịch UBND các huyện A, B và thị xã C": places of two levels under one head; each place is its own body
    ("Chủ tịch UBND huyện A", "… huyện B", "… thị xã C"). Places of one level stay one name ("UBND các xã A, B").
    With no head ("các huyện A, B và TX C"), the places themselves are asked: "huyện A", "huyện B", "TX C"."""
    m = _PLACES_OF.match(phrase)
    if not m:
        return []
    head, level = m.group(1), m.group(2)
    out: list[str] = []
    other_level = False
    for _, piece in _pieces(phrase[m.end() :]):
        lm = _LEVELLED_PLACE.match(piece)
        if lm:
            level, piece = lm.group(1), piece[lm.end() :]
            other_level = True
        if not _proper(piece) or len(piece.split()) > 4:
            return []
        out.append(f"{head} {level} {piece}" if head else f"{level} {piece}")
    return out if other_level and len(out) > 1 else []


_PLACE_KINDS = {"TDP", "KP", "TDC"}  # tổ dân phố, khu phố, tổ dân cư written short
_LOWER_PLACES = re.compile(r"^(?:các|những)\s+(?:thôn|xóm|ấp|bản|làng|tổ dân phố|khu phố|khối phố)$")
_JOINT_OFFICE = re.compile(r"^Văn phòng\s+(?:(?:Đoàn\s+)?ĐBQH\s*,?\s*)?(?:HĐND|HDND|Hội đồng nhân dân)$", re.I)
# "các Ban" bare before the office of a party committee, which names the committee for both
_BARE_BOARDS = re.compile(r"(?:các|những)\s+[Bb]an")
_COMMITTEE_OFFICE = re.compile(r"Văn phòng\s+((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)(?:\s+\S+){0,3})")
_JOINT_PARTNER = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b")
_BOARD = re.compile(r"^(?:Ban Chấp hành|Ban chấp hành|Ban Thường vụ|Ban thường vụ|Thường trực|Ban Thường trực)")


def _share_organisation(units: list[str]) -> list[str]:
    """"Ban Chấp hành, Ban Thường vụ Huyện ủy X": a board named bare takes the organisation of the board after it."""
    out = list(units)
    for i in range(len(out) - 2, -1, -1):
        bare, nxt = _BOARD.fullmatch(out[i]), _BOARD.match(out[i + 1])
        if bare and nxt and out[i + 1][nxt.end() :].strip():
            out[i] = out[i] + out[i + 1][nxt.end() :]
    return out


# "UBND, Ban Chỉ huy … các huyện, thị xã, thành phố": a bare council or committee takes the places the next body is of
_BARE_GOVERNMENT = re.compile(r"^(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s*,\s*(?=[A-ZĐ])")
_PLURAL_PLACES = re.compile(r"\s(các\s+(?:huyện|xã|phường|quận|tỉnh|thị xã|thành phố)(?:\s*(?:,|và)\s*(?:thị xã|thành phố|thị trấn|phường|xã|quận|"
                            r"huyện|thị))*)$")


def _share_level(units: list[str]) -> list[str]:
    """"UBND, Ban Chỉ huy X các huyện, thị xã" → "UBND các huyện, thị xã", "Ban Chỉ huy X các huyện, thị xã": the level
    written once after the last body is that of the bare one before it."""
    out: list[str] = []
    for unit in units:
        bare, places = _BARE_GOVERNMENT.match(unit), _PLURAL_PLACES.search(unit)
        if bare and places:
            out += [f"{bare.group(1)} {places.group(1)}", unit[bare.end() :]]
        else:
            out.append(unit)
    return out


_TITLE_START = re.compile(_TITLES + r"\s", re.I)
# A person by name ("đồng chí Trần Văn B", "Ông Lê C") and a post given after it ("Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")
_NAMED_PERSON = re.compile(r"^(?:đồng chí|đ/c|ông|bà)\s+([^,]+)", re.I)
_POST = re.compile(r"(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Hiệu trưởng|Chủ tịch|Trưởng|Bí thư|Chánh|Ủy viên|Uỷ viên|Trưởng phòng|"
                   r"Thường trực|Chỉ huy|[Cc]án bộ|[Cc]ông chức|[Vv]iên chức)\s")
# Kinds of bodies a collective lists ("các cơ quan, đơn vị", "các sở, ban, ngành"): bare, they share one qualifier.
_KINDS = re.compile(
    r"^(?:[Cc]ác\s+|[Nn]hững\s+)?(?:cơ quan|đơn vị|phòng ban|ban ngành|sở|ban|ngành|phòng|địa phương|đoàn thể|tổ chức|hội|"
    r"doanh nghiệp|trường|cơ sở|xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh)(?=\s|$)")
_LEVEL_QUALIFIER = re.compile(r"^(?:(?:các\s+)?cấp\s+)?(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|thị xã|các cấp|cơ sở|liên quan|"
                              r"trực thuộc|có liên quan)?$", re.I)


def _named_person(piece: str) -> bool:
    """"đồng chí Nguyễn Văn A" (maybe with posts already after it): a person named by two or more capitalized words."""
    m = _NAMED_PERSON.match(piece)
    words = m.group(1).split() if m else []
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _qualified(piece: str) -> bool:
    """"các phòng ban chuyên môn": a kind of body with its own qualifier (a level or "liên quan" is no qualifier)."""
    m = _KINDS.match(piece)
    return bool(m) and not _LEVEL_QUALIFIER.match(piece[m.end() :].strip())


def _catalog_piece(piece: str) -> bool:
    """A lower-case piece that names one catalog body ("ban dân vận các cấp"): its own addressee."""
    # (capitalised too: "các cấp, ngành, Mặt trận Tổ quốc Việt Nam" lists the Front apart from the kinds before it)
    if not re.match(r"(?:ban|hội|đoàn|mặt trận|ủy ban|uỷ ban|liên đoàn|Mặt trận|Hội|Liên đoàn)\s", piece) \
            or _COLLECTIVE_WORDS.search(piece):
        return False
    found, end = _ANY_LEVEL.run_at(piece, 0)
    return len(found) == 1 and found[0].key is not None


# "các sở, ngành nội vụ, tư pháp, tài chính": one head noun shared by the fields listed after it.
_SHARED_HEAD = re.compile(r"(?:các|những)\s+(sở|phòng|ban|vụ)(?:\s*,\s*(?:ban|ngành|ban ngành))?\s+(?=\S)", re.I)


def _shared_head(phrase: str) -> list[str]:
    """"các sở, ngành nội vụ, tư pháp và Văn phòng UBND" → "Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND"; [] otherwise."""
    m = _SHARED_HEAD.match(phrase)
    if not m:
        return []
    pieces = [p.strip(_TRAIL) for p in phrase[m.end() :].split(",") if p.strip(_TRAIL)]  # "kế hoạch và đầu tư" is one
    fields = [p for p in pieces if p[:1].islower()]
    if len(fields) < 2 or any(_KINDS.match(p) or _TITLE_START.match(p) for p in fields):
        return []
    head = m.group(1).capitalize()
    out = []
    for piece in pieces:
        out.append(f"{head} {piece[:1].upper()}{piece[1:]}" if piece[:1].islower() else piece)
    return out


_ANY_LEVEL = UnitResolver(merged_units(), None)
_COLLECTIVE_WORDS = re.compile(r"đoàn thể|tổ chức chính trị|đơn vị|cơ quan|tổ chức hội", re.I)


def _mass_unit(name: str, resolver: UnitResolver) -> UnitRef | None:
    """The Front or a mass organisation at any level ("MTTQ các xã", "Hội Nông dân tỉnh X"): its catalog key."""
    head = re.split(r"\s+[Kk]hối\s", name, maxsplit=1)[0]  # "Hội CCB Khối các cơ quan tỉnh": the bloc's branch, no collective
    if re.match(r"(?:Chủ tịch|Phó Chủ tịch|Bí thư|Trưởng|Phó|các|những|Các|Những)\b", name) or _COLLECTIVE_WORDS.search(head):
        return None  # a person by title, or a collective ("các đoàn thể") kept as written
    found, _ = _ANY_LEVEL.run_at(name, 0)
    if not found or found[0].key not in _MASS_KEYS:
        return None
    own = resolver.front_issued or resolver.issuer is not None and resolver.issuer.key == found[0].key
    if own and FRONT_BRANCH.match(fold(name)):
        return None  # "Ban Công tác Mặt trận các thôn" in the Front's own document: its lower level, as written
    spec = next((u for u in resolver.units if u.key == found[0].key), None)
    return UnitRef(found[0].key, spec.name if spec else found[0].name)


def _party_board(name: str, resolver: UnitResolver) -> UnitRef | None:
    """"Ban Xây dựng Đảng các đảng ủy xã, phường", "Ban Tuyên giáo Huyện ủy": a party board named whole, at any level, is its key."""
    if re.match(r"(?:Chủ tịch|Phó Chủ tịch|Bí thư|Trưởng|Phó|Đồng chí|đồng chí|các|những|Các|Những)\b", name):
        return None
    found, end = resolver.run_at(name, 0)
    if len(found) != 1 or found[0].key is None or end < len(name.rstrip()) - 1:
        return None
    spec = next((u for u in resolver.units if u.key == found[0].key), None)
    return found[0] if spec is not None and PARTY_BOARD in spec.tags else None


# "ngành dân vận", "toàn ngành tuyên giáo", "ngành kiểm tra Đảng": the party board's line of work at every level, its
# boards together (as "Ban Dân vận các huyện ủy" keeps the key); "ngành giáo dục", "ngành y tế" are no party board
# ("ngành kiểm tra", "ngành tổ chức" only with "Đảng": alone the words read as a verb, "yêu cầu ngành tổ chức tập huấn")
_FIELD_OF_BOARD = re.compile(r"(?:(?:toàn|cả)\s+)?ngành\s+(?:(dân vận|tuyên giáo)|(kiểm tra|tổ chức)(?=\s+(?:của\s+|xây dựng\s+)?đảng))"
                             r"(?:\s+(?:của\s+|xây dựng\s+)?đảng)?(?!\w)", re.I)
_BOARD_OF_FIELD = {"dân vận": "Ban Dân vận", "tuyên giáo": "Ban Tuyên giáo", "kiểm tra": "Ủy ban Kiểm tra", "tổ chức": "Ban Tổ chức"}


def _field_board(name: str, resolver: UnitResolver) -> UnitRef | None:
    """The party board whose line of work `name` names ("ngành dân vận" → Ban Dân vận), where the catalog has one."""
    m = _FIELD_OF_BOARD.fullmatch(name.strip())
    return _party_board(_BOARD_OF_FIELD[(m.group(1) or m.group(2)).lower()], resolver) if m else None


# "Đoàn các xã, thị trấn", "Đoàn xã A", "Đoàn Khối cơ quan huyện", "Đoàn trường …": branches of the Youth Union
# "Các công đoàn cơ sở", "Công đoàn các doanh nghiệp": the grassroots branches of the trade union
_UNION_BRANCH = re.compile(r"^(?:(?:các|những|mỗi|từng)\s+)?công đoàn\s+(?:cơ sở|(?:các\s+)?(?:doanh nghiệp|cơ quan|đơn vị|ngành))\b|"
                           r"^(?:các|những|mỗi|từng)\s+công đoàn(?:\s+trực thuộc)?$", re.I)  # "các công đoàn": its branches, bare
# A standing board named bare ("Ban Thường trực sẽ chủ trì …", "Ban Thường vụ sẽ …"): the issuing body's own board
# "Ban Chấp hành các công đoàn cơ sở": the board of the branches answers for the branches
# ("BCH Đoàn các xã", "Ban Chấp hành Công đoàn cơ sở": the board of a branch named, also written short)
_BRANCH_BOARD = re.compile(r"^(?:Ban\s+(?:Chấp hành|Thường vụ)|BCH|BTV)\s+(?=(?:các|những|mỗi|từng)\s|(?:Đoàn|Công đoàn|Chi đoàn)\s)", re.I)
_YOUTH_BRANCH = re.compile(r"^(?:Đoàn\s+(?:(?:các|mỗi|từng)\s+)?(?:xã|phường|thị trấn|thôn|Khối|khối|trường|cơ sở)\b|"
                           r"(?:(?:các|những|mỗi|từng)\s+)?(?:tổ chức\s+)?cơ sở đoàn\b|"
                           r"(?:các|những|mỗi|từng)\s+chi đoàn\b)", re.I)  # "Các chi đoàn trực thuộc": the Union's own cells


# "các Ban HĐND", "các Ban của HĐND xã", "các ban, tổ HĐND huyện", "các Ban, Tổ đại biểu HĐND", "hai Ban HĐND xã" (a
# commune council has two): the council's committees
# as a whole are the council at work (a named Ban, "Ban Pháp chế HĐND", and the deputies' groups alone stay as written)
_COUNCIL_COMMITTEES = re.compile(r"^(?:các|những|hai|ba|\d)\s+ban(?:\s*,\s*(?:các\s+)?tổ(?:\s+đại biểu)?)?\s+(?:của\s+)?"
                                 r"(?=(?:HĐND|HDND|Hội đồng nhân dân)\b)", re.I)


def _council(name: str, resolver: UnitResolver) -> UnitRef | None:
    """The committees of the issuing level's own council, named together: `hdnd` (another level's stay as written)."""
    m = _COUNCIL_COMMITTEES.match(name)
    if not m:
        return None
    found, end = resolver.run_at(name, m.end())
    whole = end >= len(name.rstrip()) - 1
    return found[0] if whole and len(found) == 1 and found[0].key == "hdnd" else None


# An organisation's levels or branches by its head alone: "các cấp bộ Đoàn", "Đoàn trực thuộc", "các Hội cơ sở", and
# "các đơn vị, Đoàn trực thuộc" (its units and the branches under it, asked together); the head alone is `short_name`'s
_OWN_BRANCHES = re.compile(r"(?:(?:các|những)\s+đơn vị(?:\s+trực thuộc)?\s*(?:,|và)\s*)?(?:(?:các|mọi)\s+cấp\s+(?:bộ\s+)?)?"
                           r"(?:(?:các|những)\s+)?(?:Hội|Đoàn|Công đoàn|Mặt trận)(?:\s+(?:trực thuộc|cơ sở|các cấp))?", re.I)


def _own_branches(name: str, resolver: UnitResolver) -> UnitRef | None:
    """The organisation the page is about, whose levels or branches `name` speaks of by its head alone; a Đoàn
    named so is the Youth Union in any page (the catalog has one Đoàn)."""
    if len(name.split()) < 2:
        return None  # "Hội", "Đoàn" alone: the one named before (`Reader.short_name`)
    own = resolver.own_body(name)
    if own is None and re.search(r"(?<!\w)Đoàn(?!\w)", name) and not re.search(r"(?i)công đoàn", name):
        own = _mass_unit("Đoàn Thanh niên", resolver)
    return own


_ROLE_TAIL = re.compile(r"(?<=\w)\s+làm\s+(?:cơ quan|đơn vị|bộ phận)?\s*(?:thường trực|đầu mối)(?:\s+[^\s,;]+){0,4}$")


def resolve(names: list[str], resolver: UnitResolver) -> list[UnitRef]:
    """Catalog units where a name is one, the name as written otherwise."""
    out: list[UnitRef] = []
    last: list[UnitRef] = []
    for name in names:
        refs: list[UnitRef] = []
        if _PLACES_ONLY.fullmatch(name.strip()) and len(last) == 1 and last[0].key in _MASS_KEYS:
            continue  # "Ủy ban MTTQ huyện và các xã, thị trấn": the same Front at those levels, one key
        name = _ROLE_TAIL.sub("", name) or name  # "Ban Xây dựng Đảng làm cơ quan thường trực": the board, its role apart
        plain = re.sub(r"^(?:Hệ thống|Tập thể|Lãnh đạo)\s+", "", name)
        # "các cấp Hội Nông dân tỉnh", "các cấp hội nông dân": the Hội, at every level
        plain = re.sub(r"^(?:các|mọi) cấp\s+(?=[A-ZĐ]|(?:hội|đoàn|công đoàn|mặt trận)\s+\w)", "", plain)
        plain = re.sub(r"(?<=\w)\s*\([^()]{2,60}\)$", "", plain)  # "Văn phòng Tỉnh ủy (Phòng Tổng hợp)": the office, through its section
        inner = _OF_ORGANISATION.sub("", plain)
        mass = _mass_unit(plain, resolver) or (inner != plain and _mass_unit(re.sub(r"^Đoàn$", "Đoàn Thanh niên", inner), resolver))
        if not mass and _YOUTH_BRANCH.match(_BRANCH_BOARD.sub("", plain)):
            mass = _mass_unit("Đoàn Thanh niên", resolver)  # "Đoàn các xã", "Đoàn Khối cơ quan huyện": its branches
        if not mass and _UNION_BRANCH.match(_BRANCH_BOARD.sub("", plain)):
            mass = _mass_unit("Liên đoàn Lao động", resolver)  # the union's grassroots branches are its own work
        if not mass and _OWN_BRANCHES.fullmatch(plain):
            mass = _own_branches(plain, resolver)  # "các cấp bộ Đoàn", "các đơn vị, Đoàn trực thuộc": the page's organisation
        if not mass and OWN_STANDING.match(plain):
            mass = resolver.own_body(plain)  # "Ban Thường trực" with no body after it: the page's organisation's own
        if mass:
            refs = [mass]
        elif council := _council(plain, resolver):
            refs = [council]
        elif board := _party_board(plain, resolver) or _field_board(plain, resolver):
            refs = [board]
        elif plain.lower().startswith("chính quyền"):
            pass  # "Chính quyền xã": the local government as a whole (council and committee), kept as written
        elif not plain.lower().startswith(("các ", "những ")) and not _PERSON_OR_PLACE.search(plain):
            found, end = resolver.run_at(plain, 0)
            whole = end >= len(plain.rstrip()) - 1
            if found and found[0].key in _MASS_KEYS:
                refs = found[:1]
            elif found and len(found) == 1 and found[0].key and whole:
                refs = found
        last = refs or [UnitRef(None, name)]
        for r in last:
            if r not in out:
                out.append(r)
    return out


# "các xã, thị trấn", "các phường": places with no body named, after a body named with its level
_PLACES_ONLY = re.compile(r"(?:các\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã)(?:\s*(?:,|và)\s*(?:các\s+)?(?:xã|phường|thị trấn|thị xã|thành phố))*",
                          re.I)


# "Giám đốc: Sở A, Sở B", "Trưởng các phòng: Tài chính - Kế hoạch, Kinh tế và Hạ tầng": a title over a list of bodies
_TITLE_LIST = re.compile(rf"\s*{_TITLES}(?:\s+(?:các|những)\s+((?i:phòng|sở|ban|ngành|trường|cơ quan|đơn vị)))?\s*:\s*")


# "… theo chức năng, nhiệm vụ, thẩm quyền phải …", "… căn cứ chức năng, nhiệm vụ được giao chủ động …": the remit the
# bodies act within, between them and what they must do
_BASIS = re.compile(r"\s*,?\s*(?:theo|căn cứ(?: vào)?)\s+(?:chức năng|thẩm quyền)"
                    r"(?:\s*(?:,|và)\s*(?:nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực phụ trách)){0,3}"
                    r"(?:\s+(?:được giao|của (?:mình|đơn vị)))?\s*,?", re.I)


def titled_list(text: str, pos: int, resolver: UnitResolver) -> tuple[list[UnitRef], int]:
    """The bodies listed after a title and a colon, the title kept with each; ([], pos) when none.

    "Giám đốc: Sở A, Sở B" → "Giám đốc Sở A", "Giám đốc Sở B"; "Trưởng các phòng: Nội vụ, Y tế" →
    "Trưởng phòng Nội vụ", "Trưởng phòng Y tế" (each piece is one of the bodies the title names).
    """
    m = _TITLE_LIST.match(text, pos)
    if not m:
        return [], pos
    end = phrase_end(text, m.end(), need_head=False)
    semi = text.find(";", m.end(), end)
    end = semi if semi >= 0 else end  # the list ends at ";" (what follows is another subject or another clause)
    phrase = text[m.end() : end].strip()
    if not phrase:
        return [], pos
    title = re.match(_TITLES, m.group(0).strip()).group(0)  # type: ignore[union-attr]
    if m.group(1):
        names = [f"{title} {m.group(1)} {p}" for p in re.split(r"\s*,\s*", phrase) if p]
    else:
        names = [f"{title} {p}" for p in split_units(phrase)]
    listed = resolve(names, resolver)
    # "Giám đốc các sở: A, B; Chủ tịch UBND các huyện theo dõi …": a second subject after ";", the same request
    more = re.compile(r"\s*;\s*").match(text, end)
    if more:
        extra, after = addressees_at(text, more.end(), resolver)
        basis = _BASIS.match(text, after)  # "… theo chức năng, nhiệm vụ tiếp tục theo dõi …"
        verb = skip_chars(text, basis.end() if basis else after, " ")
        if extra and (verb_at(text, verb) > verb or modal_at(text, verb) > verb):
            return listed + [r for r in extra if r not in listed], after
    return listed, end


def addressees_at(text: str, pos: int, resolver: UnitResolver, *, need_head: bool = True) -> tuple[list[UnitRef], int]:
    """The units named by the phrase at `pos` and where the phrase ends; ([], pos) when none."""
    listed, end = titled_list(text, pos, resolver)
    if listed:
        return listed, end
    skip = re.compile(r"[\s:,]*(?:cho\s+)?").match(text, pos)
    start = skip.end() if skip else pos
    field = _FIELD_OF_BOARD.match(text, start)
    board = _field_board(field.group(0), resolver) if field else None
    if board is not None:
        return [board], field.end()  # "toàn ngành tuyên giáo", "ngành kiểm tra Đảng": its verb-like words end no name
    end = phrase_end(text, start, need_head=need_head)
    if end <= start:
        # "HND hướng dẫn …", "CCB phối hợp …": a catalog abbreviation with no head word before it
        window = text[start : start + 80]  # (run_at folds what it is given: a window, not the whole document)
        refs, known = resolver.run_at(window, 0) if window[:1].isupper() else ([], 0)
        if refs and known > 0 and not window[known : known + 1].isalnum():
            return refs, start + known
        # "KP1, KP2, KP5 lập …", "P.KT-HT&ĐT chủ trì …", "VP UBND P. tổng hợp …": chat shorthand for bodies
        short = _SHORTHAND.match(text, start)
        after = skip_chars(text, short.end(), " ") if short else 0
        if short and verb_at(text, after) > after:
            return resolve(split_units(short.group(0)), resolver), short.end()
        return [], pos
    end = _catalog_beyond(text, start, end, resolver) or end
    phrase = text[start:end]
    if len(ascii_fold(phrase).split()) > _MAX_WORDS:
        return [], pos
    listed = _bracketed_members(text, start, end)
    if listed:
        return resolve(listed[0], resolver), listed[1]
    return resolve(split_units(phrase), resolver), _past_basis(text, end)


def _past_basis(text: str, end: int) -> int:
    """Where the action of the bodies ending at `end` begins: past "theo chức năng, nhiệm vụ" when a verb or a modal
    follows it ("UBND các xã theo chức năng, nhiệm vụ phải …"), else `end`."""
    basis = _BASIS.match(text, end)
    if not basis:
        return end
    at = skip_chars(text, basis.end(), " ")
    return basis.end() if verb_at(text, at) > at or modal_at(text, at) > at else end


def _catalog_beyond(text: str, start: int, end: int, resolver: UnitResolver) -> int | None:
    """"Ủy ban kiểm tra Huyện ủy theo dõi …": a catalog name whose own words, written in lower case, read as a verb
    ("kiểm tra") goes on past where the phrase seemed to end, up to the action after it."""
    refs, known = resolver.run_at(text[start : start + 120], 0)
    if not refs or any(r.key is None for r in refs) or start + known <= end:
        return None
    after = skip_chars(text, start + known, " ")
    return start + known if verb_at(text, after) > after or modal_at(text, after) > after else None


# "Các sở quản lý công trình chuyên ngành (Sở A, Sở B, Sở C) rút ngắn …": the kind described, then its members in
# brackets, then the verb: the members are the ones asked
_BRACKET_AFTER = re.compile(r"[^()\n.;:]{0,80}?\(([^()\n]{4,200})\)[^\S\n]*")


def _bracketed_members(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    if not re.match(r"(?:các|những)\s", text[start:end], re.I):
        return None
    m = _BRACKET_AFTER.match(text, end)
    if not m or verb_at(text, m.end()) == m.end():
        return None
    members = split_units(m.group(1))
    if len(members) < 2 or not all(opens_with_body(u) and u[:1].isupper() for u in members):
        return None
    return members, m.end()


_COORD = re.compile(r"(?:phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)|với sự phối hợp của|cùng với)\s+", re.I)
_DIRECT = re.compile(r"(?:chỉ đạo|hướng dẫn|đôn đốc|phân công)\s+(?=[A-ZĐUÜ]|các\s)")


def coordinating(text: str, resolver: UnitResolver) -> list[UnitRef]:
    """Units named after "phối hợp với …", "với sự phối hợp của …"."""
    out: list[UnitRef] = []
    for m in _COORD.finditer(text):
        refs, _ = addressees_at(text, m.end(), resolver, need_head=False)
        out += [r for r in refs if r not in out]
    return out


def directed(text: str, resolver: UnitResolver) -> list[UnitRef]:
    """Units the responsible one must direct ("chỉ đạo Phòng Y tế …"), at the start of its action."""
    text = text.strip()
    pos = 0
    while (end := phrase_at(text, pos, AUXILIARIES, 2)) > pos:  # "khẩn trương chỉ đạo …"
        pos = end + len(text[end:]) - len(text[end:].lstrip())
    m = _DIRECT.match(text, pos)
    if not m:
        return []
    refs, _ = addressees_at(text, m.end(), resolver)
    return refs
