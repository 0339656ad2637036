"""`dondoc parse-date` on phrases it cannot read: the line says so and the exit code is 2."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli.main import app

runner = CliRunner()


def test_unreadable_phrase_exits_2() -> None:
    result = runner.invoke(app, ["parse-date", "abc xyz", "--today", "2026-01-08"])
    assert result.exit_code == 2
    assert "không hiểu được thời hạn này" in result.output


def test_impossible_date_exits_2_and_says_why() -> None:
    result = runner.invoke(app, ["parse-date", "31/02/2026", "--today", "2026-01-08"])
    assert result.exit_code == 2
    assert "31/02/2026 không có trên lịch" in result.output
    as_json = runner.invoke(app, ["parse-date", "31/02/2026", "--today", "2026-01-08", "--json"])
    assert as_json.exit_code == 2 and json.loads(as_json.stdout)["due"] is None


def test_readable_phrases_exit_0() -> None:
    result = runner.invoke(app, ["parse-date", "trước Rằm tháng Bảy", "mùng 2 Tết", "--today", "2026-01-08", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["due"], r["strict_before"]) for r in rows] == [("2026-08-27", True), ("2026-02-18", False)]
