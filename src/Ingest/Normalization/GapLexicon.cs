using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>One keyword hit of <see cref="GapLexicon.Explain"/>: which category, which keyword, where, and
/// why it might not count: its clause says the facility is already fine, its clause says nothing either
/// way, it is part of a criterion heading ("Tiêu chí 3.6: Thư viện"), or it is only a reference: the
/// room being converted ("cải tạo phòng kho thành phòng đọc"), an existing one ("dãy phòng học hiện có"),
/// the place or beneficiary of another thing ("lọc nước cho bếp"), devices that are an office's or a
/// kitchen's own ("máy in cho văn phòng"), something only used ("sử dụng thiết bị"), or repair work on
/// what is no building ("sửa chữa máy chiếu", "lát lại sân trường"). See <see cref="GapReferences"/>.</summary>
public sealed record GapHit(string Category, string Keyword, int Start, int Length, bool StatedFine, bool Neutral = false, bool InHeading = false, bool Reference = false);

/// <summary>How <see cref="GapLexicon.Classify(string, GapLexiconOptions)"/> counts hits.</summary>
/// <param name="NeutralCountsAsGap">Whether a facility named with no word of lack or of being fine counts
/// (true suits weakness lists and plan items; false suits descriptive prose).</param>
/// <param name="PlannedWork">The text describes work the plan will do (an item's target and actions): its
/// wording of the result ("Thư viện đạt chuẩn", "đủ 45 máy tính") is the goal, not a claim that the
/// facility is already fine, so statements of being fine do not excuse a hit.</param>
public sealed record GapLexiconOptions(bool NeutralCountsAsGap = true, bool PlannedWork = false)
{
    public static GapLexiconOptions Default { get; } = new();
    public static GapLexiconOptions ForPlanItems { get; } = new(PlannedWork: true);
}

/// <summary>A transparent keyword classifier for the facility-gap categories of the record contract.
/// Accent- and case-insensitive, whole words only, longest keyword first ("phòng học bộ môn" is a
/// function room, not a classroom). A hit does not count when its clause only says the facility is fine
/// ("Thư viện đạt chuẩn", "đã có nhà đa năng") and says nothing of a lack or of work to do.</summary>
public static class GapLexicon
{
    // Keywords and the phrases that hide them (category ""), longest first: the longest phrase claims the words.
    private static readonly GapTerm[] Keywords = GapLexiconData.Categories
        .SelectMany(c => c.Keywords.Select(k => GapTerm.Make(k, c.Category)))
        .Concat(GapLexiconData.NotFacilities.Select(k => GapTerm.Make(k)))
        .OrderByDescending(t => t.Folded.Length)
        .ToArray();

    // Criterion and standard names of the three circulars, so a heading naming one is not read as a gap.
    private static readonly string[] HeadingNames = new[] { "tieu-hoc", "thcs", "mam-non" }
        .SelectMany(level => CriteriaCatalogue.For(level).SelectMany(c => c.Aliases.Append(c.Name).Append(c.StandardName)))
        .Select(n => FoldedText.Fold(VietnameseFolding.Nfc(n)))
        .Distinct()
        .OrderByDescending(n => n.Length)
        .ToArray();

