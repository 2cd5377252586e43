using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Analytics.Analysis.Classification;
using Xunit.Abstractions;

namespace Analytics.Cli.Tests.Acceptance;

/// <summary>The PDF report of the corpus as LibreOffice prints it (A4): the breakdown tables (Bảng 7–9, once a
/// single sixteen-column table, now the totals and the schools per gap category on their own) stand on
/// landscape pages with every header word and every amount whole on one line. Read back word by word with
/// poppler's pdftotext -bbox; the table pages are kept as PNG (screenshots/acceptance/report-pdf-*.png).</summary>
public sealed partial class ReportPrintAcceptanceTests(AcceptanceCorpus corpus, ITestOutputHelper output) : IClassFixture<AcceptanceCorpus>, IDisposable
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", "acceptance");
    private readonly string _out = Directory.CreateTempSubdirectory("plans-print-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task Breakdown_tables_print_on_landscape_pages_with_no_header_word_or_amount_broken()
    {
        var pdf = Path.Combine(_out, "bao-cao.pdf");
        var (exit, _, error) = await PlansCli.Run("report", "--format", "pdf", "--out", pdf, "--as-of", "2025-06-01", "--data", corpus.Data);
        Assert.True(exit == 0, error);

        var pages = Pages(Run("pdftotext", "-bbox", pdf, "-"));
        var tablePages = pages.Where(p => p.Words.Zip(p.Words.Skip(1)).Any(pair => pair.First == "Bảng" && pair.Second is "7." or "8." or "9.")).ToList();
        Assert.NotEmpty(tablePages);
        Assert.All(tablePages, p => Assert.True(p.Width > p.Height, $"page {p.Number} is not landscape"));

        var words = tablePages.SelectMany(p => p.Words).ToHashSet(StringComparer.Ordinal);
        string[] headers = ["Số trường", "Số kế hoạch", "Số nội dung", "Kinh phí (đồng)", .. GapCategories.All.Select(GapCategories.DisplayName)];
        var missing = headers.SelectMany(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, "header words broken across lines (not found whole): " + string.Join(", ", missing));
        // "5." before "Phân tích…" and "7." after "Bảng" are numbers of headings; a piece of an amount is followed by a number or nothing.
        var broken = tablePages.SelectMany(p => p.Words.Select((w, i) => (Word: w, Next: i + 1 < p.Words.Count ? p.Words[i + 1] : "")))
            .Where(x => BrokenNumber().IsMatch(x.Word) && (x.Next.Length == 0 || char.IsDigit(x.Next[0]) || x.Next[0] == '.'))
            .Select(x => x.Word).ToList();
        Assert.True(broken.Count == 0, "amounts broken across lines: " + string.Join(", ", broken));

        Directory.CreateDirectory(Screenshots);
        foreach (var page in tablePages)
            Run("pdftoppm", "-r", "70", "-png", "-singlefile", "-f", page.Number.ToString(), "-l", page.Number.ToString(), pdf, Path.Combine(Screenshots, $"report-pdf-p{page.Number}"));
        output.WriteLine($"table pages: {string.Join(", ", tablePages.Select(p => p.Number))}; screenshots in {Screenshots}");
    }

    [Fact]
    public async Task No_table_caption_is_left_at_the_foot_of_a_page_apart_from_its_table()
    {
        var pdf = Path.Combine(_out, "bao-cao-tinh.pdf");
        var (exit, _, error) = await PlansCli.Run("report", "--format", "pdf", "--out", pdf, "--as-of", "2025-06-01",
            "--filter", "province:\"Tuyên Quang\"", "--data", corpus.Data);
        Assert.True(exit == 0, error);

        var pages = PlacedWords(Run("pdftotext", "-bbox", pdf, "-"));
        var captions = 0;
        foreach (var (page, words) in pages.Select((w, i) => (i + 1, w)))
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i].Text != "Bảng" || !CaptionNumber().IsMatch(words[i + 1].Text) || words[i].X > 200) continue;
                // A table shown only in the workbook has a note in its place ("… có đầy đủ trong bản XLSX …"), no table.
                if (words.Skip(i).Take(40).Any(w => w.Text == "XLSX")) continue;
                captions++;
                var below = words.Any(w => w.Y > words[i].Y + 20);
                Assert.True(below, $"page {page}: the caption \"Bảng {words[i + 1].Text}\" is the last line of its page");
            }
        }
        Assert.True(captions >= 3, $"only {captions} table captions found");
    }

    private sealed record PlacedWord(string Text, double X, double Y);

    private static List<List<PlacedWord>> PlacedWords(string bbox) =>
        PageElement().Matches(bbox).Select(page => PlacedWordElement().Matches(page.Groups["body"].Value)
            .Select(m => new PlacedWord(WebUtility.HtmlDecode(m.Groups["t"].Value),
                double.Parse(m.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList()).ToList();

    [GeneratedRegex(@"<word xMin=""(?<x>[\d.]+)"" yMin=""(?<y>[\d.]+)""[^>]*>(?<t>[^<]*)</word>")]
    private static partial Regex PlacedWordElement();

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex CaptionNumber();

    private sealed record Page(int Number, double Width, double Height, IReadOnlyList<string> Words);

    private static List<Page> Pages(string bbox)
    {
        var pages = new List<Page>();
        foreach (Match page in PageElement().Matches(bbox))
        {
            var words = WordElement().Matches(page.Groups["body"].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            pages.Add(new Page(pages.Count + 1, double.Parse(page.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(page.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture), words));
        }
        return pages;
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [GeneratedRegex(@"<page width=""(?<w>[\d.]+)"" height=""(?<h>[\d.]+)"">(?<body>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex(@"<word [^>]*>([^<]*)</word>")]
    private static partial Regex WordElement();

    /// <summary>A piece of an amount: digits ending in a thousands dot, or a dot group without its head.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{3})*\.|\.\d{3}(?:\.\d{3})*)$")]
    private static partial Regex BrokenNumber();
}
