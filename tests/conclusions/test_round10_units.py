"""General rules of extraction round 10 (unit accuracy and precision on real pages), each on text written for the
test: "các cấp hội nông dân" and "các cấp hội" in lower case are the Hội at every level, as "các cấp Hội" is;
"tổ chức thành viên", "tổ chức chính trị - xã hội", "tổ chức đảng" after "và" name bodies, not the verb "tổ chức"."""

from __future__ import annotations

from datetime import date

from conclusions.model import Deadline
from tests.conclusions.helpers import summaries


def _has(tasks: list[tuple[str, list[str], date | None]], words: str) -> list[tuple[str, list[str], date | None]]:
    return [t for t in tasks if words in t[0]]


def test_every_level_of_the_association_in_lower_case_is_the_association() -> None:
    text = """Chiều 3/4, Hội Nông dân tỉnh Hòa Bình tổ chức hội nghị giao ban quý I.

Phát biểu kết luận, Chủ tịch Hội Nông dân tỉnh đề nghị các cấp hội nông dân chủ động nắm tình hình \
hội viên ở cơ sở. Đồng chí cũng yêu cầu các cấp hội đẩy mạnh phong trào sản xuất, kinh doanh giỏi.
"""
    tasks = summaries(text, date(2025, 4, 3))
    for words in ("chủ động nắm tình hình", "đẩy mạnh phong trào sản xuất"):
        found = _has(tasks, words)
        assert found and found[0][1] == ["nong_dan"], (words, tasks)


def test_member_organisations_after_and_are_bodies_not_the_verb() -> None:
    text = """Kết luận hội nghị, Chủ tịch Ủy ban MTTQ huyện đề nghị Văn phòng hoàn thiện dự thảo báo cáo; \
Mặt trận các cấp và tổ chức thành viên tăng cường tuyên truyền về đại hội trong hội viên, đoàn viên.
"""
    tasks = summaries(text, date(2024, 5, 2))
    found = _has(tasks, "tăng cường tuyên truyền về đại hội")
    assert found and "mttq" in found[0][1] and "name:tổ chức thành viên" in found[0][1], tasks
    assert not any(c.strip() in ("Mặt trận các cấp",) for c, _, _ in tasks), tasks


def test_the_verb_to_organise_still_splits_actions() -> None:
    text = """Ban Thường vụ Huyện ủy yêu cầu Ủy ban MTTQ huyện rà soát danh sách hộ nghèo và tổ chức hội nghị \
đối thoại với Nhân dân trước ngày 30/6/2025.
"""
    tasks = summaries(text, date(2025, 5, 2))
    assert _has(tasks, "rà soát danh sách hộ nghèo") and _has(tasks, "tổ chức hội nghị"), tasks


def test_a_body_given_the_duty_to_direct_another_is_the_one_that_acts() -> None:
    text = """Sở Xây dựng được giao chỉ đạo Trung tâm Kiểm định chất lượng hoàn thành kiểm tra hiện trạng cầu, \
lập hồ sơ và gửi kết quả cho các xã trước ngày 15/3/2026.
"""
    tasks = summaries(text, date(2026, 2, 2))
    found = _has(tasks, "chỉ đạo Trung tâm Kiểm định")
    assert found and found[0][1] == ["name:Sở Xây dựng"], tasks


def test_this_body_is_the_body_of_the_task_before() -> None:
    text = """Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về mặt bằng khu công nghiệp.

Sở Tài chính được giao chủ trì thẩm định phương án bồi thường, trình phê duyệt trong tháng 3/2026. \
Cơ quan này cũng chủ trì làm việc với các nhà đầu tư để thống nhất tiến độ giải ngân.
"""
    tasks = summaries(text, date(2026, 2, 2))
    found = _has(tasks, "làm việc với các nhà đầu tư")
    assert found and found[0][1] == ["name:Sở Tài chính"], tasks


def test_the_fronts_central_committee_is_the_front() -> None:
    text = """Ban Bí thư đề nghị Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam tuyên truyền, vận động Nhân dân \
tham gia góp ý dự thảo văn kiện.
"""
    tasks = summaries(text, date(2025, 9, 10))
    found = _has(tasks, "tuyên truyền, vận động Nhân dân")
    assert found and found[0][1] == ["mttq"], tasks


