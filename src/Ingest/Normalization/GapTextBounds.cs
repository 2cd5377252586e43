namespace Analytics.Ingest.Normalization;

/// <summary>How far a rule of <see cref="GapLexicon"/> looks: a sentence, or a clause within it.</summary>
internal enum GapScope { Sentence, Clause }

/// <summary>The one boundary scanner of the gap lexicon, on folded text. Sentences end at '.', ';', '!',
/// '?', line breaks and cell tabs; clauses also at ',' and ':'. A '.' or ',' before a digit belongs to a
/// number ("294.157.000", "3.1", "1,5 tỷ").</summary>
internal static class GapTextBounds
{
    public static bool IsBoundary(string folded, int i, GapScope scope)
    {
        var c = folded[i];
        var ends = c is '.' or ';' or '!' or '?' or '\n' or '\r' or '\t' || (scope == GapScope.Clause && c is ',' or ':');
        return ends && !(c is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]));
    }

    /// <summary>The offset of the boundary that ends the span holding <paramref name="from"/> (the text's length if none).</summary>
    public static int End(string folded, int from, GapScope scope)
    {
        for (var i = from; i < folded.Length; i++)
            if (IsBoundary(folded, i, scope)) return i;
        return folded.Length;
    }

    /// <summary>The first offset of the span holding <paramref name="from"/>.</summary>
    public static int Start(string folded, int from, GapScope scope)
    {
        for (var i = Math.Min(from, folded.Length) - 1; i >= 0; i--)
            if (IsBoundary(folded, i, scope)) return i + 1;
        return 0;
    }

    /// <summary>Whether no boundary of the scope lies between the two offsets.</summary>
    public static bool Same(string folded, int a, int b, GapScope scope) => End(folded, Math.Min(a, b), scope) >= Math.Max(a, b);

    private static readonly HashSet<string> Conjunctions = ["va", "hoac", "cung", "voi", "cac"];

    /// <summary>Whether only a comma, a dash or "và"/"hoặc"/"cùng" (and "các") stands between two offsets: list items.</summary>
    public static bool Coordinated(string folded, int from, int to)
    {
        if (to < from) return false;
        var between = folded[from..to];
        if (between.IndexOfAny(['.', ';', '\n', '\t', ':']) >= 0) return false;
        var words = between.Split([' ', ',', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 2 && words.All(Conjunctions.Contains);
    }

    /// <summary>The first whole-word occurrence of a folded word in [from, to), or -1.</summary>
    public static int IndexOfWord(string folded, string word, int from, int to)
    {
        for (var at = folded.IndexOf(word, from, StringComparison.Ordinal); at >= 0 && at < to; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(folded[at - 1])) && (end >= folded.Length || !char.IsLetter(folded[end]))) return at;
        }
        return -1;
    }

    public static int LastIndexOfWord(string folded, string word, int from, int to)
    {
        var last = -1;
        for (var at = IndexOfWord(folded, word, from, to); at >= 0; at = IndexOfWord(folded, word, at + 1, to)) last = at;
        return last;
    }
}
