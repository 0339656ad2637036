"""Small builders for storage tests: drafts as the extractor would produce them."""

from __future__ import annotations

import hashlib
from datetime import date

from conclusions.model import ConclusionDraft, Deadline, DocumentInfo, TaskDraft, UnitRef


def make_draft(text: str = "Thông báo kết luận mẫu", *, tasks: list[TaskDraft] | None = None) -> ConclusionDraft:
    """A draft with the given tasks (default: three tasks over two units, one recurring)."""
    if tasks is None:
        tasks = [
            TaskDraft("1", "Xây dựng kế hoạch hoạt động năm", [UnitRef("nong_dan", "Hội Nông dân xã")], [],
                      Deadline("trước ngày 15/3/2025", date(2025, 3, 15), True, None)),
            TaskDraft("2", "Rà soát hội viên", [UnitRef("cuu_chien_binh", "Hội Cựu chiến binh xã"), UnitRef("phu_nu", "Hội LHPN xã")],
                      [UnitRef("mttq", "Ủy ban MTTQ Việt Nam xã")], Deadline("trong quý II/2025", date(2025, 6, 30), False, None)),
            TaskDraft("3", "Giao ban với chi hội", [UnitRef("nong_dan", "Hội Nông dân xã")], [], Deadline("hàng tháng", None, False, "monthly")),
        ]
    return ConclusionDraft(
        document=DocumentInfo("12-TB/ĐU", "Thông báo kết luận giao ban", date(2025, 1, 20), "Đảng ủy xã"),
        tasks=tasks,
        warnings=[],
        source_sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
    )
