"""Generate the .docx and .pdf cases of the gold set (run once; the outputs are committed).

`python tests/conclusions/make_cases.py` rewrites cases/c09_table.docx and cases/c10_text_layer.pdf.
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


if __name__ == "__main__":
    make_docx(CASES / "c09_table.docx")
    make_pdf(CASES / "c10_text_layer.pdf")
