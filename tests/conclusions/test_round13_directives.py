"""Round 13, recall and dates in directive texts: a "sau khi …" clause between the addressee and its modal; a
range of places after the addressee; attitudes forbidden before the action ("không được chủ quan, lơ là, triển khai
…"); a quote named a directive by the sentence after it; "Đặc biệt là công tác …" after a request; a bullet mark alone
on its line; "tập trung 2 nội dung …" and "chuẩn bị cho Đại hội …" with objects of their own; a news lead on a signed
công điện; "trước Tết Nguyên đán Tân Sửu" dated by the year's name. Text written for the test."""

from __future__ import annotations

from datetime import date

from conclusions.deadlines import find_deadlines
from conclusions.pipeline import make_document, read, run
from conclusions.units import UnitResolver, merged_units
from tests.conclusions.helpers import drafts, one

# the reading pipeline alone: short texts are also read by the clause walker, which would hide its misses
RESOLVER = UnitResolver(merged_units(), None)


def _read(text: str) -> list:
    return read(text, RESOLVER)[1]




def _none(tasks: list, words: str) -> None:
    assert not [t for t in tasks if words in t.content], [t.content for t in tasks]


# -- a "sau khi …" clause, then the modal; "kế thừa" opens an action ----------------------------------------------------

_AFTER_FOUNDING = (
    "Chiều 5/8, Hội Nông dân tỉnh tổ chức hội nghị trao quyết định thành lập Hội Nông dân các xã mới. "
    "Phát biểu giao nhiệm vụ, Chủ tịch Hội Nông dân tỉnh đề nghị Hội Nông dân các xã sau khi thành lập cần sớm kiện "
    "toàn bộ máy. Khẩn trương bàn giao sổ sách, hồ sơ hội viên. Kế thừa và nhân rộng các mô hình kinh tế tập thể; "
    "đăng ký các chỉ tiêu thi đua năm 2026."
)


def test_a_when_clause_between_the_addressee_and_its_modal() -> None:
    tasks = drafts(_AFTER_FOUNDING)
    assert one(tasks, "cần sớm kiện toàn bộ máy").units[0].key == "nong_dan"
    assert one(tasks, "Khẩn trương bàn giao sổ sách").units[0].key == "nong_dan"


def test_ke_thua_opens_an_action_of_the_speech() -> None:
    tasks = drafts(_AFTER_FOUNDING)
    assert one(tasks, "Kế thừa và nhân rộng các mô hình").units[0].key == "nong_dan"
    one(tasks, "đăng ký các chỉ tiêu thi đua")


def test_the_pipeline_reads_a_when_clause_and_ke_thua() -> None:
    tasks = _read(_AFTER_FOUNDING)
    one(tasks, "cần sớm kiện toàn bộ máy")
    one(tasks, "Kế thừa và nhân rộng các mô hình")
    one(tasks, "đăng ký các chỉ tiêu thi đua")


def test_a_when_clause_in_a_report_stays_out() -> None:
    tasks = drafts("Năm 2025, Hội Nông dân các xã sau khi thành lập đã kiện toàn bộ máy. Hội đã kế thừa và nhân rộng "
                   "các mô hình kinh tế tập thể của các xã cũ.")
    _none(tasks, "kiện toàn bộ máy")
    _none(tasks, "nhân rộng các mô hình")


# -- a signed công điện: its lead, a range of places, attitudes forbidden --------------------------------------------

_DISPATCH = (
    "Tối 12-9, Chủ tịch UBND tỉnh ký Công điện số 21/CĐ-UBND yêu cầu các sở, ngành, địa phương tập trung phòng, chống "
    "mưa lũ.\n\n"
    "Công điện nêu rõ, để bảo đảm an toàn cho Nhân dân, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện từ Tân Lạc "
    "đến Mai Châu không được chủ quan, lơ là, triển khai ngay phương án sơ tán dân với tinh thần khẩn trương nhất, "
    "quyết liệt nhất.\n\n"
    "Các địa phương chủ động rà soát các điểm có nguy cơ sạt lở."
)


