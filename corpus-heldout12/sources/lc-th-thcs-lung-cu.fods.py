#!/usr/bin/env python3
"""Writes lc-th-thcs-lung-cu.fods, a plan kept in one spreadsheet sheet as a school office fills it in: the
masthead in merged cells, weaknesses as lines, then the plan table grouped by "lĩnh vực" (field of work) rows
spanning the table, with a "Tiêu chí liên quan" column that may name several criteria, and one improvement
content merged down over its two activities. LibreOffice then saves it as .xlsx:
    python3 lc-th-thcs-lung-cu.fods.py /tmp/lc-th-thcs-lung-cu.fods
    soffice --headless --convert-to xlsx --outdir corpus-heldout12 /tmp/lc-th-thcs-lung-cu.fods"""
import sys
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-formatting-object:1.0"')

STYLES = """<office:automatic-styles>
<style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
<style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
<style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
<style:style style:name="box" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="plain" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

WIDTHS = ["c1", "c3", "c2", "c3", "c2", "c2", "c2", "c2"]


def cell(text, span=1, rows=1, style="box"):
    attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + \
            (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    if text == "":
        return f'<table:table-cell table:style-name="{style}"{attrs}/>' + "<table:covered-table-cell/>" * (span - 1)
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}><text:p>{escape(text)}</text:p>'
            '</table:table-cell>' + "<table:covered-table-cell/>" * (span - 1))


COVERED = "<table:covered-table-cell/>"


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def line(text, style="plain"):
    return row(cell(text, 8, style=style))


def plan_row(stt, content, criteria, activity, time, lead, money, source):
    return row(*(cell(v) for v in (stt, content, criteria, activity, time, lead, money, source)))


ROWS = [
    row(cell("UBND XÃ LŨNG CÚ", 3, style="head"), cell("", style="plain"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 4, style="head")),
    row(cell("TRƯỜNG PTDTBT TH&THCS LŨNG CÚ", 3, style="head"), cell("", style="plain"), cell("Độc lập - Tự do - Hạnh phúc", 4, style="head")),
    row(cell("Số: 45/KH-TH&THCSLC", 3, style="plain"), cell("", style="plain"), cell("Lũng Cú, ngày 14 tháng 10 năm 2025", 4, style="plain")),
    row(),
    line("KẾ HOẠCH", "head"),
    line("Cải tiến chất lượng giáo dục năm học 2025-2026", "head"),
    row(),
    line("Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo;"),
    line("Căn cứ kết quả tự đánh giá của Trường PTDTBT TH&THCS Lũng Cú, xã Lũng Cú, tỉnh Tuyên Quang; các nội dung cải tiến được sắp xếp theo lĩnh vực, mỗi nội dung ghi các tiêu chí liên quan."),
    row(),
    line("Điểm yếu:", "head"),
    line("- Giáo viên tiểu học chưa dạy được tiếng Anh, Tin học; phải dạy liên trường."),
    line("- Nhà tắm khu bán trú chưa có nước nóng, học sinh tắm nước lạnh vào mùa đông."),
    line("- Sân trường điểm chính còn là sân đất, trời mưa lầy lội."),
    line("- Học sinh lớp 1 người Mông còn hạn chế về tiếng Việt."),
    row(),
    row(*(cell(h, style="bold") for h in ["STT", "Nội dung cải tiến", "Tiêu chí liên quan", "Hoạt động cụ thể", "Thời gian",
                                          "Người phụ trách", "Kinh phí", "Nguồn"])),
    line("I. LĨNH VỰC ĐỘI NGŨ", "bold"),
    row(cell("1"), cell("Giáo viên tiểu học dạy được tiếng Anh, Tin học theo chương trình mới", rows=2), cell("2.2; 5.1", rows=2),
        cell("Cử 02 giáo viên học lớp bồi dưỡng tiếng Anh do tỉnh tổ chức"), cell("Từ tháng 10/2025 đến tháng 01/2026"),
        cell("Phó Hiệu trưởng tiểu học"), cell("18 tr.đ"), cell("Ngân sách tỉnh")),
    row(cell("2"), COVERED, COVERED,
        cell("Giáo viên Tin học cấp THCS hướng dẫn giáo viên tiểu học soạn bài trên máy tính, mỗi tháng 2 buổi"), cell("Cả năm học"),
        cell("Tổ trưởng tổ Khoa học tự nhiên"), cell("Không"), cell("")),
    line("II. LĨNH VỰC CƠ SỞ VẬT CHẤT", "bold"),
    plan_row("3", "Khu bán trú có nhà tắm nước nóng cho học sinh", "3.4; 2.4",
             "Lắp 06 bình nước nóng năng lượng mặt trời cho nhà tắm bán trú", "Quý IV/2025", "Hiệu trưởng", "96 tr.đ", "Ngân sách + XHH"),
    plan_row("4", "Sân trường điểm chính được bê tông hóa, có mái che sân chơi", "3.1",
             "Đổ bê tông 450 m² sân trường; làm mái che 120 m²", "Hè 2026", "Hiệu trưởng", "1,1 tỷ", "Ngân sách nhà nước"),
    line("III. LĨNH VỰC HOẠT ĐỘNG GIÁO DỤC", "bold"),
    plan_row("5", "Học sinh lớp 1 người Mông đọc thông, viết thạo sau học kỳ I", "5.2; 5.6",
             "Dạy tăng cường tiếng Việt 2 buổi/tuần; mượn sách song ngữ Mông - Việt cho các lớp 1",
             "HKI năm học 2025-2026", "Tổ trưởng tổ 1 - 2", "8.500 nghìn đồng", "XHH"),
    row(),
    row(cell("Nơi nhận: UBND xã Lũng Cú; Lưu: VT.", 3, style="plain"), cell("", style="plain"), cell("HIỆU TRƯỞNG", 4, style="head")),
    row(cell("", 3, style="plain"), cell("", style="plain"), cell("Vàng Mí Chá", 4, style="head")),
]


def main(out):
    cols = "".join(f'<table:table-column table:style-name="{c}"/>' for c in WIDTHS)
    body = f'<table:table table:name="Kế hoạch">{cols}{"".join(ROWS)}</table:table>'
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
           f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>\n')
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main(sys.argv[1])
