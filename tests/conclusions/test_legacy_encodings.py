"""TCVN3 (ABC) and VNI text converted to Unicode: every letter with every tone, files and Word runs, and no false alarms."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conclusions import read_document
from conclusions.legacy import convert_legacy, detect_legacy_encoding, font_encoding
from conclusions.legacy_encodings import (
    TCVN3_DECODE,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

CASES = Path(__file__).parent / "cases"
# TCVN3 has no toned capitals outside a capitals font, so its typists wrote "Uỷ ban" ("Uû"), never "Ủy ban":
# the notice below keeps to what TCVN3 can carry, as real TCVN3 notices do.
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VOWELS = "aăâeêioôơuưy"
EVERY_LETTER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
NOTICE = (
    "ĐẢNG BỘ HUYỆN TÂN LỢI\nSố 12-TB/HU\n\nTHÔNG BÁO\nkết luận của Thường trực Huyện ủy về giao ban tháng 3\n\n"
    "Ngày 02/3/2025, Thường trực Huyện ủy kết luận như sau:\n\n"
    "1. Hội Nông dân huyện tổ chức tập huấn kỹ thuật, hoàn thành trước ngày 15/3/2025.\n\n"
    "2. Huyện đoàn phối hợp với Hội LHPN huyện tổ chức ngày hội việc làm trong quý II/2025.\n\n"
    "3. Uỷ ban MTTQ huyện chủ trì rà soát hộ nghèo, báo cáo kết quả về Ban Thường vụ trước ngày 30/4/2025.\n"
)


def _cp1252(text: str) -> bytes:
    return text.encode("cp1252")


def test_the_letters_tested_are_all_of_them() -> None:
    # 12 vowels × 6 tones (no tone included) + đ, each in both cases.
    assert len(set(EVERY_LETTER + [ch.upper() for ch in EVERY_LETTER])) == 146


@pytest.mark.parametrize("letter", EVERY_LETTER + [ch.upper() for ch in EVERY_LETTER])
def test_every_letter_with_every_tone_round_trips_through_vni(letter: str) -> None:
    encoded = unicode_to_vni(letter)
    assert encoded.encode("cp1252")  # representable as VNI-Windows bytes
    assert vni_to_unicode(encoded) == letter
    word = f"th{letter}ng" if letter.islower() else f"TH{letter}NG"
    assert vni_to_unicode(unicode_to_vni(word)) == word


@pytest.mark.parametrize("letter", EVERY_LETTER)
def test_every_letter_with_every_tone_round_trips_through_tcvn3(letter: str) -> None:
    encoded = unicode_to_tcvn3(letter)
    assert len(encoded.encode("cp1252")) == 1  # one byte per letter
    assert tcvn3_to_unicode(encoded) == letter
    assert tcvn3_to_unicode(unicode_to_tcvn3(f"th{letter}ng")) == f"th{letter}ng"
    # Capitals with a tone are the lowercase codes shown in a capitals font (.VnTimeH), or typed among capitals.
    assert tcvn3_to_unicode(encoded, uppercase=True) == letter.upper()
    assert tcvn3_to_unicode(unicode_to_tcvn3(f"TH{letter.upper()}NG")) == f"TH{letter.upper()}NG"


def test_codes_from_the_published_tables() -> None:
    # TCVN 5712:1993 VN3 and VNI-Windows code charts, a few letters from each row, as bytes.
    assert _cp1252(unicode_to_tcvn3("àảãáạ ặ ậ ệ ị ợ ự ỵ đ Đ Ư")) == b"\xb5\xb6\xb7\xb8\xb9 \xc6 \xcb \xd6 \xde \xee \xf9 \xfe \xae \xa7 \xa6"
    assert _cp1252(unicode_to_vni("ấ ặ ự ớ ị ỵ ỉ đ Ặ Ự Đ")) == b"a\xe1 a\xeb \xf6\xef \xf4\xf9 \xf2 \xee \xe6 \xf1 A\xcb \xd6\xcf \xd1"
    assert tcvn3_to_unicode("Th«ng b¸o kÕt luËn cña Ban Th\u00adêng vô HuyÖn ñy") == "Thông báo kết luận của Ban Thường vụ Huyện ủy"
    assert vni_to_unicode("Thoâng baùo keát luaän cuûa Ban Thöôøng vuï Huyeän uûy") == "Thông báo kết luận của Ban Thường vụ Huyện ủy"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed: cannot compare with glibc's TCVN5712-1 table")
def test_tcvn3_table_agrees_with_glibc() -> None:
    # glibc's TCVN5712-1 is VN1: the same lowercase half as VN3 (ABC), plus capitals in the gaps VN3 leaves empty.
    for code, letter in TCVN3_DECODE.items():
        byte = _cp1252(code)
        reference = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=byte, capture_output=True, check=True)
        assert reference.stdout.decode() == letter, f"byte {byte.hex()}"


@pytest.mark.parametrize(("encode", "name"), [(unicode_to_tcvn3, "TCVN3"), (unicode_to_vni, "VNI")])
def test_legacy_txt_reads_identical_to_its_unicode_source(encode, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"kl-{name}.txt"
    path.write_bytes(_cp1252(encode(NOTICE)))
    assert detect_legacy_encoding(encode(NOTICE)) == name
    assert read_document(path) == read_document(NOTICE.encode("utf-8"), filename="kl.txt")
    # The same characters saved as UTF-8 (pasted from Word into a UTF-8 editor) read alike.
    assert read_document(encode(NOTICE).encode("utf-8"), filename="kl.txt") == read_document(path)


def test_tcvn3_txt_gives_the_same_tasks_as_unicode() -> None:
    from conclusions import extract

    legacy = extract(_cp1252(unicode_to_tcvn3(NOTICE)), filename="kl.txt")
    assert legacy.to_dict() == extract(NOTICE.encode("utf-8"), filename="kl.txt").to_dict()
    assert len(legacy.tasks) >= 3


def _docx_with_legacy_runs(path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles.add_style("TCVN3 body", 1)
    style.font.name = ".VnTime"
    style.font.size = Pt(13)
    heading = doc.add_paragraph()
    run = heading.add_run(unicode_to_tcvn3("thông báo kết luận"))
    run.font.name = ".VnTimeH"
    para = doc.add_paragraph("Ngày 02/3/2025, ")  # Unicode run in the default font
    vni = para.add_run(unicode_to_vni("Thường trực Huyện ủy kết luận như sau:"))
    vni.font.name = "VNI-Times"
    doc.add_paragraph(unicode_to_tcvn3("1. Hội Nông dân huyện tổ chức tập huấn, hoàn thành trước ngày 15/3/2025."), style="TCVN3 body")
    # A VNI letter split over two runs: the base vowel in one, its mark in the next.
    split = doc.add_paragraph()
    for part in ("2. Huye", "än ñoaøn toå chöùc ngaøy hoäi vieäc laøm trong quyù II/2025."):
        r = split.add_run(part)
        r.font.name = "VNI-Times"
    table = doc.add_table(rows=2, cols=3)
    for cell, title in zip(table.rows[0].cells, ("STT", "Nội dung", "Đơn vị chủ trì")):
        cell.text = title
    for cell, value in zip(table.rows[1].cells, ("3", "Rà soát hộ nghèo", "Uỷ ban MTTQ huyện")):
        r = cell.paragraphs[0].add_run(unicode_to_tcvn3(value))
        r.font.name = ".VnTime"
        r._r.rPr.rFonts.set(qn("w:hAnsi"), ".VnTime")
    # A Unicode paragraph with characters that are TCVN3 codes elsewhere stays as it is.
    doc.add_paragraph("Ghi chú: «Nông thôn mới» · © Huyện ủy")
    doc.save(str(path))


def test_docx_runs_in_legacy_fonts_are_converted(tmp_path: Path) -> None:
    path = tmp_path / "legacy.docx"
    _docx_with_legacy_runs(path)
    text = read_document(path)
    assert text.split("\n\n") == [
        "THÔNG BÁO KẾT LUẬN",
        "Ngày 02/3/2025, Thường trực Huyện ủy kết luận như sau:",
        "1. Hội Nông dân huyện tổ chức tập huấn, hoàn thành trước ngày 15/3/2025.",
        "2. Huyện đoàn tổ chức ngày hội việc làm trong quý II/2025.",
        "3. Rà soát hộ nghèo | Chủ trì: Uỷ ban MTTQ huyện",
        "Ghi chú: «Nông thôn mới» · © Huyện ủy",
    ]


@pytest.mark.parametrize(
    ("font", "expected"),
    [(".VnTime", ("TCVN3", False)), (".VnTimeH", ("TCVN3", True)), (".VnArial NarrowH", ("TCVN3", True)), ("VNI-Times", ("VNI", False)),
     ("VNI-Helve", ("VNI", False)), ("Times New Roman", None), (None, None)],
)
def test_font_names_tell_the_encoding(font: str | None, expected: tuple[str, bool] | None) -> None:
    assert font_encoding(font) == expected


UNICODE_SAMPLES = [
    NOTICE,
    NOTICE.upper(),
    "HOÁ, QUÀ, QUÂN, QUÊ, TIÊN, CHUYÊN, KHOẺ, TUÂN THỦ, HUẾ, THUỞ. " * 20,
    "hoá quà quân quê tiên chuyên khoẻ tuân thủ huế thuở xoá loè thuý " * 20,
    "Trích dẫn «Nông thôn mới» · mục § 3 · © Huyện ủy ® — ý kiến, Ông Ánh, Ích, Ấp, Ở, Ô nhiễm. " * 20,
    "Hoi Nong dan huyen to chuc tap huan, hoan thanh truoc ngay 15/3/2025 (go khong dau). " * 20,
    " ".join("th" + ch + "ng" for ch in EVERY_LETTER) * 5,
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_unicode_vietnamese_is_never_taken_for_legacy(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert convert_legacy(text) == (text, None)


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.name)
def test_real_notices_are_never_taken_for_legacy(path: Path) -> None:
    assert detect_legacy_encoding(path.read_text(encoding="utf-8")) is None


ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
MARKED = [ch for ch in EVERY_LETTER if ch not in "aeiouy"]  # a letter with a tone or a shape; đ as well
syllables = st.builds(lambda o, v, c: o + v + c, st.sampled_from(ONSETS), st.sampled_from(EVERY_LETTER[:-1]), st.sampled_from(CODAS))
marked_syllables = st.builds(lambda o, v, c: o + v + c, st.sampled_from(ONSETS), st.sampled_from(MARKED), st.sampled_from(CODAS))


@settings(max_examples=60, deadline=None)
@given(st.lists(syllables, min_size=30, max_size=80))
def test_random_vietnamese_text_is_never_taken_for_legacy(words: list[str]) -> None:
    assert detect_legacy_encoding(" ".join(words)) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(marked_syllables, min_size=30, max_size=80))
def test_random_vietnamese_text_comes_back_from_both_encodings(words: list[str]) -> None:
    # Every syllable carries a mark, as most Vietnamese syllables do; a text of bare "a a a" has nothing to detect.
    text = " ".join(words)
    assume(sum(ch.isalpha() for ch in text) >= 60)  # below about a line of text, detection does not guess
    assert convert_legacy(unicode_to_vni(text)) == (text, "VNI")
    assert convert_legacy(unicode_to_tcvn3(text)) == (text, "TCVN3")
