using System.Text;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Recovers the layout of a plain-text plan: tables (tab, one-cell-per-line, pipe, grid and space-aligned layouts),
/// headings, list items and paragraphs, re-joining paragraphs that were hard-wrapped (OCR, e-mail), without an e-mail's quote markers.</summary>
internal sealed class TextLayoutBuilder
{
    private static readonly ITableScanner[] Scanners =
        [new CsvTableScanner(), new WrappedTabTableScanner(), new OcrSidewaysTableScanner(), new OcrRowTableScanner(), new CellPerLineTableScanner(), new TabTableScanner(), new GridTableScanner(), new PipeTableScanner(), new AlignedColumnsTableScanner()];

    private readonly string _source;
    private readonly List<Block> _blocks = [];
    private Pending? _pending;

    public TextLayoutBuilder(string source) => _source = source;

    public IReadOnlyList<Block> Build(string text, CancellationToken cancellationToken)
    {
        var lines = CsvExportLines.Unwrap(EmailQuotes.Strip(text.Split('\n')));
        _hardWrapped = IsHardWrapped(lines);
        var blankBefore = false;
        var i = 0;
        while (i < lines.Length)
        {
            if ((i & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (LineShapes.IsBlank(line))
            {
                blankBefore = true;
                i++;
                continue;
            }
            var table = TryTable(lines, i);
            if (table is not null)
            {
                Flush();
                AddTable(table);
                i = table.End;
                blankBefore = false;
                continue;
            }
            AddLine(StripMarkup(LineShapes.WideGapsAsTabs(line)), blankBefore);
            blankBefore = false;
            i++;
        }
        Flush();
        return _blocks;
    }

    private static ScannedTable? TryTable(string[] lines, int i)
    {
        foreach (var scanner in Scanners)
        {
            var table = scanner.TryScan(lines, i);
            if (table is not null) return table;
        }
        return null;
    }

    private static string StripMarkup(string line) => line.Replace("**", "").Trim().Trim('\t').Trim();

    private void AddLine(string line, bool blankBefore)
    {
        if (line.Length == 0) return;
        if (_pending is { } p && ContinuesParagraph(p, line, blankBefore))
        {
            p.Text.Append(' ').Append(line);
            p.LastLine = line;
            return;
        }
        Flush();
        var (kind, level) = Classify(line);
        _pending = new Pending(kind, level, new StringBuilder(line)) { LastLine = line };
    }

    /// <summary>A hard-wrapped line continues the paragraph above when that paragraph has not ended its
    /// sentence and this line starts in lower case (across one blank line too: OCR and page breaks), or right
    /// under a long line that a mail client broke mid-sentence before a name ("huyện" / "Cẩm Xuyên", "Hóa -" / "Sinh").</summary>
    private bool ContinuesParagraph(Pending pending, string line, bool blankBefore)
    {
        if (pending.Kind == TextKind.Heading) return false;
        if (LineShapes.OpensBlock(line) || LineShapes.IsUpperCaseTitle(line)) return false;
        var text = pending.Text.ToString();
        if (LineShapes.EndsSentence(text)) return false;
        if (!LineShapes.StartsLowerCase(line)) return _hardWrapped && !blankBefore && BrokenMidSentence(pending.LastLine) && !OpensLabel(line) && !IsShortLabel(line);
        return !blankBefore || text.Length >= 40;
    }

    private bool _hardWrapped;

    /// <summary>Lines a mail client wrapped: none longer than its wrap column, several close to it.</summary>
    private static bool IsHardWrapped(string[] lines) =>
        lines.All(l => l.TrimEnd('\r').Length <= WrappedTabTableScanner.MaxWrappedLine) && lines.Count(l => l.TrimEnd('\r').Length >= WrappedLineLength) >= MinWrappedLines;

    private const int MinWrappedLines = 5;

    /// <summary>"Thời gian thực hiện": a short line that ends no sentence is a label or heading of its own.</summary>
    private static bool IsShortLabel(string line) => line.Length < LabelEnd && !LineShapes.EndsSentence(line);

    /// <summary>Shortest line a wrap at 72–78 columns leaves before a word that did not fit.</summary>
    private const int WrappedLineLength = 55;

    /// <summary>"Cách thực hiện: …": a labelled line starts a field of its own, whatever the line above; so does
    /// "Thời gian&lt;tab&gt;Quý I/2025", a label and its answer.</summary>
    private static bool OpensLabel(string line) => line.IndexOf(':') is >= 0 and < LabelEnd || line.Contains('\t');

    private const int LabelEnd = 40;

    private static bool BrokenMidSentence(string line) =>
        line.Length >= WrappedLineLength && !line.Contains('\t') && (char.IsLower(line[^1]) || line.EndsWith(" -", StringComparison.Ordinal) || line.EndsWith(','));

    private static (TextKind Kind, int? Level) Classify(string line)
    {
        if (LineShapes.IsRomanHeading(line)) return (TextKind.Heading, 1);
        if (LineShapes.IsUpperCaseTitle(line) && LineShapes.Bullet(line) is null) return (TextKind.Heading, 1);
        if (LineShapes.Bullet(line) is not null || LineShapes.Numbering(line) is not null) return (TextKind.ListItem, null);
        return (TextKind.Paragraph, null);
    }

    private void Flush()
    {
        if (_pending is null) return;
        _blocks.Add(new TextBlock(_pending.Kind, _pending.Text.ToString(), Next(), HeadingLevel: _pending.Level));
        _pending = null;
    }

    private void AddTable(ScannedTable table)
    {
        var width = table.Rows.Max(r => r.Count);
        // A line standing alone between row lines ("Tiêu chí 3.2: …") is written across the table, as Word's
        // full-width row is: one cell spanning every column.
        var rows = table.Rows
            .Select(cells => new TableRow([.. cells.Select((text, column) => new TableCell(column, CellText.Clean(text), cells.Count == 1 && width >= 3 ? width : 1))]))
            .ToList();
        _blocks.Add(new TableBlock(rows, Next()));
    }

    private Provenance Next() => new(_source, null, _blocks.Count);

    private sealed record Pending(TextKind Kind, int? Level, StringBuilder Text)
    {
        /// <summary>The last physical line joined into the paragraph.</summary>
        public string LastLine { get; set; } = "";
    }
}
