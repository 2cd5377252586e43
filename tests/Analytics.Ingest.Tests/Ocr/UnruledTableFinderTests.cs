using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class UnruledTableFinderTests
{
    private const double LineHeight = 45;

    /// <summary>Words of one visual line: (x, text) pairs, each word 20 px per letter wide.</summary>
    private static IEnumerable<OcrWord> Line(double top, params (double X, string Text)[] words) =>
        words.Select(w => new OcrWord(w.Text, new BoundingBox(w.X, top, w.X + 20 * w.Text.Length, top + LineHeight), 0.9, 0, 0));

    [Fact]
    public void Columns_of_a_table_without_rules_are_rebuilt_from_where_their_text_starts()
    {
        var words = new List<OcrWord>();
        words.AddRange(Line(100, (300, "TT"), (420, "Tiêu"), (520, "chí"), (900, "Kinh"), (1010, "phí")));
        words.AddRange(Line(200, (300, "1"), (420, "Tiêu"), (520, "chí"), (600, "3.1"), (900, "10"), (970, "triệu")));
        words.AddRange(Line(255, (420, "Khuôn"), (560, "viên")));
        words.AddRange(Line(360, (300, "2"), (420, "Tiêu"), (520, "chí"), (600, "3.2"), (900, "Không")));

        var table = Assert.Single(UnruledTableFinder.Find(words));

        Assert.Equal(4, table.Columns.Count);
        Assert.InRange(table.Columns[1], 380, 420);
        Assert.InRange(table.Columns[2], 860, 900);
        // Rows 200 and 255 are one table row (line spacing), 360 starts the next (a wider gap).
        Assert.Equal(4, table.Rows.Count);
    }

    [Fact]
    public void Row_spanning_the_table_is_one_cell_and_does_not_end_the_table()
    {
        var words = new List<OcrWord>();
        words.AddRange(Line(100, (300, "TT"), (420, "Tiêu"), (520, "chí"), (900, "Kinh"), (1010, "phí")));
        words.AddRange(Line(200, (300, "1"), (420, "Tiêu"), (520, "chí"), (600, "1.1"), (900, "Không")));
        // "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị" written across the whole table, over the gutters.
        words.AddRange(Line(300, (300, "Tiêu"), (400, "chuẩn"), (530, "3:"), (590, "Cơ"), (650, "sở"), (710, "vật"), (790, "chất"), (890, "và"), (950, "thiết"), (1060, "bị")));
        words.AddRange(Line(400, (300, "2"), (420, "Tiêu"), (520, "chí"), (600, "3.1"), (900, "10"), (970, "triệu")));
        words.AddRange(Line(500, (300, "3"), (420, "Tiêu"), (520, "chí"), (600, "3.2"), (900, "Không")));

        var grid = Assert.Single(UnruledTableFinder.Find(words));
        var table = GridTableReader.Read(grid, words, new Provenance("scan.tif", 1, 0), 10);

        Assert.Equal(5, table.Rows.Count);
        var spanning = Assert.Single(table.Rows[2].Cells);
        Assert.Equal(3, spanning.ColumnSpan);
        Assert.Equal("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị", spanning.Text);
        Assert.Equal(["3", "Tiêu chí 3.2", "Không"], table.Rows[4].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Justified_prose_with_wide_spaces_is_not_a_table()
    {
        var words = new List<OcrWord>();
        var random = new Random(7);
        for (var line = 0; line < 8; line++)
        {
            var x = 300.0;
            var parts = new List<(double, string)>();
            while (x < 2200)
            {
                var text = new string('a', random.Next(2, 7));
                parts.Add((x, text));
                x += 20 * text.Length + random.Next(12, 40);
            }
            words.AddRange(Line(100 + 60 * line, parts.ToArray()));
        }

        Assert.Empty(UnruledTableFinder.Find(words));
    }

    /// <summary>Words of one visual line at their (left, right) pixels, one word height tall.</summary>
    private static List<OcrWord> Placed(double top, params (double Left, double Right, string Text)[] words) =>
        words.Select(w => new OcrWord(w.Text, new BoundingBox(w.Left, top, w.Right, top + 40), 0.9, 0, 0)).ToList();

    /// <summary>Word positions as the product read them from the 200-dpi scan twin of thpt-nhon-hai (page 1, deskewed,
    /// at 300 dpi): bullets of prose, a heading, then a table printed without rules whose cells are centred.</summary>
    private static List<OcrWord> CentredTableBelowBullets()
    {
        List<OcrWord>[] lines =
        [
            Placed(1430, (357, 383, "+"), (401, 537, "Phòng"), (551, 607, "thí"), (623, 782, "nghiệm"), (799, 886, "Hóa"), (903, 918, "-"), (936, 1031, "Sinh"), (1046, 1179, "xuống"), (1196, 1280, "cấp,"), (1298, 1399, "chưa"), (1416, 1463, "có"), (1480, 1519, "tủ"), (1536, 1603, "hút"), (1619, 1686, "khí"), (1701, 1788, "độc.")),
            Placed(1516, (357, 382, "+"), (399, 490, "Thư"), (503, 594, "viện"), (609, 715, "thiếu"), (732, 825, "sách"), (841, 947, "tham"), (963, 1077, "khảo,"), (1096, 1197, "chưa"), (1213, 1261, "có"), (1277, 1350, "thư"), (1362, 1453, "viện"), (1470, 1560, "điện"), (1576, 1629, "tử.")),
            Placed(1601, (357, 383, "+"), (401, 515, "Công"), (530, 591, "tác"), (607, 652, "tư"), (665, 741, "vấn"), (756, 894, "hướng"), (911, 1054, "nghiệp"), (1071, 1146, "cho"), (1162, 1237, "học"), (1254, 1342, "sinh"), (1358, 1425, "lớp"), (1446, 1492, "12"), (1510, 1585, "còn"), (1601, 1696, "hình"), (1711, 1815, "thức.")),
            Placed(1680, (238, 290, "I."), (306, 381, "KẾ"), (398, 600, "HOẠCH"), (618, 712, "CẢI"), (728, 859, "TIẾN")),
            Placed(1762, (272, 375, "Tiêu"), (392, 460, "chí"), (656, 736, "Nội"), (751, 867, "dung"), (882, 946, "cải"), (961, 1046, "tiến"), (1406, 1502, "Giải"), (1518, 1632, "pháp"), (1891, 1982, "Phụ"), (1998, 2119, "trách"), (2227, 2337, "Thời"), (2353, 2450, "gian"), (2601, 2716, "Kinh"), (2732, 2807, "phí"), (2992, 3143, "Nguồn")),
            Placed(1831, (256, 353, "Tiêu"), (370, 472, "chíi"), (555, 685, "Trồng"), (701, 752, "bổ"), (769, 869, "sung"), (886, 936, "30"), (953, 1025, "cây"), (1040, 1147, "bóng"), (1237, 1333, "Phối"), (1350, 1429, "hợp"), (1446, 1560, "Đoàn"), (1576, 1695, "thanh"), (1711, 1801, "niên"), (1911, 1992, "Phó"), (1992, 2099, "hiệu"), (2193, 2379, "QuýIvà"), (2395, 2486, "Quý"), (2561, 2707, "45.000"), (2724, 2845, "nghìn"), (2950, 3010, "Xã"), (3026, 3093, "hội"), (3109, 3185, "hóa")),
            Placed(1900, (255, 334, "tiêu"), (350, 476, "chuẩn"), (559, 651, "mát;"), (669, 721, "lát"), (737, 836, "gạch"), (852, 906, "lối"), (923, 962, "đi"), (979, 1061, "khu"), (1061, 1143, "sân"), (1244, 1335, "phát"), (1350, 1456, "động"), (1472, 1584, "trồng"), (1600, 1685, "cây;"), (1703, 1794, "thuê"), (1933, 2076, "trưởng"), (2261, 2416, "I/2025"), (2651, 2757, "đồng")),
            Placed(1970, (354, 377, "°"), (733, 797, "tập"), (813, 878, "thể"), (893, 968, "dục"), (1360, 1440, "đơn"), (1455, 1495, "vị"), (1512, 1563, "lát"), (1580, 1679, "gạch")),
            Placed(2036, (256, 354, "Tiêu"), (370, 434, "chí"), (450, 473, "2"), (578, 649, "Cải"), (665, 729, "tạo"), (745, 878, "phòng"), (894, 950, "thí"), (965, 1125, "nghiệm"), (1260, 1340, "Lập"), (1357, 1413, "dự"), (1426, 1529, "toán;"), (1549, 1596, "đề"), (1613, 1706, "nghị"), (1724, 1781, "Sở"), (1954, 2056, "Hiệu"), (2249, 2308, "Hè"), (2325, 2429, "2025"), (2576, 2632, "dự"), (2645, 2736, "kiến"), (2753, 2830, "320"), (2956, 3070, "Ngân"), (3087, 3180, "sách")),
            Placed(2105, (254, 334, "tiêu"), (350, 476, "chuẩn"), (559, 647, "Hóa"), (663, 678, "-"), (696, 804, "Sinh;"), (823, 885, "lắp"), (902, 950, "hệ"), (966, 1092, "thống"), (1092, 1143, "tủ"), (1234, 1335, "Giáo"), (1352, 1427, "dục"), (1443, 1492, "và"), (1508, 1595, "Đào"), (1611, 1674, "tạo"), (1690, 1743, "bố"), (1758, 1805, "trí"), (1934, 2076, "trưởng"), (2654, 2751, "triệu"), (3026, 3108, "tỉnh")),
            Placed(2174, (354, 377, "Š"), (731, 798, "hút"), (813, 881, "khí"), (897, 972, "độc"), (1376, 1456, "vốn"), (1472, 1543, "sửa"), (1560, 1662, "chữa")),
        ];
        return lines.SelectMany(l => l).ToList();
    }

    [Fact]
    public void Centred_columns_without_rules_are_found_from_the_wide_gutters_the_rows_split_at_together()
    {
        var words = CentredTableBelowBullets();

        var grid = Assert.Single(UnruledTableFinder.Find(words));
        var table = WrappedTableLines.Join(GridTableReader.Read(grid, words.Where(w => grid.Contains(w.Box)).ToList(), new Provenance("scan.pdf", 1, 0), 10));

        Assert.Equal(8, grid.Columns.Count);
        Assert.Equal(["Tiêu chí", "Nội dung cải tiến", "Giải pháp", "Phụ trách", "Thời gian", "Kinh phí", "Nguồn"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("Trồng bổ sung 30 cây bóng mát; lát gạch lối đi khu sân", table.Rows[1].CellAt(1)?.Text);
        Assert.Equal("Phó hiệu trưởng", table.Rows[1].CellAt(3)?.Text);
    }

    [Fact]
    public void Bulleted_prose_above_a_table_without_rules_stays_out_of_it()
    {
        var words = CentredTableBelowBullets();

        var grid = Assert.Single(UnruledTableFinder.Find(words));

        Assert.DoesNotContain(words.Where(w => grid.Contains(w.Box)), w => w.Text is "+" or "HOẠCH");
    }
}
