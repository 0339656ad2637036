"""General rules of round 8 for which clauses are tasks (fourth pass): a report's results section, a sentence that only
points to the annex, closing remarks (whom to contact, "Trên đây là kết luận …, đề nghị các đơn vị … thực hiện"),
general support asked for, a plan's aims under a heading with two topics, and pieces cut off a bracket or a date."""

from __future__ import annotations

from datetime import date

from conclusions import extract, pipeline
from conclusions.catalog import standard_units
from conclusions.cues import is_restatement
from conclusions.extract import _no_task
from conclusions.model import Deadline, TaskDraft
from conclusions.units import UnitResolver


def _contents(text: str, issued_on: date | None = None) -> list[str]:
    return [t.content for t in extract(text, issued_on).tasks]


def _no(content: str) -> bool:
    return _no_task(TaskDraft(None, content, [], [], Deadline(), []))


REPORT = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG HƯNG

Số: 12/BC-UBND Đông Hưng, ngày 05 tháng 7 năm 2025

BÁO CÁO
Kết quả công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025

UBND xã Đông Hưng báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025

1. Về kinh tế: Tổng thu ngân sách đạt 12,5 tỷ đồng. Hội Nông dân xã vận động nâng cấp 4 km đường nội đồng.

2. Về hành chính: Bộ phận một cửa xã tiếp nhận 1.204 hồ sơ, giải quyết đúng hạn 99%.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025

1. Đề nghị Hội Nông dân xã vận động hội viên chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng rau an toàn; báo cáo kết quả về UBND xã trước ngày 30/11/2025.

Trên đây là báo cáo kết quả 6 tháng đầu năm 2025 của UBND xã Đông Hưng./.
"""


def test_a_reports_results_section_assigns_nothing() -> None:
    contents = _contents(REPORT)
    assert not any("1.204 hồ sơ" in c or "4 km đường" in c for c in contents)
    assert any("chuyển đổi 20 ha đất lúa" in c for c in contents)
    doc = pipeline.make_document(REPORT)
    read = [t.content for t in pipeline.run(doc, UnitResolver(standard_units("xa"), "xa"))]
    assert not any("1.204 hồ sơ" in c or "4 km đường" in c for c in read)
    assert any("chuyển đổi 20 ha đất lúa" in c for c in read)


def test_a_sentence_that_only_points_to_the_annex_is_no_task() -> None:
    assert _no("chủ động triển khai các nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch này, bảo đảm đúng tiến độ.")
    assert _no("Thủ trưởng các phòng, ban thực hiện các nhiệm vụ cụ thể tại Phụ lục kèm theo")
    assert _no("yêu cầu các phòng, ban căn cứ chức năng, nhiệm vụ")
    assert not _no("Theo dõi, đôn đốc, tổng hợp kết quả thực hiện các nhiệm vụ tại Phụ lục này")


def test_whom_to_contact_and_general_support_are_no_tasks() -> None:
    assert _no("Trong quá trình triển khai, nếu có khó khăn, các chi hội phản ánh về Văn phòng Hội để được hướng dẫn.")
    assert _no("đề nghị liên hệ đồng chí Trần Văn Bình, Chánh Văn phòng (ĐT: 0987.xxx.123) để được hướng dẫn.")
    assert _no("Đề nghị Đảng ủy xã quan tâm, tạo điều kiện để Chi đoàn hoàn thành tốt các nhiệm vụ của Kế hoạch.")
    assert _no("Đây là nhiệm vụ thường xuyên, lâu dài.")
    assert _no("Cầu Bến Mới được khởi công ngày 12/4/2024, là công trình trọng điểm của huyện.")
    assert not _no("liên hệ Trạm Y tế xã mượn cáng cứu thương")


def test_the_summing_up_that_asks_everyone_to_carry_out_is_a_restatement() -> None:
    assert is_restatement("Trên đây là kết luận của Thường trực Hội Nông dân huyện tại hội nghị giao ban quý II, "
                          "đề nghị các đơn vị nghiêm túc triển khai thực hiện./.")


PLAN = """HỘI CỰU CHIẾN BINH XÃ AN LẠC

KẾ HOẠCH
Hoạt động năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng hoạt động của các chi hội, thực hiện tốt nhiệm vụ chính trị của địa phương.
2. Các hoạt động phải thiết thực, tránh hình thức.

II. NHIỆM VỤ CỤ THỂ
1. Tham gia xây dựng Đảng, chính quyền; giữ gìn an ninh trật tự
- Tham gia góp ý xây dựng Đảng bộ xã trong dịp kiểm điểm cuối năm.
- Phối hợp với Công an xã duy trì 5 tổ tự quản về an ninh trật tự (Chi hội thôn Đông chủ trì, Chi hội thôn Tây phối hợp).
- Hỗ trợ sửa chữa 01 nhà cho hội viên khó khăn, bàn giao trước ngày 20/12/2025.
"""


def test_a_plans_aims_and_a_heading_with_two_topics_are_no_tasks() -> None:
    contents = _contents(PLAN, date(2025, 1, 10))
    assert not any("thiết thực" in c or "Nâng cao chất lượng" in c for c in contents)
    assert not any(c.startswith(("Tham gia xây dựng Đảng, chính quyền", "giữ gìn an ninh trật tự")) for c in contents)
    assert not any(c.startswith(("Chi hội thôn Tây phối hợp", "bàn giao trước")) for c in contents)
    assert any("Hỗ trợ sửa chữa 01 nhà" in c for c in contents)
    assert any("duy trì 5 tổ tự quản" in c for c in contents)


def test_complaints_listed_as_nouns_are_one_object() -> None:
    text = ("THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nThường trực Huyện ủy kết luận như sau:\n\n"
            "1. Ủy ban Kiểm tra Huyện ủy gửi báo cáo kết quả giải quyết đơn thư tố cáo, phản ánh đối với đảng viên "
            "năm 2024 trước ngày 20/3/2025.\n")
    contents = _contents(text, date(2025, 3, 1))
    assert len(contents) == 1 and "phản ánh đối với đảng viên" in contents[0]
    doc = pipeline.make_document(text, date(2025, 3, 1))
    read = [t.content for t in pipeline.run(doc, UnitResolver(standard_units("huyen"), "huyen"))]
    assert not any(c.startswith("phản ánh") for c in read)
