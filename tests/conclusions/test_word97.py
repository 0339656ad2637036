"""Word 97–2003 .doc files, made by the test with LibreOffice, read like the .docx they came from."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conclusions import DocumentError, extract, read_document
from conclusions.legacy_encodings import unicode_to_tcvn3, unicode_to_vni
from conclusions.word97 import soffice_path

needs_soffice = pytest.mark.skipif(
    soffice_path() is None, reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui; .ci/run installs it"
)

UNICODE_TEXT = [
    "ĐẢNG BỘ HUYỆN TÂN LỢI",
    "THÔNG BÁO KẾT LUẬN của Thường trực Huyện ủy về giao ban tháng 3",
    "Ngày 02/3/2025, Thường trực Huyện ủy kết luận như sau:",
    "1. Hội Nông dân huyện tổ chức tập huấn kỹ thuật, hoàn thành trước ngày 15/3/2025.",
    "2. Huyện đoàn phối hợp với Hội LHPN huyện tổ chức ngày hội việc làm trong quý II/2025.",
]
TABLE = [
    ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("3", "Tổ chức hội thi tuyên truyền viên giỏi về xây dựng nông thôn mới", "Hội LHPN huyện", "Huyện đoàn", "Tháng 5/2025"),
    ("4", "Rà soát, tổng hợp danh sách hộ nghèo", "Ủy ban MTTQ huyện", "", "Trước ngày 30/4/2025"),
]


def _make_docx(path: Path, *, legacy: bool) -> None:
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    for n, line in enumerate(UNICODE_TEXT):
        if legacy and n == 3:  # one paragraph typed in .VnTime, one in VNI-Times, as old files mix them
            doc.add_paragraph().add_run(unicode_to_tcvn3(line)).font.name = ".VnTime"
        elif legacy and n == 4:
            doc.add_paragraph().add_run(unicode_to_vni(line)).font.name = "VNI-Times"
        else:
            doc.add_paragraph(line)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, TABLE):
        for cell, value, width in zip(row.cells, values, (1.2, 7.0, 3.5, 3.0, 3.0)):
            cell.text = value
            cell.width = Cm(width)  # Word always writes widths; LibreOffice drops a table without them
    doc.add_paragraph("Nơi nhận:")
    doc.save(str(path))


def _to_doc(docx: Path) -> Path:
    profile = (docx.parent / "lo-profile").as_uri()
    subprocess.run(
        [soffice_path(), "--headless", f"-env:UserInstallation={profile}", "--convert-to", "doc:MS Word 97", "--outdir", str(docx.parent), str(docx)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    doc = docx.with_suffix(".doc")
    assert doc.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    return doc


@pytest.fixture(scope="module")
def word97_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if soffice_path() is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui; .ci/run installs it")
    folder = tmp_path_factory.mktemp("word97")
    files = {}
    for name, legacy in (("unicode", False), ("legacy", True)):
        docx = folder / f"{name}.docx"
        _make_docx(docx, legacy=legacy)
        files[name + ".docx"] = docx
        files[name + ".doc"] = _to_doc(docx)
    return files


@needs_soffice
def test_doc_reads_identical_to_its_unicode_source(word97_files: dict[str, Path]) -> None:
    text = read_document(word97_files["unicode.doc"])
    assert text == read_document(word97_files["unicode.docx"])
    assert text.split("\n\n")[:5] == UNICODE_TEXT
    assert "3. Tổ chức hội thi tuyên truyền viên giỏi về xây dựng nông thôn mới | Chủ trì: Hội LHPN huyện | Phối hợp: Huyện đoàn | Thời hạn: Tháng 5/2025" in text


@needs_soffice
def test_doc_with_tcvn3_and_vni_runs_reads_as_unicode(word97_files: dict[str, Path]) -> None:
    assert read_document(word97_files["legacy.doc"]) == read_document(word97_files["unicode.docx"])


@needs_soffice
def test_doc_gives_the_same_tasks_as_the_docx(word97_files: dict[str, Path]) -> None:
    from_doc = extract(word97_files["legacy.doc"].read_bytes(), filename="kl.doc")
    assert from_doc.to_dict() == extract(word97_files["unicode.docx"]).to_dict()
    assert [t.deadline.due.isoformat() if t.deadline.due else None for t in from_doc.tasks][:2] == ["2025-03-15", "2025-06-30"]


@pytest.mark.parametrize(
    "data",
    [
        b"\xd0\xcf\x11\xe0" + b"\x00" * 100,
        b"\xd0\xcf\x11\xe0" + bytes(range(256)) * 40,  # an OLE header over noise
        b"\xd0\xcf\x11\xe0" + "Workbook".encode("utf-16-le") + b"\x00" * 600,  # an Excel 97 file renamed .doc
        b"just text named .doc",
    ],
)
def test_broken_doc_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"Tệp \.doc bị hỏng hoặc không phải văn bản Word; hãy lưu lại thành \.docx"):
        read_document(data, filename="kl.doc")


@needs_soffice
def test_without_libreoffice_the_message_says_what_to_install(word97_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a server where LibreOffice was never installed
    with pytest.raises(DocumentError, match="sudo apt-get install libreoffice-writer-nogui"):
        read_document(word97_files["unicode.doc"])
