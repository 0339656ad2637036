"""Deadlines in the CLI read as everywhere else: "trước 15/03/2025", "15/03/2025", "hằng tháng"."""

from __future__ import annotations

import json

from storage.access import Actor
from storage.db import session_scope
from storage.imports import import_draft
from storage.organizations import get_organization
from tests.storage.helpers import make_draft


def test_parse_date_says_before_that_day_not_ahead_of_schedule(cli):
    result = cli("parse-date", "trước ngày 15/01", "hằng tháng", "xin chào", "--today", "2026-01-05")
    assert result.exit_code == 2, result.output  # "xin chào" states no deadline
    assert result.output.splitlines() == [
        "trước ngày 15/01 → trước 15/01/2026",
        "hằng tháng → hằng tháng",
        "xin chào → không hiểu được thời hạn này",
    ]


def test_tasks_table_shows_a_strict_deadline_as_before_that_day(cli, engine):
    cli("org", "create", "Đảng ủy xã A")
    with session_scope(engine) as s:
        org = get_organization(s, "Đảng ủy xã A")
        import_draft(s, actor=Actor.system(org.id), draft=make_draft())
    rows = json.loads(cli("tasks", "--org", "Đảng ủy xã A", "--json").stdout)
    strict = next(r for r in rows if r["strict_before"])
    assert strict["deadline"] == "trước 15/03/2025"
    assert "trước 15/03/2025" in cli("tasks", "--org", "Đảng ủy xã A").output