def test_the_lead_of_a_signed_dispatch_gives_way_to_its_requests() -> None:
    tasks = drafts(_DISPATCH)
    _none(tasks, "tập trung phòng, chống mưa lũ")
    one(tasks, "rà soát các điểm có nguy cơ sạt lở")


def test_a_range_of_places_and_attitudes_forbidden_before_the_action() -> None:
    tasks = drafts(_DISPATCH)
    task = one(tasks, "triển khai ngay phương án sơ tán dân với tinh thần khẩn trương nhất")
    assert "không được chủ quan" in task.content
    assert not [t for t in tasks if t.content.rstrip(" .").endswith("lơ là")]  # no task of the attitudes alone
    assert not [t for t in tasks if t.content.startswith("khẩn trương nhất")]  # nor of the spirit


def test_the_pipeline_reads_past_a_range_of_places_and_the_attitudes() -> None:
    tasks = _read(_DISPATCH)
    task = one(tasks, "triển khai ngay phương án sơ tán dân với tinh thần khẩn trương nhất")
    assert "không được chủ quan" in task.content
    assert not [t for t in tasks if t.content.rstrip(" .").endswith("lơ là")]
    assert not [t for t in tasks if t.content.startswith("khẩn trương nhất")]


def test_a_prohibition_with_an_object_is_the_action() -> None:
    one(_read("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện không được để người dân ở lại vùng sạt lở."),
         "không được để người dân ở lại vùng sạt lở")
    one(_read("Chủ tịch UBND tỉnh yêu cầu Cục Hàng không Việt Nam rà soát các chuyến bay."), "rà soát các chuyến bay")


def test_a_lead_alone_stays_a_task() -> None:
    tasks = drafts("Chiều 12-9, Chủ tịch UBND tỉnh ký Công điện số 21/CĐ-UBND yêu cầu các sở, ngành, địa phương tập "
                   "trung phòng, chống mưa lũ.")
    one(tasks, "tập trung phòng, chống mưa lũ")


# -- a quote named a directive; work singled out after a request -------------------------------------------------------

def test_a_quote_named_a_directive_by_the_sentence_after_it() -> None:
    tasks = drafts("Bản tin ngày 03-4-2024\n“Sở Y tế phối hợp với UBND các huyện tập trung giám sát, xử lý ổ dịch sốt "
                   "xuất huyết; chủ động dự trữ đủ thuốc, hóa chất phòng dịch”. Đó là chỉ đạo của UBND tỉnh đối với "
                   "Sở Y tế trong công tác phòng, chống dịch.")
    assert one(tasks, "tập trung giám sát, xử lý ổ dịch").units[0].name == "Sở Y tế"
    one(tasks, "chủ động dự trữ đủ thuốc")


def test_a_quote_of_what_was_said_stays_out() -> None:
    tasks = drafts("“Sở Y tế phối hợp với UBND các huyện giám sát ổ dịch sốt xuất huyết suốt mùa mưa”. Đó là chia sẻ "
                   "của Giám đốc Sở Y tế tại buổi làm việc.")
    _none(tasks, "giám sát ổ dịch")


def test_work_singled_out_after_a_request() -> None:
    tasks = drafts("Năm 2026, Mặt trận xã cần tiếp tục củng cố khối đại đoàn kết toàn dân tộc, phát huy quyền làm chủ "
                   "của nhân dân. Đặc biệt là công tác hiệp thương nhân sự Đại hội MTTQ xã nhiệm kỳ 2026 - 2031.",
                   date(2026, 1, 10))
    assert one(tasks, "công tác hiệp thương nhân sự Đại hội").units[0].key == "mttq"


