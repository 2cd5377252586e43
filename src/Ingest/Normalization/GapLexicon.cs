using System.Text;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>One keyword hit of <see cref="GapLexicon.Explain"/>: which category, which keyword, where, and
/// whether its clause says the facility is already fine (then it does not count as a gap).</summary>
public sealed record GapHit(string Category, string Keyword, int Start, int Length, bool StatedFine);

/// <summary>A transparent keyword classifier for the facility-gap categories of the record contract.
/// Accent- and case-insensitive, whole words only, longest keyword first ("phòng học bộ môn" is a
/// function room, not a classroom). A hit does not count when its clause only says the facility is fine
/// ("Thư viện đạt chuẩn", "đã có nhà đa năng") and says nothing of a lack or of work to do.</summary>
public static class GapLexicon
{
    private sealed record Term(string Category, string Accented, string Folded, bool Exact);

    private static readonly Term[] Keywords = GapLexiconData.Categories
        .SelectMany(c => c.Keywords.Select(k => MakeTerm(c.Category, k)))
        .OrderByDescending(t => t.Folded.Length)
        .ToArray();

    private static readonly Term[] GapMarkers = GapLexiconData.GapMarkers.Select(k => MakeTerm("", k)).ToArray();
    private static readonly Term[] FineMarkers = GapLexiconData.FineMarkers.Select(k => MakeTerm("", k)).ToArray();

    /// <summary>The eleven categories, in the contract's order.</summary>
    public static IReadOnlyList<string> Categories { get; } = GapLexiconData.Categories.Select(c => c.Category).ToArray();

    /// <summary>The categories the text reports as lacking or plans to fix, in the contract's order.</summary>
    public static IReadOnlyList<string> Classify(string text)
    {
        var hit = Explain(text).Where(h => !h.StatedFine).Select(h => h.Category).ToHashSet();
        return Categories.Where(hit.Contains).ToArray();
    }

    /// <summary>Every keyword hit, including those whose clause states the facility is fine.</summary>
    public static IReadOnlyList<GapHit> Explain(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var original = VietnameseFolding.Nfc(text);
        var folded = FoldedText.Fold(original);
        var clauses = Clauses(original, folded);
        var claimed = new bool[folded.Length];
        var hits = new List<GapHit>();
        foreach (var term in Keywords)
        {
            foreach (var at in Occurrences(original, folded, term))
            {
                if (Array.IndexOf(claimed, true, at, term.Folded.Length) >= 0) continue;
                Array.Fill(claimed, true, at, term.Folded.Length);
                var fine = clauses.First(c => at >= c.Start && at < c.End).Fine;
                hits.Add(new GapHit(term.Category, term.Accented, at, term.Folded.Length, fine));
            }
        }
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    private readonly record struct Clause(int Start, int End, bool HasGap, bool HasFine)
    {
        public bool Fine => HasFine && !HasGap;
    }

    /// <summary>Splits at sentence and comma boundaries; a clause that says neither "lacking" nor "fine"
    /// takes its verdict from the next clause that does ("Thư viện, phòng y tế đạt chuẩn").</summary>
    private static List<Clause> Clauses(string original, string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] is not ('.' or ';' or '!' or '?' or '\n' or ',' or ':')) continue;
            // "294.157.000" and "3.1" are not sentence ends.
            if (i < folded.Length && folded[i] is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1])) continue;
            if (i > start)
            {
                var gap = GapMarkers.Any(m => Occurrences(original, folded, m, start, i).Any());
                var fine = FineMarkers.Any(m => Occurrences(original, folded, m, start, i).Any());
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

    private static IEnumerable<int> Occurrences(string original, string folded, Term term, int from = 0, int to = int.MaxValue)
    {
        to = Math.Min(to, folded.Length);
        var at = from;
        while (at < to && (at = folded.IndexOf(term.Folded, at, to - at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + term.Folded.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end >= folded.Length || !char.IsLetterOrDigit(folded[end]));
            if (bounded && (!term.Exact || AccentsAgree(original.AsSpan(at, term.Folded.Length), term.Accented))) yield return at;
            at++;
        }
    }

    // Unaccented text cannot tell "bãi tập" from "bài tập"; accented text must carry the keyword's accents.
    private static bool AccentsAgree(ReadOnlySpan<char> written, string accented)
    {
        var ascii = true;
        foreach (var c in written)
            if (c > 0x7F) { ascii = false; break; }
        return ascii || written.Equals(accented, StringComparison.OrdinalIgnoreCase)
                     || written.ToString().ToLowerInvariant() == accented;
    }

    private static Term MakeTerm(string category, string keyword)
    {
        var exact = keyword.StartsWith('=');
        var accented = VietnameseFolding.Nfc(exact ? keyword[1..] : keyword);
        return new Term(category, accented, FoldedText.Fold(accented), exact);
    }
}
