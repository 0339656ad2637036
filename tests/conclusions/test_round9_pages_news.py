"""General rules of extraction round 9 (news reports of meetings on real pages), each on text written for the test:
a request to "địa phương" goes to the body the meeting was held with, a verb made by "hóa" (even mistyped) opens an
action, "các đơn vị trong khối …" is one name, a headline in capitals is no lead-in, a topic "về …," stays with its
action, a clause cut before its verb at the page end is dropped, "qua đó góp phần …" is no task, "các khâu chuẩn
bị" is a noun, "rút kinh nghiệm" needs no object, the parties of a works contract are named by their role, "giao
ban thường vụ …" assigns, a period opening the sentence dates the request, and "nhất là … và …" is one task."""

from __future__ import annotations

from datetime import date

from conclusions.lexicon import verb_at
from tests.conclusions.helpers import summaries

_LOCAL = """Đoàn công tác Huyện ủy làm việc với Đảng ủy xã Tân Lập

Ngày 12/4, đoàn công tác Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Tân Lập về tiến độ xây dựng nông thôn mới.

Kết luận buổi làm việc, Phó Bí thư Huyện ủy yêu cầu địa phương cụ thế hóa nghị quyết của huyện về chuyển đổi số; \
rà soát, bổ sung quy hoạch khu dân cư; kiện toàn đội ngũ cán bộ chuyên trách.
"""


def test_a_request_to_the_locality_goes_to_the_body_met() -> None:
    tasks = summaries(_LOCAL, date(2026, 4, 12))
    assert len(tasks) == 3
    assert all(units == ["name:Đảng ủy xã Tân Lập"] for _, units, _ in tasks)
    assert "cụ thế hóa nghị quyết" in tasks[0][0]
    assert tasks[2][0].startswith("kiện toàn đội ngũ")


def test_a_verb_made_by_hoa() -> None:
    assert verb_at("cụ thể hóa các chỉ tiêu", 0) == len("cụ thể hóa")
    assert verb_at("xã hội hoá nguồn lực", 0) == len("xã hội hoá")
    assert verb_at("nhà văn hóa thôn", 0) == 0
    assert verb_at("phân bón hóa học", 0) == 0


_GROUP = """Ngày 3/10, Đảng ủy phường Đông Hòa tổ chức hội nghị giao ban khối Văn hóa - Xã hội.

Kết luận hội nghị, đồng chí Bí thư Đảng ủy phường đề nghị các đơn vị trong khối Văn hóa - Xã hội rà soát các chỉ \
tiêu còn đạt thấp; tăng cường kiểm tra cơ sở kinh doanh dịch vụ văn hóa.
"""


def test_units_within_a_group_are_one_name() -> None:
    tasks = summaries(_GROUP, date(2026, 10, 3))
    assert len(tasks) == 2
    assert all(units == ["name:các đơn vị trong khối Văn hóa - Xã hội"] for _, units, _ in tasks)


_HEADLINE = """HỘI NÔNG DÂN XÃ AN PHÚ TỔ CHỨC HỘI NGHỊ: SƠ KẾT 6 THÁNG ĐẦU NĂM, TRIỂN KHAI NHIỆM VỤ 6 THÁNG CUỐI NĂM
15/7/2026
Sáng ngày 15/7/2026, Hội Nông dân xã An Phú tổ chức hội nghị nhằm sơ kết công tác 6 tháng đầu năm và triển khai nhiệm \
vụ 6 tháng cuối năm.
Phát biểu kết luận, đồng chí Chủ tịch Hội đề nghị các chi hội đẩy mạnh phong trào sản xuất kinh doanh giỏi.
"""


def test_a_headline_in_capitals_is_no_lead_in() -> None:
    tasks = summaries(_HEADLINE, date(2026, 7, 15))
    assert [c for c, _, _ in tasks] == ["đề nghị các chi hội đẩy mạnh phong trào sản xuất kinh doanh giỏi."]


