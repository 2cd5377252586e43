using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>What a plan says about itself before its content: title, number, date, period, school, level,
/// circular, and the text lines (letterhead cells included) the place is read from.</summary>
internal sealed record PlanHead(
    TitleReader.Title? Title,
    string? Number,
    IssueDateReader.IssueDate? Date,
    int? PeriodStart,
    int? PeriodEnd,
    string? School,
    string? Level,
    string? Regulation,
    IReadOnlyList<string> AllText)
{
    private const int HeaderZone = 20;

    public static PlanHead Read(IReadOnlyList<Block> blocks, string source, WarningSink warnings)
    {
        var texts = blocks.OfType<TextBlock>().ToList();
        var layoutCells = LetterheadCells(blocks, source);
        var head = layoutCells.Take(HeaderZone).Concat(texts.Take(HeaderZone)).ToList();
        var title = TitleReader.Read(blocks);
        var (periodStart, periodEnd) = title is null ? (null, null) : (title.PeriodStart, title.PeriodEnd);
        if (periodStart is null) (periodStart, periodEnd) = PeriodFromBody(texts);
        var school = SchoolNameReader.Read(blocks);
        var allText = layoutCells.Concat(texts).Select(t => t.Text).ToList();
        var level = Normalizers.Level(school ?? "") ?? (title is null ? null : Normalizers.Level(title.Text));
        var regulation = RegulationReader.Read(allText, level);
        level ??= RegulationReader.LevelOf(regulation);
        if (school is null) warnings.Add("school.name", "no \"Trường …\" name found");
        var (number, date) = OwnNumberAndDate(head);
        return new PlanHead(title, number, date, periodStart, periodEnd, school, level, regulation, allText);
    }

    /// <summary>The plan's number ("…/KH-…") and the date written with it: a cover letter (Tờ trình, Công văn) or
    /// a decision may come first with its own; they pair in order, the k-th number with the k-th date.</summary>
    private static (string? Number, IssueDateReader.IssueDate? Date) OwnNumberAndDate(List<TextBlock> head)
    {
        var numbers = head.Select(t => DocumentNumberReader.Read(t.Text)).Where(r => r.Found).Select(r => r.Number).ToList();
        var dates = head.Select(t => IssueDateReader.Read(t.Text)).OfType<IssueDateReader.IssueDate>().ToList();
        var own = numbers.FindIndex(n => n is not null && n.Contains("/KH", StringComparison.Ordinal));
        if (own <= 0 || dates.Count != numbers.Count) return (numbers.FirstOrDefault(), dates.FirstOrDefault());
        return (numbers[own], dates[own]);
    }

    /// <summary>DOCX letterheads put the office, number and date in a borderless table; their cells count as text.</summary>
    private static List<TextBlock> LetterheadCells(IReadOnlyList<Block> blocks, string source) =>
        blocks.OfType<TableBlock>().Where(t => t.Rows.Count <= 3 && t.ColumnCount <= 3)
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Text.Split('\n')))
            .Where(t => t.Trim().Length > 0)
            .Select(t => new TextBlock(TextKind.Paragraph, t.Trim(), new Provenance(source, null, 0)))
            .ToList();

    private static (int?, int?) PeriodFromBody(IEnumerable<TextBlock> texts)
    {
        foreach (var text in texts.Take(40))
        {
            var folded = Folded.Of(text.Text);
            var at = folded.IndexOf("nam hoc", StringComparison.Ordinal);
            if (at < 0) continue;
            var (from, to) = TitleReader.Period(folded.Substring(at, Math.Min(24, folded.Length - at)));
            if (from is not null) return (from, to);
        }
        return (null, null);
    }
}
