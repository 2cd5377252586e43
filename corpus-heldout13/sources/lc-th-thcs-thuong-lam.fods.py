#!/usr/bin/env python3
"""Writes lc-th-thcs-thuong-lam.fods, a three-year plan kept in one spreadsheet sheet: the masthead in merged cells,
weaknesses as lines, then a plan table whose money is split by year, "Kinh phí dự kiến (triệu đồng)" over one
column per calendar year (Năm 2026 | Năm 2027 | Năm 2028), and a closing "Cộng" row. LibreOffice then saves it
as .xlsx:
    python3 lc-th-thcs-thuong-lam.fods.py /tmp/lc-th-thcs-thuong-lam.fods
    soffice --headless --convert-to xlsx --outdir corpus-heldout13 /tmp/lc-th-thcs-thuong-lam.fods"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "tools"))
from fods_sheet import COVERED, cell, row, write  # noqa: E402

# STT | Tiêu chí | Mục tiêu | Giải pháp | Lộ trình | Phụ trách | 2026 | 2027 | 2028 | Nguồn
WIDTHS = [1.1, 2.4, 5.4, 5.4, 2.4, 2.4, 1.1, 1.1, 1.1, 2.4]


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


if __name__ == "__main__":
    write(sys.argv[1], "KH cải tiến", WIDTHS, ROWS)
