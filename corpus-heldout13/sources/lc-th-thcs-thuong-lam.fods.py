#!/usr/bin/env python3
"""Writes lc-th-thcs-thuong-lam.fods, a three-year plan kept in one spreadsheet sheet: the masthead in merged cells,
weaknesses as lines, then a plan table whose money is split by year, "Kinh phí dự kiến (triệu đồng)" over one
column per calendar year (Năm 2026 | Năm 2027 | Năm 2028), and a closing "Cộng" row. LibreOffice then saves it
as .xlsx:
    python3 lc-th-thcs-thuong-lam.fods.py /tmp/lc-th-thcs-thuong-lam.fods
    soffice --headless --convert-to xlsx --outdir corpus-heldout13 /tmp/lc-th-thcs-thuong-lam.fods"""
import sys
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-formatting-object:1.0"')

STYLES = """<office:automatic-styles>
<style:style style:name="narrow" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
<style:style style:name="mid" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="wide" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
<style:style style:name="box" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="plain" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

# STT | Tiêu chí | Mục tiêu | Giải pháp | Lộ trình | Phụ trách | 2026 | 2027 | 2028 | Nguồn
WIDTHS = ["narrow", "mid", "wide", "wide", "mid", "mid", "narrow", "narrow", "narrow", "mid"]
COVERED = "<table:covered-table-cell/>"


def cell(text, span=1, rows=1, style="box"):
    attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + \
            (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    covered = COVERED * (span - 1)
    if text == "":
        return f'<table:table-cell table:style-name="{style}"{attrs}/>' + covered
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}><text:p>{escape(text)}</text:p>'
            '</table:table-cell>' + covered)


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def line(text, style="plain"):
    return row(cell(text, len(WIDTHS), style=style))


def plan_row(*values):
    return row(*(cell(v) for v in values))


ROWS = [
    row(cell("UBND XÃ THƯỢNG LÂM", 4, style="head"), cell("", style="plain"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 5, style="head")),
    row(cell("TRƯỜNG PTDTBT TH&THCS THƯỢNG LÂM", 4, style="head"), cell("", style="plain"), cell("Độc lập - Tự do - Hạnh phúc", 5, style="head")),
    row(cell("Số: 71/KH-TH&THCSTL", 4, style="plain"), cell("", style="plain"), cell("Thượng Lâm, ngày 02 tháng 12 năm 2025", 5, style="plain")),
    row(),
    line("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "head"),
    line("Giai đoạn 2026-2028", "head"),
    row(),
    line("Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;"),
    line("Căn cứ kết quả tự đánh giá của Trường PTDTBT TH&THCS Thượng Lâm, xã Thượng Lâm, tỉnh Tuyên Quang; kinh phí được chia theo từng năm của giai đoạn."),
    row(),
    line("Hạn chế:", "head"),
    line("- Điểm trường chính còn thiếu 04 phòng học cho các lớp tiểu học."),
    line("- Thư viện cấp THCS chưa đạt chuẩn, thiếu giá sách và sách tham khảo."),
    line("- Cấp tiểu học chưa có giáo viên Tiếng Anh biên chế."),
    line("- Khu bán trú chưa có nhà vệ sinh khép kín."),
    row(),
    line("Đơn vị tính: triệu đồng", "plain"),
    row(cell("STT", rows=2, style="bold"), cell("Tiêu chí", rows=2, style="bold"), cell("Mục tiêu", rows=2, style="bold"),
        cell("Giải pháp", rows=2, style="bold"), cell("Lộ trình", rows=2, style="bold"), cell("Phụ trách", rows=2, style="bold"),
        cell("Kinh phí dự kiến (triệu đồng)", 3, style="bold"), cell("Nguồn", rows=2, style="bold")),
    row(COVERED, COVERED, COVERED, COVERED, COVERED, COVERED,
        cell("Năm 2026", style="bold"), cell("Năm 2027", style="bold"), cell("Năm 2028", style="bold"), COVERED),
    plan_row("1", "3.2", "Đủ phòng học cho các lớp tiểu học ở điểm trường chính", "Xây mới 04 phòng học",
             "2026-2027", "Hiệu trưởng", "1.200", "800", "", "Ngân sách tỉnh"),
    plan_row("2", "3.6", "Thư viện cấp THCS đạt chuẩn mức độ 1", "Bổ sung giá sách, bàn đọc và 1.000 bản sách tham khảo",
             "Năm 2027", "Nhân viên thư viện", "", "150", "", "Ngân sách + XHH"),
    plan_row("3", "2.2", "Có đủ giáo viên Tiếng Anh cấp tiểu học",
             "Đề nghị tuyển 02 giáo viên; bồi dưỡng 01 giáo viên dạy liên trường", "2026-2028", "Phó Hiệu trưởng",
             "10", "10", "10", "Chi thường xuyên"),
    plan_row("4", "3.4", "Khu bán trú có nhà vệ sinh khép kín", "Xây 02 khu vệ sinh cho học sinh bán trú",
             "Năm 2028", "Hiệu trưởng", "", "", "650", "Chương trình mục tiêu quốc gia"),
    row(cell("Cộng", 6, style="bold"), cell("1.210", style="bold"), cell("960", style="bold"), cell("660", style="bold"), cell("", style="bold")),
    row(),
    row(cell("Nơi nhận: UBND xã Thượng Lâm; Lưu: VT.", 4, style="plain"), cell("", style="plain"), cell("HIỆU TRƯỞNG", 5, style="head")),
    row(cell("", 4, style="plain"), cell("", style="plain"), cell("Ma Văn Tỉnh", 5, style="head")),
]


def main(out):
    cols = "".join(f'<table:table-column table:style-name="{c}"/>' for c in WIDTHS)
    body = f'<table:table table:name="KH cải tiến">{cols}{"".join(ROWS)}</table:table>'
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
           f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>\n')
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main(sys.argv[1])
