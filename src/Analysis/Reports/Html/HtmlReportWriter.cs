using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Analysis.Charts;

namespace Analytics.Analysis.Reports.Html;

/// <summary>The report as one self-contained HTML file: inline CSS, inline SVG charts, tables sortable by
/// clicking a header (numbers sort by value). Every text from the data is HTML-escaped.</summary>
public sealed class HtmlReportWriter(ReportWriterOptions? options = null) : IReportWriter
{
    private readonly ReportWriterOptions _options = options ?? ReportWriterOptions.Default;

    public void Write(ReportDocument report, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Render(report));
    }

    /// <summary>The downloaded file is opened from disk, outside any server's headers: it carries its own
    /// policy. Its script and style are inline; nothing may be fetched, framed or submitted.</summary>
    public const string ContentPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

    public string Render(ReportDocument report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(report.Title)).Append("</title>\n<style>").Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(E(report.Subtitle)).Append("</p>\n");
        html.Append("<section class=\"summary\">\n");
        foreach (var p in report.Summary) html.Append("<p>").Append(E(p)).Append("</p>\n");
        html.Append("</section>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<section>\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var p in section.Paragraphs) html.Append("<p>").Append(E(p)).Append("</p>\n");
            foreach (var chart in section.Charts) html.Append("<figure id=\"").Append(E(chart.Id)).Append("\">").Append(SvgBarChart.Render(chart)).Append("</figure>\n");
            foreach (var table in section.Tables) Table(html, table);
            html.Append("</section>\n");
        }
        html.Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void Table(StringBuilder html, ReportTable table)
    {
        if (table.WorkbookOnly)
        {
            html.Append("<p class=\"note\">").Append(E(ReportWriterOptions.WorkbookOnlyNote(table))).Append("</p>\n");
            return;
        }
        html.Append("<h3>").Append(E(table.Title)).Append("</h3>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<p class=\"empty\">Không có dòng nào.</p>\n");
            return;
        }
        html.Append("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th data-kind=\"").Append(column.Kind == CellKind.Text ? "text" : "number").Append("\" title=\"Bấm để sắp xếp\">")
                .Append(E(column.Header)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows.Take(_options.MaxInlineRows))
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var numeric = table.Columns[i].Kind != CellKind.Text;
                html.Append(numeric ? "<td class=\"num\"" : "<td");
                if (cell.Number is { } n) html.Append(" data-value=\"").Append(n.ToString("R", CultureInfo.InvariantCulture)).Append('"');
                html.Append('>');
                if (cell.Link is { } link && ReportLinks.IsSafe(link)) html.Append("<a href=\"").Append(E(link)).Append("\">").Append(E(cell.Text)).Append("</a>");
                else html.Append(E(cell.Text));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        if (table.Rows.Count > _options.MaxInlineRows)
            html.Append("<p class=\"note\">").Append(E(ReportWriterOptions.TruncationNote(_options.MaxInlineRows, table.Rows.Count))).Append("</p>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
