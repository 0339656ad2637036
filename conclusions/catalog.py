"""The standard catalogs of units an organization starts with: two generations, per level.

Written by hand because no library knows the Vietnamese political system's unit names, their
level suffixes and the abbreviations notices use. Storage seeds new organizations from it and
the extractor resolves names against an organization's own (possibly edited) copy of it.

**Pre-2025 model** (`standard_units(level)`, levels xa, huyen, tinh; unchanged, for organizations
created before and for documents of that period): Đảng ủy xã with Ban Dân vận and Văn phòng;
Huyện ủy / Tỉnh ủy with Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ủy ban Kiểm tra, Văn phòng; the
Ủy ban MTTQ beside Hội Nông dân, Hội Cựu chiến binh, Hội LHPN, Đoàn TN, Hội LHTN (and LĐLĐ above
the commune); Ban Dân vận monitors follow-up.

**Current model** (`standard_units(level, model=MODEL_2025)`, levels tinh, xa, phuong, dac_khu;
local government has two levels since 1/7/2025, the district level is gone). It follows:

- Commune and ward (xã, phường): Quy định 298-QĐ/TW ngày 09/6/2025 của Ban Bí thư (chức năng,
  nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng ở xã, phường,
  đặc khu): three advisory bodies — Văn phòng, Ban Xây dựng Đảng, cơ quan Ủy ban Kiểm tra — plus a
  Trung tâm Chính trị only where a district's one was (not seeded). Summaries read:
  luatvietnam.vn "Biên chế của đảng ủy cấp trên trực tiếp cơ sở đảng xã, phường từ 01/7/2025";
  baonghean.vn "Chức năng, nhiệm vụ, tổ chức bộ máy mới của đảng ủy cấp xã" (14/6/2025).
  Ban Xây dựng Đảng carries the organisation, propaganda and mass-mobilisation work the old
  Ban Dân vận / Ban Tuyên giáo / Ban Tổ chức did, so it is the default monitoring unit.
- Special zone (đặc khu): the same Quy định 298 — up to four bodies: Văn phòng, Ban Tổ chức,
  Ban Tuyên giáo và Dân vận, cơ quan Ủy ban Kiểm tra (+ Trung tâm Chính trị); Ban Tuyên giáo và
  Dân vận monitors.
- Province: Ban Tuyên giáo and Ban Dân vận Tỉnh ủy merged into **Ban Tuyên giáo và Dân vận Tỉnh
  ủy** (Kết luận 121-KL/TW ngày 24/01/2025; e.g. Bắc Giang QĐ 983-QĐ/TU from 1/3/2025 on
  baomoi.com, Tiền Giang on congly.vn, Quảng Ninh on baoquangninh.vn); it monitors.
- The Front: Hướng dẫn 31-HD/BTCTW ngày 23/4/2025 (lsvn.vn; ngoisao.vn "Sắp xếp tổ chức MTTQ Việt
  Nam và đoàn thể cấp xã") — the socio-political organisations (Hội Nông dân, Hội LHPN, Đoàn TN,
  Hội CCB, and at the province Công đoàn) are placed under the Ủy ban MTTQ, their heads being its
  vice-chairs; tagged FRONT_MEMBER here and shown "… (thuộc Ủy ban MTTQ)". No trade union is
  seeded at the commune (none was before either; grassroots unions belong to the provincial LĐLĐ).

Usage in the post-2025 documents of the shared corpus agrees: "Ban Xây dựng Đảng", "Văn phòng
Đảng ủy", "Ủy ban Kiểm tra", "Ủy ban MTTQ Việt Nam xã/phường", "Hội LHPN xã", "các tổ chức chính
trị - xã hội trực thuộc MTTQ". Uncertain: whether a commune's follow-up is watched by Ban Xây
dựng Đảng or by Văn phòng Đảng ủy varies by place (the organization can change it); how the
abbreviation of Ban Xây dựng Đảng is written (BXDĐ, Ban XDĐ) is not settled in what we read.
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
#: A socio-political organisation placed under the Ủy ban MTTQ (current model): "… (thuộc Ủy ban MTTQ)".
FRONT_MEMBER = "thuoc_mat_tran"

#: The two catalog generations: the model since 1/7/2025 and the one before it.
MODEL_2025 = "2025"
MODEL_PRE_2025 = "truoc_2025"
MODELS = (MODEL_2025, MODEL_PRE_2025)
MODEL_LABEL = {MODEL_2025: "mô hình từ 01/7/2025", MODEL_PRE_2025: "mô hình trước 01/7/2025"}
#: Levels of the current model: province, and the commune level with its ward and special-zone variants.
CURRENT_LEVELS = ("tinh", "xa", "phuong", "dac_khu")
CURRENT_LEVEL_SUFFIX = {"tinh": "tỉnh", "xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}
CURRENT_LEVEL_LABEL = {"tinh": "cấp tỉnh", "xa": "cấp xã", "phuong": "cấp xã (phường)", "dac_khu": "cấp xã (đặc khu)"}


@dataclass(frozen=True)
class UnitSpec:
    """One unit of an organization: a stable key, its display name, and other names it goes by."""

    key: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = field(default_factory=tuple)


def standard_units(level: str, model: str = MODEL_PRE_2025) -> list[UnitSpec]:
    """Return the standard unit catalog for an organization at `level`: by default the pre-2025
    one (xa, huyen or tinh); with `model=MODEL_2025` the current one (tinh, xa, phuong, dac_khu)."""
    if model == MODEL_2025:
        return current_units(level)
    if model != MODEL_PRE_2025:
        raise ValueError(f"unknown model {model!r}; expected one of {', '.join(MODELS)}")
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
            ("CCB", "HCCB", "Hội CCB", "Hội Cựu chiến binh", "Hội Cựu Chiến binh"),
            (MASS_ORGANIZATION,),
        ),
        UnitSpec(
            "phu_nu",
            f"Hội Liên hiệp Phụ nữ {s}",
            ("Hội LHPN", "LHPN", "HLHPN", "HPN", "Hội Phụ nữ", "Hội Liên hiệp Phụ nữ", "Phụ nữ"),
            (MASS_ORGANIZATION,),
        ),
        UnitSpec(
            "doan_thanh_nien",
            youth_name,
            ("Đoàn TN", "ĐTN", "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên Cộng sản Hồ Chí Minh",
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
            ("BDV", f"BDV{party_abbr}", "Ban Dân vận", "Khối Dân vận", "Khối vận"),
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


#: The unit that watches follow-up by default (the monitoring board) in the pre-2025 model.
MONITOR_UNIT_KEY = "dan_van"
#: The same, per level of the current model.
CURRENT_MONITOR_UNIT_KEY = {"tinh": "tuyen_giao_dan_van", "xa": "xay_dung_dang", "phuong": "xay_dung_dang",
                            "dac_khu": "tuyen_giao_dan_van"}


def monitor_unit_key(level: str, model: str = MODEL_PRE_2025) -> str:
    """The key of the unit that monitors follow-up by default in a catalog of `level` and `model`."""
    if model == MODEL_2025:
        return CURRENT_MONITOR_UNIT_KEY[level]
    return MONITOR_UNIT_KEY


def is_front_member(spec_tags: tuple[str, ...] | list[str]) -> bool:
    """True for a unit placed under the Ủy ban MTTQ (current model)."""
    return FRONT_MEMBER in spec_tags


def in_front(spec_tags: tuple[str, ...] | list[str]) -> bool:
    """True for the Front itself and its member organisations (what "mattran" filters on): the
    organisations placed under it in 2025, and the đoàn thể of either model."""
    return bool({FRONT, FRONT_MEMBER, MASS_ORGANIZATION} & set(spec_tags))


def current_units(level: str) -> list[UnitSpec]:
    """The catalog of the current model (since 1/7/2025) for `level` (tinh, xa, phuong or dac_khu)."""
    if level not in CURRENT_LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(CURRENT_LEVELS)}")
    s = CURRENT_LEVEL_SUFFIX[level]
    province = level == "tinh"
    party, party_abbr = ("Tỉnh ủy", "TU") if province else ("Đảng ủy", "ĐU")
    member = (MASS_ORGANIZATION, FRONT_MEMBER)
    youth_name = "Tỉnh đoàn" if province else f"Đoàn Thanh niên {s}"
    units = [
        UnitSpec(
            "mttq",
            f"Ủy ban MTTQ Việt Nam {s}",
            ("MTTQ", "UBMTTQ", "UBMTTQVN", "UBMTTQ VN", "Mặt trận Tổ quốc", "Mặt trận",
             "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Ban Thường trực Ủy ban MTTQ Việt Nam",
             "Ban Thường trực UBMTTQ", "MTTQVN", "Ủy ban MTTQ", "Ủy ban MTTQ Việt Nam"),
            (FRONT,),
        ),
        UnitSpec("nong_dan", f"Hội Nông dân {s}", ("Hội ND", "HND", "Hội Nông dân"), member),
        UnitSpec("cuu_chien_binh", f"Hội Cựu chiến binh {s}",
                 ("CCB", "HCCB", "Hội CCB", "Hội Cựu chiến binh", "Hội Cựu Chiến binh"), member),
        UnitSpec("phu_nu", f"Hội Liên hiệp Phụ nữ {s}",
                 ("Hội LHPN", "LHPN", "HLHPN", "HPN", "Hội Phụ nữ", "Hội Liên hiệp Phụ nữ", "Phụ nữ"), member),
        UnitSpec(
            "doan_thanh_nien",
            youth_name,
            ("Đoàn TN", "ĐTN", "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên Cộng sản Hồ Chí Minh",
             *(("Tỉnh đoàn", "Thành đoàn") if province else (f"Đoàn {s}",))),
            member,
        ),
        UnitSpec("lien_hiep_thanh_nien", f"Hội Liên hiệp Thanh niên Việt Nam {s}",
                 ("Hội LHTN VN", "Hội LHTNVN", "Hội LHTN", "LHTN", "Hội Liên hiệp Thanh niên"), (MASS_ORGANIZATION,)),
    ]
    if province:
        units.append(UnitSpec("lien_doan_lao_dong", f"Liên đoàn Lao động {s}",
                              ("LĐLĐ", "LDLD", "Liên đoàn Lao động", "Công đoàn"), member))
    units.append(UnitSpec("van_phong", f"Văn phòng {party}", (f"VP{party_abbr}", "Văn phòng"), (PARTY_BOARD,)))
    if level in ("xa", "phuong"):
        units.append(UnitSpec(
            "xay_dung_dang",
            f"Ban Xây dựng Đảng {party}",
            ("Ban Xây dựng Đảng", "Ban XDĐ", "BXDĐ", "Ban xây dựng Đảng"),
            (PARTY_BOARD,),
        ))
    else:
        units += [
            UnitSpec("to_chuc", f"Ban Tổ chức {party}", ("BTC", f"BTC{party_abbr}", "Ban Tổ chức"), (PARTY_BOARD,)),
            UnitSpec(
                "tuyen_giao_dan_van",
                f"Ban Tuyên giáo và Dân vận {party}",
                ("Ban Tuyên giáo và Dân vận", "Ban TG&DV", "Ban TGDV", "BTGDV", f"BTGDV{party_abbr}"),
                (PARTY_BOARD,),
            ),
        ]
    units.append(UnitSpec("kiem_tra", f"Ủy ban Kiểm tra {party}", ("UBKT", f"UBKT{party_abbr}", "Ủy ban Kiểm tra"),
                          (PARTY_BOARD,)))
    if province:
        units.append(UnitSpec("noi_chinh", f"Ban Nội chính {party}", ("BNC", f"BNC{party_abbr}", "Ban Nội chính"),
                              (PARTY_BOARD,)))
    units += [
        UnitSpec("ubnd", f"Ủy ban nhân dân {s}", ("UBND", "Ủy ban nhân dân", "Chính quyền"), (GOVERNMENT,)),
        UnitSpec("hdnd", f"Hội đồng nhân dân {s}", ("HĐND", "HDND", "Hội đồng nhân dân"), (GOVERNMENT,)),
    ]
    return units


def display_name(name: str, tags: tuple[str, ...] | list[str]) -> str:
    """A unit's name as the current structure reads: "Hội Nông dân xã (thuộc Ủy ban MTTQ)"."""
    return f"{name} (thuộc Ủy ban MTTQ)" if FRONT_MEMBER in tags and "MTTQ" not in name else name
