using System.Text.RegularExpressions;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Every text an expected record quotes (criterion names, targets, actions, leads, funding,
/// timeline and budget texts, weaknesses, notes, numbers) occurs word for word in the document's source:
/// the text file itself, or <c>corpus/sources/X.md</c> for Word and PDF samples, or, for a document typed
/// without diacritics, its accented truth <c>corpus/labels/X.accented.txt</c>, or, for a text saved in a
/// legacy Vietnamese code page, its Unicode text <c>corpus/labels/X.ENCODING.txt</c> (e.g.
/// <c>X.windows-1258.txt</c>). Catches typos in the hand-made expectations.</summary>
public sealed partial class ExpectedTextTests
{
    public static TheoryData<string> Documents() => GoldenCorpus.Cases();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Quoted_texts_occur_in_the_document_source(string document)
    {
        var accented = AccentedTruthPath(document);
        var legacy = LegacyTruth(document);
        var sourcePath = File.Exists(accented) ? accented
            : legacy is not null ? legacy.Value.Path
            : document.EndsWith(".txt", StringComparison.Ordinal) ? GoldenCorpus.DocumentPath(document)
            : Path.Combine(GoldenCorpus.Folder, "sources", Path.GetFileNameWithoutExtension(document) + ".md");
        Assert.True(File.Exists(sourcePath), $"no source text for {document} at {sourcePath}");
        var text = File.ReadAllText(sourcePath);
        var source = Flatten(text) + " \n " + Flatten(GridTableCells(text));

        var missing = new List<string>();
        foreach (var plan in ExpectedOutcome.Load(GoldenCorpus.ExpectedPath(document)).Plans)
        {
            var quoted = new List<string?> { plan.Document.Number };
            foreach (var item in plan.Items)
                quoted.AddRange([item.CriterionName, item.Target, item.Actions, item.Lead, item.Funding, item.Timeline?.Text, item.Budget?.Text]);
            quoted.AddRange(plan.Weaknesses);
            quoted.AddRange(plan.Assessments.Select(a => a.Note));
            missing.AddRange(quoted.OfType<string>().Where(q => !Occurs(q, source)));
        }
        Assert.True(missing.Count == 0, $"{document}: not in the source:\n  " + string.Join("\n  ", missing));
    }

    /// <summary>A quoted text occurs whole, or, for a value joined from several cells with "; " (a budget
    /// split over source columns: "150.000.000; 80.000.000", "Ngân sách; Xã hội hóa"), part by part.</summary>
    private static bool Occurs(string quoted, string source) =>
        source.Contains(Flatten(quoted), StringComparison.Ordinal)
        || (quoted.Contains("; ", StringComparison.Ordinal)
            && quoted.Split("; ").All(part => source.Contains(Flatten(part), StringComparison.Ordinal)));

    public static TheoryData<string> UnaccentedDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var document in GoldenCorpus.Documents().Where(d => File.Exists(AccentedTruthPath(d)))) data.Add(document);
        return data;
    }

    /// <summary>A document typed without diacritics is exactly its accented truth with the marks removed
    /// (đ → d, case kept), so the truth can serve both the expected record and diacritic-restoration scoring.</summary>
    [Theory]
    [MemberData(nameof(UnaccentedDocuments))]
    public void Unaccented_document_is_its_accented_truth_without_marks(string document)
    {
        var typed = File.ReadAllText(GoldenCorpus.DocumentPath(document));
        var truth = File.ReadAllText(AccentedTruthPath(document));
        Assert.True(typed.All(char.IsAscii), $"{document} still has non-ASCII characters");
        Assert.NotEqual(typed, truth);
        Assert.Equal(StripMarks(truth), typed);
    }

    /// <summary>A document saved in a legacy code page is exactly its Unicode truth in that code page (the
    /// truth's file name names it), so the expected record can be checked against readable text. A fact over
    /// all such documents, since a folder may hold none.</summary>
    [Fact]
    public void Legacy_encoded_documents_are_their_unicode_truth_in_the_named_code_page()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        foreach (var document in GoldenCorpus.Documents())
        {
            if (LegacyTruth(document) is not { } truth) continue;
            var (path, encoding) = truth;
            var bytes = File.ReadAllBytes(GoldenCorpus.DocumentPath(document));
            Assert.Contains(bytes, b => b >= 0x80);
            var decoded = System.Text.Encoding.GetEncoding(encoding).GetString(bytes).Normalize(System.Text.NormalizationForm.FormC);
            Assert.Equal(File.ReadAllText(path), decoded);
        }
    }

    /// <summary>The Unicode truth of a legacy-encoded text: <c>labels/X.ENCODING.txt</c> for a code page .NET knows.</summary>
    private static (string Path, string Encoding)? LegacyTruth(string document)
    {
        var labels = Path.Combine(GoldenCorpus.Folder, "labels");
        if (!Directory.Exists(labels)) return null;
        var stem = Path.GetFileNameWithoutExtension(document) + ".";
        foreach (var path in Directory.EnumerateFiles(labels, stem + "*.txt"))
        {
            var encoding = Path.GetFileNameWithoutExtension(path)[stem.Length..];
            if (encoding.StartsWith("windows-", StringComparison.Ordinal) || encoding.StartsWith("ibm", StringComparison.Ordinal))
                return (path, encoding);
        }
        return null;
    }

    private static string AccentedTruthPath(string document) =>
        Path.Combine(GoldenCorpus.Folder, "labels", Path.GetFileNameWithoutExtension(document) + ".accented.txt");

    private static string StripMarks(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ => c })
            .ToArray());

    /// <summary>Markup (cell separators, line breaks, HTML paragraphs, bold marks) and runs of
    /// whitespace become single spaces, as when a cell's lines are joined. Review markup of a source
    /// (<c>[-deleted-]</c>, <c>[+inserted+]</c>, <c>[# comment #]</c>) reads as the text with every change
    /// accepted and no comment. The quote markers of an e-mail (<c>&gt;</c>, <c>&gt;&gt;</c> at the start of
    /// a line) are not text, so a quoted paragraph reads across its wrapped lines.</summary>
    private static string Flatten(string text) =>
        Whitespace().Replace(Markup().Replace(Review().Replace(QuoteMarks().Replace(text, ""), m => m.Groups[1].Value), " "), " ").Trim();

    /// <summary>The cells of plain-text grid tables (<c>+----+----+</c> rules, <c>|</c>-separated lines,
    /// a cell's text wrapped over several lines), each cell's lines joined, one cell per line: the
    /// texts a reader takes from such a table.</summary>
    private static string GridTableCells(string text)
    {
        var cells = new List<string>();
        List<List<string>>? row = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (GridRule().IsMatch(line))
            {
                if (row is not null) cells.AddRange(row.Select(c => string.Join(' ', c)));
                row = [];
                continue;
            }
            if (row is null || !line.StartsWith('|')) { row = null; continue; }
            var parts = line.Trim('|').Split('|');
            while (row.Count < parts.Length) row.Add([]);
            for (var i = 0; i < parts.Length; i++)
                if (parts[i].Trim().Length > 0) row[i].Add(parts[i].Trim());
        }
        return string.Join('\n', cells);
    }

    [GeneratedRegex(@"^\+(?:[-=]+\+)+\s*$")]
    private static partial Regex GridRule();

    [GeneratedRegex(@"\[-.*?-\]|\[#.*?#\]|\[\+(.*?)\+\]", RegexOptions.Singleline)]
    private static partial Regex Review();

    [GeneratedRegex(@"<br>|</?p>|</?strong>|\*\*|\|")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^(?:> ?)+", RegexOptions.Multiline)]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
