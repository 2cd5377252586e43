using System.Text;
using Xunit.Abstractions;

namespace Analytics.Analysis.Tests.Reports;

public sealed class HtmlReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Html_report_is_self_contained_and_escapes_every_text_from_the_data()
    {
        var html = Encoding.UTF8.GetString(SampleReport.Bytes("html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.Contains("Tỉnh &lt;b&gt;X&lt;/b&gt;", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.Equal(3, CountOf(html, "<svg "));
        Assert.Contains("class=\"sortable\"", html);
    }

    [Fact]
    public void Html_report_renders_in_headless_Chromium_without_console_errors()
    {
        var chromium = ExternalTool.Find("chromium", "chromium-browser", "google-chrome");
        if (chromium is null)
        {
            output.WriteLine("chromium not installed: rendering not checked");
            return;
        }
        var dir = Directory.CreateTempSubdirectory("report-html-");
        try
        {
            var file = Path.Combine(dir.FullName, "bao-cao.html");
            // A click on a header runs the sorting script too, so its errors would show.
            var html = Encoding.UTF8.GetString(SampleReport.Bytes("html"))
                .Replace("</body>", "<script>document.querySelectorAll('th').forEach(function(t){t.click();t.click();});document.body.setAttribute('data-sorted','yes');</script></body>");
            File.WriteAllText(file, html);
            var (code, stdout, stderr) = ExternalTool.Run(chromium,
                ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + Path.Combine(dir.FullName, "profile"),
                 "--virtual-time-budget=3000", "--dump-dom", "file://" + file], TimeSpan.FromMinutes(2));
            var console = stderr.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
            foreach (var line in console) output.WriteLine(line);
            Assert.Equal(0, code);
            Assert.Contains("data-sorted=\"yes\"", stdout);
            Assert.Contains("BÁO CÁO TỔNG HỢP", stdout);
            Assert.Empty(console);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
