"""The standard catalog of units an organization starts with, per administrative level.

Written by hand because no library knows the Vietnamese political system's unit names, their
level suffixes and the abbreviations notices use. Storage seeds new organizations from it and
the extractor resolves names against an organization's own (possibly edited) copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("xa", "huyen", "tinh")
LEVEL_SUFFIX = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh"}
PARTY_COMMITTEE = {"xa": "Đảng ủy", "huyen": "Huyện ủy", "tinh": "Tỉnh ủy"}
LEVEL_LABEL = {"xa": "cấp xã", "huyen": "cấp huyện", "tinh": "cấp tỉnh"}

#: Tags used for collective addressees ("các đoàn thể", "MTTQ và các đoàn thể", "các đơn vị").
MASS_ORGANIZATION = "doan_the"
FRONT = "mat_tran"
PARTY_BOARD = "ban_dang"
GOVERNMENT = "chinh_quyen"


@dataclass(frozen=True)
class UnitSpec:
    """One unit of an organization: a stable key, its display name, and other names it goes by."""

    key: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = field(default_factory=tuple)


def standard_units(level: str) -> list[UnitSpec]:
    """Return the standard unit catalog for an organization at `level` (xa, huyen or tinh)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    s = LEVEL_SUFFIX[level]
    party = PARTY_COMMITTEE[level]
    party_abbr = {"xa": "ĐU", "huyen": "HU", "tinh": "TU"}[level]
    youth_name = {"xa": "Đoàn Thanh niên xã", "huyen": "Huyện đoàn", "tinh": "Tỉnh đoàn"}[level]
    units = [
        UnitSpec(
            "mttq",
            f"Ủy ban MTTQ Việt Nam {s}",
            ("MTTQ", "UBMTTQ", "UBMTTQVN", "UBMTTQ VN", "Mặt trận Tổ quốc", "Mặt trận",
             "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Ban Thường trực Ủy ban MTTQ Việt Nam",
             "Ban Thường trực UBMTTQ", "MTTQVN", "Ủy ban MTTQ"),
            (FRONT,),
        ),
        UnitSpec("nong_dan", f"Hội Nông dân {s}", ("Hội ND", "HND", "Hội Nông dân"), (MASS_ORGANIZATION,)),
        UnitSpec(
            "cuu_chien_binh",
            f"Hội Cựu chiến binh {s}",
            ("CCB", "Hội CCB", "Hội Cựu chiến binh", "Hội Cựu Chiến binh"),
            (MASS_ORGANIZATION,),
        ),
        UnitSpec(
            "phu_nu",
            f"Hội Liên hiệp Phụ nữ {s}",
            ("Hội LHPN", "LHPN", "HLHPN", "Hội Phụ nữ", "Hội Liên hiệp Phụ nữ", "Phụ nữ"),
            (MASS_ORGANIZATION,),
        ),
        UnitSpec(
            "doan_thanh_nien",
            youth_name,
            ("Đoàn TN", "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên Cộng sản Hồ Chí Minh",
             "Huyện đoàn", "Tỉnh đoàn", "Xã đoàn", "Đoàn xã", "Thành đoàn"),
            (MASS_ORGANIZATION,),
        ),
        UnitSpec(
            "lien_hiep_thanh_nien",
            f"Hội Liên hiệp Thanh niên Việt Nam {s}",
            ("Hội LHTN VN", "Hội LHTNVN", "Hội LHTN", "LHTN", "Hội Liên hiệp Thanh niên"),
            (MASS_ORGANIZATION,),
        ),
    ]
    if level != "xa":
        units.append(
            UnitSpec(
                "lien_doan_lao_dong",
                f"Liên đoàn Lao động {s}",
                ("LĐLĐ", "LDLD", "Liên đoàn Lao động", "Công đoàn"),
                (MASS_ORGANIZATION,),
            )
        )
    units += [
        UnitSpec(
            "dan_van",
            f"Ban Dân vận {party}",
            ("BDV", f"BDV{party_abbr}", "Ban Dân vận", "Khối Dân vận"),
            (PARTY_BOARD,),
        ),
        UnitSpec(
            "van_phong",
            f"Văn phòng {party}",
            (f"VP{party_abbr}", "Văn phòng"),
            (PARTY_BOARD,),
        ),
    ]
    if level != "xa":
        units += [
            UnitSpec("to_chuc", f"Ban Tổ chức {party}", ("BTC", f"BTC{party_abbr}", "Ban Tổ chức"), (PARTY_BOARD,)),
            UnitSpec(
                "tuyen_giao",
                f"Ban Tuyên giáo {party}",
                ("BTG", f"BTG{party_abbr}", "Ban Tuyên giáo"),
                (PARTY_BOARD,),
            ),
            UnitSpec(
                "kiem_tra",
                f"Ủy ban Kiểm tra {party}",
                ("UBKT", f"UBKT{party_abbr}", "Ủy ban Kiểm tra"),
                (PARTY_BOARD,),
            ),
        ]
    units += [
        UnitSpec("ubnd", f"Ủy ban nhân dân {s}", ("UBND", "Ủy ban nhân dân", "Chính quyền"), (GOVERNMENT,)),
        UnitSpec("hdnd", f"Hội đồng nhân dân {s}", ("HĐND", "HDND", "Hội đồng nhân dân"), (GOVERNMENT,)),
    ]
    return units


#: The unit that watches follow-up by default (the monitoring board).
MONITOR_UNIT_KEY = "dan_van"