    private static readonly System.Text.RegularExpressions.Regex HeadingLead = new(
        @"\b(?:tieu\s*chi|tieu\s*chuan|tc)\s*\d{1,2}(?:\s*\.\s*\d{1,2})?\s*[.:\-–]?\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly GapTerm[] GapMarkers = GapLexiconData.GapMarkers.Select(k => GapTerm.Make(k)).ToArray();
    private static readonly GapTerm[] FineMarkers = GapLexiconData.FineMarkers.Select(k => GapTerm.Make(k)).ToArray();

    /// <summary>The eleven categories, in the contract's order.</summary>
    public static IReadOnlyList<string> Categories { get; } = GapLexiconData.Categories.Select(c => c.Category).ToArray();

    /// <summary>The categories the text reports as lacking or plans to fix, in the contract's order.</summary>
    public static IReadOnlyList<string> Classify(string text) => Classify(text, GapLexiconOptions.Default);

    public static IReadOnlyList<string> Classify(string text, GapLexiconOptions options)
    {
        // "Đến năm 2026, thư viện đạt chuẩn mức độ 1": a sentence led by its deadline states a target.
        var planned = options.PlannedWork || StartsWithTarget(text);
        var hit = Explain(text)
            .Where(h => (planned || !h.StatedFine) && !h.InHeading && !h.Reference && (options.NeutralCountsAsGap || !h.Neutral))
            .Select(h => h.Category)
            .ToHashSet();
        return Categories.Where(hit.Contains).ToArray();
    }

    private static readonly string[] TargetLeads = ["den nam", "den het nam", "phan dau", "muc tieu", "chi tieu", "den cuoi nam"];

    private static bool StartsWithTarget(string text)
    {
        var folded = FoldedText.Fold(VietnameseFolding.Nfc(text.TrimStart(' ', '-', '+', '*', '•', '\t')));
        return TargetLeads.Any(l => folded.StartsWith(l, StringComparison.Ordinal));
    }

    /// <summary>Every keyword hit, including those whose clause states the facility is fine.</summary>
    public static IReadOnlyList<GapHit> Explain(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var original = VietnameseFolding.Nfc(text);
        var folded = FoldedText.Fold(original);
        var clauses = Clauses(original, folded);
        var claimed = new bool[folded.Length];
        var headings = Headings(folded);
        var hits = new List<GapHit>();
        foreach (var term in Keywords)
        {
            foreach (var at in term.In(original, folded))
            {
                if (Array.IndexOf(claimed, true, at, term.Folded.Length) >= 0) continue;
                Array.Fill(claimed, true, at, term.Folded.Length);
                if (term.Category.Length == 0) continue;
                var clause = clauses.First(c => at >= c.Start && at < c.End);
                var inHeading = headings.Any(h => at >= h.Start && at < h.End);
                hits.Add(new GapHit(term.Category, term.Accented, at, term.Folded.Length, clause.Fine, clause.Neutral, inHeading));
            }
        }
        foreach (var (start, length) in GapWiring.Worn(original, folded, hits).ToList())
        {
            var clause = clauses.First(c => start >= c.Start && start < c.End);
            hits.Add(new GapHit("sua-chua", original.Substring(start, length).ToLowerInvariant(), start, length, clause.Fine && !clause.HasGap));
        }
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return GapReferences.Mark(hits, original, folded);
    }

    private readonly record struct Clause(int Start, int End, bool HasGap, bool HasFine)
    {
        public bool Fine => HasFine && !HasGap;
        public bool Neutral => !HasFine && !HasGap;
    }

    /// <summary>Spans of "Tiêu chí 3.6: Thư viện" / "Tiêu chuẩn 3: Cơ sở vật chất…" where the name is the
    /// whole field: it ends the text, a line, a cell (tab), an HTML paragraph or a sentence.</summary>
    private static List<(int Start, int End)> Headings(string folded)
    {
        var spans = new List<(int, int)>();
        foreach (System.Text.RegularExpressions.Match lead in HeadingLead.Matches(folded))
        {
            var at = lead.Index + lead.Length;
            foreach (var name in HeadingNames)
            {
                if (string.CompareOrdinal(folded, at, name, 0, name.Length) != 0) continue;
                var end = at + name.Length;
                var rest = folded.AsSpan(end).TrimStart(" .:;".AsSpan());
                var closes = rest.Length == 0 || rest[0] is '\t' or '\n' or '\r' or '<'
                             || (end < folded.Length && folded[end] is '.' or ';' or ':');
                if (closes) spans.Add((lead.Index, end));
                break;
            }
        }
        return spans;
    }

    /// <summary>Splits at sentence and comma boundaries; a clause that says neither "lacking" nor "fine"
    /// takes its verdict from the next clause that does ("Thư viện, phòng y tế đạt chuẩn").</summary>
    private static List<Clause> Clauses(string original, string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && !GapTextBounds.IsBoundary(folded, i, GapScope.Clause)) continue;
            if (i > start)
            {
                // "được đầu tư", "được trang bị": a fine phrase holding a word of work to do is only fine.
                var fineSpans = FineMarkers.SelectMany(m => m.In(original, folded, start, i).Select(at => (at, End: at + m.Folded.Length))).ToList();
                var gap = GapMarkers.Any(m => m.In(original, folded, start, i).Any(at => !fineSpans.Any(f => at >= f.at && at + m.Folded.Length <= f.End)));
                var fine = fineSpans.Count > 0;
                clauses.Add(new Clause(start, i + 1, gap, fine));
            }
            start = i + 1;
        }
        if (clauses.Count == 0) clauses.Add(new Clause(0, folded.Length + 1, false, false));
        for (var i = clauses.Count - 2; i >= 0; i--)
        {
            if (clauses[i].HasGap || clauses[i].HasFine) continue;
            var next = clauses[i + 1];
            clauses[i] = clauses[i] with { HasGap = next.HasGap, HasFine = next.HasFine };
        }
        // Cover the separators themselves so every offset lies in a clause.
        var covered = new List<Clause>(clauses.Count);
        var from = 0;
        foreach (var c in clauses)
        {
            covered.Add(c with { Start = from });
            from = c.End;
        }
        covered[^1] = covered[^1] with { End = folded.Length + 1 };
        return covered;
    }
}
