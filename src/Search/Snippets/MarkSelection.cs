namespace Analytics.Search.Snippets;

/// <summary>Which matched tokens a snippet marks: the query's words, not every token sharing a syllable with
/// them. A phrase is marked where the whole phrase stands, syllable after syllable. Free text is marked where
/// two syllables adjacent in the query stand adjacent in the text (the pairs the query scores as bigrams),
/// so "thu vien" marks "Thư viện" and runs of more syllables join up. A free-text syllable is marked on its
/// own only when none of the pairs it belongs to occurs anywhere in the text: a one-syllable query ("sân")
/// marks every occurrence, a text where the query's syllables never stand together shows them where they
/// are, but once "thư viện" is found, the "thư" of "Bí thư" and the "viên" of "nhân viên" stay unmarked.
/// Two passes over the matches, a few bit operations each: linear in the text's tokens.</summary>
internal static class MarkSelection
{
    /// <summary>Spans to mark (unsorted, may overlap) among <paramref name="matches"/> (in token order).</summary>
    public static List<MarkedSpan> Select(IReadOnlyList<TokenMatch> matches, HighlightSlots slots)
    {
        var marks = new List<MarkedSpan>();
        // Start offsets of the latest single-token matches, enough to reach back over the longest phrase.
        Span<int> starts = stackalloc int[64];
        var singles = 0;
        var previousToken = -2;
        var previousSlots = 0UL;
        var previousChain = 0UL;
        var previousStart = 0;
        var linked = 0UL;
        foreach (var match in matches)
        {
            if (match.First < 0 || (match.Slots & HighlightSlots.Always) != 0) marks.Add(new MarkedSpan(match.Start, match.End, match.Slots));
            if (match.First < 0) continue;
            if (match.First != match.Last)
            {
                // A fuzzy expansion that is itself a bigram ("thuvienn" → "thu vien") is an adjacent match already.
                marks.Add(new MarkedSpan(match.Start, match.End, match.Slots));
                linked |= match.Slots;
                continue;
            }
            var adjacent = match.First == previousToken + 1;
            var mask = match.Slots & ~HighlightSlots.Always;
            var link = adjacent ? (previousSlots << 1) & mask & slots.FreePairs : 0;
            if (link != 0)
            {
                marks.Add(new MarkedSpan(previousStart, match.End, link | (link >> 1)));
                linked |= link | (link >> 1);
            }
            // Bit j of the chain: this token ends a run matching its unit's slots from the first to j.
            var chain = mask & (((adjacent ? previousChain : 0) << 1 & slots.Pairs) | slots.Starts);
            starts[singles % starts.Length] = match.Start;
            singles++;
            for (var ends = chain & slots.PhraseEnds; ends != 0; ends &= ends - 1)
            {
                var last = System.Numerics.BitOperations.TrailingZeroCount(ends);
                var length = slots.PhraseLength(last);
                // The phrase's slots: last − length + 1 … last.
                var phrase = (1UL << (last + 1)) - (1UL << (last + 1 - length));
                marks.Add(new MarkedSpan(starts[(singles - length) % starts.Length], match.End, phrase));
            }
            (previousToken, previousSlots, previousChain, previousStart) = (match.First, mask, chain, match.Start);
        }
        var lone = slots.FreeSlots & ~linked;
        if (lone == 0) return marks;
        foreach (var match in matches)
            if (match.First >= 0 && match.First == match.Last && (match.Slots & lone) != 0) marks.Add(new MarkedSpan(match.Start, match.End, match.Slots & lone));
        return marks;
    }
}
