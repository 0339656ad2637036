"""`dondoc import FILE --xlsx DRAFT.xlsx` writes the review sheet; `dondoc import DRAFT.xlsx` and
`dondoc import DRAFT.json` (from `extract --json`) import an edited draft, all rows checked first."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import load_workbook

from bot import texts

NOTICE = """ĐẢNG ỦY XÃ TÂN LỢI
Số 45-TB/ĐU
Tân Lợi, ngày 03 tháng 3 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY

1. Giao Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa, hoàn thành trước ngày 31/3/2025.
2. Giao Hội Cựu chiến binh xã rà soát danh sách hội viên trong tháng 4/2025.
3. Giao Đoàn Thanh niên xã ra quân làm đường giao thông nông thôn, thực hiện thường xuyên.
"""


def _tasks(cli) -> list[dict]:  # type: ignore[no-untyped-def]
    return json.loads(cli("tasks", "--org", "tan loi", "--status", "all", "--json").stdout)


def test_xlsx_written_edited_refused_when_wrong_then_imported(cli, tmp_path):  # type: ignore[no-untyped-def]
    cli("org", "create", "Đảng ủy xã Tân Lợi", "--level", "xa")
    notice = tmp_path / "tb45.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    sheet_path = tmp_path / "ban_nhap.xlsx"
    written = cli("import", str(notice), "--org", "tan loi", "--xlsx", str(sheet_path))
    assert written.exit_code == 0, written.output
    assert "Đã ghi bản nháp 3 nhiệm vụ" in written.output and _tasks(cli) == []

    bad = load_workbook(sheet_path)
    rows = bad[texts.SHEET_TASKS]
    rows["B2"], rows["E3"], rows["D4"] = "Hội Sinh vật cảnh", "31/02/2025", "  "
    bad_path = tmp_path / "sai.xlsx"
    bad.save(bad_path)
    refused = cli("import", str(bad_path), "--org", "tan loi")
    assert refused.exit_code == 2
    assert "Dòng 2, cột “Đơn vị chủ trì”: không có đơn vị “Hội Sinh vật cảnh”" in refused.output
    assert "Dòng 3, cột “Hạn”: ngày “31/02/2025” không hợp lệ" in refused.output
    assert "Dòng 4, cột “Nội dung”: nội dung trống" in refused.output
    assert _tasks(cli) == []  # nothing saved while any row is wrong

    good = load_workbook(sheet_path)
    rows = good[texts.SHEET_TASKS]
    rows["B3"], rows["E3"], rows["F3"] = "Hội LHPN", date(2025, 5, 15), texts.SHEET_STRICT
    good.save(sheet_path)
    saved = cli("import", str(sheet_path), "--org", "tan loi", "--json")
    assert saved.exit_code == 0, saved.output
    assert len(json.loads(saved.stdout)["saved"]) == 3
    by_content = {t["content"]: t for t in _tasks(cli)}
    reviewed = next(t for c, t in by_content.items() if "rà soát danh sách hội viên" in c)
    assert reviewed["unit"].startswith("Hội Liên hiệp Phụ nữ") or "Phụ nữ" in reviewed["unit"], reviewed
    assert reviewed["due"] == "2025-05-15"
    again = cli("import", str(notice), "--org", "tan loi")  # the sheet kept the document's fingerprint
    assert again.exit_code == 2 and "đã được nhập" in again.output


def test_extract_json_imported_as_a_draft(cli, tmp_path):  # type: ignore[no-untyped-def]
    cli("org", "create", "Đảng ủy xã Tân Lợi", "--level", "xa")
    notice = tmp_path / "tb45.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    extracted = cli("extract", str(notice), "--json")
    assert extracted.exit_code == 0, extracted.output
    draft_json = tmp_path / "draft.json"
    draft_json.write_text(extracted.stdout, encoding="utf-8")
    saved = cli("import", str(draft_json), "--org", "tan loi", "--json")
    assert saved.exit_code == 0, saved.output
    assert len(_tasks(cli)) == len(json.loads(saved.stdout)["saved"]) == 3
    broken = tmp_path / "broken.json"
    broken.write_text('{"document": {}}', encoding="utf-8")
    refused = cli("import", str(broken), "--org", "tan loi")
    assert refused.exit_code == 2 and "extract --json" in refused.output
