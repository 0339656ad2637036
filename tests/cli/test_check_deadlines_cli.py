"""`dondoc check-deadlines` by hand on a real database."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlmodel import Session, select

from storage.models import CheckRun


def test_a_future_day_is_refused_unless_dry_run(cli, engine):
    assert cli("org", "create", "Đảng ủy xã A").exit_code == 0
    future = (date.today() + timedelta(days=3)).isoformat()

    real = cli("check-deadlines", "--date", future)
    assert real.exit_code == 2
    assert "chưa đến" in real.output and "--dry-run" in real.output
    assert len(real.output.strip().splitlines()) == 1
    with Session(engine) as s:
        assert s.exec(select(CheckRun)).all() == []  # the real check that day will still run

    dry = cli("check-deadlines", "--date", future, "--dry-run", "--json")
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout)["organizations"][0]["status"] == "dry_run"


def test_a_past_day_still_runs_for_real(cli, engine):
    cli("org", "create", "Đảng ủy xã A")
    past = cli("check-deadlines", "--date", "2025-03-10", "--json")
    assert past.exit_code == 0, past.output
    assert json.loads(past.stdout)["organizations"][0]["status"] == "ran"
