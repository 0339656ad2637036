"""Importing notices across the 2025 reform through `dondoc import` on a real database."""

from __future__ import annotations

import json
from pathlib import Path

NOTICES = Path(__file__).resolve().parents[1] / "conclusions" / "reform_notices"


def test_2024_notice_saved_into_a_2025_commune_lands_on_ban_xay_dung_dang(cli):
    cli("org", "create", "Đảng ủy xã Tân Lợi")
    result = cli("import", str(NOTICES / "xa_2024.txt"), "--org", "Tân Lợi", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert any("“Ban Dân vận Đảng ủy” là tên trước 01/7/2025" in w for w in data["warnings"])
    units = {u["id"]: u["key"] for u in json.loads(cli("unit", "list", "--org", "Tân Lợi", "--json").stdout)}
    assert [units[t["unit_id"]] for t in data["saved"]] == ["xay_dung_dang", "xay_dung_dang", "nong_dan"]


def test_2026_notice_previewed_in_a_pre_2025_commune_names_its_ban_dan_van(cli):
    cli("org", "create", "Đảng ủy xã Cũ", "--model", "truoc_2025")
    result = cli("import", str(NOTICES / "xa_2026.txt"), "--org", "Cũ", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "là tên từ 01/7/2025" in result.output and "Ban Dân vận Đảng ủy" in result.output
