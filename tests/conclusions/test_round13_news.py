"""General rules of extraction round 13 (news reports of meetings), on text written for the test: "… yêu cầu, trong
những tháng cuối năm, phường cần …" names the body after the period between commas; "…, đẩy nhanh giải ngân …",
"…, bảo đảm quốc phòng …", "…, siết chặt kỷ cương …" open actions of their own; a page cut in "Đồng thời, tiếp tục …"
is the speech going on, not a caption; "… nhấn mạnh, bước vào nhiệm kỳ …, trong bối cảnh …, X cần …" names X after the
times set out; "Trọng tâm là A, đẩy mạnh B, …" after it lists X's work by commas; "… nhấn mạnh chỉ đạo nhiều nội dung
… trong thời gian tới: như A; B" is a lead-in; "tập trung các nhiệm vụ trong 6 tháng cuối năm 2023; A; B" heads the
list and dates it; "… đề xuất các trọng tâm công tác năm 2026" makes what the body is said to do next its plan for
that year; a one-cell "| caption |" row is a caption. The same shapes in a report of work done give no task."""

from __future__ import annotations

from datetime import date

from tests.conclusions.helpers import summaries


def _find(tasks: list[tuple[str, list[str], date | None]], words: str) -> list[tuple[str, list[str], date | None]]:
    return [t for t in tasks if words.lower() in t[0].lower()]


_WARD = """Phường Tân An sơ kết 9 tháng

Ngày 2/10, Đảng bộ phường Tân An tổ chức hội nghị Ban Chấp hành Đảng bộ để đánh giá kết quả 9 tháng.

Phát biểu kết luận, đồng chí Lê Văn Hùng, Bí thư Đảng ủy phường, ghi nhận nỗ lực của cả hệ thống chính trị.

Đồng chí cũng yêu cầu, trong những tháng cuối năm, phường cần ưu tiên giải quyết hồ sơ tồn đọng của người dân, \
đẩy nhanh giải ngân các dự án trường học, tăng cường kiểm tra an toàn thực phẩm, giữ vững trật tự đô thị, bảo đảm \
quốc phòng - an ninh.

Đồng thời, tiếp tục nâng cao chất lượng sinh hoạt chi bộ, siết chặt kỷ luật công vụ, phát huy trá"""


