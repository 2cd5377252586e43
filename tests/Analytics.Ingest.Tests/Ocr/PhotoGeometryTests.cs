using Analytics.Ingest.Model;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Twins;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>The geometry of phone photos of printed plans (the committed photo twins, made by
/// scripts/make-print-twins.sh: perspective, tilt, light falling off across the sheet, a page that does not lie
/// flat), read through the product's default pipeline.</summary>
public sealed class PhotoGeometryTests
{
    private static string Photo(string name) => Path.Combine(TwinMeasurement.CommittedFolder, "photo", name);

    /// <summary>Regression: thpt-thanh-phu's photographed self-assessment table gave no assessment at all. The page
    /// was sheared (a darkened corner of the sheet was cut short) and curled, so the table's rules slanted, the
    /// grid lost its columns and every "x" ran into the criterion text.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Photographed_assessment_table_on_a_curled_page_gives_every_row()
    {
        var files = new[] { "thpt-thanh-phu-p1.jpg", "thpt-thanh-phu-p2.jpg", "thpt-thanh-phu-p3.jpg" }.Select(Photo).ToList();

        var result = TwinMeasurement.Measure(new Twin("photo", "thpt-thanh-phu", files), DefaultPipeline.Create());

        Assert.Equal(10, result.Score.Assessment.Expected);
        Assert.True(result.Score.Assessment.F1 >= 0.95, $"assessment F1 {result.Score.Assessment.F1:F3}");
    }

    /// <summary>Regression: thpt-hai-lang's photographed plan read its self-assessment table as plan items (17
    /// extra items, 13 of 28 assessment rows lost). The straightened, flattened sheet kept a dark outermost pixel
    /// column (the paper's rim, and the dewarp's fill at the border); taken as a page-tall vertical rule it joined the
    /// plan table and the assessment table into one grid as wide as the sheet.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Dark_rim_of_a_straightened_photo_does_not_join_its_tables()
    {
        var files = Enumerable.Range(1, 4).Select(p => Path.Combine(PrintedPages.Folder, $"thpt-hai-lang-photo-p{p}.jpg")).ToList();

        var result = TwinMeasurement.Measure(new Twin("photo", "thpt-hai-lang", files), DefaultPipeline.Create());

        Assert.Equal(28, result.Score.Assessment.Expected);
        Assert.True(result.Score.Assessment.F1 >= 0.95, $"assessment F1 {result.Score.Assessment.F1:F3}");
        Assert.True(result.Score.Criterion.F1 >= 0.9, $"criterion F1 {result.Score.Criterion.F1:F3}");
    }

    /// <summary>Regression: page 2 of lc-th-thcs-tra-don's photographed plan (a table row continued from page 1 under a
    /// repeated header) was read as one cell spanning the whole page with a doubled table inside it ("Nội dung cải Nội
    /// dung cải tiến tiến"), so the continued row's end date was lost. The straightened sheet kept its rim at the border,
    /// and the deskew after straightening turned it by 0.3°: one end ran a few millimetres into the page, past the rule
    /// finder's edge margin, and framed the page as a table of its own.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Rim_of_a_straightened_photo_turned_by_deskew_frames_no_table()
    {
        var read = DefaultPipeline.Create().Read(SourceFile.FromPath(PrintedPages.PathOf("lc-th-thcs-tra-don-photo-p2.jpg")));

        Assert.True(read.IsSuccess, read.Error);
        Assert.Contains(read.Value.Warnings, w => w.Contains("deskewed"));
        var tables = read.Value.Blocks.OfType<TableBlock>().ToList();
        Assert.All(tables, t => Assert.True(t.ColumnCount <= 7, $"{t.ColumnCount} columns: the page's rim made a column"));
        var cells = tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        Assert.Contains(cells, c => c.Contains("4/2025"));
        Assert.DoesNotContain(cells, c => c.Contains("Nội dung cải Nội dung"));
    }

    /// <summary>Regression: mn-hoa-sua's photographed plan table merged its first three rows in the budget and
    /// timeline columns (6 triệu and 18.500.000 summed into one item of no criterion). Even flattened, the page's
    /// rules bowed by a few pixels towards the sides, the one-pixel-high inch brick kept only their middles, and the
    /// columns left without a rule between rows had none.</summary>
    [Fact]
    [Trait("Category", "Twins")]
    public void Rules_still_bowed_after_dewarping_separate_every_row()
    {
        var files = new[] { "mn-hoa-sua-p1.jpg", "mn-hoa-sua-p2.jpg", "mn-hoa-sua-p3.jpg" }.Select(Photo).ToList();

        var result = TwinMeasurement.Measure(new Twin("photo", "mn-hoa-sua", files), DefaultPipeline.Create());

        Assert.True(result.Score.Budget.F1 >= 0.95, $"budget F1 {result.Score.Budget.F1:F3}");
        Assert.True(result.Score.Criterion.F1 >= 0.95, $"criterion F1 {result.Score.Criterion.F1:F3}");
    }

    /// <summary>Regression: light falling off towards one corner made that corner of the sheet darker than one
    /// threshold for the whole picture, the corner was found inside the paper and the straightened page lost its
    /// footer line. Edges fitted per scanline keep the whole sheet. (The footer is read as page furniture, apart
    /// from the body, since running lines are recognised on scans; either way it must have been read.)</summary>
    [Fact]
    public void Sheet_darkened_towards_one_corner_keeps_its_footer()
    {
        var read = DefaultPipeline.Create().Read(SourceFile.FromPath(Photo("thpt-thanh-phu-p1.jpg")));

        Assert.True(read.IsSuccess, read.Error);
        var text = string.Join("\n", read.Value.Blocks.Concat(read.Value.Furniture).OfType<TextBlock>().Select(b => b.Text));
        Assert.Contains("Trường THPT Thạnh Phú - Kế hoạch cải tiến chất lượng năm 2025 - Trang 1", text);
    }

    /// <summary>Regression: a curled page whose text is mostly one ruled table got no dewarp model (Leptonica found
    /// 7 text lines, all but one in the bottom half: the table's rules, joined by its vertical rules and thinner
    /// than the 4 px Leptonica keeps, did not count). Fed the rules as lines, page 2 of thpt-thanh-phu is modelled
    /// and flattened.</summary>
    [Fact]
    public void Curled_table_page_gets_a_dewarp_model()
    {
        var read = DefaultPipeline.Create().Read(SourceFile.FromPath(Photo("thpt-thanh-phu-p2.jpg")));

        Assert.True(read.IsSuccess, read.Error);
        Assert.Contains(read.Value.Warnings, w => w.Contains("curled page flattened"));
    }

    /// <summary>A phone writes a nominal 72 dpi into every photo (or no density at all), however near it held the
    /// page. Taken at its word the page would be blown up fourfold; taken as the 300 dpi assumed for files without a
    /// density, a sheet that got ~180 pixels per inch of paper was read unscaled, its rules and strokes judged by an
    /// inch 1.7 times too long (mn-hoa-sua's photos lost every item). The straightened A4 sheet's own size gives its
    /// resolution, and the page is scaled up like a low-resolution scan.</summary>
    [Fact]
    public void Photo_is_read_at_its_sheets_own_resolution_whatever_density_the_file_states()
    {
        var photo = File.ReadAllBytes(Photo("thcs-duc-manh-p1.jpg"));
        var stated72 = WithJfifDensity(photo, 72);

        foreach (var bytes in new[] { photo, stated72 })
        {
            var read = DefaultPipeline.Create().Read(new SourceFile("IMG_20261201_0912.jpg", bytes));

            Assert.True(read.IsSuccess, read.Error);
            var scaled = Assert.Single(read.Value.Warnings, w => w.Contains("scaled from"));
            var dpi = int.Parse(System.Text.RegularExpressions.Regex.Match(scaled, @"scaled from (\d+) to 300 dpi").Groups[1].Value);
            // Printed at 180 dpi and photographed from a little further: the sheet holds 160–185 pixels per inch.
            Assert.InRange(dpi, 160, 185);
        }
    }

    /// <summary>The photo with its JFIF header saying <paramref name="dpi"/> dots per inch, as a phone's camera writes it.</summary>
    private static byte[] WithJfifDensity(byte[] jpeg, int dpi)
    {
        var copy = (byte[])jpeg.Clone();
        Assert.Equal("JFIF", System.Text.Encoding.ASCII.GetString(copy, 6, 4));
        copy[13] = 1; // units: dots per inch
        copy[14] = copy[16] = (byte)(dpi >> 8);
        copy[15] = copy[17] = (byte)(dpi & 0xFF);
        return copy;
    }
}
