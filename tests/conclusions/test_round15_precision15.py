"""Round 15, precision on real news pages: captions, ceremonies, purposes and general aims split off, a news lead that
points to the items after it, and a plan's horizon read as a due date (sentences written for these tests, in the
shapes of the real pages)."""

from datetime import date

from tests.conclusions.helpers import drafts, one, summaries

D = date(2025, 10, 20)


def _contents(text: str) -> list[str]:
    return [c for c, _, _ in summaries(text, D)]


# -- a plan's or a resolution's horizon is not a deadline ------------------------------------------------------------

def test_horizon_of_a_resolution_is_no_due_date():
    text = ("Đồng chí Bí thư lưu ý, Hội cần thực hiện có hiệu quả các Nghị quyết của tỉnh về phát triển nông nghiệp, "
            "nông thôn đến năm 2030, tầm nhìn đến năm 2045.")
    assert one(drafts(text, D), "thực hiện có hiệu quả").deadline.due is None


def test_horizon_of_a_strategy_is_no_due_date():
    text = "Đề nghị Đoàn Thanh niên xã tổ chức quán triệt Chiến lược phát triển thanh niên đến năm 2030, định hướng đến năm 2035."
    assert one(drafts(text, D), "quán triệt").deadline.due is None


def test_finishing_by_a_year_stays_a_deadline():
    text = "Đề nghị UBND xã xây dựng đề án sắp xếp các điểm trường, hoàn thành đến năm 2026."
    assert one(drafts(text, D), "xây dựng đề án").deadline.due == date(2026, 12, 31)


# -- captions and ceremonies told in a news report ---------------------------------------------------------------------

def test_speaker_caption_and_photo_credit_are_no_tasks():
    text = ("Bà Trần Thị Lan đề nghị, Công đoàn các cấp cần tập trung chăm lo đời sống đoàn viên dịp Tết. "
            "Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Thị Lan phát biểu tại hội nghị. Ảnh: Minh Anh - TTXVN")
    assert _contents(text) == ["Bà Trần Thị Lan đề nghị, Công đoàn các cấp cần tập trung chăm lo đời sống đoàn viên dịp Tết."]


def test_speaker_caption_other_wording_is_no_task():
    text = ("Đề nghị Hội Nông dân xã rà soát danh sách hội viên nghèo. "
            "Chủ tịch Hội Nông dân huyện Lê Văn Hùng phát biểu chỉ đạo tại đại hội.")
    assert _contents(text) == ["Đề nghị Hội Nông dân xã rà soát danh sách hội viên nghèo."]


def test_ceremony_by_a_named_person_is_no_task():
    text = ("Đề nghị Hội phát huy hiệu quả Quỹ Hỗ trợ nông dân. Đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy xã, "
            "trao bức trướng chúc mừng đại hội. Ông Lê Văn Tâm, Chủ tịch UBND xã, tặng hoa chúc mừng Ban Chấp hành mới.")
    assert _contents(text) == ["Đề nghị Hội phát huy hiệu quả Quỹ Hỗ trợ nông dân."]


def test_asked_to_speak_or_to_hand_out_stays_a_task():
    text = ("Đề nghị Hội Cựu chiến binh huyện cử lãnh đạo dự, phát biểu tại lễ kỷ niệm. "
            "Đồng chí Bí thư giao Ủy ban MTTQ xã thăm, tặng quà gia đình chính sách trước Tết.")
    got = _contents(text)
    assert any("cử lãnh đạo dự" in c for c in got) and any("tặng quà gia đình chính sách" in c for c in got)


def test_collecting_those_given_a_badge_stays_a_task():
    text = "Đ/c Minh (Văn phòng) tổng hợp số đảng viên được tặng huy hiệu đợt này, gửi Ban Thường vụ trước ngày 10/11/2025."
    assert any("tổng hợp số đảng viên" in c for c in _contents(text))


# -- a purpose or a general aim split off from the work before it ------------------------------------------------------

def test_purpose_after_a_semicolon_is_no_task():
    text = ("Đề nghị Công đoàn các cấp tập trung tuyên truyền tại các khu công nghiệp, để mỗi công nhân được thể hiện "
            "quyền bầu cử; để mỗi lá phiếu là niềm tin của cử tri.")
    assert not any(c.startswith("để") for c in _contents(text))


def test_purpose_other_wording_is_no_task():
    text = ("Đề nghị Đoàn Thanh niên xã tổ chức các lớp kỹ năng cho thiếu nhi trong dịp hè; nhằm giúp các em có "
            "thêm hiểu biết, sống có trách nhiệm.")
    assert not any(c.startswith("nhằm") for c in _contents(text))


