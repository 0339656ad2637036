"""Reading uploads: formats, encodings, and a clear Vietnamese error for everything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conclusions import DocumentError, extract, read_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
NOTICE = (
    "Số 12-TB/HU\n\nTHÔNG BÁO\nkết luận giao ban\n\nNgày 02/3/2025, Thường trực Huyện ủy kết luận như sau:\n\n"
    "1. Hội Nông dân huyện tổ chức tập huấn kỹ thuật, hoàn thành trước ngày 15/3/2025.\n\n"
    "2. Huyện đoàn phối hợp với Hội LHPN huyện tổ chức ngày hội việc làm trong quý II/2025.\n"
)


def test_text_encodings_read_alike() -> None:
    expected = read_document(NOTICE.encode("utf-8"), filename="a.txt")
    for data in (
        NOTICE.encode("utf-8-sig"),
        NOTICE.encode("utf-16"),
        NOTICE.encode("utf-16-le"),
    ):
        assert read_document(data, filename="a.txt") == expected


def test_docx_paragraphs_and_task_table_in_document_order(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Ngày 02/3/2025, Ban Thường vụ Huyện ủy kết luận như sau:")
    doc.add_paragraph("1. Ban Dân vận Huyện ủy tổng hợp ý kiến, báo cáo trước ngày 10/3/2025.")
    table = doc.add_table(rows=1, cols=5)
    for cell, title in zip(table.rows[0].cells, ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")):
        cell.text = title
    row = table.add_row().cells
    for cell, value in zip(row, ("2", "Tổ chức hội thi tuyên truyền viên giỏi", "Hội LHPN huyện", "Huyện đoàn", "Tháng 5/2025")):
        cell.text = value
    doc.add_paragraph("Nơi nhận:")
    path = tmp_path / "kl.docx"
    doc.save(str(path))
    draft = extract(path)
    assert [t.content for t in draft.tasks] == [
        "Ban Dân vận Huyện ủy tổng hợp ý kiến, báo cáo trước ngày 10/3/2025.",
        "Tổ chức hội thi tuyên truyền viên giỏi",
    ]
    table_task = draft.tasks[1]
    assert [u.key for u in table_task.units] == ["phu_nu"]
    assert [u.key for u in table_task.coordinating_units] == ["doan_thanh_nien"]
    assert table_task.deadline.due.isoformat() == "2025-05-31"
    assert extract(path.read_bytes(), filename="kl.docx").to_dict() == draft.to_dict()


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed: cannot typeset a Vietnamese PDF")
def test_pdf_with_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for line in NOTICE.split("\n"):
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "kl.pdf"
    pdf.output(str(path))
    draft = extract(path)
    assert [t.deadline.due.isoformat() for t in draft.tasks] == ["2025-03-15", "2025-06-30"]
    assert [u.key for u in draft.tasks[1].units] == ["doan_thanh_nien"]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a scan has shapes and images, no text
    data = bytes(pdf.output())
    # Without a text layer it goes to OCR, which finds nothing to read (or says Tesseract must be installed).
    with pytest.raises(DocumentError, match="bản scan"):
        read_document(data, filename="scan.pdf")


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "a.txt", "rỗng"),
        (b"   \n ", "a.txt", "rỗng"),
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "a.doc", ".doc"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "a.png", "Ảnh"),
        (b"hello", "a.xlsx", "Bảng tính"),
        (b"%PDF-1.4 broken", "a.pdf", "PDF"),
        (b"not a zip", "a.docx", "docx"),
        (b"PK\x03\x04garbage", "a.docx", "docx"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, filename: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        read_document(data, filename=filename)


def test_pdf_with_a_password_is_a_clear_error() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    with pytest.raises(DocumentError, match="có đặt mật khẩu"):
        read_document(bytes(pdf.output()), filename="kl.pdf")


def test_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(DocumentError, match="20 MB"):
        read_document(path)


def test_legacy_tcvn3_and_vni_are_converted_to_unicode() -> None:
    unicode = "Thông báo kết luận của Ban Thường vụ Huyện ủy về việc tổ chức đại hội. " * 20
    tcvn3 = ("Th«ng b¸o kÕt luËn cña Ban Th­êng vô HuyÖn ñy vÒ viÖc tæ chøc ®¹i héi. " * 20).encode("cp1252")
    assert read_document(tcvn3, filename="a.txt") == unicode.strip() or read_document(tcvn3, filename="a.txt") == unicode
    vni = ("Thoâng baùo keát luaän cuûa Ban Thöôøng vuï Huyeän uûy veà vieäc toå chöùc ñaïi hoäi. " * 20).encode("cp1252")
    assert read_document(vni, filename="a.txt") == read_document(tcvn3, filename="a.txt")


@pytest.mark.parametrize("header", ["Thời gian thực hiện", "Tiến độ thực hiện", "Thời hạn hoàn thành"])
def test_a_date_column_titled_with_thuc_hien_still_gives_the_deadline(tmp_path: Path, header: str) -> None:
    """"Thực hiện" also titles unit columns ("Đơn vị thực hiện"): the title's first known word decides."""
    from docx import Document

    from conclusions.reading import column_kind

    assert column_kind("Đơn vị thực hiện") == "unit" and column_kind("Cơ quan phối hợp") == "coord"
    doc = Document()
    doc.add_paragraph("Ủy ban nhân dân xã giao nhiệm vụ như sau:")
    table = doc.add_table(rows=1, cols=4)
    for cell, title in zip(table.rows[0].cells, ("TT", "Nội dung công việc", "Đơn vị thực hiện", header)):
        cell.text = title
    row = table.add_row().cells
    for cell, value in zip(row, ("1", "Nạo vét kênh tiêu úng nội đồng", "Hợp tác xã nông nghiệp Tân Phú", "Trước 20/4/2026")):
        cell.text = value
    path = tmp_path / "kh.docx"
    doc.save(str(path))
    (task,) = extract(path, issued_on=None).tasks
    assert task.deadline is not None and task.deadline.due.isoformat() == "2026-04-20"
    assert [u.name for u in task.units] == ["Hợp tác xã nông nghiệp Tân Phú"]