_TOPICS = """Ngày 2/3, Tổ công tác của Tỉnh ủy làm việc với Đảng ủy xã Bình Minh về công tác chuẩn bị đại hội.

Kết luận buổi làm việc, đồng chí Tổ trưởng đề nghị Đảng ủy xã Bình Minh rà soát kỹ các khâu chuẩn bị, tăng cường \
công tác tuyên truyền về đại hội; về công tác nhân sự, phải chuẩn bị kỹ phương án bầu cử; qua đó góp phần tổ chức \
thành công đại hội; về văn kiện, báo cáo chính trị phải được
"""


def test_topics_purposes_and_a_clause_cut_at_the_page_end() -> None:
    contents = [c for c, _, _ in summaries(_TOPICS, date(2026, 3, 2))]
    assert len(contents) == 3
    assert contents[0].endswith("rà soát kỹ các khâu chuẩn bị")
    assert contents[1].startswith("tăng cường công tác tuyên truyền")
    assert contents[2].startswith("về công tác nhân sự, phải chuẩn bị kỹ")
    assert not any("góp phần" in c or "văn kiện" in c for c in contents)


_CONTRACTORS = """Ngày 8/5/2026, Phó Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường tránh thị trấn.

Phó Chủ tịch UBND tỉnh yêu cầu nhà thầu các gói thầu còn chậm tiến độ nghiêm túc rút kinh nghiệm, bổ sung ngay máy \
móc, nhân lực thi công. Đồng chí cũng yêu cầu chủ đầu tư, đơn vị thi công khẩn trương hoàn thành hạng mục cầu vượt \
trước ngày 30/6/2026.
"""


def test_the_parties_of_a_works_contract_by_their_role() -> None:
    tasks = summaries(_CONTRACTORS, date(2026, 5, 8))
    assert len(tasks) == 3
    assert tasks[0][1] == ["name:nhà thầu các gói thầu còn chậm tiến độ"]
    assert tasks[0][0].endswith("rút kinh nghiệm")
    assert tasks[1][0].startswith("bổ sung ngay máy móc")
    assert tasks[2][1] == ["name:chủ đầu tư", "name:đơn vị thi công"]
    assert tasks[2][2] == date(2026, 6, 30)


def test_giao_ban_thuong_vu_in_lower_case_assigns() -> None:
    text = "Ban Bí thư giao ban thường vụ các tỉnh ủy khẩn trương hoàn thành việc sắp xếp bộ máy trước ngày 20/8."
    tasks = summaries(text, date(2026, 8, 1))
    assert len(tasks) == 1 and tasks[0][2] == date(2026, 8, 20)
    assert tasks[0][1] == ["name:ban thường vụ các tỉnh ủy"]


_PERIOD = """Chiều 2/11/2026, Chủ tịch UBND huyện chủ trì cuộc họp thường kỳ tháng 10.

Kết luận cuộc họp, Chủ tịch UBND huyện yêu cầu các phòng hoàn thành những việc còn tồn đọng, nhất là việc thẩm định \
và phê duyệt hồ sơ các dự án. Đối với nhiệm vụ trong tháng 11.2026, Chủ tịch UBND huyện yêu cầu các xã tập trung \
thu hoạch lúa Mùa.
"""


def test_an_opening_period_dates_the_request_and_singled_works_stay_one() -> None:
    tasks = summaries(_PERIOD, date(2026, 11, 2))
    assert len(tasks) == 2
    assert "nhất là việc thẩm định và phê duyệt hồ sơ" in tasks[0][0]
    assert tasks[1][2] == date(2026, 11, 30)
    purpose = "Để hoàn thành các chỉ tiêu năm 2026, đồng chí đề nghị các phòng rà soát các chỉ tiêu còn thấp."
    assert summaries(purpose, date(2026, 3, 1))[0][2] is None
