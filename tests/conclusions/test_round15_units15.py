"""Round 15, who a task is for on news pages about a body: written cases for the rules added (sentences written for
these tests, in the shapes of the real pages)."""

import pytest

from tests.conclusions.helpers import drafts, summaries, units_of


def _units(text: str) -> list[list[str]]:
    return [u for _, u, _ in summaries(text)]


# -- "các cấp Hội", "các chi hội" over a list: the Hội the page is about -------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Chiều ngày 05/4/2024, Hội LHPN huyện An Lão tổ chức hội nghị giao ban công tác Hội tháng 4.\nKết luận hội nghị, "
     "đồng chí Chủ tịch Hội LHPN huyện đề nghị các cấp Hội tập trung triển khai các hoạt động như: Nắm bắt tình hình tư "
     "tưởng trong hội viên. Tổ chức tập luyện văn nghệ; hỗ trợ phụ nữ khởi nghiệp.", "phu_nu"),
    ("Sáng ngày 12/3/2024, Hội Nông dân huyện Kim Sơn tổ chức hội nghị sơ kết quý I.\nPhát biểu kết luận, đồng chí Chủ "
     "tịch Hội Nông dân huyện yêu cầu Hội các cấp thực hiện tốt các nhiệm vụ sau: Vận động hội viên tham gia bảo hiểm y "
     "tế; rà soát hộ nông dân nghèo.", "nong_dan"),
    ("Ngày 20/5/2024, Hội Cựu chiến binh huyện Yên Thế tổ chức giao ban.\nĐồng chí Chủ tịch Hội Cựu chiến binh huyện đề "
     "nghị các chi hội trực thuộc tập trung một số nội dung: Phát triển hội viên mới; tổ chức gặp mặt truyền thống.",
     "cuu_chien_binh"),
])
def test_every_level_of_the_association_over_a_list_is_its_key(text, key):
    got = _units(text)
    assert len(got) >= 2 and all(u == [key] for u in got)


def test_praise_of_every_level_of_the_association_is_no_task():
    assert drafts("Chiều ngày 05/4/2024, Hội LHPN huyện An Lão tổ chức hội nghị giao ban công tác Hội tháng 4.\nĐồng chí "
                  "Chủ tịch Hội LHPN huyện đánh giá cao các hoạt động của các cấp Hội đã thực hiện trong tháng 3.") == []


# -- "Hội cần …" before the page names the Hội (its title cut off): the Hội it names afterwards -------------------------

def test_bare_association_before_it_is_named_is_the_one_named_after():
    text = ("Đồng chí Nguyễn Văn A phát biểu chỉ đạo.\nPhó Chủ tịch Thường trực cũng lưu ý, Hội cần thực hiện có hiệu quả "
            "các nghị quyết về nông nghiệp; phát huy hiệu quả Quỹ hỗ trợ nông dân.\nNhiệm kỳ qua, Hội Nông dân xã Tân Hòa "
            "đạt nhiều kết quả nổi bật.\nHội Nông dân xã có 900 hội viên.")
    assert _units(text) == [["nong_dan"], ["nong_dan"]]


def test_bare_association_asked_at_a_congress_is_the_one_named_after():
    text = ("Phát biểu tại đại hội, đồng chí Bí thư Đảng ủy đề nghị Hội tiếp tục đổi mới nội dung sinh hoạt, thu hút hội "
            "viên trẻ.\nNhiệm kỳ qua, Hội Cựu chiến binh xã Phú Lâm đã vận động hội viên giúp nhau phát triển kinh tế.")
    assert _units(text) == [["cuu_chien_binh"]]


def test_bare_association_reporting_its_term_is_no_task():
    assert drafts("Đồng chí Nguyễn Văn A phát biểu chúc mừng.\nNhiệm kỳ qua, Hội đã vận động hội viên giúp nhau phát triển "
                  "kinh tế.\nHội Nông dân xã Tân Hòa có 900 hội viên.") == []


# -- "chủ trì, phối hợp Sở A, Sở B <verb>" without "với": the partners are no new subject ------------------------------

