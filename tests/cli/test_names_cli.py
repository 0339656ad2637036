"""Organisations and units are named on the command line as in chat: number, key, name or
abbreviation, with or without tones; when nothing matches, the error lists the choices."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def org(cli):
    assert cli("org", "create", "Đảng ủy xã Tân Lợi").exit_code == 0
    return "Đảng ủy xã Tân Lợi"


@pytest.mark.parametrize("org_ref", ["dang uy xa tan loi", "ĐẢNG ỦY XÃ TÂN LỢI", "tan loi", "1"])
@pytest.mark.parametrize("unit_ref", ["Hội Nông dân", "hoi nong dan xa", "HND", "nong_dan", "nong dan"])
def test_org_and_unit_resolve_with_or_without_tones(cli, org, org_ref, unit_ref):
    result = cli("invite", "create", "--org", org_ref, "--role", "leader", "--unit", unit_ref, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["organization"] == org and data["unit"] == "Hội Nông dân xã"


def test_a_unit_name_with_tones_beyond_ascii_resolves_on_every_database(cli, org):
    result = cli("tasks", "--org", org, "--unit", "ĐOÀN THANH NIÊN XÃ", "--json")
    assert result.exit_code == 0, result.output


def test_no_match_lists_the_choices(cli, org):
    cli("org", "create", "Huyện ủy Hớn Quản", "--level", "huyen")
    unit = cli("tasks", "--org", org, "--unit", "Hội Bóng đá")
    assert unit.exit_code == 2
    assert "Không tìm thấy đơn vị “Hội Bóng đá”" in unit.output and "Hội Nông dân xã (nong_dan)" in unit.output
    organization = cli("unit", "list", "--org", "ủy")  # in both names: not a unique match
    assert organization.exit_code == 2
    assert "Đảng ủy xã Tân Lợi (mã 1)" in organization.output and "Huyện ủy Hớn Quản (mã 2)" in organization.output


def test_names_that_differ_only_in_tones_or_case_are_duplicates(cli, org):
    assert "Đã có tổ chức" in cli("org", "create", "dang uy xa tan loi").output
    assert "đã có" in cli("unit", "add", "--org", org, "đoàn thanh niên xã").output