def test_a_merged_central_board_keeps_its_key_in_a_central_document() -> None:
    text = """Bộ Chính trị yêu cầu các cấp ủy khẩn trương kiện toàn tổ chức bộ máy sau đại hội; giao Ban Tuyên giáo \
và Dân vận Trung ương chỉ đạo tăng cường tuyên truyền về kết quả đại hội.
"""
    tasks = summaries(text, date(2025, 11, 3))
    found = _has(tasks, "tuyên truyền về kết quả đại hội")
    assert found and found[0][1] == ["tuyen_giao_dan_van"], tasks


def test_bodies_named_with_no_action_are_no_task() -> None:
    from conclusions.extract import _no_task
    from conclusions.model import TaskDraft

    def draft(content: str) -> TaskDraft:
        return TaskDraft(ref=None, content=content, units=[], coordinating_units=[], deadline=Deadline(),
                         directed_units=[], evidence=None, reasons=())

    assert _no_task(draft("Đảng ủy Chính phủ, Đản"))
    assert _no_task(draft("Sở Tài chính, Sở Y tế"))
    assert not _no_task(draft("Sở Tài chính rà soát dự toán"))


def test_a_ministry_of_foreign_affairs_is_no_assignment_by_giao() -> None:
    text = """Phát biểu tại đại hội, Thứ trưởng Bộ Ngoại giao Trần Văn Bình đề nghị Đảng bộ tỉnh Hà Giang cần chủ động \
mở rộng hợp tác với các địa phương giáp biên.
"""
    tasks = summaries(text, date(2025, 9, 29))
    found = _has(tasks, "mở rộng hợp tác")
    assert found and found[0][1] == ["name:Đảng bộ tỉnh Hà Giang"], tasks


def test_the_province_alone_is_the_province_named_before() -> None:
    text = """Bộ trưởng đề nghị Đảng bộ tỉnh Hà Giang cần chủ động mở rộng hợp tác với các địa phương giáp biên.

Tỉnh cần khẩn trương hoàn thiện quy hoạch khu kinh tế cửa khẩu.
"""
    tasks = summaries(text, date(2025, 9, 29))
    found = _has(tasks, "hoàn thiện quy hoạch khu kinh tế")
    assert found and found[0][1] == ["name:tỉnh Hà Giang"], tasks


def test_the_front_of_a_district_and_its_communes_is_one_front() -> None:
    text = """Làm việc với Mặt trận huyện Đông Sơn, Chủ tịch Ủy ban MTTQ tỉnh đề nghị Ủy ban MTTQ huyện và các xã, \
thị trấn tập trung chuẩn bị tốt nhân sự đại hội nhiệm kỳ tới.
"""
    tasks = summaries(text, date(2024, 3, 5))
    found = _has(tasks, "chuẩn bị tốt nhân sự")
    assert found and found[0][1] == ["mttq"], tasks


def _split(phrase: str) -> list[str]:
    from conclusions.addressees import split_units

    return split_units(phrase)


def test_a_collective_closed_by_its_level_is_followed_by_another() -> None:
    assert _split("các đoàn thể chính trị - xã hội huyện, các cơ quan, đơn vị") == [
        "các đoàn thể chính trị - xã hội huyện", "các cơ quan, đơn vị"]


def test_a_kind_with_its_own_qualifier_is_another_addressee() -> None:
    assert _split("các cơ quan, đơn vị, các cơ quan thông tấn của huyện") == [
        "các cơ quan, đơn vị", "các cơ quan thông tấn của huyện"]
    assert _split("các sở, ban, các ngành có liên quan") == ["các sở, ban, các ngành có liên quan"]


def test_the_front_after_kinds_of_bodies_is_listed_apart() -> None:
    assert _split("các cấp, ngành, Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện") == [
        "các cấp, ngành", "Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội huyện"]


def test_stressing_a_role_is_no_task() -> None:
    text = """Phát biểu chỉ đạo đại hội, Bí thư Đảng ủy xã đề nghị Chi bộ Trường Tiểu học cần tiếp tục nâng cao chất \
lượng sinh hoạt chi bộ. Đồng thời nhấn mạnh vai trò hạt nhân của Chi bộ trong việc thực hiện nhiệm vụ năm học mới.
"""
    tasks = summaries(text, date(2025, 8, 2))
    assert _has(tasks, "nâng cao chất lượng sinh hoạt"), tasks
    assert not _has(tasks, "nhấn mạnh vai trò"), tasks
