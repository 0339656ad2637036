"""Unit names the catalog does not know are kept whole, as written."""

from datetime import date

import conclusions


def test_unknown_coordinating_unit_with_a_dash_is_kept_whole() -> None:
    text = (
        "Thường trực Huyện ủy kết luận như sau:\n\n"
        "1. Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội huyện "
        "rà soát hộ nghèo; báo cáo trước ngày 30/10/2025.\n"
    )
    draft = conclusions.extract(text, issued_on=date(2025, 9, 12))
    assert [u.key for u in draft.tasks[0].units] == ["mttq"]
    assert [u.name for u in draft.tasks[0].coordinating_units] == ["Phòng Lao động - Thương binh và Xã hội huyện"]


def test_result_clause_with_inline_label_assigns_nothing() -> None:
    text = (
        "Thường trực Huyện ủy kết luận như sau:\n\n"
        "1. Kết quả: Hội Nông dân huyện đã hoàn thành tốt nhiệm vụ 8 tháng đầu năm.\n\n"
        "2. Hội Nông dân huyện tổ chức tập huấn kỹ thuật cho hội viên trong tháng 10/2025.\n"
    )
    draft = conclusions.extract(text, issued_on=date(2025, 9, 12))
    assert [t.ref for t in draft.tasks] == ["2"]
