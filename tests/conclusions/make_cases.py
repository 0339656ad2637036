"""Generate the .docx and .pdf cases of the gold set (run once; the outputs are committed).

`python tests/conclusions/make_cases.py` rewrites cases/c09_table.docx, cases/c10_text_layer.pdf and
cases/c19_heldout_table_merged.docx; name some of them to rewrite only those.
"""

from __future__ import annotations

from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

TABLE_INTRO = [
    "ĐẢNG BỘ HUYỆN LỘC SƠN",
    "Số 61-KL/HU",
    "Lộc Sơn, ngày 03 tháng 3 năm 2025",
    "KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy tại hội nghị giao ban khối dân vận quý I năm 2025",
    "Ban Thường vụ Huyện ủy kết luận và phân công nhiệm vụ như sau:",
]
TABLE_ROWS = [
    ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("I", "Nhiệm vụ chung", "Nhiệm vụ chung", "Nhiệm vụ chung", "Nhiệm vụ chung"),
    ("1", "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân", "Ủy ban MTTQ Việt Nam huyện", "Ban Dân vận Huyện ủy", "Trước ngày 30/4/2025"),
    ("2", "Tuyên truyền Nghị quyết Đại hội Đảng bộ các cấp", "Các đoàn thể chính trị - xã hội huyện", "", "Quý II/2025"),
    ("II", "Nhiệm vụ cụ thể", "Nhiệm vụ cụ thể", "Nhiệm vụ cụ thể", "Nhiệm vụ cụ thể"),
    ("3", "Tổng kết mô hình \"Chi hội nông dân nghề nghiệp\"", "Hội Nông dân huyện", "Phòng Nông nghiệp và PTNT", "Tháng 6/2025"),
    ("4", "Báo cáo tình hình công nhân lao động", "LĐLĐ huyện", "", "Hằng quý"),
    ("5", "Kiện toàn Ban Chấp hành Hội", "Hội LHTN Việt Nam huyện", "Huyện đoàn", "Thường xuyên"),
]
TABLE_END = ["Nơi nhận:", "- Như trên,", "- Lưu VPHU."]

PDF_LINES = [
    "HUYỆN ỦY LỘC SƠN",
    "Số 88-TB/HU",
    "THÔNG BÁO",
    "kết luận của Thường trực Huyện ủy tại buổi làm việc với Hội Cựu chiến binh và Hội Nông dân huyện",
    "",
    "Ngày 16/9/2024, Thường trực Huyện ủy làm việc với Hội Cựu chiến binh và Hội Nông dân huyện. Thường trực Huyện ủy kết luận như sau:",
    "",
    "1. Hội Cựu chiến binh huyện tiếp tục nhân rộng mô hình cựu chiến binh giúp nhau làm kinh tế, tổng kết trong quý IV/2024.",
    "",
    "2. Hội Nông dân huyện phối hợp với Ngân hàng Chính sách xã hội huyện rà soát các tổ tiết kiệm và vay vốn, báo cáo Thường trực Huyện ủy trước ngày 30/10/2024.",
    "",
    "3. Hai hội chủ động nắm tình hình hội viên, báo cáo định kỳ hàng tháng về Ban Dân vận Huyện ủy.",
    "",
    "Nơi nhận:",
    "- Như trên.",
]

