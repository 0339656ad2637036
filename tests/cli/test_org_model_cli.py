"""`dondoc org create` on the current model by default, and the 0006 migration leaving existing
organizations on the pre-2025 model with their units untouched (real database, both engines)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from storage.db import make_engine, upgrade

NOTICES = Path(__file__).resolve().parents[1] / "conclusions" / "reform_notices"


def test_org_create_uses_the_current_model_by_default(cli):
    created = cli("org", "create", "Đảng ủy xã Tân Lợi", "--json")
    assert created.exit_code == 0, created.output
    data = json.loads(created.stdout)
    assert data["level"] == "xa" and data["model"] == "2025" and data["monitor_unit"] == "xay_dung_dang"
    names = {u["key"]: u for u in data["units"]}
    assert names["xay_dung_dang"]["name"] == "Ban Xây dựng Đảng Đảng ủy" and "dan_van" not in names
    assert names["nong_dan"]["display_name"] == "Hội Nông dân xã (thuộc Ủy ban MTTQ)"
    listed = cli("org", "list")
    assert "mô hình từ 01/7/2025" in listed.output


def test_org_create_ward_special_zone_and_province(cli):
    ward = json.loads(cli("org", "create", "Đảng ủy phường Phủ Lý", "--level", "phường", "--json").stdout)
    assert ward["level"] == "phuong" and {u["name"] for u in ward["units"]} >= {"Hội Nông dân phường", "Ban Xây dựng Đảng Đảng ủy"}
    zone = json.loads(cli("org", "create", "Đảng ủy đặc khu Cô Tô", "--level", "dac_khu", "--json").stdout)
    assert zone["level"] == "dac_khu" and zone["monitor_unit"] == "tuyen_giao_dan_van"
    province = cli("org", "create", "Tỉnh ủy Ninh Bình", "--level", "tinh")
    assert province.exit_code == 0
    assert "đơn vị theo dõi mặc định: Ban Tuyên giáo và Dân vận Tỉnh ủy (mời bằng --role monitor --unit tuyen_giao_dan_van)" in province.output
    units = json.loads(cli("unit", "list", "--org", "Tỉnh ủy Ninh Bình", "--json").stdout)
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in {u["name"] for u in units}


def test_huyen_still_works_with_a_note_and_the_old_catalog(cli):
    created = cli("org", "create", "Huyện ủy Hớn Quản", "--level", "huyện")
    assert created.exit_code == 0, created.output
    assert "từ 01/7/2025 không còn cấp huyện" in created.output
    data = json.loads(cli("org", "list", "--json").stdout)[0]
    assert data["model"] == "truoc_2025" and data["level"] == "huyen"
    units = json.loads(cli("unit", "list", "--org", "Hớn Quản", "--json").stdout)
    assert "Ban Dân vận Huyện ủy" in {u["name"] for u in units}


def test_org_create_pre_2025_model_on_request(cli):
    data = json.loads(cli("org", "create", "Đảng ủy xã Cũ", "--model", "truoc_2025", "--json").stdout)
    assert data["model"] == "truoc_2025" and data["monitor_unit"] == "dan_van"
    assert "Ban Dân vận Đảng ủy" in {u["name"] for u in data["units"]}


def test_bad_level_or_model_is_one_vietnamese_line_exit_2(cli):
    bad = cli("org", "create", "Đảng ủy xã X", "--level", "thon")
    assert bad.exit_code == 2 and "Cấp không hợp lệ" in bad.output and "đặc khu" in bad.output
    huyen_new = cli("org", "create", "Huyện ủy Y", "--level", "huyen", "--model", "2025")
    assert huyen_new.exit_code == 2 and "Cấp không hợp lệ" in huyen_new.output
    bad_model = cli("org", "create", "Đảng ủy xã Z", "--model", "1992")
    assert bad_model.exit_code == 2 and "Mô hình không hợp lệ" in bad_model.output


def test_migration_0006_keeps_existing_organizations_and_units(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO organizations (name, level, timezone, policy, next_task_number, created_at) "
                              "VALUES ('Đảng ủy xã Cũ', 'xa', 'Asia/Ho_Chi_Minh', '{}', 1, CURRENT_TIMESTAMP)"))
            org_id = conn.execute(text("SELECT id FROM organizations")).scalar_one()
            conn.execute(text("INSERT INTO units (org_id, key, name, aliases, tags, active, created_at) VALUES "
                              "(:o, 'dan_van', 'Ban Dân vận Đảng ủy', '[\"BDV\"]', '[\"ban_dang\"]', true, CURRENT_TIMESTAMP)"),
                         {"o": org_id})
            before = conn.execute(text("SELECT id, org_id, key, name, aliases, tags, active FROM units")).all()
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT model FROM organizations")).scalar_one() == "truoc_2025"
            assert conn.execute(text("SELECT id, org_id, key, name, aliases, tags, active FROM units")).all() == before
    finally:
        engine.dispose()



def test_unit_list_and_tasks_show_the_front_and_filter_on_it(cli):
    cli("org", "create", "Đảng ủy xã Tân Lợi")
    listed = cli("unit", "list", "--org", "Tân Lợi")
    assert "Hội Nông dân xã (thuộc Ủy ban MTTQ)" in listed.output and "Ban Xây dựng Đảng Đảng ủy" in listed.output
    assert cli("import", str(NOTICES / "xa_2026.txt"), "--org", "Tân Lợi").exit_code == 0
    everything = json.loads(cli("tasks", "--org", "Tân Lợi", "--json").stdout)
    assert {t["unit_display"] for t in everything} == {
        "Ban Xây dựng Đảng Đảng ủy", "Văn phòng Đảng ủy", "Hội Nông dân xã (thuộc Ủy ban MTTQ)"}
    front = json.loads(cli("tasks", "--org", "Tân Lợi", "--unit", "mattran", "--json").stdout)
    assert [(t["unit"], t["unit_display"]) for t in front] == [("Hội Nông dân xã", "Hội Nông dân xã (thuộc Ủy ban MTTQ)")]
    table = cli("tasks", "--org", "Tân Lợi", "--unit", "MTTQ và các đoàn thể")
    assert "chuyển đổi cơ cấu cây trồng" in table.output and "Văn phòng" not in table.output
    assert "Không có nhiệm vụ nào" in cli("tasks", "--org", "Tân Lợi", "--unit", "Mặt trận").output  # the Ủy ban itself
