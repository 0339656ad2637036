"""The reading pipeline stage by stage, on sentences we wrote ourselves (general rules, not corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions import extract
from conclusions.actions import _comma_parts
from conclusions.addressees import addressees_at, split_units
from conclusions.catalog import standard_units
from conclusions.cues import cues, is_restatement, lead_in_colon
from conclusions.layout import document_date
from conclusions.pipeline import STAGES, make_document, read, run
from conclusions.units import UnitResolver, merged_units

RESOLVER = UnitResolver(merged_units(), None)
REF = date(2024, 7, 1)


def _read(text: str, issued_on: date | None = REF):
    return read(text, RESOLVER, issued_on)


def test_the_stages_are_named_in_order() -> None:
    assert [name for name, _ in STAGES] == ["layout", "clauses", "assignments", "actions", "deadlines"]


# -- layout -------------------------------------------------------------------------------------
def test_page_chrome_and_captions_are_not_body() -> None:
    text = ("Chia sẻ bài viết\nLượt xem: 120\n\nSáng 3/6/2024, Huyện ủy Lạc Sơn họp bàn công tác quý III.\n\n"
            "Toàn cảnh buổi họp\n\nTin liên quan\nMột tin khác không liên quan.")
    doc = make_document(text)
    run(doc, RESOLVER, stop="clauses")
    labels = {doc.view[s.start : s.end][:12]: s.label for s in doc.spans if s.label not in ("sentence", "clause")}
    assert labels["Chia sẻ bài "] == "chrome"
    assert labels["Lượt xem: 12"] == "chrome"
    assert labels["Toàn cảnh bu"] == "caption"
    assert labels["Một tin khác"] == "closing"
    assert doc.issued_on is None or doc.issued_on == date(2024, 6, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (" date 2024-05-02 Chiều 2-5, Đảng ủy phường họp.", date(2024, 5, 2)),
        ("ĐẢNG ỦY XÃ AN BÌNH\nAn Bình, ngày 12 tháng 3 năm 2023\nTHÔNG BÁO", date(2023, 3, 12)),
        ("Tiêu đề tin\n\nSáng ngày 15/8/2022, UBND huyện họp. Kỳ họp diễn ra ngày 20/12/2022.", date(2022, 8, 15)),
    ],
)
def test_document_date_comes_from_the_issuing_line(text: str, day: date) -> None:
    doc = make_document(text)
    run(doc, RESOLVER, stop="layout")
    assert document_date(doc) == day


def test_an_event_date_inside_a_sentence_is_not_the_document_date() -> None:
    doc = make_document("Tin họp\n\nChiều ngày 30/10, Thường trực HĐND họp; kỳ họp dự kiến ngày 20/12/2025.")
    run(doc, RESOLVER, stop="layout")
    assert document_date(doc) is None


# -- cues and lead-ins --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Đồng chí đề nghị Hội Nông dân xã rà soát hộ nghèo.", ["đề nghị"]),
        ("Báo cáo theo yêu cầu của cấp trên.", []),
        ("Huyện ủy tổ chức hội nghị giao ban quý II.", []),
        ("Các nhiệm vụ được giao đã hoàn thành.", []),
        ("UBND tỉnh giao Sở Y tế chủ trì thực hiện.", ["giao"]),
        ("Đồng chí phát biểu chỉ đạo tại hội nghị.", []),
    ],
)
def test_directive_cues(sentence: str, words: list[str]) -> None:
    assert [c.word for c in cues(sentence)] == words


def test_lead_ins_and_restatements() -> None:
    assert lead_in_colon("Đồng chí Bí thư nhấn mạnh: các chi hội cần làm tốt") is not None
    assert lead_in_colon("Ban Thường vụ kết luận như sau:") is not None
    assert lead_in_colon("Dự họp có các đồng chí: A, B") is None
    assert is_restatement("Ban Dân vận thông báo để các đơn vị biết, thực hiện.")
    assert is_restatement("Đề nghị các đơn vị nghiêm túc thực hiện.")
    assert not is_restatement("Đề nghị các đơn vị rà soát danh sách hộ nghèo.")


# -- addressees ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("các cơ quan, đơn vị và khu phố, tổ dân phố triển khai", ["name:các cơ quan, đơn vị", "name:khu phố, tổ dân phố"]),
        ("Lực lượng dân quân, bảo vệ, tuần tra tăng cường", ["name:Lực lượng dân quân", "name:bảo vệ", "name:tuần tra"]),
        ("Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội cần", ["mttq", "name:các đoàn thể chính trị - xã hội"]),
        ("Chủ tịch UBND quận Tây Hồ kiểm tra", ["name:Chủ tịch UBND quận Tây Hồ"]),
        ("Ban chấp hành khẩn trương họp", ["name:Ban chấp hành"]),
        ("UBND các huyện, thị xã, thành phố cần", ["name:UBND các huyện, thị xã, thành phố"]),
        ("Hội Cựu chiến binh Khối doanh nghiệp tỉnh xây dựng", ["cuu_chien_binh"]),
        ("tiếp tục rà soát", []),
    ],
)
def test_addressees_are_read_with_an_open_vocabulary(text: str, units: list[str]) -> None:
    refs, _ = addressees_at(text, 0, RESOLVER)
    assert [r.key or "name:" + r.name for r in refs] == units


def test_a_list_of_named_places_becomes_one_unit_each() -> None:
    assert split_units("UBND các huyện: Lâm Hà, Bảo Lâm và Di Linh") == [
        "UBND huyện Lâm Hà", "UBND huyện Bảo Lâm", "UBND huyện Di Linh"]


# -- actions ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("clause", "parts"),
    [
        ("rà soát danh sách hội viên, tổ chức tập huấn cho chi hội", 2),
        ("kiểm tra, giải quyết đơn của công dân", 1),
        ("tiếp tục đấu tranh, phản bác các luận điệu sai trái", 1),
        ("tăng cường phối hợp để các đơn vị tổ chức hội thi, lập thành tích chào mừng", 1),
    ],
)
def test_coordinated_actions_split_only_when_each_has_its_object(clause: str, parts: int) -> None:
    assert len(_comma_parts(clause, 0)) == parts


# -- whole documents ----------------------------------------------------------------------------
def test_a_news_report_gives_one_task_per_action_and_skips_narrative() -> None:
    text = ("Hội nghị giao ban tháng 7\n\nSáng 1/7/2024, Đảng ủy xã Tân Lạc tổ chức hội nghị giao ban. "
            "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 6. "
            "Kết luận hội nghị, đồng chí Bí thư ghi nhận kết quả đạt được và đề nghị các chi bộ tiếp tục rà soát "
            "danh sách đảng viên, chủ động nắm tình hình dư luận; Hội Nông dân xã tổ chức tập huấn kỹ thuật "
            "trước ngày 15/8/2024.")
    doc, tasks = _read(text, None)
    assert doc.issued_on == date(2024, 7, 1)
    got = [(t.content, [u.key or u.name for u in t.units], t.deadline.due) for t in tasks]
    assert got == [
        ("đề nghị các chi bộ tiếp tục rà soát danh sách đảng viên", ["các chi bộ"], None),
        ("chủ động nắm tình hình dư luận", ["các chi bộ"], None),
        ("Hội Nông dân xã tổ chức tập huấn kỹ thuật trước ngày 15/8/2024.", ["nong_dan"], date(2024, 8, 15)),
    ]
    assert all(t.evidence and t.reasons for t in tasks)
    assert tasks[0].evidence.text.startswith("Kết luận hội nghị")


def test_subject_less_sentences_continue_the_request_before_them() -> None:
    text = ("Đồng chí đề nghị Ban chấp hành Đảng bộ thị trấn khẩn trương kiện toàn bộ máy. "
            "Tổ chức kỳ họp để bầu các chức danh. Chỉ đạo các chi bộ họp trong tháng 8.")
    _, tasks = _read(text)
    assert [t.units[0].name for t in tasks] == ["Ban chấp hành Đảng bộ thị trấn"] * 3
    assert tasks[2].deadline.due == date(2024, 8, 31)


def test_a_scoping_period_and_a_plan_with_se() -> None:
    text = "Trong quý III năm 2024, phường Hòa An sẽ tập trung chỉnh trang đô thị, đồng thời: đẩy mạnh thu ngân sách."
    _, tasks = _read(text)
    assert [t.deadline.due for t in tasks] == [date(2024, 9, 30)] * 2
    assert tasks[0].units[0].name == "phường Hòa An"


def test_a_deadline_line_attaches_to_the_task_before_it() -> None:
    text = "Đồng chí yêu cầu Văn phòng xây dựng dự thảo báo cáo tổng kết.\n\nThời gian hoàn thành: trước ngày 20/9/2024."
    _, tasks = _read(text)
    assert len(tasks) == 1 and tasks[0].deadline.due == date(2024, 9, 20)


def test_coordinating_units_are_kept_apart() -> None:
    text = "UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và UBND các huyện nghiên cứu phương án sắp xếp."
    _, tasks = _read(text)
    assert [u.name for u in tasks[0].units] == ["Sở Tài chính"]
    assert [u.name for u in tasks[0].coordinating_units] == ["Sở Xây dựng", "UBND các huyện"]


def test_a_document_with_requests_but_no_task_warns_naming_the_sentence() -> None:
    draft = extract("Tin ngắn\n\nCuối buổi, đồng chí đề nghị.", issued_on=REF)
    assert draft.tasks == []
    assert any("đồng chí đề nghị" in w for w in draft.warnings)


def test_extract_json_keeps_its_fields_and_adds_evidence() -> None:
    draft = extract("Đồng chí yêu cầu Hội Phụ nữ xã tổ chức hội thi nấu ăn trong tháng 10/2024.", issued_on=REF)
    data = draft.to_dict()["tasks"][0]
    assert set(data) >= {"ref", "content", "units", "coordinating_units", "directed_units", "deadline", "evidence", "reasons"}
    assert data["evidence"]["text"].startswith("Đồng chí yêu cầu") and data["evidence"]["start"] == 0
    assert data["deadline"]["due"] == "2024-10-31"


def test_a_meeting_conclusion_for_nobody_named_goes_to_the_body_that_held_it() -> None:
    text = ("Sáng 2/7/2024, UBND phường Hòa Bình tổ chức họp thường kỳ tháng 7.\n\n"
            "Đồng chí chủ trì kết luận các nhiệm vụ trọng tâm trong tháng 8/2024, bao gồm: công tác vệ sinh môi trường; "
            "công tác phòng cháy chữa cháy.")
    _, tasks = _read(text, None)
    assert [(t.content, t.units[0].name, t.deadline.due) for t in tasks] == [
        ("công tác vệ sinh môi trường", "UBND phường Hòa Bình", date(2024, 8, 31)),
        ("công tác phòng cháy chữa cháy.", "UBND phường Hòa Bình", date(2024, 8, 31)),
    ]


def test_an_event_to_complete_by_a_date_is_the_holding_body_s_task() -> None:
    _, tasks = _read("Dự kiến Đại hội Hội Nông dân các xã hoàn thành trong tháng 9/2024.")
    assert [(u.key for u in t.units) and t.units[0].key for t in tasks] == ["nong_dan"]
    assert tasks[0].deadline.due == date(2024, 9, 30)


def test_the_bare_word_hoi_refers_back_to_the_association_named_before() -> None:
    text = ("Hội Cựu chiến binh xã Tân Phú tổ chức ra quân làm đường giao thông.\n\n"
            "Thời gian tới, Hội tiếp tục vận động hội viên hiến đất làm đường.")
    _, tasks = _read(text)
    assert [t.units[0].key for t in tasks] == ["cuu_chien_binh"]


def test_actions_of_one_clause_share_the_one_deadline_it_states() -> None:
    text = ("Văn phòng UBND tỉnh giao Chủ tịch UBND huyện Lạc Dương kiểm tra, giải quyết đơn; báo cáo kết quả về UBND tỉnh "
            "trước ngày 30/9/2024 và thông tin cho người có đơn được biết.")
    _, tasks = _read(text)
    assert [t.deadline.due for t in tasks] == [None, date(2024, 9, 30), date(2024, 9, 30)]
    assert {t.units[0].name for t in tasks} == {"Chủ tịch UBND huyện Lạc Dương"}


def test_the_front_and_mass_organisations_keep_their_key_at_any_level() -> None:
    refs, _ = addressees_at("Ban Thường trực Ủy ban MTTQ các xã cần hoàn thành", 0, RESOLVER)
    assert [r.key for r in refs] == ["mttq"]
    refs, _ = addressees_at("UBND các xã cần hoàn thành", 0, RESOLVER)
    assert [r.key for r in refs] == [None]


def test_verbs_sharing_an_object_stay_one_task_but_two_objects_make_two() -> None:
    assert len(_comma_parts("nghiên cứu và báo cáo đề xuất phương án sắp xếp", 0)) == 1
    assert len(_comma_parts("kiện toàn công tác cán bộ cơ sở và triển khai các nhiệm vụ công tác Hội", 0)) == 2


def test_counted_places_and_relative_clauses_in_addressees() -> None:
    assert split_units("Hai xã Tân An, Tân Bình và Đảng bộ Công an huyện") == ["xã Tân An", "xã Tân Bình", "Đảng bộ Công an huyện"]
    text = "Tỉnh ủy nơi được chọn làm trung tâm hành chính sau sáp nhập chủ trì, phối hợp với các tỉnh ủy xây dựng đề án"
    refs, _ = addressees_at(text, 0, RESOLVER)
    assert [r.name for r in refs] == ["Tỉnh ủy nơi được chọn làm trung tâm hành chính sau sáp nhập"]


def test_responsibility_of_someone_in_doing_something_is_their_task() -> None:
    text = "Hội nghị nhấn mạnh trách nhiệm của 2 đồng chí Phó Chủ tịch trong việc kiểm soát tiến độ các công trình."
    _, tasks = _read(text)
    assert [(t.units[0].name, "kiểm soát tiến độ các công trình" in t.content) for t in tasks] == [
        ("2 đồng chí Phó Chủ tịch", True)]


def test_the_speaker_before_a_request_is_not_the_one_who_acts() -> None:
    _, tasks = _read("Đồng chí yêu cầu Phòng Tư pháp rà soát văn bản. Chủ tịch UBND yêu cầu Phòng Nội vụ bố trí cán bộ trực.")
    assert [t.units[0].name for t in tasks] == ["Phòng Tư pháp", "Phòng Nội vụ"]


def test_a_dated_duty_in_the_passive_makes_the_sentence_before_a_task() -> None:
    text = "UBND cấp huyện rà soát danh sách hộ nghèo. Kết quả phải được gửi về Sở Lao động trước ngày 20/8/2024."
    _, tasks = _read(text)
    assert [(t.units[0].name, t.deadline.due) for t in tasks] == [
        ("UBND cấp huyện", date(2024, 8, 20)), ("UBND cấp huyện", date(2024, 8, 20))]


def test_a_purpose_clause_with_its_own_doer_is_not_split() -> None:
    assert len(_comma_parts("gửi hồ sơ về Sở Nội vụ để tổng hợp, trình UBND tỉnh xem xét", 0)) == 1
    assert len(_comma_parts("bám sát kế hoạch để làm tốt công tác chuẩn bị, rà soát nhân sự theo quy trình", 0)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Thông báo lấy ý kiến\n\n1. Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025.",
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ, UBND tỉnh ban hành kế hoạch.",
        "Tin hội nghị\n\nĐại hội Hội Nông dân tỉnh diễn ra vào ngày 24/5/2018.",
    ],
)
def test_a_window_a_cited_decree_or_an_event_does_not_date_the_document(text: str) -> None:
    assert extract(text).document.issued_on is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giám đốc: Sở Y tế, Sở Giáo dục và Đào tạo, Đài Phát thanh tỉnh triển khai",
         ["Giám đốc Sở Y tế", "Giám đốc Sở Giáo dục và Đào tạo", "Giám đốc Đài Phát thanh tỉnh"]),
        ("Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch UBND các huyện tổ chức thực hiện",
         ["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các huyện"]),
        ("Đảng đoàn HĐND tỉnh lãnh đạo", ["Đảng đoàn HĐND tỉnh"]),
    ],
)
def test_titles_collectives_and_party_groups_are_kept_as_written(text: str, names: list[str]) -> None:
    refs, _ = addressees_at(text, 0, RESOLVER, need_head=False)
    assert [r.name for r in refs] == names and all(r.key is None for r in refs)


@pytest.mark.parametrize(("text", "key"), [("Đảng đoàn Hội Nông dân tỉnh lãnh đạo", "nong_dan"),
                                           ("Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh chỉ đạo", "mttq")])
def test_the_party_group_of_the_front_or_a_mass_organization_answers_for_it(text: str, key: str) -> None:
    refs, _ = addressees_at(text, 0, UnitResolver(standard_units("tinh"), "tinh"), need_head=False)
    assert [r.key for r in refs] == [key]


def test_a_person_asked_to_direct_a_body_keeps_the_body_as_directed() -> None:
    _, tasks = _read("UBND tỉnh giao Chủ tịch UBND huyện Hòa Vang chỉ đạo UBND xã Hòa Phú kiểm tra, xử lý dứt điểm vụ việc.")
    assert len(tasks) == 1
    assert [u.name for u in tasks[0].units] == ["Chủ tịch UBND huyện Hòa Vang"]
    assert [u.name for u in tasks[0].directed_units] == ["UBND xã Hòa Phú"]


def test_two_events_with_their_own_dates_in_one_sentence_are_two_tasks() -> None:
    text = "Theo kế hoạch, Đại hội MTTQ cấp xã hoàn thành trước tháng 3/2025, Đại hội MTTQ cấp huyện hoàn thành trước tháng 5/2025."
    _, tasks = _read(text)
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("mttq", date(2025, 3, 31)), ("mttq", date(2025, 5, 31))]


def test_a_planned_date_before_sẽ_belongs_to_the_action_after_it() -> None:
    _, tasks = _read("Ban Thường vụ Huyện đoàn dự kiến đến ngày 15/8, sẽ chỉ đạo các cơ sở Đoàn tổ chức đại hội chi đoàn.")
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("doan_thanh_nien", date(2024, 8, 15))]


def test_a_request_to_hoi_means_the_association_named_before() -> None:
    text = "Hội nghị tổng kết công tác của Hội Cựu chiến binh tỉnh.\n\nĐồng chí Phó Bí thư yêu cầu hội cần chuẩn bị tốt nhân sự đại hội."
    _, tasks = _read(text)
    assert [t.units[0].key for t in tasks] == ["cuu_chien_binh"]


def test_rows_of_a_task_table_flattened_to_text() -> None:
    text = ("Bảng phân công nhiệm vụ\n\nSTT | Đơn vị | Nội dung | Thời hạn\n"
            "1 | Hội Nông dân xã | Tổ chức tập huấn kỹ thuật trồng lúa | 15/9/2024\n"
            "2\tĐoàn Thanh niên xã\tRa quân làm sạch đường làng\t30/9/2024\n")
    _, tasks = _read(text)
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [
        ("nong_dan", date(2024, 9, 15)), ("doan_thanh_nien", date(2024, 9, 30))]


def test_a_sentence_that_only_gives_the_date_closes_the_tasks_before_it() -> None:
    text = "Đồng chí yêu cầu các chi hội rà soát danh sách hội viên. Các đơn vị hoàn thành trước ngày 20/9/2024."
    _, tasks = _read(text)
    assert [t.deadline.due for t in tasks] == [date(2024, 9, 20)]


# -- generalisation (issue 10, held-out round): one construction per test, sentences written for them ---------
@pytest.mark.parametrize(
    ("phrase", "units"),
    [
        ("giám đốc các sở, ngành và chủ tịch UBND các quận, huyện", ["giám đốc các sở, ngành", "chủ tịch UBND các quận, huyện"]),
        ("thủ trưởng các ban ngành, chủ tịch UBND các xã", ["thủ trưởng các ban ngành", "chủ tịch UBND các xã"]),
        ("các trường học công lập, đơn vị sự nghiệp ngoài công lập",
         ["các trường học công lập", "đơn vị sự nghiệp ngoài công lập"]),
        ("các phòng chuyên môn, cơ quan, đơn vị", ["các phòng chuyên môn, cơ quan, đơn vị"]),
        ("các cơ quan, đơn vị liên quan", ["các cơ quan, đơn vị liên quan"]),
        ("Giám đốc các sở; các doanh nghiệp nhà nước và Chủ tịch UBND các cấp",
         ["Giám đốc các sở", "các doanh nghiệp nhà nước", "Chủ tịch UBND các cấp"]),
        ("các trường học, hội cựu chiến binh các cấp", ["các trường học", "hội cựu chiến binh các cấp"]),
    ],
)
def test_a_list_of_addressees_is_cut_where_each_names_its_own_body(phrase: str, units: list[str]) -> None:
    assert split_units(phrase) == units


def test_a_head_noun_shared_by_a_list_of_fields_names_each_body() -> None:
    refs, _ = addressees_at("các sở, ngành y tế, giao thông vận tải, văn hóa và thể thao, Văn phòng UBND tỉnh phối hợp",
                            0, RESOLVER)
    assert [r.name for r in refs] == ["Sở Y tế", "Sở Giao thông vận tải", "Sở Văn hóa và thể thao", "Văn phòng UBND tỉnh"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Khối vận các phường rà soát", "dan_van"),
        ("ban dân vận các cấp nắm tình hình", "dan_van"),
        ("cơ quan Thành đoàn làm đầu mối", "doan_thanh_nien"),
        ("các cơ sở Đoàn tổ chức", "doan_thanh_nien"),
    ],
)
def test_the_mass_mobilisation_board_and_an_organisation_s_office_or_grassroots_keep_its_key(text: str, key: str) -> None:
    refs, _ = addressees_at(text, 0, RESOLVER, need_head=False)
    assert [r.key for r in refs] == [key]


def test_the_one_asked_to_direct_others_is_responsible_even_with_an_adverb_between() -> None:
    _, tasks = _read("UBND tỉnh yêu cầu thủ trưởng các sở khẩn trương chỉ đạo các phòng trực thuộc kiểm kê tài sản công.")
    assert [[u.name for u in t.units] for t in tasks] == [["thủ trưởng các sở"]]
    assert [u.name for u in tasks[0].directed_units] == ["các phòng trực thuộc"]


def test_the_recipients_of_a_document_are_the_ones_its_request_asks() -> None:
    _, tasks = _read("Sở Y tế vừa có văn bản gửi các bệnh viện tuyến huyện yêu cầu kiểm tra kho thuốc. "
                     "Đồng thời báo cáo kết quả về Sở trước ngày 20/8/2024.")
    assert [([u.name for u in t.units], t.deadline.due) for t in tasks] == [
        (["các bệnh viện tuyến huyện"], None), (["các bệnh viện tuyến huyện"], date(2024, 8, 20))]


def test_a_verb_without_its_own_object_shares_the_next_one() -> None:
    assert len(_comma_parts("có trách nhiệm theo dõi, tổng hợp ý kiến các xã", 0)) == 1
    assert len(_comma_parts("bám sát nhiệm vụ phân công, chủ động lập kế hoạch chi tiết", 0)) == 2
    assert len(_comma_parts("lập dự toán kinh phí, thường xuyên theo dõi, đôn đốc các tổ dân phố", 0)) == 2
    assert len(_comma_parts("đẩy mạnh công tác vận động, thuyết phục các hộ gia đình", 0)) == 1


def test_two_events_joined_by_va_each_with_its_date_are_two_tasks() -> None:
    text = "Đại hội Hội Nông dân cấp huyện sẽ hoàn thành trước tháng 4/2025 và Đại hội Hội Nông dân tỉnh hoàn thành trước tháng 6/2025."
    _, tasks = _read(text)
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("nong_dan", date(2025, 4, 30)), ("nong_dan", date(2025, 6, 30))]


def test_what_a_speaker_says_after_a_colon_is_read_as_its_own_sentence() -> None:
    _, tasks = _read("Đồng chí Bí thư khẳng định: Hội Nông dân xã sẽ tổ chức tập huấn cho hội viên về chuyển đổi số.")
    assert [t.units[0].key for t in tasks] == ["nong_dan"]


def test_speaking_at_an_event_is_no_task() -> None:
    _, tasks = _read("Tại lễ khai mạc, Chủ tịch Hội Nông dân tỉnh sẽ phát biểu tại đại hội về phong trào thi đua.")
    assert tasks == []


def test_a_request_with_its_own_action_is_no_restatement_and_the_letter_s_comrades_are_its_addressees() -> None:
    assert not is_restatement("Đề nghị các đồng chí thường xuyên đôn đốc, nắm tình hình ở cơ sở để thực hiện.")
    text = ("Kính gửi: Các huyện ủy, thị ủy\nBan Tổ chức Tỉnh ủy đề nghị các huyện ủy, thị ủy rà soát quy hoạch cán bộ "
            "trước ngày 30/9/2024.\nĐồng thời, đề nghị các đồng chí thường xuyên đôn đốc, nắm tình hình ở cơ sở để thực hiện.")
    _, tasks = _read(text)
    assert [[u.name for u in t.units] for t in tasks] == [["các huyện ủy, thị ủy"], ["Các huyện ủy, thị ủy"]]


def test_the_lines_of_kinh_gui_end_where_the_body_begins() -> None:
    text = "Kính\ngửi: Các huyện ủy, thị ủy trực thuộc tỉnh\nThực hiện kế hoạch của tỉnh, đề nghị các huyện ủy rà soát quy chế."
    doc, tasks = _read(text)
    assert [doc.view[s.start : s.end] for s in doc.layer("kinh_gui")] == ["Kính gửi: Các huyện ủy, thị ủy trực thuộc tỉnh"]
    assert len(tasks) == 1


def test_a_long_lead_in_naming_many_addressees_opens_its_items() -> None:
    text = ("Nhằm đưa chương trình chuyển đổi số của tỉnh vào nền nếp trong năm tới, Chủ tịch UBND tỉnh đề nghị "
            "Giám đốc các bệnh viện, Thủ trưởng các trường, viện cấp tỉnh; các doanh nghiệp nhà nước và Chủ tịch UBND các xã "
            "quan tâm làm tốt những việc sau:\n1. Rà soát các thủ tục hành chính thực hiện trực tuyến.")
    _, tasks = _read(text)
    assert len(tasks) == 1 and len(tasks[0].units) == 4


def test_the_bare_word_hoi_is_the_association_the_text_is_about() -> None:
    text = ("Hội Cựu chiến binh tỉnh tổng kết năm; Hội Cựu chiến binh các huyện đã hoàn thành đại hội. "
            "Đoàn viên Hội Liên hiệp Thanh niên cũng tham gia. Đồng chí Phó Chủ tịch yêu cầu hội cần chuẩn bị tốt nhân sự.")
    _, tasks = _read(text)
    assert [t.units[0].key for t in tasks] == ["cuu_chien_binh"]


def test_a_cue_that_assigns_nothing_of_its_own_stays_with_the_request_before_it() -> None:
    text = ("UBND huyện yêu cầu các xã rà soát hồ sơ đất đai, lập danh sách hộ chưa cấp giấy; lưu ý đối với các hồ sơ tồn đọng "
            "từ năm trước; chủ động, kịp thời báo cáo những vướng mắc vượt thẩm quyền.")
    _, tasks = _read(text)
    assert len(tasks) == 4 and all([u.name for u in t.units] == ["các xã"] for t in tasks)
    assert tasks[2].content.startswith("lưu ý đối với")


def test_a_report_after_va_is_a_task_of_its_own_sharing_the_date() -> None:
    _, tasks = _read("Giao Phòng Nội vụ rà soát biên chế các trường học và báo cáo kết quả về UBND huyện trước ngày 15/9/2024.")
    assert [t.deadline.due for t in tasks] == [date(2024, 9, 15), date(2024, 9, 15)]


def test_a_date_before_the_request_in_its_clause_is_when_it_is_due_and_an_event_day_is_not_a_deadline() -> None:
    text = ("Đến nay các chi đoàn đã hoàn thành đại hội; dự kiến đến ngày 20/9, sẽ chỉ đạo các cơ sở Đoàn chuẩn bị nhân sự "
            "đại hội, tiến tới tổ chức hội thao thanh niên vào ngày 15/10/2024.")
    _, tasks = _read(text)
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("doan_thanh_nien", date(2024, 9, 20)), ("doan_thanh_nien", None)]


def test_a_report_of_past_direction_opens_no_list() -> None:
    assert cues("Ban Thường vụ đã chỉ đạo hoàn thành đại hội thí điểm tại hai xã") == []
    assert lead_in_colon("Ban Thường vụ đã chỉ đạo hoàn thành đại hội thí điểm tại hai xã, đó là: An Phú và Tân Lập.") is None


def test_follow_ups_opened_by_connectives_without_a_comma_continue_the_request() -> None:
    text = ("Đồng chí Chủ tịch yêu cầu Phòng Tài chính rà soát các khoản chi thường xuyên. "
            "Trong đó, cần tập trung cắt giảm chi hội nghị. Đồng thời tổng hợp kết quả gửi Thường trực UBND huyện.")
    _, tasks = _read(text)
    assert len(tasks) == 3 and all([u.name for u in t.units] == ["Phòng Tài chính"] for t in tasks)


def test_the_local_government_as_a_whole_is_kept_as_written_and_serving_someone_is_an_object() -> None:
    _, tasks = _read("Chính quyền xã sẽ rà soát các thủ tục còn tồn đọng, kịp thời tham mưu cho Đảng ủy về công tác cán bộ.")
    assert [[u.name for u in t.units] for t in tasks] == [["Chính quyền xã"], ["Chính quyền xã"]]


def test_an_adverb_and_a_verb_after_a_noun_start_a_new_action_without_a_comma() -> None:
    parts = _comma_parts("tiếp tục rà soát hồ sơ của từng thôn khẩn trương hoàn thiện danh sách hộ nghèo", 0)
    assert len(parts) == 2
    assert len(_comma_parts("Hội Phụ nữ xã tiếp tục vận động hội viên tham gia", 0)) == 1


def test_a_list_of_manners_or_of_named_programmes_is_not_split_into_actions() -> None:
    assert len(_comma_parts("Thực hiện việc lấy ý kiến người dân một cách công khai, minh bạch, thống nhất toàn huyện", 0)) == 1
    assert len(_comma_parts("Đề án nước sạch nông thôn, bảo vệ môi trường, xây dựng nhà văn hóa thôn", 0)) == 1


def test_a_nameless_request_after_praise_is_for_the_bodies_praised() -> None:
    text = ("Đồng chí Bí thư đánh giá cao sự chủ động của Hội Nông dân và các hợp tác xã trong tiêu thụ nông sản. "
            "Đồng chí đề nghị tiếp tục mở rộng liên kết sản xuất theo chuỗi.")
    _, tasks = _read(text)
    assert [[u.key or u.name for u in t.units] for t in tasks] == [["nong_dan", "các hợp tác xã"]]


def test_an_opening_until_phrase_with_cho_is_skipped_before_the_subject() -> None:
    _, tasks = _read("Từ nay cho đến ngày khai mạc, Hội Cựu chiến binh huyện cần rà soát lại danh sách đại biểu.")
    assert [t.units[0].key for t in tasks] == ["cuu_chien_binh"]


def test_giao_before_a_capitalised_board_assigns_but_giao_ban_is_a_briefing() -> None:
    assert [c.word for c in cues("Đồng thời, giao Ban Quản lý dự án huyện nghiệm thu công trình.")] == ["giao"]
    assert cues("Sáng nay, huyện tổ chức hội nghị giao ban công tác tháng 9.") == []
    assert cues("Hội nghị Giao Ban khối nội chính diễn ra sáng nay.") == []


def test_a_long_list_of_bodies_is_read_whole_and_a_bare_board_takes_the_organisation_after_it() -> None:
    text = ("Ban Quản lý dự án tỉnh, Sở Tài chính tỉnh, Kho bạc Nhà nước tỉnh, Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, "
            "Ban Chấp hành, Ban Thường vụ Huyện ủy Lạc Dương và các cá nhân liên quan chịu trách nhiệm thi hành")
    refs, _ = addressees_at(text, 0, RESOLVER)
    names = [r.name for r in refs]
    assert len(names) == 8 and "Ban Chấp hành Huyện ủy Lạc Dương" in names


def test_a_person_named_after_a_board_ends_the_list_of_bodies() -> None:
    refs, _ = addressees_at("Ban Thường vụ Đảng ủy xã An Phú đồng chí Nguyễn Văn Bình phát biểu", 0, RESOLVER)
    assert [r.name for r in refs] == ["Ban Thường vụ Đảng ủy xã An Phú"]


@pytest.mark.parametrize(
    "text",
    [
        "Theo kế hoạch, đại hội Hội Nông dân cấp xã hoàn thành trước tháng 3/2025, cấp huyện trước tháng 5/2025, "
        "cấp tỉnh trước tháng 7/2025.",
        "Dự kiến, Hội Nông dân sẽ tổ chức đại hội cấp xã trước tháng 3/2025, cấp huyện trước tháng 5/2025 và cấp tỉnh "
        "trước tháng 7/2025.",
    ],
)
def test_a_plan_with_a_date_per_level_is_one_task_per_level(text: str) -> None:
    _, tasks = _read(text, date(2024, 12, 1))
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [
        ("nong_dan", date(2025, 3, 31)), ("nong_dan", date(2025, 5, 31)), ("nong_dan", date(2025, 7, 31))]


def test_levels_without_a_date_each_stay_in_one_task() -> None:
    _, tasks = _read("Hội Nông dân tổ chức tập huấn cho cán bộ cấp xã, cấp huyện trước tháng 5/2025.", date(2024, 12, 1))
    assert len(tasks) == 1


def test_a_reporter_s_aside_opened_by_duoc_biet_is_no_task_and_joins_none() -> None:
    text = ("THÔNG BÁO KẾT LUẬN\nBan Thường vụ Huyện ủy kết luận như sau:\n"
            "1. Giao Hội Nông dân huyện tổ chức tập huấn kỹ thuật cho hội viên trước ngày 30/9/2024. "
            "Được biết, năm nay đã có ba xã xây dựng được mô hình tốt.\n2. Giao Huyện đoàn rà soát danh sách đoàn viên.\n")
    draft = extract(text, issued_on=REF)
    assert [t.content for t in draft.tasks] == [
        "Giao Hội Nông dân huyện tổ chức tập huấn kỹ thuật cho hội viên trước ngày 30/9/2024.",
        "Giao Huyện đoàn rà soát danh sách đoàn viên."]


@pytest.mark.parametrize(
    ("sentence", "closing"),
    [
        ("Yêu cầu các phòng, ban khẩn trương triển khai thực hiện các nội dung nêu trên.", True),
        ("UBND xã đề nghị các thôn, tổ dân phố nghiêm túc tổ chức thực hiện nội dung Kế hoạch này.", True),
        ("Đề nghị các chi hội căn cứ nội dung trên để triển khai thực hiện.", True),
        ("Đề nghị các chi hội tổ chức thực hiện tốt việc bình xét hộ nghèo.", False),
        ("Đề nghị các trường phối hợp thực hiện kế hoạch phòng chống đuối nước năm 2025.", False),
    ],
)
def test_a_closing_that_only_asks_to_carry_out_the_document_is_no_task(sentence: str, closing: bool) -> None:
    assert is_restatement(sentence) is closing


def test_when_an_event_is_held_is_neither_a_new_action_nor_a_deadline() -> None:
    _, tasks = _read("Đề nghị Hội Nông dân xã chuẩn bị tốt nội dung đại hội, dự kiến tổ chức vào ngày 20/10/2024.")
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("nong_dan", None)]
    _, tasks = _read("Đề nghị Hội Nông dân xã gửi báo cáo tổng kết về Huyện hội vào ngày 20/10/2024.")
    assert [t.deadline.due for t in tasks] == [date(2024, 10, 20)]


def test_leaders_addressed_as_comrades_and_an_acronym_after_them_are_two_addressees() -> None:
    refs, _ = addressees_at("các đồng chí lãnh đạo phòng, BQL chợ Trung tâm tham gia góp ý vào phương án", 0, RESOLVER)
    assert [r.name for r in refs] == ["các đồng chí lãnh đạo phòng", "BQL chợ Trung tâm"]


def test_an_action_cut_off_by_the_end_of_an_excerpt_with_little_left_stays_with_the_action_before() -> None:
    head = ("Hội nghị sơ kết\n\nSáng 1/7/2024, Hội Phụ nữ xã họp sơ kết công tác sáu tháng đầu năm với sự tham dự của "
            "đại diện các chi hội và các ban ngành của xã. ")
    _, tasks = _read(head + "Đề nghị Hội Phụ nữ xã rà soát danh sách hội viên nghèo trên địa bàn, xây dựng nếp sống vă")
    assert len(tasks) == 1 and tasks[0].content.endswith("nếp sống vă")
    _, tasks = _read(head + "Đề nghị Hội Phụ nữ xã rà soát danh sách hội viên nghèo trên địa bàn, kịp thời tham mưu cho cấp ủy "
                     "giải quyết kiến nghị của hội vi")
    assert len(tasks) == 2


@pytest.mark.parametrize("how", ["thực hiện thường xuyên", "triển khai nghiêm túc, kịp thời", "thực hiện hằng tháng"])
def test_a_verb_followed_only_by_how_or_how_often_is_no_new_action(how: str) -> None:
    _, tasks = _read(f"Giao Đoàn Thanh niên xã ra quân dọn vệ sinh kênh mương nội đồng, {how}.")
    assert len(tasks) == 1 and tasks[0].units[0].key == "doan_thanh_nien"


@pytest.mark.parametrize("how", ["thực hiện thường xuyên", "triển khai nghiêm túc, kịp thời", "tiếp tục thực hiện hằng tháng"])
def test_a_clause_of_only_how_after_a_semicolon_is_no_task_of_its_own(how: str) -> None:
    _, tasks = _read(f"Giao Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa cho hội viên; {how}.")
    assert len(tasks) == 1 and tasks[0].units[0].key == "nong_dan"


def test_a_guiding_principle_after_a_semicolon_is_no_task() -> None:
    _, tasks = _read("Đề nghị Phòng Văn hóa huyện đổi mới cách tiếp nhận phản ánh của cử tri ở các thôn; lấy sự hài lòng "
                     "của cử tri làm thước đo, coi đây là việc thường xuyên.")
    assert len(tasks) == 1 and tasks[0].content.startswith("Đề nghị Phòng Văn hóa")


def test_a_notice_word_after_co_is_an_action_even_with_a_word_dropped() -> None:
    for verb in ("có thông báo", "có văn thông báo"):
        _, tasks = _read(f"Giao UBND xã Tân Lập khắc phục hư hỏng tuyến đường liên thôn theo đúng thiết kế và {verb} công khai "
                         "thời gian thi công cho người dân biết.")
        assert len(tasks) == 2, verb


def test_letters_lost_to_question_marks_are_read_back_and_quoted_as_written() -> None:
    from conclusions.mojibake import repair

    damaged = "T?i h?i ngh?, ??ng chí Ch? t?ch ?? ngh? H?i Nông dân xã t?ng h?p ý ki?n c?a h?i viên tr??c ngày 30/8/2024."
    fixed = repair(damaged)
    assert len(fixed) == len(damaged)
    assert "Chủ tịch đề nghị Hội Nông dân xã tổng hợp ý kiến" in fixed
    questions = "Hỏi: ai làm? Đáp: xã. Hỏi: khi nào xong? Đáp: tháng 9. Hỏi: báo cáo gửi ai? Đáp: huyện."
    assert repair(questions) == questions  # real question marks stay
    draft = extract("THÔNG BÁO\n\n" + damaged)
    assert [t.units[0].key for t in draft.tasks] == ["nong_dan"]
    assert "t?ng h?p" in draft.tasks[0].content and draft.tasks[0].deadline.due == date(2024, 8, 30)


def test_a_sentence_that_repeats_the_request_with_a_window_dates_it_and_is_no_new_task() -> None:
    text = ("Ban Thường trực Ủy ban MTTQ xã kính mong các đồng chí trưởng thôn tham gia góp ý vào dự thảo quy chế "
            "dân chủ ở cơ sở. Các đồng chí góp ý gửi văn bản về Văn phòng Ủy ban: thời gian từ ngày 5/8/2024 đến "
            "ngày 15/8/2024 để tổng hợp.")
    _, tasks = _read(text)
    assert len(tasks) == 1 and tasks[0].deadline.due == date(2024, 8, 15)


def test_a_dated_plan_tacked_onto_a_report_is_a_task_of_the_reporting_body() -> None:
    text = ("Đến nay Hội Nông dân xã đã cơ bản hoàn thành rà soát hội viên, tiến tới hoàn thành đại hội các chi hội "
            "trong tháng 9/2024.")
    _, tasks = _read(text)
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("nong_dan", date(2024, 9, 30))]
    _, tasks = _read("Đến nay Hội Nông dân xã đã cơ bản hoàn thành rà soát hội viên, tiến tới đại hội nhiệm kỳ mới.")
    assert tasks == []


def test_objects_joined_by_va_each_with_its_own_date_are_one_task_each() -> None:
    _, tasks = _read("Đề nghị Hội Cựu chiến binh xã hoàn thành đại hội các chi hội trong tháng 9/2024 và đại hội "
                     "cấp cơ sở trong tháng 10/2024.")
    assert [t.deadline.due for t in tasks] == [date(2024, 9, 30), date(2024, 10, 31)]
    _, tasks = _read("Đề nghị Hội Cựu chiến binh xã tổ chức hội thao trong hai ngày 8 và 9/9/2024.")
    assert len(tasks) == 1


@pytest.mark.parametrize(
    ("clause", "n"),
    [
        ("chuẩn bị chu đáo nội dung, nhân sự hoàn thành tổ chức Đại hội chi đoàn", 2),
        ("phát huy sức mạnh đoàn kết của hội viên tổ chức các hoạt động chào mừng ngày thành lập Hội", 2),
        ("nâng cao tỷ lệ hoàn thành các chỉ tiêu được giao", 1),
        ("đôn đốc các cơ quan, tổ chức các hoạt động chào mừng", 1),
    ],
)
def test_a_second_action_run_on_without_a_comma_is_split(clause: str, n: int) -> None:
    assert len(_comma_parts(clause, 0)) == n


def test_a_plan_under_a_condition_with_thi_is_a_task_of_its_subject() -> None:
    _, tasks = _read("Khi có quyết định của tỉnh thì UBND huyện sẽ triển khai ngay các bước chuẩn bị cho việc sắp xếp xã.")
    assert [t.units[0].key for t in tasks] == ["ubnd"]


def test_whose_responsibility_a_clause_names_is_its_subject() -> None:
    _, tasks = _read("Giao Phòng Nội vụ huyện tham mưu phương án sắp xếp cán bộ; trong đó có trách nhiệm của Hội Nông dân "
                     "huyện sẽ cùng tham gia rà soát danh sách cán bộ hội.")
    assert len(tasks) == 2 and "Nội vụ" in tasks[0].units[0].name and tasks[1].units[0].key == "nong_dan"


def test_a_damaged_capitalised_word_mid_sentence_reads_as_a_unit_head() -> None:
    from conclusions.mojibake import repair

    assert "giao Sở Nội vụ" in repair("T?i h?i ngh?, ??ng chí Ch? t?ch giao S? N?i v? t?ng h?p danh sách.")


def test_the_next_step_of_a_plan_in_the_passive_is_a_task_for_the_same_body() -> None:
    text = ("Đề nghị Hội Nông dân xã hoàn thành dự thảo báo cáo tổng kết trước ngày 15/8/2024. Sau đó, dự thảo báo cáo "
            "được gửi lấy ý kiến các chi hội.")
    _, tasks = _read(text)
    assert [t.units[0].key for t in tasks] == ["nong_dan", "nong_dan"]
    assert tasks[1].content.startswith("dự thảo báo cáo được gửi")
    _, tasks = _read("Hội Nông dân xã đã tổ chức hội nghị. Sau đó, các hội viên được tặng quà.")
    assert tasks == []


def test_shortcomings_that_must_be_fixed_are_a_task_of_the_bodies_praised() -> None:
    text = ("Đồng chí Chủ tịch đánh giá cao tinh thần của Hội Nông dân xã, đồng thời chỉ ra những tồn tại, hạn chế cần "
            "được khắc phục ngay trong quý tới và đề nghị Đoàn Thanh niên xã rà soát lại danh sách đoàn viên.")
    _, tasks = _read(text)
    assert [t.units[0].key for t in tasks] == ["nong_dan", "doan_thanh_nien"]
    assert tasks[0].content.startswith("khắc phục ngay")


def test_an_instruction_being_given_now_is_a_task_and_one_already_given_is_a_report() -> None:
    _, tasks = _read("UBND huyện đang chỉ đạo Hội Nông dân huyện hướng dẫn hội viên chuyển đổi cây trồng trên đất lúa.")
    assert [t.units[0].key for t in tasks] == ["nong_dan"]
    _, tasks = _read("UBND huyện đã chỉ đạo Hội Nông dân huyện hướng dẫn hội viên chuyển đổi cây trồng trên đất lúa.")
    assert tasks == []


def test_what_a_named_bodys_plan_says_it_will_do_is_its_task_by_the_time_given() -> None:
    _, tasks = _read("Theo kế hoạch đề ra từ đầu năm của Hội Nông dân xã đến cuối năm 2024 giúp đỡ, hướng dẫn 30 hộ "
                     "hội viên cải tạo vườn tạp.")
    assert [(t.units[0].key, t.deadline.due) for t in tasks] == [("nong_dan", date(2024, 12, 31))]
    _, tasks = _read("Theo kế hoạch của Hội Nông dân xã, hội nghị đã diễn ra trong hai ngày.")
    assert tasks == []


def test_a_period_between_two_actions_scopes_the_one_after_it() -> None:
    text = ("Chủ tịch UBND huyện yêu cầu Phòng Tài nguyên huyện phân công rõ người, rõ việc đối với từng hồ sơ, quyết "
            "tâm trong thời gian từ nay đến tháng 10/2024, phải giải quyết dứt điểm các hồ sơ tồn đọng.")
    _, tasks = _read(text)
    assert [t.deadline.due for t in tasks] == [None, date(2024, 10, 31)]


def test_a_verdict_about_someone_is_no_task_but_a_proposal_to_dismiss_is() -> None:
    text = ("Ban Thường vụ Huyện ủy quyết định: đối với ông Trưởng phòng Kinh tế: kỷ luật khiển trách; đối với ông Phó "
            "Chủ tịch UBND xã: kỷ luật cảnh cáo, đề nghị cách chức Phó Chủ tịch xã.")
    _, tasks = _read(text)
    assert [t.content for t in tasks] == ["đề nghị cách chức Phó Chủ tịch xã."]


def test_a_named_comment_window_dates_the_comments_and_what_refers_back_to_it() -> None:
    text = ("THÔNG BÁO\n\n1. Thời gian lấy ý kiến: từ ngày 2/8/2024 đến ngày 20/8/2024.\n2. Giao:\n"
            "- Phòng Văn hóa huyện tiếp nhận các ý kiến góp ý của người dân.\n"
            "- UBND các xã công khai dự thảo tại trụ sở xã, cho ý kiến bằng văn bản về dự thảo.\n"
            "Trong thời gian lấy ý kiến nêu trên, đề nghị các đoàn thể huyện gửi ý kiến về Phòng Văn hóa huyện trước khi "
            "trình UBND huyện.")
    _, tasks = _read(text)
    due = {t.content.split(" ")[0] + " " + t.content.split(" ")[1]: t.deadline.due for t in tasks}
    assert due == {"Phòng Văn": None, "UBND các": None, "cho ý": date(2024, 8, 20), "đề nghị": date(2024, 8, 20)}


def test_a_sentence_asking_only_how_is_no_task_of_its_own() -> None:
    _, tasks = _read("Giao Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa cho hội viên. Thực hiện thường xuyên, "
                     "nghiêm túc.")
    assert len(tasks) == 1 and tasks[0].content.startswith("Giao Hội Nông dân")


@pytest.mark.parametrize(
    ("clause", "n"),
    [
        ("quán triệt các chủ trương của Đảng về cải cách hành chính, xây dựng nền hành chính hiện đại, minh bạch", 1),
        ("gửi báo cáo kết quả về Huyện hội, tổ chức tập huấn cho chi hội trưởng các thôn", 2),
    ],
)
def test_a_comma_after_a_short_topic_with_ve_lists_topics_but_not_after_where_to_send(clause: str, n: int) -> None:
    assert len(_comma_parts(clause, 0)) == n
