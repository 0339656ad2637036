"""What `import --dry-run`, `extract` and `tasks` print for people: the tasks themselves, whole words,
and one spelling ("hằng quý") whatever spelling the document used."""

from __future__ import annotations

import json
import re

from storage.access import Actor
from storage.db import session_scope
from storage.organizations import get_organization
from storage.tasks import add_task

NOTICE = """ĐẢNG ỦY XÃ TÂN LỢI
Số 45-TB/ĐU
Tân Lợi, ngày 03 tháng 3 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY

1. Giao Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa, hoàn thành trước ngày 31/3/2025.
2. Giao Hội Cựu chiến binh xã rà soát danh sách hội viên, báo cáo Ban Thường vụ hàng quý.

Nơi nhận:
- Lưu Văn phòng Đảng ủy.
"""


def test_import_dry_run_prints_the_tasks_it_would_save(cli, tmp_path):
    cli("org", "create", "Đảng ủy xã Tân Lợi")
    notice = tmp_path / "tb45.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    result = cli("import", str(notice), "--org", "tan loi", "--dry-run")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Xem trước (chưa lưu):" in out
    assert "tập huấn kỹ thuật trồng lúa" in out and "Hội Nông dân xã" in out and "trước 31/03/2025" in out
    assert "rà soát danh sách hội viên" in out and "Hội Cựu chiến binh xã" in out and "hằng quý" in out
    assert json.loads(cli("tasks", "--org", "tan loi", "--json").stdout) == []  # nothing saved

    saved = cli("import", str(notice), "--org", "tan loi")
    assert saved.exit_code == 0, saved.output
    assert re.search(r"│ 1 +│[^│]*│ Hội Nông dân xã", saved.output)  # the saved tasks, with their numbers


def test_extract_and_parse_date_spell_hang_quy_one_way(cli, tmp_path):
    notice = tmp_path / "tb45.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    extracted = cli("extract", str(notice))
    assert extracted.exit_code == 0, extracted.output
    assert "hằng quý" in extracted.output
    phrases = cli("parse-date", "hàng quý", "hằng quý", "hang quy", "--today", "2025-03-05")
    assert phrases.output.splitlines() == ["hàng quý → hằng quý", "hằng quý → hằng quý", "hang quy → hằng quý"]


def test_tasks_table_never_cuts_a_word(cli, engine):
    cli("org", "create", "Đảng ủy xã Tân Lợi")
    words = ["Tổ", "chức", "tuyên", "truyền"]
    with session_scope(engine) as s:
        org = get_organization(s, "Đảng ủy xã Tân Lợi")
        add_task(s, actor=Actor.system(org.id), unit_ref="nong_dan", content=" ".join(words * 15), due=None)
    out = cli("tasks", "--org", "Đảng ủy xã Tân Lợi").output
    tokens = {t.strip("…") for t in re.split(r"[\s│┃|]+", out)}
    broken = {t for t in tokens for w in words if t and t != w and w.startswith(t) and len(t) > 1}
    assert broken == set()
    assert "…" in out  # long content is shortened, between two words
