namespace Analytics.Ingest.Normalization;

/// <summary>Worn electrical wiring is a repair of the building it runs in (record contract: sua-chua), even when no
/// repair keyword names it: "Dây điện và công tắc đã cũ", "Hệ thống điện thường xuyên chập". One hit per sentence,
/// on the first wiring word, when the sentence names the wiring and its wear and no repair keyword already counts.</summary>
internal static class GapWiring
{
    public static IEnumerable<(int Start, int Length)> Worn(string original, string folded, IReadOnlyList<GapHit> hits)
    {
        var start = 0;
        while (start < folded.Length)
        {
            var end = GapTextBounds.End(folded, start, GapScope.Sentence);
            var wiring = GapRuleWords.Wiring
                .SelectMany(w => w.In(original, folded, start, end).Where(at => !Inside(hits, at)).Select(at => (Start: at, w.Folded.Length)))
                .OrderBy(w => w.Start)
                .FirstOrDefault(w => w.Length > 0);
            var repaired = hits.Any(h => h.Category == "sua-chua" && h.Start >= start && h.Start < end);
            if (wiring.Length > 0 && !repaired && Wear(original, folded, start, end)) yield return wiring;
            start = end + 1;
        }
    }

    private static bool Wear(string original, string folded, int from, int to) =>
        GapRuleWords.WornWords.Concat(GapRuleWords.WornWiring).Any(w => w.In(original, folded, from, to, accentsMatter: true).Any());

    private static bool Inside(IReadOnlyList<GapHit> hits, int at) => hits.Any(h => at >= h.Start && at < h.Start + h.Length);
}