MERGED_INTRO = [
    "ĐẢNG BỘ HUYỆN HÒA ĐIỀN",
    "ĐẢNG ỦY XÃ PHÚ LỘC",
    "Số 45-TB/ĐU",
    "Phú Lộc, ngày 05 tháng 11 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị giao ban công tác dân vận, Mặt trận và các đoàn thể tháng 10 năm 2024",
    "Ngày 01/11/2024, Ban Thường vụ Đảng ủy xã tổ chức hội nghị giao ban. Sau khi nghe báo cáo kết quả công tác tháng 10 và ý kiến các đại biểu, Ban Thường vụ Đảng ủy xã kết luận, giao nhiệm vụ cụ thể như sau:",
]
#: Rows of (STT, content, chủ trì, phối hợp, thời gian). A cell given as None continues the cell above
#: (a vertical merge); "\n" starts a new paragraph inside the cell; a section row has one text.
MERGED_ROWS: list[tuple[str | None, ...]] = [
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("I", "CÔNG TÁC MẶT TRẬN VÀ CÁC ĐOÀN THỂ"),
    ("1", "Tổ chức Hội nghị đại biểu Nhân dân xã năm 2024", "Ủy ban MTTQ Việt Nam xã", "Các đoàn thể chính trị - xã hội xã", "Trước ngày 15/12/2024"),
    ("2", "Vận động ủng hộ Quỹ \"Vì người nghèo\" năm 2024;\ntổng hợp, báo cáo kết quả vận động", None, "", "Quý IV/2024"),
    ("3", "Sơ kết mô hình \"Tổ hợp tác trồng rau an toàn\" ở thôn Đồng Cao", "Hội Nông dân xã\nHội Cựu chiến binh xã", "UBND xã", "Tháng 12/2024"),
    ("4", "Ra mắt Câu lạc bộ \"Phụ nữ với pháp luật\"", "Hội LHPN xã", "Công an xã", "20-11-2024"),
    ("5", "Tổ chức Ngày hội thanh niên với văn hóa giao thông", "Đoàn Thanh niên xã", "Hội LHTN Việt Nam xã", "Trong quý I/2025"),
    ("6", "Thành lập Chi hội Thanh niên xung kích ở các thôn", "Hội LHTN Việt Nam xã", "Đoàn Thanh niên xã", None),
    ("II", "CÔNG TÁC CHÍNH QUYỀN"),
    ("7", "Báo cáo tiến độ xây dựng xã nông thôn mới nâng cao", "UBND xã", "MTTQ và các đoàn thể", "Hàng tháng, trước ngày 20"),
    ("8", "Giám sát việc thu, chi các khoản đóng góp của Nhân dân", "Ban Thanh tra nhân dân xã", "Ủy ban MTTQ Việt Nam xã", "Thường xuyên"),
]
MERGED_END = [
    "Giao Văn phòng Đảng ủy theo dõi, đôn đốc các đơn vị thực hiện, báo cáo Thường trực Đảng ủy trước ngày 31/12/2024.",
    "Nơi nhận:",
    "- Các đồng chí Đảng ủy viên,",
    "- Như thành phần giao ban,",
    "- Lưu Văn phòng Đảng ủy.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
]


def _set_cell(cell: object, text: str) -> None:
    """Write `text` into a table cell, one paragraph per line (Word's multi-line cells)."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def make_docx_merged(path: Path) -> None:
    """A table notice with section rows spanning the table, vertical merges and multi-line cells."""
    from docx import Document

    doc = Document()
    for line in MERGED_INTRO:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    previous = None
    for row in MERGED_ROWS:
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            _set_cell(cells[1].merge(cells[4]), row[1])
        else:
            for col, (cell, value) in enumerate(zip(cells, row)):
                if value is None and previous is not None:
                    previous[col].merge(cell)
                else:
                    _set_cell(cell, value)
        previous = cells
    for line in MERGED_END:
        doc.add_paragraph(line)
    doc.save(str(path))


def make_docx(path: Path) -> None:
    """A notice whose tasks sit in a STT | Nội dung | chủ trì | phối hợp | thời gian table."""
    from docx import Document

    doc = Document()
    for line in TABLE_INTRO:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=5)
    for row in TABLE_ROWS:
        cells = table.add_row().cells
        if row[1] == row[2]:  # a section row spans the table, as in real notices
            merged = cells[1].merge(cells[4])
            cells[0].text = row[0]
            merged.text = row[1]
        else:
            for cell, value in zip(cells, row):
                cell.text = value
    for line in TABLE_END:
        doc.add_paragraph(line)
    doc.save(str(path))


def make_pdf(path: Path) -> None:
    """A notice as a PDF with a text layer, typeset with a Unicode font."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for line in PDF_LINES:
        if line:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    pdf.output(str(path))


MAKERS = {
    "c09_table.docx": make_docx,
    "c10_text_layer.pdf": make_pdf,
    "c19_heldout_table_merged.docx": make_docx_merged,
}

if __name__ == "__main__":
    import sys

    for name, maker in MAKERS.items():
        if len(sys.argv) < 2 or name in sys.argv[1:]:
            maker(CASES / name)
