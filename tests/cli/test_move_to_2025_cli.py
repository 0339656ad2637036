"""`dondoc org move-to-2025` on a populated database (SQLite, and PostgreSQL with TEST_DATABASE_URL):
a district organization of 2024 with imported tasks, a closed one, invites; dry run first, then the
move, which keeps every task and its history and reads the district's old names afterwards."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlmodel import select

from storage.access import Actor
from storage.db import make_engine, session_scope
from storage.models import Invite, Organization, Task, TaskEvent, Unit
from storage.tasks import mark_done

NOTICES = Path(__file__).resolve().parents[1] / "conclusions" / "reform_notices"
ORG = "Huyện ủy Hớn Quản"


def _populate(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("org", "create", ORG, "--level", "huyen").exit_code == 0
    saved = cli("import", str(NOTICES / "huyen_2024.txt"), "--org", ORG, "--json")
    assert saved.exit_code == 0, saved.output
    for role, unit in (("monitor", "dan_van"), ("leader", "tuyen_giao"), ("leader", "to_chuc")):
        assert cli("invite", "create", "--org", ORG, "--role", role, "--unit", unit).exit_code == 0
    engine = make_engine(os.environ["DATABASE_URL"])
    with session_scope(engine) as session:
        org = session.exec(select(Organization)).one()
        mark_done(session, actor=Actor.system(org.id), number=2, note="Đã định hướng tuyên truyền")  # type: ignore[arg-type]
    engine.dispose()


def _snapshot() -> dict:
    engine = make_engine(os.environ["DATABASE_URL"])
    with session_scope(engine) as session:
        units = {u.id: u for u in session.exec(select(Unit))}
        tasks = {t.number: (units[t.unit_id].key, t.status, t.content) for t in session.exec(select(Task))}
        events = [(e.task_id, e.kind, e.detail) for e in session.exec(select(TaskEvent).order_by(TaskEvent.id))]
        invites = sorted(units[i.unit_id].key for i in session.exec(select(Invite)) if i.unit_id)
        org = session.exec(select(Organization)).one()
        data = {"tasks": tasks, "events": events, "invites": invites, "org": (org.level, org.model),
                "units": {u.key: (u.name, u.active, list(u.aliases)) for u in units.values()},
                "ids": {u.key: u.id for u in units.values()}}
    engine.dispose()
    return data


def test_dry_run_changes_nothing_and_says_what_would(cli):
    _populate(cli)
    before = _snapshot()
    shown = cli("org", "move-to-2025", "--org", ORG, "--level", "xã", "--dry-run")
    assert shown.exit_code == 0, shown.output
    assert "Xem trước (chưa thay đổi gì)" in shown.output and "cấp huyện" in shown.output
    assert "Ban Tuyên giáo Huyện ủy" in shown.output and "gộp vào" in shown.output
    assert "Ban Xây dựng Đảng Đảng ủy" in shown.output and "bỏ --dry-run" in shown.output
    data = json.loads(cli("org", "move-to-2025", "--org", ORG, "--level", "xa", "--dry-run", "--json").stdout)
    assert data["dry_run"] and not data["applied"] and data["tasks_moved"] == 2
    kinds = {c["key"]: (c["kind"], c["target_key"]) for c in data["changes"]}
    assert kinds["dan_van"] == ("rename", "xay_dung_dang") and kinds["tuyen_giao"] == ("merge", "xay_dung_dang")
    assert kinds["to_chuc"] == ("merge", "xay_dung_dang") and kinds["lien_doan_lao_dong"][0] == "keep"
    assert _snapshot() == before


def test_a_district_needs_a_level_and_a_moved_organization_cannot_move_again(cli):
    _populate(cli)
    no_level = cli("org", "move-to-2025", "--org", ORG)
    assert no_level.exit_code == 2 and "không còn cấp huyện" in no_level.output
    assert cli("org", "move-to-2025", "--org", ORG, "--level", "xa").exit_code == 0
    again = cli("org", "move-to-2025", "--org", ORG, "--level", "xa")
    assert again.exit_code == 2 and "đã theo mô hình từ 01/7/2025" in again.output


def test_move_keeps_every_task_and_its_history(cli):
    _populate(cli)
    before = _snapshot()
    moved = cli("org", "move-to-2025", "--org", ORG, "--level", "xa", "--json")
    assert moved.exit_code == 0, moved.output
    assert json.loads(moved.stdout)["applied"]
    after = _snapshot()
    assert after["org"] == ("xa", "2025")
    # Every task is still there, same content and status; the boards' tasks went to Ban Xây dựng Đảng.
    assert {n: (s, c) for n, (_, s, c) in after["tasks"].items()} == {n: (s, c) for n, (_, s, c) in before["tasks"].items()}
    assert {n: k for n, (k, _, _) in after["tasks"].items()} == {
        1: "xay_dung_dang", 2: "xay_dung_dang", 3: "xay_dung_dang", 4: "nong_dan", 5: "lien_doan_lao_dong"}
    assert after["tasks"][2][1] == "done"
    # The history is kept whole, and each moved task says so.
    assert after["events"][:len(before["events"])] == before["events"]
    added = after["events"][len(before["events"]):]
    moved_units = [e for e in added if e[1] == "corrected"]
    assert len(moved_units) == 2 and all(e[2]["field"] == "unit" and e[2]["after"]["unit"] == "Ban Xây dựng Đảng Đảng ủy"
                                         for e in moved_units)
    assert any(e[1] == "org_model_moved" for e in added)
    # The monitor's unit kept its id (renamed); merged units are deactivated, never deleted.
    assert after["ids"]["xay_dung_dang"] == before["ids"]["dan_van"]
    name, active, aliases = after["units"]["xay_dung_dang"]
    assert active and "Ban Dân vận Huyện ủy" in aliases and "Ban Tuyên giáo Huyện ủy" in aliases
    assert after["units"]["tuyen_giao"][1] is False and after["units"]["to_chuc"][1] is False
    assert after["units"]["nong_dan"][0] == "Hội Nông dân xã" and "Hội Nông dân huyện" in after["units"]["nong_dan"][2]
    assert after["units"]["kiem_tra"][0] == "Ủy ban Kiểm tra Đảng ủy"
    assert after["invites"] == ["xay_dung_dang", "xay_dung_dang", "xay_dung_dang"]
    # The unit list reads as the new structure.
    listed = cli("unit", "list", "--org", ORG)
    assert "Hội Nông dân xã (thuộc Ủy ban MTTQ)" in listed.output and "Ban Tuyên giáo Huyện ủy" not in listed.output


def test_after_the_move_the_districts_old_notices_still_resolve(cli, tmp_path):
    _populate(cli)
    assert cli("org", "move-to-2025", "--org", ORG, "--level", "xa").exit_code == 0
    another = tmp_path / "tb_215.txt"  # another notice of that district, in the same wording
    another.write_text((NOTICES / "huyen_2024.txt").read_text(encoding="utf-8").replace("210-TB/HU", "215-TB/HU"), encoding="utf-8")
    preview = json.loads(cli("import", str(another), "--org", ORG, "--dry-run", "--json").stdout)
    assert [[u["key"] for u in t["units"]] for t in preview["tasks"]][:3] == [["xay_dung_dang"]] * 3
    assert any("“Ban Dân vận Huyện ủy” là tên cũ của Ban Xây dựng Đảng Đảng ủy" in w for w in preview["warnings"])
