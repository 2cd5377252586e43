using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Cuts accented text into the token sequences the language model is trained on: sentences end at
/// . ! ? ; : and line breaks; words are Vietnamese syllables (lower-case, canonical tone), numbers become
/// &lt;num&gt;, anything else &lt;unk&gt;. Table cell borders (tab, |) and markup tags (&lt;br&gt;, &lt;p&gt;)
/// also end one: cells are separate phrases. Other punctuation is dropped. The decoder reads text the same way.</summary>
internal static class TrainingTokenizer
{
    public static bool EndsSentence(char c) => c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '…' or '\t' or '|';

    /// <summary>Length of a markup tag ("&lt;br&gt;", "&lt;/p&gt;", "&lt;br/&gt;") starting at <paramref name="i"/>, else 0.</summary>
    public static int MarkupLength(string s, int i)
    {
        if (s[i] != '<') return 0;
        var j = i + 1;
        if (j < s.Length && s[j] == '/') j++;
        var name = j;
        while (j < s.Length && j - name < 10 && char.IsAsciiLetter(s[j])) j++;
        if (j == name) return 0;
        if (j < s.Length && s[j] == '/') j++;
        return j < s.Length && s[j] == '>' ? j + 1 - i : 0;
    }

    /// <summary>Calls <paramref name="sentence"/> once per sentence with its words (raw, not normalised).</summary>
    public static void Sentences(string line, List<string> buffer, Action<List<string>> sentence)
    {
        buffer.Clear();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < line.Length && (char.IsLetterOrDigit(line[i]) || IsJoiner(line, i))) i++;
                buffer.Add(line[start..i]);
                continue;
            }
            var tag = MarkupLength(line, i);
            if ((tag > 0 || EndsSentence(c)) && buffer.Count > 0)
            {
                sentence(buffer);
                buffer.Clear();
            }
            i += Math.Max(1, tag);
        }
        if (buffer.Count > 0) sentence(buffer);
    }

    // Keeps "17/2018", "2,5", "GD&ĐT" and combining marks inside one word.
    internal static bool IsJoinerAt(string s, int i) => IsJoiner(s, i);

    private static bool IsJoiner(string s, int i)
    {
        var c = s[i];
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) return true;
        if (i == 0 || i + 1 >= s.Length) return false;
        var before = s[i - 1];
        var after = s[i + 1];
        return c switch
        {
            '/' or '&' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
            ',' or '.' => char.IsDigit(before) && char.IsDigit(after),
            _ => false,
        };
    }

    /// <summary>The model's form of a word: a canonical lower-case syllable, "&lt;num&gt;" or null (unknown).</summary>
    public static string? Normalise(string word, SyllableInventory inventory)
    {
        if (char.IsDigit(word[0])) return "<num>";
        var lower = TonePlacement.Canonical(VietnameseFolding.Nfc(word).ToLowerInvariant());
        return inventory.ContainsCanonical(lower) ? lower : null;
    }
}
