"""Round 10, deadlines on real pages: a programme or plan of a period that introduces a list scopes the items it
lists ("triển khai Chương trình phối hợp … năm 2026, tập trung vào các nhiệm vụ trọng tâm: …"), but not when it is
only the aim of the request ("Để hoàn thành chỉ tiêu kế hoạch năm 2024, … yêu cầu:") or when another remark of the
speaker introduces the list ("đề ra chương trình … năm 2025 và lưu ý một số nội dung như: …"). Text written for
the test."""

from __future__ import annotations

from datetime import date

from conclusions import extract


def _dues(text: str, issued_on: date) -> dict[str, date | None]:
    return {t.content: t.deadline.due for t in extract(text, issued_on).tasks}


def _due_of(dues: dict[str, date | None], words: str) -> date | None:
    found = [due for content, due in dues.items() if words in content]
    assert found, (words, dues)
    return found[0]


def test_a_programme_of_the_year_scopes_the_duties_it_lists() -> None:
    text = """Sáng 12/1, Ủy ban MTTQ xã Phú Lộc tổ chức hội nghị tổng kết công tác Mặt trận năm 2025.
Hội nghị đã thông qua Chương trình phối hợp và thống nhất hành động năm 2026, tập trung vào các nhiệm vụ trọng \
tâm: vận động Nhân dân hiến đất làm đường giao thông nông thôn; nâng cao chất lượng hoạt động của Ban Thanh tra \
nhân dân; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư."""
    dues = _dues(text, date(2026, 1, 12))
    for words in ("hiến đất làm đường", "Ban Thanh tra nhân dân", "Ngày hội Đại đoàn kết"):
        assert _due_of(dues, words) == date(2026, 12, 31)


def test_a_plan_named_only_as_the_aim_dates_nothing() -> None:
    text = """Để hoàn thành chỉ tiêu kế hoạch năm 2024, Chủ tịch UBND huyện yêu cầu:
1. UBND các xã rà soát hồ sơ đất đai còn tồn đọng.
2. Phòng Tài nguyên và Môi trường hướng dẫn các xã hoàn thiện hồ sơ."""
    dues = _dues(text, date(2024, 9, 20))
    assert _due_of(dues, "rà soát hồ sơ đất đai") is None
    assert _due_of(dues, "hoàn thiện hồ sơ") is None


def test_a_remark_after_the_programme_is_not_the_programme() -> None:
    text = """Ngày 10/02/2025, Ủy ban MTTQ phường 7 tổ chức hội nghị giao ban công tác Mặt trận quý I.
Phát biểu tại hội nghị, Phó Bí thư Đảng ủy phường thống nhất với kết quả năm 2024, đề ra chương trình thống nhất \
hành động năm 2025 và lưu ý một số nội dung như: Ủy ban MTTQ phường thường xuyên nắm tình hình dư luận xã hội; \
Ban Công tác Mặt trận các khu phố vận động Nhân dân giữ gìn vệ sinh môi trường."""
    dues = _dues(text, date(2025, 2, 10))
    assert _due_of(dues, "nắm tình hình dư luận") is None
