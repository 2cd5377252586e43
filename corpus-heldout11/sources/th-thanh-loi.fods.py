#!/usr/bin/env python3
"""Writes th-thanh-loi.fods, a workbook as a school office fills it in a spreadsheet program: the masthead,
title and weaknesses on a first sheet, then one sheet per standard ("TC1", "TC3") holding that standard's
plan table; amounts typed as text with dots. LibreOffice then saves it as th-thanh-loi.xlsx:
    python3 th-thanh-loi.fods.py /tmp/th-thanh-loi.fods
    soffice --headless --convert-to xlsx --outdir corpus-heldout11 /tmp/th-thanh-loi.fods"""
import sys
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-formatting-object:1.0"')

STYLES = """<office:automatic-styles>
<style:style style:name="narrow" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
<style:style style:name="mid" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="wide" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

COLUMNS = ["narrow", "mid", "wide", "wide", "mid", "mid", "mid", "mid"]


def cell(text: str, span: int = 1, style: str = "wrap") -> str:
    if text == "":
        return f'<table:table-cell table:style-name="{style}"/>'
    attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    body = f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}><text:p>{escape(text)}</text:p></table:table-cell>'
    return body + ("<table:covered-table-cell/>" * (span - 1))


def row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def line(text: str, bold: bool = False) -> str:
    return row(cell(text, 8, "bold" if bold else "wrap"))


def sheet(name: str, rows: list[str]) -> str:
    cols = "".join(f'<table:table-column table:style-name="{c}"/>' for c in COLUMNS)
    return f'<table:table table:name="{escape(name)}">{cols}{"".join(rows)}</table:table>'


def plan_sheet(heading: str, items: list[list[str]]) -> list[str]:
    header = ["STT", "Tiêu chí", "Mục tiêu", "Biện pháp", "Thời gian", "Phụ trách", "Kinh phí (đồng)", "Nguồn"]
    return [line(heading, True), row(*(cell(h, style="bold") for h in header))] + [row(*(cell(v) for v in it)) for it in items]


FIRST = [
    row(cell("UBND XÃ THẠNH LỢI", 3, "bold"), cell(""), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 4, "bold")),
    row(cell("TRƯỜNG TIỂU HỌC THẠNH LỢI", 3, "bold"), cell(""), cell("Độc lập - Tự do - Hạnh phúc", 4, "bold")),
    row(cell("Số: 38/KH-THTL", 3), cell(""), cell("Thạnh Lợi, ngày 08 tháng 10 năm 2025", 4)),
    row(),
    line("KẾ HOẠCH", True),
    line("Cải tiến chất lượng giáo dục năm học 2025-2026", True),
    row(),
    line("Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo;"),
    line("Căn cứ báo cáo tự đánh giá của Trường Tiểu học Thạnh Lợi, xã Thạnh Lợi, tỉnh Tây Ninh, nhà trường lập kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026."),
    row(),
    line("Hạn chế:", True),
    line("- Hàng rào lưới B40 phía sau trường đã mục, cổng phụ hư hỏng."),
    line("- Hồ sơ của tổ văn phòng chưa được lưu trữ điện tử."),
    line("- Nhiều bộ bàn ghế học sinh hỏng, không đúng quy cách."),
    line("- Các phòng học khối 3 chưa có ti vi phục vụ dạy học."),
    row(),
    line("Kế hoạch chi tiết của từng tiêu chuẩn ở các trang tính TC1, TC3."),
    row(),
    row(cell("Nơi nhận: UBND xã Thạnh Lợi; Lưu: VT.", 3), cell(""), cell("HIỆU TRƯỞNG", 4, "bold")),
    row(cell("", 3), cell(""), cell("Lê Văn Tâm", 4, "bold")),
]

TC1 = plan_sheet("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", [
    ["1", "1.10. Đảm bảo an ninh trật tự, an toàn trường học", "Cổng phụ và hàng rào phía sau trường được xây lại",
     "Phá dỡ hàng rào lưới B40 đã mục; xây tường rào gạch 80 m và cổng phụ", "Quý I,II/2026", "Hiệu trưởng",
     "150.000.000", "Ngân sách xã"],
    ["2", "1.5. Tổ chuyên môn và tổ văn phòng", "Tổ văn phòng lưu trữ hồ sơ điện tử",
     "Số hóa hồ sơ học sinh từ năm 2020; tập huấn sử dụng phần mềm lưu trữ", "Từ tháng 10/2025 đến tháng 12/2025",
     "Tổ trưởng tổ văn phòng", "Không", ""],
])

TC3 = plan_sheet("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", [
    ["1", "3.2. Phòng học", "Thay 60 bộ bàn ghế học sinh hai chỗ ngồi đúng quy cách",
     "Rà soát bàn ghế hỏng; mua bổ sung theo quy cách của Bộ", "Hè 2026", "Kế toán", "96.000.000",
     "Ngân sách nhà nước"],
    ["2", "3.5. Thiết bị", "Mỗi phòng học khối 3 có 01 ti vi kết nối mạng", "Mua 05 ti vi 65 inch; lắp giá treo",
     "HKI năm học 2025-2026", "Phó Hiệu trưởng", "72.500.000", "Xã hội hóa"],
])


def main() -> None:
    body = sheet("Kế hoạch", FIRST) + sheet("TC1", TC1) + sheet("TC3", TC3)
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
           f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>\n')
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(doc)


main()
