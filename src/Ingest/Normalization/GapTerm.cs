using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>A word or phrase of the gap lexicon, accented and folded. <paramref name="Exact"/> ('=' in the
/// word lists) marks a word whose folded form is another word too: it counts only written with its accents.
/// <paramref name="OwnAccents"/> ('~') is milder: accented text must carry this word's accents ("máy", not
/// "mấy"), a text typed without any accents still matches ("may").</summary>
internal sealed record GapTerm(string Category, string Accented, string Folded, bool Exact, bool OwnAccents = false)
{
    public static GapTerm Make(string keyword, string category = "")
    {
        var exact = keyword.StartsWith('=');
        var own = keyword.StartsWith('~');
        var accented = VietnameseFolding.Nfc(exact || own ? keyword[1..] : keyword).ToLowerInvariant();
        return new GapTerm(category, accented, FoldedText.Fold(accented), exact, own);
    }

    public static GapTerm[] MakeAll(IEnumerable<string> words) => words.Select(w => Make(w)).OrderByDescending(t => t.Folded.Length).ToArray();

    /// <summary>Whole-word occurrences in [from, to). Keywords match folded (accents optional); with
    /// <paramref name="accentsMatter"/>, accented writing must carry this word's own accents ("trồng" is not
    /// "trong"), while text written without any accents still matches.</summary>
    public IEnumerable<int> In(string original, string folded, int from = 0, int to = int.MaxValue, bool accentsMatter = false)
    {
        to = Math.Min(to, folded.Length);
        var at = from;
        while (at < to && (at = folded.IndexOf(Folded, at, to - at, StringComparison.Ordinal)) >= 0)
        {
            if (At(original, folded, at, accentsMatter)) yield return at;
            at++;
        }
    }

    /// <summary>Whether this word is written at the offset, as a whole word.</summary>
    public bool At(string original, string folded, int at, bool accentsMatter = false)
    {
        var end = at + Folded.Length;
        if (at < 0 || end > folded.Length || string.CompareOrdinal(folded, at, Folded, 0, Folded.Length) != 0) return false;
        if (at > 0 && char.IsLetterOrDigit(folded[at - 1]) || end < folded.Length && char.IsLetterOrDigit(folded[end])) return false;
        var written = original.AsSpan(at, Folded.Length);
        var bare = IsAscii(written);
        if (Exact) return !bare && Same(written, Accented);
        accentsMatter |= OwnAccents;
        // A word spelt without marks ("thanh" in "thanh lý") is not "thành" in accented text; only a text
        // written without any accents leaves the question open.
        return !accentsMatter || Same(written, Accented) || bare && Folded != Accented && IsUnaccented(original);
    }

    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static bool _lastUnaccented;

    private static bool IsUnaccented(string text)
    {
        if (!ReferenceEquals(text, _lastText))
        {
            _lastText = text;
            _lastUnaccented = !text.Any(c => c > 0x7F && char.IsLetter(c));
        }
        return _lastUnaccented;
    }

    /// <summary>The start of this word when it ends the text just before <paramref name="end"/> (spaces skipped), else -1.</summary>
    public int EndingAt(string original, string folded, int end, bool accentsMatter = true)
    {
        while (end > 0 && folded[end - 1] == ' ') end--;
        var at = end - Folded.Length;
        return at >= 0 && At(original, folded, at, accentsMatter) ? at : -1;
    }

    private static bool IsAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c > 0x7F) return false;
        return true;
    }

    private static bool Same(ReadOnlySpan<char> written, string accented)
    {
        if (written.Length != accented.Length) return false;
        for (var i = 0; i < written.Length; i++)
            if (char.ToLowerInvariant(written[i]) != accented[i]) return false;
        return true;
    }
}