@pytest.mark.parametrize("text, lead", [
    ("Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì, phối hợp Ban Quản lý dự án, Sở Giáo dục và Đào tạo, các cơ quan, đơn "
     "vị có liên quan nghiên cứu, báo cáo đề xuất UBND tỉnh các giải pháp phát triển thị trường lao động.", "Sở Tài chính"),
    ("Giao Sở Xây dựng chủ trì, phối hợp chặt chẽ Sở Tài chính, Sở Công Thương và UBND các huyện rà soát quy hoạch các "
     "cụm công nghiệp.", "Sở Xây dựng"),
    ("UBND huyện yêu cầu Phòng Tài nguyên và Môi trường chủ trì, phối hợp các phòng, ban chuyên môn, UBND các xã kiểm tra "
     "việc khai thác cát trái phép.", "Phòng Tài nguyên và Môi trường"),
])
def test_partners_without_with_are_no_new_subject(text, lead):
    assert _units(text) == [[f"name:{lead}"]]


def test_partners_without_with_in_a_report_are_no_task():
    assert drafts("Năm qua, Sở Tài chính đã chủ trì, phối hợp Sở Xây dựng, Sở Công Thương hoàn thành việc rà soát quy "
                  "hoạch.") == []


# -- "hai Ban HĐND xã": the committees of the issuing council, together ------------------------------------------------

@pytest.mark.parametrize("request_", [
    "Kết luận phiên họp, đồng chí Chủ tịch HĐND xã đề nghị hai Ban HĐND xã tăng cường công tác giám sát theo chương trình.",
    "Chủ tịch HĐND xã yêu cầu 2 Ban HĐND xã chuẩn bị tốt nội dung thẩm tra các báo cáo trình kỳ họp.",
])
def test_the_councils_two_committees_are_the_council(request_):
    text = f"Chiều 25/2/2022, Thường trực HĐND xã Tân Phú tổ chức phiên họp định kỳ tháng 02.\n{request_}"
    assert _units(text) == [["hdnd"]]


def test_the_councils_two_committees_reporting_is_no_task():
    assert drafts("Chiều 25/2/2022, Thường trực HĐND xã Tân Phú tổ chức phiên họp định kỳ tháng 02.\nTrong tháng, hai Ban "
                  "HĐND xã đã tổ chức giám sát việc giải quyết kiến nghị cử tri.") == []


# -- "lưu ý: Trong thời gian tới, X …": when, then who; the time is no body ---------------------------------------------

@pytest.mark.parametrize("text, units", [
    ("Ngày 10/6/2021, Ủy ban MTTQ Việt Nam tỉnh khảo sát công tác Mặt trận tại huyện A.\nPhát biểu kết luận, Chủ tịch Ủy "
     "ban MTTQ Việt Nam tỉnh lưu ý: Trong thời gian tới, Ban Thường trực Ủy ban MTTQ Việt Nam các huyện quan tâm công tác "
     "tuyên truyền nghị quyết Đại hội.", ["mttq"]),
    ("Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh đề nghị: Thời gian tới, Sở Xây dựng khẩn trương hoàn thiện hồ sơ "
     "dự án.", ["name:Sở Xây dựng"]),
    ("Đồng chí Bí thư Huyện ủy yêu cầu: trong thời gian sắp tới, Ban Tuyên giáo Huyện ủy tăng cường định hướng dư luận xã "
     "hội.", ["tuyen_giao"]),
])
def test_time_before_the_addressee_is_no_body(text, units):
    assert _units(text) == [units]


def test_time_opening_a_forecast_is_no_task():
    assert drafts("Trong thời gian tới, thời tiết diễn biến phức tạp, mưa lớn có thể xảy ra trên diện rộng.") == []


# -- "ngành dân vận", "toàn ngành tuyên giáo": a party board's line of work is that board -------------------------------