def test_general_aim_ending_an_exhortation_is_no_task():
    text = ("Đồng chí đề nghị, ngành dân vận cần tiếp tục tuyên truyền, vận động nhân dân đồng thuận với chủ trương của "
            "tỉnh, chung sức vượt qua khó khăn, thực hiện tốt các mục tiêu, nhiệm vụ năm 2025.")
    assert not any(c.startswith("thực hiện tốt các mục tiêu") for c in _contents(text))
    text2 = ("Đề nghị Hội Phụ nữ xã vận động hội viên tham gia mô hình tiết kiệm, đoàn kết giúp nhau, hoàn thành xuất sắc "
             "các chỉ tiêu, nhiệm vụ đề ra.")
    assert not any(c.startswith("hoàn thành xuất sắc") for c in _contents(text2))


def test_specific_work_after_a_comma_stays_a_task():
    text = ("Đề nghị Hội Phụ nữ xã vận động hội viên tham gia mô hình tiết kiệm, hoàn thành việc rà soát hộ nghèo "
            "trong tháng 11/2025.")
    assert any("rà soát hộ nghèo" in c for c in _contents(text))


# -- a news lead pointing to the items told after it -------------------------------------------------------------------

def test_news_lead_pointing_to_items_is_no_task():
    text = ("Ban Thường vụ Tỉnh đoàn vừa có văn bản đề nghị các huyện đoàn tập trung triển khai các nội dung quan trọng "
            "nhằm chuẩn bị cho Ngày hội Thanh niên năm 2026; trong đó, nhấn mạnh việc lấy ý kiến đoàn viên.\n\n"
            "Để chuẩn bị tốt cho Ngày hội, Ban Thường vụ Tỉnh đoàn đề nghị các huyện đoàn tuyên truyền về ý nghĩa của "
            "ngày hội trên mạng xã hội.")
    got = _contents(text)
    assert not any("các nội dung quan trọng" in c for c in got)
    assert any("tuyên truyền về ý nghĩa" in c for c in got)


def test_news_lead_other_wording_is_no_task():
    text = ("UBND huyện vừa ban hành văn bản yêu cầu các xã thực hiện một số nhiệm vụ trọng tâm để phòng, chống rét "
            "cho đàn vật nuôi.\n\nCác xã kiểm tra chuồng trại của các hộ chăn nuôi trước ngày 15/11/2025.")
    got = _contents(text)
    assert not any("một số nhiệm vụ trọng tâm" in c for c in got)
    assert any("kiểm tra chuồng trại" in c for c in got)


def test_hope_expressed_by_the_speaker_is_no_task():
    text = ("Đồng chí Bí thư đề nghị UBND phường giải quyết dứt điểm các phản ánh của người dân. Đồng thời, bày tỏ "
            "mong muốn người dân tiếp tục đồng hành cùng phường.")
    assert _contents(text) == ["Đồng chí Bí thư đề nghị UBND phường giải quyết dứt điểm các phản ánh của người dân."]


# -- "Riêng đối với X đã được …, …": a clause telling what was done, not a topic heading the actions after it ----------

def test_done_clause_is_no_topic():
    text = ("Đồng chí Bí thư yêu cầu các chi hội tập trung rà soát hội viên. Riêng đối với Trung tâm văn hóa xã đã được "
            "sửa chữa, mở rộng không gian sinh hoạt, bố trí thêm bàn ghế phục vụ người dân.")
    assert _contents(text) == ["yêu cầu các chi hội tập trung rà soát hội viên."]


def test_done_clause_other_wording_is_no_topic():
    text = ("Giám đốc Sở yêu cầu các phòng hoàn thiện hồ sơ thanh toán. Đối với nhà văn hóa thôn Đông vừa được tu bổ, "
            "lắp đặt thêm quạt, bàn ghế phục vụ sinh hoạt cộng đồng.")
    assert _contents(text) == ["yêu cầu các phòng hoàn thiện hồ sơ thanh toán."]


def test_topic_followed_by_actions_stays_tasks():
    text = ("Đồng chí Bí thư yêu cầu các chi hội tập trung rà soát hội viên. Riêng đối với Trung tâm văn hóa xã, khẩn "
            "trương sửa chữa, mở rộng không gian sinh hoạt, bố trí thêm bàn ghế phục vụ người dân.")
    got = summaries(text, D)
    assert any(c.startswith("khẩn trương sửa chữa") and u == ["name:Trung tâm văn hóa xã"] for c, u, _ in got)
