using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Text;

namespace Analytics.Ingest.Tests.Readers;

/// <summary>Plan tables in the text Tesseract's English model gives (lines taken from the eng-OCR twins of
/// corpus/lc-th-thcs-nam-xe and corpus/lc-th-thcs-xin-cai): the rows come back with criterion, timeline and amount.</summary>
public sealed class OcrRowTableTests
{
    internal static IReadOnlyList<IReadOnlyList<string>> Rows(params string[] lines)
    {
        var read = new PlainTextReader().Read(new SourceFile("eng.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        var table = Assert.Single(read.Value.Blocks.OfType<TableBlock>());
        return [.. table.Rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Text)])];
    }

    [Fact]
    public void Row_numbered_with_code_gets_its_quarter_and_amount_and_ngan_sach_is_not_thousand()
    {
        var rows = Rows(
            "Tiéu chi Két qua can dat Bién phap Chi tri Thoi gian Nguoén",
            "3.1. Khu6n vién, Xay tung rao va c6ng Lap ho so dé nghi Uy ban Quy II/2025 294.157.000 Ngan sach",
            "khu san choi, bai tap | phia sau khu ban tru, dai nhan dan huyén Van Ban hé dong huyén",
            "4 3.5. Thiét bi B6 sung 15 ti vi thong Mua sam theo danh muc Pho hiéu Hoc ky I namhoc_ | 350.000.000 Ngan sach nha",
            "Ill. TO CHUC THUC HIEN");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["3.1", "3.5"], rows.Select(r => r[0]));
        Assert.Equal("Quy II/2025", rows[0][2]);
        Assert.Equal("294.157.000 dong", rows[0][3]);
        Assert.Equal("350.000.000 dong", rows[1][3]);
    }

    [Fact]
    public void Numbered_row_with_garbled_code_is_found_by_its_criterion_name()
    {
        var rows = Rows(
            "Can ctf Thong tu s6 18/2018/TT-BGDDT ngay 22/8/2018 cua B6 truong",
            "TC oe Tén tiéu chi Muc tigu Giai phap a Thai gian | Kinhphi | Nguén kinh phi",
            "3.1. Khu6n vién, Xay tung rao va c6ng Lap ho so dé nghi Uy ban Quy II/2025 2 ty 350 triéu Ngan sach",
            "3 a> Phong hoc, | Xay mdi 02 phong hoc b6 | Tham muu dua vao danh Nam hoc 2024- | Theo dv todn",
            "3.4 Khu vé sinh, hé X4y méi khu vé sinh khu | Khao sat ngu6n nuéc; Hiéu trudng, | Hé 2026 420 triéu Ngan sach tinh",
            "Iv. TO CHUC THUC HIEN");
        Assert.Equal(["3.1", "3.2", "3.4"], rows.Select(r => r[0]));
        Assert.Equal("Hé 2026", rows[2][2]);
    }

    [Fact]
    public void Labelled_fields_of_an_unaccented_prose_plan_are_not_a_table_header()
    {
        var read = new PlainTextReader().Read(new SourceFile("plan.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "Tieu chi 3.3 - Khoi hanh chinh - quan tri",
            "Muc tieu: Sua chua phong hoi dong bi tham dot.",
            "Giai phap: Khao sat, lap du toan; xin kinh phi sua chua.",
            "Nguoi phu trach: Hieu truong",
            "Kinh phi: 85 trieu dong"))));
        Assert.Empty(read.Value.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void Header_the_model_garbled_counts_when_a_coded_row_follows_at_once()
    {
        // From the eng-OCR twin of corpus/mn-hoa-sua: "Thời gian", "Kinh phí" wrapped in narrow columns.
        var rows = Rows(
            "T oe 2. Bién phap thuc | Newodi Thoi Kinh | Neuon |",
            "pt | Tewcht | Ket qua cin dat ae ce hién | gian phi te phi",
            "2 | Tiéu chi 2.2: | 100% gido vién | Gido vién cot can | TO truong | 12/2024 | 6triéu | Kinh phi",
            "Di voi gido | mdi té chitc kem cap gido vién | chuyén dong tu chu",
            "3 | Tieuchi32: | 10phonghoccé | Muasimi60b6 | Kétoan | Quy | 150.000.000 | Ngan |",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal(["2.2", "3.2"], rows.Select(r => r[0]));
        Assert.Equal("12/2024", rows[0][2]);
    }

    [Fact]
    public void Self_assessment_table_naming_the_levels_is_not_an_item_table()
    {
        // From the eng-OCR twin of corpus/lc-thcs-thpt-mau-due: the x marks lost their columns.
        var read = new PlainTextReader().Read(new SourceFile("eng.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "Tiéu chuan, tiéu chi Khong Dat Noi dung khéng dat",
            "dat Mitc 1 Mic 2 Mitc 3",
            "Tiéu chi 1.1",
            "Tiéu chi 2.2 x Con 03 giao vién chva dat chudn trinh 46 dao tao theo Luat",
            "Tiéu chi 2.3 x Chua c6 nhan vién thu vién chuyén trach"))));
        Assert.Empty(read.Value.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void Header_whose_first_line_the_model_garbled_still_opens_the_table()
    {
        // From the eng-OCR twin of corpus/th-trung-lap-ha-2: "Tiêu chí … Thời gian | Kinh phí | Nguồn" garbled.
        var rows = Rows(
            "1) Tita | OE nica ones the Thei | inh phi | N8ven | Ghi",
            "tién x gian kinh phi | cha",
            "AB hién",
            "2| 3.2. Phong | Thay méit6n, | Lap hd so dé Hiéu He 1,45 ty T Nein Da cé",
            "hoc tran cia 08 nghi Uy ban trudéng 2025 dong sach cha",
            "Il. TO CHUC THUC HIEN");
        Assert.Equal("3.2", Assert.Single(rows)[0]);
        Assert.Equal("1.450.000.000 dong", rows[0][3]);
    }

    [Fact]
    public void Amount_in_words_is_not_read_as_a_criterion_code()
    {
        // From the eng-OCR twin of corpus/th-ea-yong: "Kinh phí 1,2 tỉ đồng" on a line of its own.
        var rows = Rows(
            "Tieu chi Ket qua can dat Bien phap Thoi gian Kinh phi",
            "Tiéu chi 3.1: Khuén vién, khu san choi, bai tap Két qua can dat Thoi gian Hé 2025",
            "Kinh phi 1,2 ti dong",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal("3.1", Assert.Single(rows)[0]);
        Assert.Equal("1.200.000.000 dong", rows[0][3]);
    }

    [Fact]
    public void Amount_wrapped_in_a_narrow_cell_is_joined_again()
    {
        // From the eng-OCR twin of corpus/mn-hoa-sua: "18.500.000" cut after its separator, "320.000.000đ" before it.
        var rows = Rows(
            "Tieu chi Ket qua can dat Bien phap Thoi gian Kinh phi",
            "3 | Tiéu chi3.1: | Vuon rau ctia bé | Lap dat hé théng | Hiéu [Thang | 18.500. | Xa hi",
            "Dién tich, c6 hé thong tdi | twéi; trudng, 10/2024 | 000 héa khu6n vién",
            "4 | Tiéu chi 3.2: / San g6 04 phong | Lap dytoan, dé | Hiéu Hé 2025 | 320.000 | Ngan sach",
            "Khéi phong | nhém tré dugc nghi Uy ban nhan trudng, ké .000d huyén",
            "5 | Tiéu chi 2.2: | Giao vién | Pho hiéu HK I nam hoc 12 trigud6ng | Kinh phi chi",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal(["18.500.000 dong", "320.000.000 dong", "12.000.000 dong"], rows.Select(r => r[3]));
    }

    [Fact]
    public void Table_whose_header_came_out_as_noise_is_found_by_its_coded_rows_with_amounts_and_dates()
    {
        // From the eng-OCR twin of corpus/lc-th-thcs-sa-long: the header was printed sideways.
        var rows = Rows(
            "Bal ee",
            "il 2 2.3 Nhan vién van thu duoc boi Cw 01 nhan vién dy lép béi duéng Pho Hiéu Thang 3 va 4,5 trigu dong | Kinh phi chi",
            "du@ng nghiép vu lvu tri? hé so | ctia huyén; Phé Hiéu truéng hudng trudng thang 4/2025 thudong xuyén",
            "dién ttr dan thém tai trudéng",
            "4 3.4 Khu ban tré va khu vé sinh c6_ | Dan nwéc tiv khe sudi vé béloc 10 | Ké toan | Hé 2025 | 185.000.000 | Dy an ciia t6",
            "dui nwéc sach quanh nam m3, lap dwong 6ng dén khu vé sinh dong chitc phi chinh",
            "Il. TO CHUC THUC HIEN");
        Assert.Equal(["2.3", "3.4"], rows.Select(r => r[0]));
        Assert.Equal(["4.500.000 dong", "185.000.000 dong"], rows.Select(r => r[3]));
    }

    [Fact]
    public void Coded_lines_without_amounts_or_dates_make_no_headerless_table()
    {
        var read = new PlainTextReader().Read(new SourceFile("eng.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "Tiéu chi 2.2 Con 03 giao vién chua dat chuan trinh dé dao tao theo Luat",
            "Tiéu chi 2.3 Chua c6 nhan vién thu vién chuyén trach"))));
        Assert.Empty(read.Value.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void Criterion_cell_split_over_two_lines_makes_one_row_with_its_school_year_and_recurrence()
    {
        // From the eng-OCR twin of corpus/lc-th-thcs-truong-long-a: "Tiêu chuẩn 5 -" over "Tiêu chí 6" in one cell,
        // "Năm học" at the timeline cell's line end and its years on the next line.
        var rows = Rows(
            "Tiéu chi Muc tiéu N@i dung, bién phap vats hign | Thdi gian a ne Bro Ngudn kinh phi",
            "Tiéu chuani- | To chuyén mén sinh hoat theo | Xay dung quy ché hoat dong cua Pho hiéu Hang nam 0",
            "Tiéu chi 4 nghién cttu bai hoc 02 t6; Pho hiéu trudng dy sinh hoat t6 trudng, t6",
            "Tiéu chuan 5 - Ty 1é hoc sinh hoan thanh Phu dao hoc sinh chwa hoan thanh; | Phé hiéu trudng | Nam hoc 35.000 Kinh phi chi",
            "Tiéu chi 6 chuong trinh tiéu hoc va tét t6 chic 6n tap cuédi nam cho hoc 2025-2026 thudéng xuyén",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal(["1.4", "5.6"], rows.Select(r => r[0]));
        Assert.Equal(["hang nam", "Nam hoc 2025-2026"], rows.Select(r => r[2]));
    }

    [Fact]
    public void Quarter_numeral_split_by_a_stray_mark_and_a_recurring_timeline_are_read()
    {
        // From the eng-OCR twin of corpus/mn-tan-loi: "Quý IV/2025" read "Quy I'V/2025", "Thường xuyên" "ThuOng xuyén".
        var rows = Rows(
            "Tieu chi Ket qua can dat Bien phap Thoi gian Kinh phi",
            "3 3.4. Khéi phong t6 | Bép an cé ta nau com 50 Lap danh muc, khao sat | Phé hiéu Quy I'V/2025 65 triéu",
            "chic an kg/mé va tu say bat gid; mua sam theo quy dinh   trudéng phu trach ban tri",
            "5 5.2. T6 chic hoat 100% giao vién t6 chitc Dy gid, gop y; t6 chitc T6 truéng ThuOng xuyén Khong phat",
            "dong nudi dudng, hoat d6ng theo huéng lay chuyén dé cap trudng chuyén mén sinh kinh phi",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal(["Quy IV/2025", "thuong xuyen"], rows.Select(r => r[2]));
    }

    [Fact]
    public void Numbered_rows_under_a_merged_criterion_cell_keep_its_code()
    {
        // From the eng-OCR twin of corpus/thpt-ganh-hao: criterion 3.2's cell spans rows 2-4; "Quý II" read "Quy 11".
        var rows = Rows(
            "Tieu chi Ket qua can dat Bien phap Thoi gian Kinh phi",
            "2 Tiéu chi 3.2: Phong | Cai tao 03 phong hoc day | Lap ho so dé nghi S& Hiéu trong He 2025 1,5ty dong | Ngansach",
            "hoc, phong hoc b6 B bi tham dot: thay mai, Gido duc va Dao tao b6 tinh",
            "3 XAy mdi phong hoc bd Dé xuat dua vao ké Hiéu trudng Nam 2025- 4,2 ty dong | Ngan sach",
            "mon Vat ly, Hoa hoc hoach dau tu cong trung 2026 tinh",
            "4 Trang bi ban ghé va 35 Ra soat nhu cau; mua Pho hiéu Quy 11/2025 850 triéu Ngan sach",
            "may tinh cho phong Tin sém theo quy dinh trung, to dong + XHH",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal(["3.2", "3.2", "3.2"], rows.Select(r => r[0]));
        Assert.Equal(["1.500.000.000 dong", "4.200.000.000 dong", "850.000.000 dong"], rows.Select(r => r[3]));
        Assert.Equal("Quy II/2025", rows[2][2]);
    }

    [Fact]
    public void Coded_rows_with_neither_timeline_nor_amount_are_not_items()
    {
        // From the eng-OCR twin of corpus/thpt-hai-lang: a self-assessment table under a header naming "Nội dung".
        var rows = Rows(
            "Tieu chi Ket qua can dat Bien phap Thoi gian Kinh phi",
            "Tiéu chi 2.4",
            "Tiéu chi3.1 | oe c | “7 San thé thao chua cé dung chay, nha thi dau",
            "Tiéu chi 3.2 x Thiéu 03 phong hoc bo mon Tin hoc, Ngoai",
            "Tiéu chi 3.3 | Sua chua nha da nang | Hiéu truong | Quy I/2025 | 85 trieu dong",
            "IV. TO CHUC THUC HIEN");
        Assert.Equal("3.3", Assert.Single(rows)[0]);
    }

    [Fact]
    public void First_row_without_a_code_is_its_own_item_and_a_code_garbled_to_noise_is_found_by_the_criterion_name()
    {
        // lc-th-thcs-xin-cai's twin: row 1 lost its code, row 3 has "134..|" for "3.1".
        var rows = Rows(
            "Can ct? Thong tu sé 18/2018/T T-BGDDT ngay 22/8/2018 ctia BO Gido duc va Dao tao",
            "TC oe Tén tiéu chi Muc tigu Giai phap a Thai gian | Kinhphi | Nguén kinh phi",
            "2 f y Gido vién méi tuyén Mé lép bai du@ng tiéng | Pho hiéu Ti thang 8 8 triéu dong | Kinh phi chi",
            "dung giao tiép duoc Méng tai trdng; gido trudng dén thang 12 thong xuyén",
            "bang tiéng Mong véi hoc | vién ngwdi Mong huéng nam 2025",
            "3 134..|Khuonvien, khu | Lam hang rao lw6i thép | Huy dong ngay cong cia | Hiéu trvéng T Quy 1V/2025 | 350 triéu Ngan sach +",
            "san choi, bai tap B40 dai 120 m phia gidp | cha me hoc sinh; dé nghi dong XHH",
            "Iv. TO CHUC THUC HIEN");
        Assert.Equal(["", "3.1"], rows.Select(r => r[0]));
        Assert.Equal("8.000.000 dong", rows[0][3]);
        Assert.Equal("thang 8 den thang 12 nam 2025", rows[0][2]);
        Assert.Equal("Quy IV/2025", rows[1][2]);
        Assert.Equal("350.000.000 dong", rows[1][3]);
    }

    [Fact]
    public void Range_left_open_at_a_line_end_takes_its_end_from_a_lower_line()
    {
        // mn-tan-dinh's twin: "11/2024 dén" on the row's second line, "01/2025" on its fourth.
        var rows = Rows(
            "TT Tiéu chuan Tiéu chi Ket qua can dat Bién phap thuc hién hién Thoi gian Du kién Nguon 7",
            "2 Tiéu chudn 3: | Tiéu chi 3.1: Tuodng rao phia sau Lap dv toan stra chita; Hiéu truong, Thang 294.157.000 | Ngan sach",
            "Co's vat chat | Dién tich, khuén | dugc nang cao, cong tham mut Uy ban nhan ké todn 11/2024 dén xa",
            "va trang thiét vién va san vudn | phu dugc thay mdi, bao | dan xa hé tro kinh phi; thang",
            "bi dam an toan cho tré giam sat thi cong 01/2025",
            "3 Tieéu chi 3.2: Xay thém 02 phong hoc | Tham mutu Uy bannhan_ | Hiéu trudng Nam 2025 3 ty dong Ngan sach",
            "Iv. TO CHUC THUC HIEN");
        Assert.Equal(["3.1", "3.2"], rows.Select(r => r[0]));
        Assert.Equal("11/2024 01/2025", rows[0][2]);
        Assert.Equal("294.157.000 dong", rows[0][3]);
    }

    [Fact]
    public void Amount_cut_inside_its_last_group_is_completed_from_the_next_line()
    {
        // thpt-ganh-hao's twin: "120.000.00" over "0 VND".
        var rows = Rows(
            "TT Tiéu chi Noi dung can cai tién | Bién phap thyc hién [ Newoithve | ai gian ] Dykién | Nguin | Ghi cnt |",
            "5 Tiéu chi 3.4: Khu vé | Lap hé thong loc nvéc Van dong doanh nghiép, | Ké toan Thang 9/2024 | 120.000.00 | XHH",
            "sinh, hé thong cap nhiém man va 06 may loc_ | cyu hoc sinh tai tr¢ = 5/2025 0 VND",
            "thoat nudéc nuéc udng cho hoc sinh",
            "Iv. TO CHUC THUC HIEN");
        Assert.Equal("3.4", Assert.Single(rows)[0]);
        Assert.Equal("120.000.000 dong", rows[0][3]);
    }

    [Fact]
    public void Recurring_period_whose_second_word_wrapped_onto_the_next_line_is_the_rows_timeline()
    {
        // thpt-ganh-hao's twin: "Thuong" over "xuyén" in the timeline cell, no budget ("Khong").
        var rows = Rows(
            "TT Tiéu chi Noi dung can cai tién | Bién phap thyc hién [ Newoithve | ai gian ] Dykién | Nguin | Ghi cnt |",
            "6 Tiéu chi 5.6: Két Ty lé tot nghiép trung hoc On tap theo nhom déi Pho hiéu Thuong Khong phat",
            "qua giao duc phé thong dat tir 99% tro twong; phu dao hoc sinh | trudng chuyén | xuyén sinh kinh",
            "lén yéu vao budi chiéu mén | phi",
            "Iv. TO CHUC THUC HIEN");
        Assert.Equal("5.6", Assert.Single(rows)[0]);
        Assert.Equal("thuong xuyen", rows[0][2]);
    }

    [Fact]
    public void Period_cut_over_the_lines_of_its_cell_is_read_from_the_line_ends()
    {
        // thcs-ham-kiem's twin: "Từ tháng 9/2024 đến hết tháng 5/2025" wrapped in a narrow column, one piece at each
        // line's end, the row without a budget ("Lồng ghép").
        var rows = Rows(
            "T) Tieuchi | piémyéu | Noi dung cai Bién phap ae hei sian | De",
            "T tien aS (dong)",
            "hién",
            "1/ 1.4. Hiéu | Sinh hoat té M6i t6 chuyén | Xay dung lich | T6 Twthang | Long ghép",
            "trudng, chuyén mén mon thuc hién | sinh hoat trudng 9/2024",
            "pho hiéu chua chi ft nhat 01 chuyén m6n; chuyén dén hét",
            "trudng, t6 | trongnghién | chuyén dé Ban giam hiéu | m6én thang",
            "chuyén ctu bai hoc. nghién cttu du va gop y 5/2025",
            "2 | 2.3. Doi Nhan vién thu | 02 nhan vién Cw nhan vién Hiéu Tuan 3 6.000.000",
            "véi nhan vién, thiét bi co chitng chi | tham gia Iép truong thang",
            "vién chufa dugc boi | bi dudng boi duGng do 10/2024",
            "Ill. TO CHUC THUC HIEN");
        Assert.Equal(["1.4", "2.3"], rows.Select(r => r[0]));
        Assert.Equal("twthang 9/2024 den het thang 5/2025", rows[0][2]);
        Assert.Equal("6.000.000 dong", rows[1][3]);
    }

    [Fact]
    public void Amount_cut_before_its_last_zeros_takes_them_from_the_line_end_below()
    {
        // thcs-ham-kiem's twin: "780.000.000" cut as "780.000.0" with "00" at the end of the cell's next line.
        var rows = Rows(
            "T) Tieuchi | piémyéu | Noi dung cai Bién phap ae hei sian | De",
            "T tien aS (dong)",
            "4 | 3.2. Phong Nang nén06 | Thicdng déng | Hiéu Quy I - 780.000.0",
            "hoc, phong hoc day | thdi vdi hang trudng Quy 00",
            "phong hoc A muc san trudng I1/2025",
            "Ill. TO CHUC THUC HIEN");
        Assert.Equal("3.2", Assert.Single(rows)[0]);
        Assert.Equal("780.000.000 dong", rows[0][3]);
    }
}
