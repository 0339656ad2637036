"""The two catalog generations: the pre-2025 catalogs unchanged, the current model's per level."""

from __future__ import annotations

import pytest

from conclusions.catalog import (
    CURRENT_LEVELS,
    FRONT,
    FRONT_MEMBER,
    LEVELS,
    MODEL_2025,
    MODEL_PRE_2025,
    display_name,
    in_front,
    monitor_unit_key,
    standard_units,
)
from conclusions.units import catalog_level, merged_units

#: The pre-2025 catalogs as they were before the current model was added (keys in order).
PRE_2025_KEYS = {
    "xa": ["mttq", "nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien", "lien_hiep_thanh_nien", "dan_van",
           "van_phong", "ubnd", "hdnd"],
    "huyen": ["mttq", "nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien", "lien_hiep_thanh_nien",
              "lien_doan_lao_dong", "dan_van", "van_phong", "to_chuc", "tuyen_giao", "kiem_tra", "ubnd", "hdnd"],
}
PRE_2025_KEYS["tinh"] = PRE_2025_KEYS["huyen"]


@pytest.mark.parametrize("level", LEVELS)
def test_pre_2025_catalog_is_the_default_and_unchanged(level):
    assert [u.key for u in standard_units(level)] == PRE_2025_KEYS[level]
    assert standard_units(level) == standard_units(level, MODEL_PRE_2025)
    assert monitor_unit_key(level) == "dan_van"


def test_pre_2025_names_keep_their_period_wording():
    names = {u.key: u.name for u in standard_units("huyen")}
    assert names["dan_van"] == "Ban Dân vận Huyện ủy" and names["tuyen_giao"] == "Ban Tuyên giáo Huyện ủy"
    assert {u.key: u.name for u in standard_units("xa")}["dan_van"] == "Ban Dân vận Đảng ủy"


def test_merged_catalog_the_extractor_falls_back_on_is_only_pre_2025():
    keys = {u.key for u in merged_units()}
    assert "xay_dung_dang" not in keys and "tuyen_giao_dan_van" not in keys


def test_commune_of_2025_has_the_three_advisory_bodies_and_no_ban_dan_van():
    units = {u.key: u for u in standard_units("xa", MODEL_2025)}
    assert units["van_phong"].name == "Văn phòng Đảng ủy"
    assert units["xay_dung_dang"].name == "Ban Xây dựng Đảng Đảng ủy"
    assert units["kiem_tra"].name == "Ủy ban Kiểm tra Đảng ủy"
    assert not {"dan_van", "tuyen_giao", "to_chuc", "lien_doan_lao_dong"} & set(units)
    assert monitor_unit_key("xa", MODEL_2025) == "xay_dung_dang"


def test_ward_and_special_zone_variants():
    ward = {u.key: u.name for u in standard_units("phuong", MODEL_2025)}
    assert ward["nong_dan"] == "Hội Nông dân phường" and ward["mttq"] == "Ủy ban MTTQ Việt Nam phường"
    assert ward["doan_thanh_nien"] == "Đoàn Thanh niên phường" and "xay_dung_dang" in ward
    zone = {u.key: u.name for u in standard_units("dac_khu", MODEL_2025)}
    assert zone["tuyen_giao_dan_van"] == "Ban Tuyên giáo và Dân vận Đảng ủy"
    assert zone["to_chuc"] == "Ban Tổ chức Đảng ủy" and "xay_dung_dang" not in zone
    assert zone["ubnd"] == "Ủy ban nhân dân đặc khu"
    assert monitor_unit_key("dac_khu", MODEL_2025) == "tuyen_giao_dan_van"


def test_province_of_2025_has_the_merged_board_and_it_monitors():
    units = {u.key: u for u in standard_units("tinh", MODEL_2025)}
    board = units["tuyen_giao_dan_van"]
    assert board.name == "Ban Tuyên giáo và Dân vận Tỉnh ủy" and "BTGDVTU" in board.aliases
    assert not {"dan_van", "tuyen_giao"} & set(units)
    assert units["doan_thanh_nien"].name == "Tỉnh đoàn" and units["lien_doan_lao_dong"].name == "Liên đoàn Lao động tỉnh"
    assert monitor_unit_key("tinh", MODEL_2025) == "tuyen_giao_dan_van"


@pytest.mark.parametrize("level", CURRENT_LEVELS)
def test_every_current_catalog_puts_the_mass_organisations_under_the_front(level):
    units = standard_units(level, MODEL_2025)
    keys = {u.key for u in units}
    assert monitor_unit_key(level, MODEL_2025) in keys
    members = {u.key for u in units if FRONT_MEMBER in u.tags}
    assert {"nong_dan", "cuu_chien_binh", "phu_nu", "doan_thanh_nien"} <= members
    assert [u.key for u in units if FRONT in u.tags] == ["mttq"]
    assert {u.key for u in units if in_front(u.tags)} == members | {"mttq", "lien_hiep_thanh_nien"}
    assert len({u.key for u in units}) == len(units) and len({u.name for u in units}) == len(units)
    # The extractor reads the level off the names, as for the pre-2025 catalogs.
    assert catalog_level(units) == ("tinh" if level == "tinh" else "xa")


def test_display_name_reads_as_the_new_structure():
    nong_dan = next(u for u in standard_units("xa", MODEL_2025) if u.key == "nong_dan")
    assert display_name(nong_dan.name, nong_dan.tags) == "Hội Nông dân xã (thuộc Ủy ban MTTQ)"
    mttq = standard_units("xa", MODEL_2025)[0]
    assert display_name(mttq.name, mttq.tags) == "Ủy ban MTTQ Việt Nam xã"
    old = standard_units("xa")[1]
    assert display_name(old.name, old.tags) == "Hội Nông dân xã"


def test_unknown_level_or_model_is_refused():
    with pytest.raises(ValueError):
        standard_units("huyen", MODEL_2025)
    with pytest.raises(ValueError):
        standard_units("xa", "1992")
