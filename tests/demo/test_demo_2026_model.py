"""The demo runs on a commune organised as since 1/7/2025: its people, its units and its sample
notice use today's names, and the notice reads with no name from before the reform."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import Session, create_engine, select

import conclusions
from bot.demo.people import CAST, ORG_LEVEL, ORG_MODEL
from conclusions.catalog import MODEL_2025, monitor_unit_key, standard_units
from conclusions.reform import crossings, model_tag_for
from storage.models import Member, Organization, Task, Unit

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "bot" / "demo" / "sample_notice.txt"


def test_cast_belongs_to_a_2025_commune_and_the_monitor_is_its_default():
    assert ORG_MODEL == MODEL_2025
    keys = {u.key for u in standard_units(ORG_LEVEL, ORG_MODEL)}
    assert {p.unit_key for p in CAST if p.unit_key} <= keys
    monitor = next(p for p in CAST if p.role == "monitor")
    assert monitor.unit_key == monitor_unit_key(ORG_LEVEL, ORG_MODEL) == "xay_dung_dang"
    assert "Ban Xây dựng Đảng" in monitor.role_label and not any("Ban Dân vận" in p.role_label for p in CAST)


def test_sample_notice_uses_2026_names_only():
    text = SAMPLE.read_text(encoding="utf-8")
    units = [replace(u, tags=(*u.tags, model_tag_for(MODEL_2025))) for u in standard_units(ORG_LEVEL, MODEL_2025)]
    assert "HUYỆN" not in text and "Ban Dân vận" not in text and "Ban Xây dựng Đảng Đảng ủy" in text
    assert crossings(text, units, "xa") == []
    draft = conclusions.extract(text, units=units)
    assert {u.key for t in draft.tasks if t.ref == "III.6" for u in t.units} == {"xay_dung_dang"}


@pytest.fixture(autouse=True)
def _sqlite_leg_only(is_postgres_run: bool) -> None:
    if is_postgres_run:
        pytest.skip("the demo runs on its own embedded SQLite file; covered by the SQLite leg")


def test_demo_database_holds_a_2025_commune(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DATABASE_URL", None)
    db = tmp_path / "demo.db"
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "demo", "--script", "--days", "1", "--db", str(db)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Trưởng Ban Xây dựng Đảng Đảng ủy (theo dõi)" in proc.stdout
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        org = session.exec(select(Organization)).one()
        assert (org.level, org.model) == ("xa", MODEL_2025)
        units = {u.id: u.key for u in session.exec(select(Unit))}
        assert "dan_van" not in units.values() and "xay_dung_dang" in units.values()
        monitor = session.exec(select(Member).where(Member.role == "monitor")).one()
        assert units[monitor.unit_id] == "xay_dung_dang"  # type: ignore[index]
        assert any(units[t.unit_id] == "xay_dung_dang" for t in session.exec(select(Task)))
    engine.dispose()
