"""Round 14, directions and conclusions of UBND and their offices: written cases for the rules added (sentences written
for these tests, in the shapes of the real pages)."""

from datetime import date

from tests.conclusions.helpers import drafts, one, summaries

D = date(2024, 4, 10)


# -- a window or an occasion opening the list after "yêu cầu:", before the bodies ------------------------------------

def test_window_before_the_bodies_opens_the_list_without_a_due_date():
    text = ("Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2024 đến hết ngày 03/5/2024, các sở, ngành bố trí, phân công trực "
            "hợp lý; thường xuyên nắm tình hình, chủ động xử lý những vấn đề phát sinh.")
    got = summaries(text, D)
    assert [c for c, _, _ in got] == ["các sở, ngành bố trí, phân công trực hợp lý", "thường xuyên nắm tình hình",
                                      "chủ động xử lý những vấn đề phát sinh."]
    assert all(u == ["name:các sở, ngành"] and due is None for _, u, due in got)


def test_occasion_before_the_bodies_opens_the_list():
    text = "Giám đốc Sở yêu cầu: trong dịp nghỉ Tết Nguyên đán, các phòng bố trí lịch trực; kiểm tra việc phòng cháy tại trụ sở."
    got = summaries(text, D)
    assert [c for c, _, _ in got] == ["các phòng bố trí lịch trực", "kiểm tra việc phòng cháy tại trụ sở."]
    assert all(u == ["name:các phòng"] for _, u, _ in got)


def test_window_in_a_report_stays_no_task():
    assert drafts("Từ ngày 30/4/2024 đến ngày 03/5/2024, các đơn vị đã bố trí trực đầy đủ, không để xảy ra sự cố.", D) == []
    assert drafts("Trong dịp nghỉ lễ vừa qua, các phòng đã bố trí lịch trực nghiêm túc.", D) == []


# -- a condition before its action is no action of its own --------------------------------------------------------

def test_condition_goes_with_the_report_after_it():
    text = ("UBND huyện yêu cầu các xã thường xuyên nắm tình hình địa bàn; nếu có vấn đề nổi cộm, đột xuất, khẩn cấp thuộc "
            "lĩnh vực quản lý, kịp thời báo cáo UBND huyện để xem xét, chỉ đạo.")
    contents = [t.content for t in drafts(text, D)]
    assert len(contents) == 2
    assert contents[1].startswith("nếu có vấn đề nổi cộm") and "kịp thời báo cáo UBND huyện" in contents[1]


def test_case_clause_goes_with_its_action():
    text = ("Sở Y tế đề nghị các bệnh viện rà soát cơ số thuốc dự phòng; trường hợp phát sinh ca bệnh nghi ngờ, khẩn trương "
            "cách ly và thông báo Trung tâm Kiểm soát bệnh tật tỉnh.")
    contents = [t.content for t in drafts(text, D)]
    assert not any(c.startswith("trường hợp") and "thông báo" not in c for c in contents)
    assert any("thông báo Trung tâm Kiểm soát bệnh tật" in c for c in contents)


# -- "(đặc biệt) lưu ý <work>" in the middle of a speech is the next thing asked -------------------------------------

def test_heed_the_work_in_a_speech_is_a_task_and_the_speech_goes_on():
    text = ("Chánh Văn phòng yêu cầu công chức Văn phòng tập trung thực hiện các nhiệm vụ như: Khẩn trương rà soát các hồ sơ "
            "trình ký. Trong đó, đặc biệt lưu ý các hồ sơ còn tồn đọng để tổng hợp, báo cáo Chủ tịch UBND tỉnh; chuẩn bị "
            "nội dung họp tổng kết năm. Đồng thời, tiếp tục triển khai kế hoạch đánh giá công chức năm 2024.")
    tasks = drafts(text, D)
    assert "báo cáo Chủ tịch UBND tỉnh" in one(tasks, "lưu ý các hồ sơ còn tồn đọng").content
    one(tasks, "chuẩn bị nội dung họp tổng kết năm")
    one(tasks, "tiếp tục triển khai kế hoạch đánh giá")


def test_heed_the_work_differently_worded():
    text = ("Phó Chủ tịch UBND huyện yêu cầu Phòng Tài chính - Kế hoạch rà soát nguồn vốn đầu tư công. Nhất là lưu ý những "
            "dự án chậm giải ngân để đề xuất điều chuyển vốn.")
    one(drafts(text, D), "lưu ý những dự án chậm giải ngân")


