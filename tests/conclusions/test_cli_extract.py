"""`dondoc extract` and `dondoc parse-date` as scripts and people use them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from bot.cli.main import app

REPO = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"
runner = CliRunner()


def test_extract_json_schema() -> None:
    result = runner.invoke(app, ["extract", str(CASES / "c01_tinh_thong_bao.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"document", "tasks", "warnings"}
    assert data["document"]["number"] == "45-TB/TU"
    assert data["document"]["issued_on"] == "2025-01-10"
    first = data["tasks"][0]
    assert set(first) >= {"ref", "content", "units", "coordinating_units", "deadline"}
    assert first["ref"] == "II.1"
    assert first["units"] == [{"key": "mttq", "name": "Ủy ban MTTQ Việt Nam tỉnh"}]
    assert first["coordinating_units"][0]["key"] == "dan_van"
    assert first["deadline"] == {"text": "trước ngày 15/3/2025", "due": "2025-03-15", "strict_before": True, "recurrence": None}


def test_extract_issued_on_option_sets_missing_years(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_text("Kết luận như sau:\n\n1. Hội Nông dân tổ chức hội thi, hoàn thành trước 15/3.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--issued-on", "2026-01-05", "--json"])
    assert json.loads(result.stdout)["tasks"][0]["deadline"]["due"] == "2026-03-15"


def test_extract_table_is_vietnamese_with_day_first_dates() -> None:
    result = runner.invoke(app, ["extract", str(CASES / "c01_tinh_thong_bao.txt")])
    assert result.exit_code == 0
    assert "nhiệm vụ" in result.stdout and "15/03/2025" in result.stdout


def test_extract_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args in (["extract", str(empty)], ["extract", str(tmp_path / "missing.pdf")], ["extract", str(empty), "--issued-on", "5/1/2026"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "Traceback" not in result.output


def test_parse_date_json_lines() -> None:
    result = runner.invoke(app, ["parse-date", "thu sau tuan sau", "cuối tháng", "xin chào", "--today", "2025-03-05", "--json"])
    assert result.exit_code == 2  # every line is printed; "xin chào" states no deadline
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [
        {"due": "2025-03-14", "recurrence": None, "strict_before": False, "text": "thu sau tuan sau"},
        {"due": "2025-03-31", "recurrence": None, "strict_before": False, "text": "cuối tháng"},
        {"due": None, "recurrence": None, "strict_before": False, "text": "xin chào"},
    ]


def test_console_script_runs() -> None:
    exe = Path(sys.executable).parent / "dondoc"
    out = subprocess.run([str(exe), "parse-date", "3 ngay nua", "--today", "2025-03-05", "--json"],
                         capture_output=True, text=True, check=True, cwd=REPO)
    assert json.loads(out.stdout)["due"] == "2025-03-08"
