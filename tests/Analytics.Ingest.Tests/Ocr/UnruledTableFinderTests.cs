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
}