def test_work_singled_out_in_a_report_stays_out() -> None:
    tasks = drafts("Năm 2026, Mặt trận xã cần tiếp tục củng cố khối đại đoàn kết toàn dân tộc. Đặc biệt là công tác "
                   "hiệp thương nhân sự Đại hội được thực hiện tốt, đúng quy trình.", date(2026, 1, 10))
    _none(tasks, "hiệp thương nhân sự")


# -- a bullet mark alone on its line -----------------------------------------------------------------------------------

def test_the_words_under_a_lone_bullet_mark_are_its_item() -> None:
    text = ("Kính gửi: BCH Đoàn các xã, thị trấn\n"
            "BTV Huyện Đoàn đề nghị BCH Đoàn các xã, thị trấn triển khai các nội dung sau:\n"
            "-\nTổ chức dọn vệ sinh các khu di tích lịch sử trên địa bàn.\n"
            "-\nTổ\nchức thăm hỏi,\ntặng quà các gia đình\nchính sách, gia đình có công với cách mạng…\n")
    one(drafts(text), "tặng quà các gia đình")
    doc = make_document(text)
    run(doc, RESOLVER, stop="layout")
    assert not [c for c in doc.layer("caption") if "tặng quà" in doc.view[c.start : c.end]]


def test_a_caption_line_without_a_bullet_stays_a_caption() -> None:
    doc = make_document("Hội nghị sơ kết công tác Đoàn.\n\nĐồng chí Bí thư Huyện Đoàn phát biểu tại hội nghị\n\n"
                        "Các đại biểu đã thảo luận sôi nổi.\n")
    run(doc, RESOLVER, stop="layout")
    assert [c for c in doc.layer("caption") if "phát biểu" in doc.view[c.start : c.end]]


# -- objects of their own --------------------------------------------------------------------------------------------

def test_focus_on_counted_contents_has_an_object() -> None:
    tasks = _read("Đồng chí Bí thư Huyện ủy đề nghị Hội Nông dân huyện cần rà soát các chỉ tiêu trong năm. Trong đó, tập "
                  "trung 2 nội dung là phát triển hợp tác xã kiểu mới, đa dạng hóa hình thức tập hợp nông dân.")
    one(tasks, "phát triển hợp tác xã kiểu mới")
    one(tasks, "đa dạng hóa hình thức tập hợp nông dân")


def test_focus_as_an_attitude_has_no_object() -> None:
    tasks = _read("Đồng chí Bí thư đề nghị Hội Nông dân huyện rà soát danh sách hội viên, tập trung cao độ, "
                  "tổ chức tốt hội nghị sơ kết.")
    assert not [t for t in tasks if t.content.strip(" .,").startswith("tập trung cao độ")]


def test_preparing_for_an_event_is_an_action_of_its_own() -> None:
    tasks = _read("Đồng chí Bí thư Thành Đoàn đề nghị Hội LHTN các quận làm tốt công tác chỉ đạo Đại hội các đơn vị "
                  "trực thuộc, gắn với các phong trào, công trình của thanh niên, chuẩn bị cho Đại hội đại biểu Hội LHTN "
                  "Thành phố.")
    one(tasks, "làm tốt công tác chỉ đạo Đại hội")
    one(tasks, "chuẩn bị cho Đại hội đại biểu")


# -- Tết named by its year ---------------------------------------------------------------------------------------------

def test_tet_named_by_its_stem_and_branch() -> None:
    assert [f.due for f in find_deadlines("hoàn thành trước Tết Nguyên đán Tân Sửu", None)] == [date(2021, 2, 12)]
    assert [f.due for f in find_deadlines("xong trước Tết Ất Tỵ", date(2024, 11, 2))] == [date(2025, 1, 29)]
    assert [f.due for f in find_deadlines("xong trước Tết Canh Tý", date(1959, 10, 1))] == [date(1960, 1, 28)]


def test_tet_as_the_holiday_is_no_deadline() -> None:
    assert [f.due for f in find_deadlines("tổ chức chương trình đón Tết Tân Sửu", None) if f.marked] == []
