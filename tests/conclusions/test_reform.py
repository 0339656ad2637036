"""Names across the 2025 reform, on notices written in each period's wording: an old body's name in
an organisation of the current model, a current name in one still on the pre-2025 catalog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import conclusions
from conclusions.catalog import MODEL_2025, MODEL_PRE_2025, UnitSpec, standard_units
from conclusions.reform import add_crossing_warnings, crossings, model_tag_for
from conclusions.units import UnitResolver, catalog_level

NOTICES = Path(__file__).parent / "reform_notices"


def org_units(level: str, model: str) -> list[UnitSpec]:
    """An organisation's catalog as storage hands it to the extractor: tagged with its model."""
    return [replace(u, tags=(*u.tags, model_tag_for(model))) for u in standard_units(level, model)]


def read(name: str, units: list[UnitSpec]) -> conclusions.ConclusionDraft:
    draft = conclusions.extract((NOTICES / name).read_text(encoding="utf-8"), units=units)
    return add_crossing_warnings(draft, units)


def assigned(draft) -> dict[str, list[str | None]]:
    return {t.ref: [u.key for u in t.units] for t in draft.tasks}


def test_2024_commune_notice_in_a_2025_commune_goes_to_ban_xay_dung_dang():
    draft = read("xa_2024.txt", org_units("xa", MODEL_2025))
    assert assigned(draft) == {"1": ["xay_dung_dang"], "2": ["xay_dung_dang"], "3": ["nong_dan"]}
    said = " ".join(draft.warnings)
    assert "“Ban Dân vận Đảng ủy” là tên trước 01/7/2025" in said
    assert "“Ban Tuyên giáo Đảng ủy” là tên trước 01/7/2025" in said
    assert "Ban Xây dựng Đảng Đảng ủy đảm nhận" in said
    # "Hội Nông dân xã" as a separate body is the same unit, now under the Front: nothing to warn about.
    assert "Hội Nông dân" not in said


def test_2024_province_notice_in_a_2025_province_goes_to_the_merged_board():
    draft = read("tinh_2024.txt", org_units("tinh", MODEL_2025))
    assert assigned(draft) == {"1": ["tuyen_giao_dan_van"], "2": ["tuyen_giao_dan_van"], "3": ["nong_dan"]}
    assert any("“Ban Tuyên giáo Tỉnh ủy” là tên trước 01/7/2025" in w for w in draft.warnings)
    assert any("“Ban Dân vận Tỉnh ủy” là tên trước 01/7/2025" in w for w in draft.warnings)


def test_2026_notice_in_a_pre_2025_commune_goes_to_its_ban_dan_van():
    draft = read("xa_2026.txt", org_units("xa", MODEL_PRE_2025))
    assert assigned(draft) == {"1": ["dan_van"], "2": ["van_phong"], "3": ["nong_dan"]}
    assert any("“Ban Xây dựng Đảng Đảng ủy” là tên từ 01/7/2025" in w and "Ban Dân vận Đảng ủy" in w
               for w in draft.warnings)


def test_each_period_reads_its_own_notice_without_warnings():
    new = read("xa_2026.txt", org_units("xa", MODEL_2025))
    assert assigned(new) == {"1": ["xay_dung_dang"], "2": ["van_phong"], "3": ["nong_dan"]}
    old = read("xa_2024.txt", org_units("xa", MODEL_PRE_2025))
    assert assigned(old)["1"] == ["dan_van"]
    assert not [w for w in new.warnings + old.warnings if "01/7/2025" in w]


def test_untagged_standard_catalogs_read_exactly_as_before():
    """The extractor's own fallback catalogs carry no model: nothing crosses, scores cannot move."""
    draft = conclusions.extract((NOTICES / "xa_2024.txt").read_text(encoding="utf-8"), units=standard_units("xa", MODEL_2025))
    assert "xay_dung_dang" not in assigned(draft)["1"]
    assert crossings("Giao Ban Dân vận Đảng ủy chủ trì", standard_units("xa", MODEL_2025)) == []


def test_another_levels_committee_is_another_body():
    units = org_units("xa", MODEL_2025)
    resolver = UnitResolver(units, catalog_level(units))
    refs, _ = resolver.run_at("Ban Dân vận Huyện ủy", 0)
    assert [r.key for r in refs] == [None]
    province = org_units("tinh", MODEL_2025)
    refs, _ = UnitResolver(province, "tinh").run_at("Ban Dân vận Đảng ủy xã", 0)
    assert "tuyen_giao_dan_van" not in [r.key for r in refs]


def test_abbreviations_and_titles_cross_too():
    units = org_units("xa", MODEL_2025)
    resolver = UnitResolver(units, "xa")
    for written in ("BDV", "Trưởng Ban Dân vận Đảng ủy", "Ban Tuyên giáo Đảng ủy xã", "Ban Tổ chức Đảng ủy"):
        refs, end = resolver.run_at(written, 0)
        assert [r.key for r in refs] == ["xay_dung_dang"] and end == len(written), written
    # "Ban Tổ chức" alone is as often an event's organising committee.
    assert [r.key for r in resolver.run_at("Ban Tổ chức hội thi", 0)[0]] != ["xay_dung_dang"]


def test_an_organisations_own_former_name_resolves_with_a_warning():
    """After a move to the current model the old names stay as aliases ("Ban Dân vận Huyện ủy")."""
    units = [replace(u, aliases=(*u.aliases, "Ban Dân vận Huyện ủy")) if u.key == "xay_dung_dang" else u
             for u in org_units("xa", MODEL_2025)]
    resolver = UnitResolver(units, catalog_level(units))
    assert [r.key for r in resolver.run_at("Ban Dân vận Huyện ủy", 0)[0]] == ["xay_dung_dang"]
    found = crossings("Giao Ban Dân vận Huyện ủy chủ trì", units, "xa")
    assert found and found[0].former and "tên cũ của Ban Xây dựng Đảng Đảng ủy" in found[0].warning(MODEL_2025)
