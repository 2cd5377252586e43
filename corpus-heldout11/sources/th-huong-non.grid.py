#!/usr/bin/env python3
"""Writes th-huong-non.txt: a plan as a school-management program exports it to plain text, the plan table
drawn with +---+ rules and every cell wrapped inside its own column over several lines.
Usage: python3 th-huong-non.grid.py OUT.txt"""
import sys
import textwrap

HEAD = """PHÒNG GD&ĐT TAM NÔNG
TRƯỜNG TIỂU HỌC HƯƠNG NỘN
Số: 55/KH-THHN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Nộn, ngày 05 tháng 11 năm 2024

KẾ HOẠCH
Cải tiến chất lượng giáo dục năm học 2024-2025

Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo;
Căn cứ báo cáo tự đánh giá của Trường Tiểu học Hương Nộn, huyện Tam Nông, tỉnh Phú Thọ.

I. NHỮNG ĐIỂM YẾU
- Tổ khối 4-5 chưa có chuyên đề dạy học tích hợp.
- Sân trường chật, chưa có sân cỏ và đường chạy cho học sinh.
- Nước uống của học sinh chưa qua hệ thống lọc.
- Thư viện chật, không đủ chỗ đọc cho một lớp.

II. KẾ HOẠCH CẢI TIẾN
(Xuất từ phần mềm quản lý kiểm định chất lượng, ngày 05/11/2024)
"""

TAIL = """
III. TỔ CHỨC THỰC HIỆN
Hiệu trưởng chỉ đạo chung; các tổ khối, bộ phận thực hiện theo phân công và báo cáo kết quả vào cuối mỗi học kỳ.

Nơi nhận:
- Phòng GD&ĐT huyện;
- Lưu: VT.
                                                HIỆU TRƯỞNG

                                                Hà Thị Thu
"""

WIDTHS = [4, 16, 22, 24, 13, 13, 9, 12]
HEADER = ["STT", "Tiêu chí", "Mục tiêu", "Biện pháp", "Người thực hiện", "Thời gian", "Kinh phí", "Nguồn"]
ROWS = [
    ["1", "1.5. Tổ chuyên môn và tổ văn phòng", "Tổ khối 4-5 xây dựng 03 chuyên đề dạy học tích hợp",
     "Sinh hoạt chuyên môn theo nghiên cứu bài học; dự giờ chéo giữa các khối", "Tổ trưởng tổ 4-5",
     "Tháng 11/2024 đến tháng 3/2025", "3 tr.đ", "Chi thường xuyên"],
    ["2", "3.1. Khuôn viên, khu sân chơi, bãi tập", "Sân trường có thêm 200 m2 sân cỏ và đường chạy 30 m",
     "Lập dự toán; vận động cha mẹ học sinh đóng góp ngày công", "Hiệu trưởng", "Quý I,II/2025", "210 tr.đ",
     "Ngân sách + XHH"],
    ["3", "3.4. Khu vệ sinh, hệ thống cấp thoát nước", "Học sinh được uống nước qua hệ thống lọc",
     "Khảo sát nguồn nước; lắp 02 máy lọc tổng cho hai dãy nhà", "Phó Hiệu trưởng", "Tuần 1 tháng 12/2024",
     "45 tr.đ", "XHH"],
    ["4", "3.6. Thư viện", "Có thư viện xanh ngoài trời dưới tán cây bàng",
     "Đóng giá sách chống mưa; bố trí bàn ghế đá", "Nhân viên thư viện", "Hè 2025", "25 tr.đ", "XHH"],
    ["5", "5.5. Hình thành, phát triển các kỹ năng sống cho học sinh",
     "100% học sinh được học kỹ năng phòng chống đuối nước",
     "Phối hợp Trung tâm Văn hóa - Thể thao huyện dạy bơi cho học sinh", "Tổng phụ trách Đội", "Cả năm học",
     "Không", ""],
]


def rule(char: str) -> str:
    return "+" + "+".join(char * (w + 2) for w in WIDTHS) + "+"


def row_lines(cells: list[str]) -> list[str]:
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, WIDTHS)]
    height = max(len(w) for w in wrapped)
    lines = []
    for i in range(height):
        parts = [(w[i] if i < len(w) else "").ljust(width) for w, width in zip(wrapped, WIDTHS)]
        lines.append("| " + " | ".join(parts) + " |")
    return lines


def main() -> None:
    out = [HEAD, rule("-"), *row_lines(HEADER), rule("=")]
    for r in ROWS:
        out += row_lines(r) + [rule("-")]
    out.append(TAIL)
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(out))


main()
