"""The administration CLI end to end, through the installed Typer app on a real database."""

from __future__ import annotations

import json

import pytest

from tests.storage.helpers import make_draft


def test_db_upgrade_reports_head(cli):
    result = cli("db", "upgrade")
    assert result.exit_code == 0 and "0001" in result.output or "phiên bản" in result.output


def test_org_create_list_and_units_json(cli):
    created = cli("org", "create", "Huyện ủy Hớn Quản", "--level", "huyen", "--json")
    assert created.exit_code == 0, created.output
    data = json.loads(created.stdout)
    assert data["level"] == "huyen" and any(u["key"] == "lien_doan_lao_dong" for u in data["units"])
    listed = json.loads(cli("org", "list", "--json").stdout)
    assert [o["name"] for o in listed] == ["Huyện ủy Hớn Quản"]
    units = json.loads(cli("unit", "list", "--org", "Huyện ủy Hớn Quản", "--json").stdout)
    assert {"key", "name", "id", "aliases"} <= set(units[0])


def test_unit_add_rename_and_duplicates_exit_2(cli):
    cli("org", "create", "Đảng ủy xã A")
    assert cli("unit", "add", "--org", "Đảng ủy xã A", "Hội Người cao tuổi xã").exit_code == 0
    dup = cli("unit", "add", "--org", "Đảng ủy xã A", "Hội Người cao tuổi xã")
    assert dup.exit_code == 2 and "đã có" in dup.output
    renamed = cli("unit", "rename", "--org", "Đảng ủy xã A", "hoi_nguoi_cao_tuoi_xa", "Hội NCT xã", "--json")
    assert json.loads(renamed.stdout)["name"] == "Hội NCT xã"


def test_invite_create_prints_code_and_link(cli):
    cli("org", "create", "Đảng ủy xã A")
    result = cli("invite", "create", "--org", "Đảng ủy xã A", "--unit", "nong_dan", "--role", "leader", "--json")
    data = json.loads(result.stdout)
    assert data["link"] == f"https://t.me/dondoc_test_bot?start={data['code']}"
    assert data["unit"] == "Hội Nông dân xã"


@pytest.mark.parametrize(
    "args,needle",
    [
        (("invite", "create", "--org", "Không có", "--role", "monitor"), "Không tìm thấy tổ chức"),
        (("invite", "create", "--org", "Đảng ủy xã A", "--role", "boss"), "Vai trò không hợp lệ"),
        (("org", "create", "Đảng ủy xã A"), "Đã có tổ chức"),
        (("tasks", "--org", "Đảng ủy xã A", "--status", "weird"), "Trạng thái không hợp lệ"),
        (("tasks", "--org", "Đảng ủy xã A", "--unit", "không có"), "Không tìm thấy đơn vị"),
    ],
)
def test_errors_are_one_line_with_exit_code_2(cli, args, needle):
    cli("org", "create", "Đảng ủy xã A")
    result = cli(*args)
    assert result.exit_code == 2
    assert needle in result.output and "Traceback" not in result.output


def test_tasks_lists_imported_tasks_by_status(cli, engine):
    from storage.access import Actor
    from storage.db import session_scope
    from storage.imports import import_draft
    from storage.organizations import get_organization

    cli("org", "create", "Đảng ủy xã A")
    with session_scope(engine) as s:
        org = get_organization(s, "Đảng ủy xã A")
        import_draft(s, actor=Actor.system(org.id), draft=make_draft())
    rows = json.loads(cli("tasks", "--org", "Đảng ủy xã A", "--json").stdout)
    assert [r["number"] for r in rows] == [1, 2, 3, 4]
    assert rows[0]["state_label"] in {"quá hạn chưa hoàn thành", "đang thực hiện (trong hạn)"}
    only = json.loads(cli("tasks", "--org", "Đảng ủy xã A", "--unit", "nong_dan", "--json").stdout)
    assert {r["unit"] for r in only} == {"Hội Nông dân xã"}
    assert json.loads(cli("tasks", "--org", "Đảng ủy xã A", "--status", "done", "--json").stdout) == []
    human = cli("tasks", "--org", "Đảng ủy xã A")
    assert "15/03/2025" in human.output