def test_heed_in_a_report_stays_no_task():
    assert drafts("Tại hội nghị, đồng chí Bí thư đã lưu ý các nhiệm vụ còn tồn đọng của năm trước.", D) == []
    assert drafts("Trong đó, đặc biệt lưu ý các nhiệm vụ còn tồn đọng, ách tắc của năm 2023.", D) == []


# -- advising and proposing: one work ---------------------------------------------------------------------------------

def test_advise_and_propose_stay_one_task():
    text = "Giám đốc Sở yêu cầu các phòng chú trọng công tác tham mưu, đề xuất lãnh đạo Sở giải quyết các hồ sơ tồn đọng."
    assert len(drafts(text, D)) == 1
    text = "UBND xã giao các ban ngành làm tốt việc tham mưu, kiến nghị Chủ tịch UBND xã xử lý vi phạm đất đai."
    assert len(drafts(text, D)) == 1


# -- a report asked in the deadline line ------------------------------------------------------------------------------

def test_report_in_the_deadline_line_is_a_task_of_its_own():
    text = ("Ban Thường vụ Huyện ủy đề nghị các chi bộ tổ chức quán triệt Chỉ thị số 10 đến toàn thể đảng viên. Thời gian "
            "hoàn thành chậm nhất ngày 20/5/2024 và báo cáo kết quả về Ban Thường vụ Huyện ủy.")
    got = summaries(text, D)
    assert len(got) == 2
    assert got[1][0].startswith("báo cáo kết quả về Ban Thường vụ") and got[1][2] == date(2024, 5, 20)
    assert got[0][2] == date(2024, 5, 20) and got[1][1] == got[0][1]


def test_report_in_the_deadline_line_differently_worded():
    text = ("UBND huyện yêu cầu các xã rà soát danh sách hộ nghèo. Thời hạn hoàn thành trước ngày 15/5/2024, đồng thời gửi báo "
            "cáo về Phòng Lao động - Thương binh và Xã hội.")
    got = summaries(text, D)
    assert len(got) == 2 and got[1][0].startswith("gửi báo cáo về Phòng Lao động") and got[1][2] == date(2024, 5, 15)


def test_report_done_in_a_review_stays_no_task():
    text = "Các chi bộ đã quán triệt Chỉ thị số 10. Thời gian hoàn thành ngày 20/3/2024 và đã báo cáo kết quả về Ban Thường vụ."
    assert drafts(text, D) == []


# -- "Báo cáo yêu cầu gửi về … trước …": the report to send, which also dates the task before ----------------------------

def test_report_required_to_be_sent_dates_the_task_before():
    ref = date(2017, 12, 4)
    text = ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao các sở, ngành giải trình những nội dung khác nhau giữa hai dự "
            "thảo. Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017.")
    got = summaries(text, ref)
    assert [c for c, _, _ in got][1] == "Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017."
    assert len(got) == 2 and all(due == date(2017, 12, 5) for _, _, due in got)


def test_report_asked_to_be_sent_differently_worded():
    ref = date(2017, 12, 4)
    text = ("Chủ tịch UBND tỉnh giao các sở, ngành rà soát danh mục dự án. Báo cáo đề nghị gửi về Sở Kế hoạch và Đầu tư trước "
            "ngày 05/12/2017. Gửi kèm file vào hòm thư: vanphong@example.vn.")
    got = summaries(text, ref)
    assert len(got) == 2 and got[1][0].startswith("Báo cáo đề nghị gửi về Sở Kế hoạch")
    assert all(due == date(2017, 12, 5) for _, _, due in got)


def test_report_sent_in_a_review_stays_no_task():
    ref = date(2017, 12, 4)
    assert drafts("Các sở, ngành đã rà soát danh mục dự án. Báo cáo đã gửi về Sở Kế hoạch và Đầu tư ngày 01/12/2017.", ref) == []


# -- "bồi dưỡng", "đào tạo" open an action ------------------------------------------------------------------------------

def test_foster_then_another_action_after_va():
    text = ("Đồng chí đề nghị Chi bộ tiếp tục làm tốt công tác xây dựng Đảng; tích cực bồi dưỡng, giúp đỡ quần chúng ưu tú "
            "và đấu tranh phản bác các quan điểm sai trái.")
    tasks = drafts(text, D)
    assert len(tasks) == 3
    one(tasks, "đấu tranh phản bác các quan điểm sai trái")


def test_training_field_stays_one_action():
    text = "UBND huyện yêu cầu Phòng Nội vụ làm tốt công tác đào tạo, bồi dưỡng cán bộ, công chức cấp xã."
    assert len(drafts(text, D)) == 1
