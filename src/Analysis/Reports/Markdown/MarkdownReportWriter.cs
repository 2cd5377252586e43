using System.Text;

namespace Analytics.Analysis.Reports.Markdown;

/// <summary>The report as Markdown (also the terminal summary): headings, paragraphs, pipe tables;
/// charts appear as their data tables.</summary>
public sealed class MarkdownReportWriter(ReportWriterOptions? options = null) : IReportWriter
{
    private readonly ReportWriterOptions _options = options ?? ReportWriterOptions.Default;

    public void Write(ReportDocument report, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Render(report));
    }

    public string Render(ReportDocument report)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(report.Title)).AppendLine();
        md.Append('*').Append(Escape(report.Subtitle)).AppendLine("*").AppendLine();
        foreach (var p in report.Summary) md.AppendLine(Escape(p)).AppendLine();
        foreach (var section in report.Sections)
        {
            md.Append("## ").AppendLine(Escape(section.Heading)).AppendLine();
            foreach (var p in section.Paragraphs) md.AppendLine(Escape(p)).AppendLine();
            foreach (var chart in section.Charts)
            {
                md.Append("**").Append(Escape(chart.Title)).AppendLine("**").AppendLine();
                md.Append("| | ").Append(Escape(chart.ValueAxis)).AppendLine(" |").AppendLine("|---|---:|");
                foreach (var bar in chart.Bars) md.Append("| ").Append(Escape(bar.Label)).Append(" | ").Append(VietnameseNumbers.Integer((long)bar.Value)).AppendLine(" |");
                md.AppendLine();
            }
            foreach (var table in section.Tables) Table(md, table);
        }
        return md.ToString();
    }

    private void Table(StringBuilder md, ReportTable table)
    {
        if (table.WorkbookOnly)
        {
            md.AppendLine(Escape(ReportWriterOptions.WorkbookOnlyNote(table))).AppendLine();
            return;
        }
        md.Append("**").Append(Escape(table.Title)).AppendLine("**").AppendLine();
        if (table.Rows.Count == 0)
        {
            md.AppendLine("(không có dòng nào)").AppendLine();
            return;
        }
        md.Append("| ").AppendJoin(" | ", table.Columns.Select(c => Escape(c.Header))).AppendLine(" |");
        md.Append('|').AppendJoin("|", table.Columns.Select(c => c.Kind == CellKind.Text ? "---" : "---:")).AppendLine("|");
        foreach (var row in table.Rows.Take(_options.MaxInlineRows))
        {
            md.Append("| ").AppendJoin(" | ", row.Select(c => Escape(c.Text))).AppendLine(" |");
        }
        md.AppendLine();
        if (table.Rows.Count > _options.MaxInlineRows)
            md.AppendLine(ReportWriterOptions.TruncationNote(_options.MaxInlineRows, table.Rows.Count)).AppendLine();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("*", "\\*").Replace("_", "\\_").Replace("\r", " ").Replace("\n", " ");
}
