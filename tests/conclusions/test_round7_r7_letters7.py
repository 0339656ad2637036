"""General rules of round 7 (letters, fresh7), each on text written for the test: a sentence opened by its acting
body lists that body's actions one per ";", field verbs of security and disaster work, and addressees that point
back to a numbered list ("các đơn vị có tên tại mục 2")."""

from __future__ import annotations

from conclusions.addressees import addressees_at
from conclusions.lexicon import verb_at
from conclusions.units import UnitResolver
from tests.conclusions.helpers import summaries

_LETTER = """UBND XÃ AN PHÚ
Số: 12/UBND
An Phú, ngày 03 tháng 3 năm 2025

Kính gửi: Các ban, ngành, đoàn thể xã.

Để bảo đảm an toàn dịp lễ hội, Chủ tịch UBND xã yêu cầu các đơn vị thực hiện tốt các nội dung sau:

1. Công an xã tăng cường tuần tra khu vực lễ hội; triệt phá các đường dây lô đề trên địa bàn; xử lý nghiêm các quán karaoke vi phạm.

2. Hội Liên hiệp Phụ nữ xã tuyên truyền hội viên giữ gìn vệ sinh; thực hiện sớm, kịp thời.
"""



def test_a_subject_led_sentence_lists_its_actions_per_semicolon() -> None:
    tasks = summaries(_LETTER)
    police = [c for c, units, _ in tasks if units == ["name:Công an xã"]]
    assert len(police) == 3
    assert any(c.startswith("triệt phá") for c in police)


def test_carry_out_promptly_is_no_action_of_its_own() -> None:
    tasks = summaries(_LETTER)
    assert not any(c.startswith("thực hiện sớm") for c, _, _ in tasks)


def test_field_verbs_of_security_and_storm_work() -> None:
    for text in ("triệt phá ổ nhóm", "phân luồng giao thông", "kêu gọi tàu thuyền", "gia cố nhà cửa"):
        assert verb_at(text, 0) > 0


def test_bodies_named_in_a_numbered_list_before() -> None:
    text = "Các xã có tên tại mục 2 khẩn trương nộp hồ sơ trước ngày 10/4/2025."
    refs, end = addressees_at(text, 0, UnitResolver([], None))
    assert refs and text[:end].strip() == "Các xã có tên tại mục 2"