@pytest.mark.parametrize("text, key", [
    ("Chiều 6/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III.\nKết luận hội nghị, đồng chí Trưởng Ban "
     "Dân vận Tỉnh ủy đề nghị trong 3 tháng cuối năm, ngành dân vận cần tiếp tục tuyên truyền, vận động cán bộ, đảng viên "
     "thực hiện quy chế dân chủ.", "dan_van"),
    ("Đồng chí Bí thư Huyện ủy yêu cầu toàn ngành tuyên giáo tập trung tuyên truyền kết quả Đại hội Đảng bộ huyện.",
     "tuyen_giao"),
    ("Đồng chí Bí thư Huyện ủy yêu cầu ngành kiểm tra Đảng tăng cường giám sát việc chấp hành Điều lệ Đảng.", "kiem_tra"),
])
def test_a_party_boards_line_of_work_is_the_board(text, key):
    assert _units(text) == [[key]]


def test_another_sector_stays_as_written():
    assert units_of("Đồng chí Chủ tịch UBND huyện yêu cầu ngành giáo dục chuẩn bị tốt năm học mới.", "năm học") == [
        "name:ngành giáo dục"]


def test_a_boards_line_of_work_reporting_is_no_task():
    assert drafts("Năm qua, ngành dân vận đã tham mưu tổ chức tốt các cuộc đối thoại với nhân dân.") == []


# -- the leader of the body the page is about, asking with no name: that body's own work --------------------------------

@pytest.mark.parametrize("text", [
    "Thường trực HĐND tỉnh tổ chức Phiên họp thường kỳ lần thứ 33\nĐồng chí Chủ tịch HĐND tỉnh chủ trì phiên họp.\n\n"
    "Phát biểu kết luận phiên họp, đồng chí Chủ tịch HĐND tỉnh đề nghị phối hợp tốt với các cơ quan triển khai kế hoạch "
    "lấy phiếu tín nhiệm và tổ chức thực hiện nội dung giám sát đảm bảo thực chất.",
    "Thường trực HĐND huyện tổ chức phiên họp tháng 5\nĐồng chí Chủ tịch HĐND huyện chủ trì phiên họp.\n\nKết luận phiên "
    "họp, Chủ tịch HĐND huyện yêu cầu chuẩn bị chu đáo nội dung kỳ họp thứ 12.",
])
def test_the_page_bodys_leader_asking_no_one_is_for_that_body(text):
    got = _units(text)
    assert got and all(u == ["hdnd"] for u in got)


def test_another_bodys_leader_asking_no_one_stays_unassigned():
    text = ("Thường trực HĐND tỉnh tổ chức Phiên họp thường kỳ lần thứ 33\nĐồng chí Chủ tịch HĐND tỉnh chủ trì phiên họp.\n\n"
            "Phát biểu tại phiên họp, Giám đốc Sở Tài chính đề nghị bổ sung kinh phí cho các dự án chuyển tiếp.")
    assert _units(text) == [[]]


# -- a leader inspecting "tại phường X": "địa phương" in the request is that place; a time word ends the name -----------

@pytest.mark.parametrize("text, name", [
    ("Lãnh đạo UBND thành phố kiểm tra hoạt động tại phường An Phú Hôm qua 2-7, Phó Chủ tịch UBND thành phố đã đến kiểm "
     "tra tình hình làm việc tại UBND phường An Phú.\nPhó Chủ tịch UBND thành phố yêu cầu địa phương khẩn trương sửa chữa "
     "trụ sở làm việc.", "name:phường An Phú"),
    ("Sáng nay, Chủ tịch UBND tỉnh làm việc tại UBND xã Tân Lập về công tác cải cách hành chính.\nChủ tịch UBND tỉnh yêu "
     "cầu địa phương sớm hoàn thiện bộ phận một cửa.", "name:UBND xã Tân Lập"),
])
def test_the_place_inspected_is_the_one_asked(text, name):
    assert _units(text) == [[name]]


def test_the_place_inspected_reporting_is_no_task():
    assert drafts("Sáng nay, Chủ tịch UBND tỉnh làm việc tại UBND xã Tân Lập về công tác cải cách hành chính.\nĐịa phương "
                  "đã hoàn thiện bộ phận một cửa từ tháng trước.") == []