def test_a_period_between_commas_then_the_body_asked() -> None:
    tasks = summaries(_WARD, date(2025, 10, 2))
    for words in ("giải quyết hồ sơ tồn đọng", "đẩy nhanh giải ngân", "tăng cường kiểm tra", "giữ vững trật tự đô thị",
                  "bảo đảm quốc phòng", "nâng cao chất lượng sinh hoạt", "siết chặt kỷ luật"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["name:phường"], words
        assert found[0][2] == date(2025, 12, 31), words
    assert len(tasks) == 7


def test_the_same_list_reported_is_no_task() -> None:
    text = """Phường Tân An sơ kết 9 tháng

Ngày 2/10, Đảng bộ phường Tân An tổ chức hội nghị Ban Chấp hành Đảng bộ để đánh giá kết quả 9 tháng.

Đồng chí Bí thư cho biết, trong 9 tháng qua, phường đã giải quyết hồ sơ tồn đọng của người dân, đẩy nhanh giải ngân \
các dự án trường học, tăng cường kiểm tra an toàn thực phẩm, bảo đảm quốc phòng - an ninh.

Đồng thời, phường đã nâng cao chất lượng sinh hoạt chi bộ, siết chặt kỷ luật công vụ, củng cố các tổ dân phố."""
    assert summaries(text, date(2025, 10, 2)) == []


def test_speeding_up_the_work_of_the_means_before_stays_one_task() -> None:
    text = """Xã Tân Phú đôn đốc các công trình

Ngày 3/11, UBND xã Tân Phú đề nghị Ban Quản lý dự án huyện đôn đốc các nhà thầu huy động tối đa nhân lực, máy \
móc thiết bị, đẩy nhanh tiến độ thi công các hạng mục còn lại."""
    tasks = summaries(text, date(2025, 11, 3))
    assert len(tasks) == 1
    assert "đẩy nhanh tiến độ" in tasks[0][0]


_CONGRESS = """Ủy ban MTTQ xã Hòa Bình ra mắt đại hội

Phát biểu chỉ đạo tại đại hội, đồng chí Trần Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh, bước vào \
nhiệm kỳ 2025 - 2030, trong bối cảnh xã Hòa Bình đang phát triển mạnh về du lịch, dịch vụ, Ủy ban MTTQ Việt Nam xã \
cần xác định rõ những khâu đột phá của nhiệm kỳ, gắn với thực tiễn địa phương.

Trọng tâm là nâng cao chất lượng các phong trào thi đua, đẩy mạnh ứng dụng công nghệ số trong tuyên truyền, xây dựng \
“tổ dân phố văn minh” và vận động người dân giữ gìn cảnh quan môi trường."""


def test_the_body_after_the_times_set_out_and_its_list_of_work_by_commas() -> None:
    tasks = summaries(_CONGRESS, date(2025, 10, 20))
    for words in ("xác định rõ những khâu đột phá", "nâng cao chất lượng các phong trào", "đẩy mạnh ứng dụng công nghệ số",
                  "xây dựng “tổ dân phố văn minh”", "vận động người dân giữ gìn"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["mttq"], words
    assert len(tasks) == 5


def test_the_same_speech_about_the_term_past_is_no_task() -> None:
    text = """Ủy ban MTTQ xã Hòa Bình ra mắt đại hội

Phát biểu chỉ đạo tại đại hội, đồng chí Trần Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh, trong nhiệm \
kỳ qua, trong bối cảnh nhiều khó khăn, Ủy ban MTTQ Việt Nam xã đã phát huy tốt vai trò của mình.

Trọng tâm là các phong trào thi đua, công tác tuyên truyền và các cuộc vận động của Mặt trận."""
    assert summaries(text, date(2025, 10, 20)) == []


_DISTRICT = """Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng

Sáng ngày 05/12/2022, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng.

Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy đã nhấn mạnh chỉ đạo nhiều nội dung quan trọng trong thực hiện \
nhiệm vụ chính trị của huyện trong thời gian tới: như hoàn thành các chỉ tiêu về phát triển kinh tế; tăng cường công \
tác dân vận, tổ chức học tập, quán triệt các Nghị quyết của Trung ương; giữ vững an ninh trật tự trên địa bàn, hoàn \
thành chỉ tiêu tuyển quân; thực hiện tốt công tác cải cách hành chính."""


def test_a_lead_in_of_the_work_ahead_opens_its_list_after_such_as() -> None:
    tasks = summaries(_DISTRICT, date(2022, 12, 5))
    for words in ("hoàn thành các chỉ tiêu về phát triển kinh tế", "tăng cường công tác dân vận",
                  "học tập, quán triệt các Nghị quyết", "giữ vững an ninh trật tự", "hoàn thành chỉ tiêu tuyển quân",
                  "thực hiện tốt công tác cải cách"):
        assert len(_find(tasks, words)) == 1, words
    assert len(tasks) == 6


def test_a_list_of_matters_discussed_is_no_lead_in() -> None:
    text = """Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng

Sáng ngày 05/12/2022, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng.

Tại hội nghị, các đại biểu đã thảo luận nhiều nội dung quan trọng trong thực hiện nhiệm vụ chính trị của huyện thời \
gian qua: như hoàn thành các chỉ tiêu về phát triển kinh tế; công tác dân vận; giữ vững an ninh trật tự trên địa bàn."""
    assert summaries(text, date(2022, 12, 5)) == []


_HALF_YEAR = """Phường An Lạc sơ kết 6 tháng đầu năm

Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy phường đánh giá kết quả 6 tháng đầu năm 2023; đề nghị Ủy ban nhân dân, \
Mặt trận Tổ quốc và các đoàn thể phường tập trung các nhiệm vụ trong 6 tháng cuối năm 2023; tập trung công tác phát \
triển đảng viên, thành lập Chi bộ khu phố 5; quản lý đảng viên; phối hợp thực hiện đảm bảo tiến độ các công trình \
trên địa bàn phường; công tác phòng, chống sốt xuất huyết, tay chân miệng; công tác tuyên truyền, vận động nhân dân \
thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; thực hiện Đề án sắp xếp khu phố."""


def test_the_period_of_the_first_part_dates_the_list_after_it() -> None:
    tasks = summaries(_HALF_YEAR)
    for words in ("công tác phát triển đảng viên", "thành lập Chi bộ khu phố", "quản lý đảng viên", "phối hợp thực hiện",
                  "công tác phòng, chống sốt xuất huyết", "công tác tuyên truyền, vận động", "thực hiện Đề án sắp xếp"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][2] == date(2023, 12, 31), words
    assert len(tasks) == 7  # the first part heads the list: no task of its own


def test_a_topic_after_the_first_action_is_still_its_object() -> None:
    text = """Ban Thường vụ Huyện ủy cho ý kiến dự thảo báo cáo

Các đồng chí Ủy viên Ban Thường vụ đề nghị Ban soạn thảo bổ sung, phân tích rõ hơn nguyên nhân của hạn chế trong \
thu hút đầu tư; công tác cải cách hành chính, chuyển đổi số."""
    tasks = summaries(text, date(2024, 3, 20))
    assert len(tasks) == 1


def test_the_same_list_of_work_done_in_the_half_year_is_no_task() -> None:
    text = """Phường An Lạc sơ kết 6 tháng đầu năm

Trong 6 tháng đầu năm 2023, Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể phường đã tập trung các nhiệm vụ trọng \
tâm; công tác phát triển đảng viên; quản lý đảng viên; công tác phòng, chống sốt xuất huyết."""
    assert summaries(text, date(2023, 7, 10)) == []


_PROPOSAL = """Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy

Chiều 19-3, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy.

Tại buổi làm việc, Ban Tuyên giáo và Dân vận Tỉnh ủy đã báo cáo kết quả triển khai nhiệm vụ thời gian qua và đề xuất \
các trọng tâm công tác năm 2026. Theo đó, Ban Ban Tuyên giáo và Dân vận Tỉnh ủy xác định tiếp tục tham mưu tổ chức \
quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.

| Quang cảnh buổi làm việc. |

Trong lĩnh vực tuyên giáo, Ban Tuyên giáo và Dân vận Tỉnh ủy tập trung triển khai các hoạt động kỷ niệm ngày thành \
lập Đảng bộ tỉnh, chuẩn bị nội dung tuyên truyền về Đại hội Đảng toàn quốc; theo dõi, nắm bắt tư"""


def test_a_body_proposing_its_work_for_the_year_plans_it() -> None:
    tasks = summaries(_PROPOSAL, date(2026, 3, 19))
    for words in ("tham mưu tổ chức quán triệt", "triển khai các hoạt động kỷ niệm", "chuẩn bị nội dung tuyên truyền"):
        found = _find(tasks, words)
        assert len(found) == 1, words
        assert found[0][1] == ["tuyen_giao_dan_van"], words
        assert found[0][2] == date(2026, 12, 31), words
    assert len(tasks) == 3  # "theo dõi, nắm bắt tư": cut before its object


def test_the_same_work_reported_for_a_past_year_is_no_task() -> None:
    text = """Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy

Chiều 19-3, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy.

Tại buổi làm việc, Ban Tuyên giáo và Dân vận Tỉnh ủy đã báo cáo kết quả triển khai nhiệm vụ năm 2025.

| Quang cảnh buổi làm việc. |

Trong lĩnh vực tuyên giáo, năm 2025, Ban Tuyên giáo và Dân vận Tỉnh ủy đã triển khai các hoạt động kỷ niệm ngày thành \
lập Đảng bộ tỉnh, chuẩn bị nội dung tuyên truyền về Đại hội Đảng toàn quốc."""
    assert summaries(text, date(2026, 3, 19)) == []
