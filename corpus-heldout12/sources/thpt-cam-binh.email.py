#!/usr/bin/env python3
"""Writes thpt-cam-binh.txt: a plan sent as the body of an e-mail. The clerk copied the signed PDF's text,
its plan table as tab-separated rows, into a mail client that hard-wraps every line at 72 columns, so the
long rows break in the middle of a cell. Usage: python3 thpt-cam-binh.email.py OUT.txt"""
import sys
import textwrap

HEADER = """Subject: Gui ke hoach cai tien chat luong nam hoc 2024-2025 - THPT Cam Binh
From: Van thu THPT Cam Binh <vanthu@thptcambinh.example.vn>
To: Phong Khao thi va Kiem dinh chat luong <ktkd@sgddt.example.vn>
Date: Tue, 12 Nov 2024 15:42:07 +0700
Content-Type: text/plain; charset=UTF-8
"""

BODY = """Kính gửi Phòng Khảo thí và Kiểm định chất lượng giáo dục,

Trường THPT Cẩm Bình gửi Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025. Bản có chữ ký và dấu đã gửi qua hệ thống quản lý văn bản; nội dung được sao chép từ bản PDF và dán dưới đây để Phòng tiện theo dõi.

SỞ GD&ĐT HÀ TĨNH
TRƯỜNG THPT CẨM BÌNH
Số: 112/KH-THPTCB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Bình, ngày 08 tháng 11 năm 2024

KẾ HOẠCH
Cải tiến chất lượng giáo dục năm học 2024-2025

Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;
Căn cứ kết quả tự đánh giá của Trường THPT Cẩm Bình, xã Cẩm Bình, huyện Cẩm Xuyên, tỉnh Hà Tĩnh, nhà trường xây dựng kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025 như sau.

I. ĐIỂM YẾU
- Kế hoạch giáo dục của một số tổ chưa kịp điều chỉnh theo chương trình mới.
- Còn học sinh vi phạm nội quy, nghỉ học không lý do.
- Trường chưa có phòng họp hội đồng riêng; thiết bị thí nghiệm Hóa - Sinh còn thiếu.

II. NỘI DUNG CẢI TIẾN
TT\tTiêu chí\tKết quả cần đạt\tBiện pháp\tNgười thực hiện\tThời gian\tKinh phí\tNguồn
1\tTC 1.8 - Quản lý các hoạt động giáo dục\tKế hoạch giáo dục của các tổ chuyên môn được điều chỉnh theo chương trình lớp 12 mới\tRà soát kế hoạch giáo dục của 7 tổ chuyên môn; duyệt lại trước ngày 30/11\tPhó Hiệu trưởng chuyên môn\tTháng 11/2024\tKhông\t
2\tTC 2.4 - Đối với học sinh\tTỉ lệ học sinh vi phạm nội quy dưới 2%\tLập nhóm tư vấn tâm lý học đường; phối hợp Ban đại diện cha mẹ học sinh theo dõi học sinh cá biệt\tBí thư Đoàn trường\tCả năm học\t12.000.000đ\tChi thường xuyên
3\tTC 3.3 - Khối hành chính - quản trị\tPhòng họp hội đồng đủ chỗ cho 80 người\tCải tạo hai phòng kho tầng 1 thành phòng họp hội đồng; mua bàn ghế và hệ thống âm thanh\tHiệu trưởng\tHè 2025\t380 triệu đồng\tNgân sách tỉnh
4\tTC 3.5 - Thiết bị\tPhòng thí nghiệm Hóa - Sinh có đủ thiết bị theo danh mục tối thiểu lớp 10, 11\tMua bổ sung dụng cụ thí nghiệm và hóa chất theo danh mục\tTổ trưởng tổ Hóa - Sinh\tQuý I/2025\t165.500.000 đồng\tNgân sách + XHH

III. TỔ CHỨC THỰC HIỆN
Các bộ phận được phân công thực hiện đúng tiến độ; Phó Hiệu trưởng tổng hợp kết quả báo cáo Hiệu trưởng vào cuối mỗi học kỳ.

HIỆU TRƯỞNG
(đã ký)
Phan Đình Tuấn

Trân trọng,
--
Văn thư - Trường THPT Cẩm Bình
ĐT: 0239 3xxx xxx
"""


def wrap(line: str, width: int = 72) -> list[str]:
    if len(line) <= width:
        return [line]
    return textwrap.wrap(line, width, expand_tabs=False, replace_whitespace=False,
                         break_long_words=False, break_on_hyphens=False, drop_whitespace=True)


def main(out: str) -> None:
    lines = HEADER.splitlines() + [""]
    for line in BODY.splitlines():
        lines.extend(wrap(line) or [""])
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
