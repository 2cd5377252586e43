namespace Analytics.Ingest.Normalization;

/// <summary>Amounts spelt out in words, as some plans write them the way a payment order does ("Ba trăm
/// triệu đồng", "Một tỷ hai trăm triệu đồng", "Hai mươi lăm triệu"). Reads the accented text: folded, the
/// digit words collide with others ("tám" eight and "tạm" provisional, "sáu" six and "sau" after).</summary>
internal static class MoneyWords
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0, ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4, ["năm"] = 5,
        ["lăm"] = 5, ["nhăm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000, ["ngàn"] = 1_000, ["triệu"] = 1_000_000, ["tỷ"] = 1_000_000_000, ["tỉ"] = 1_000_000_000,
    };

    /// <summary>The first amount written in words in <paramref name="text"/>: its value and its span
    /// (start, end offsets in the text). Only a run of number words closed by a scale word (nghìn, triệu,
    /// tỷ) counts, so "năm học" or "hai nguồn" are no amounts.</summary>
    public static (long Value, int Start, int End)? Find(string text)
    {
        var words = Words(text);
        for (var w = 0; w < words.Count; w++)
        {
            if (!IsNumberWord(words[w].Word) || (words[w].Word is "năm" && w + 1 < words.Count && words[w + 1].Word == "học")) continue;
            if (Read(words, w) is { } found) return found;
        }
        return null;
    }

    private static (long Value, int Start, int End)? Read(List<(string Word, int Start, int End)> words, int from)
    {
        long total = 0, group = 0, last = 0;
        var scaled = false;
        var end = -1;
        var w = from;
        for (; w < words.Count; w++)
        {
            var word = words[w].Word;
            if (Digits.TryGetValue(word, out var d)) { group += d; last = d; }
            else if (word == "mười") { group += 10; last = 10; }
            else if (word == "mươi") { group += last * 9; last = 0; }
            else if (word == "trăm") { group += last * 99; last = 0; }
            else if (word is "linh" or "lẻ") { }
            else if (Scales.TryGetValue(word, out var scale))
            {
                total += (group == 0 ? 1 : group) * scale;
                group = 0;
                last = 0;
                scaled = true;
                end = words[w].End;
            }
            else break;
        }
        if (!scaled || total + group == 0) return null;
        // A run closed by the currency word ends after it ("… triệu đồng").
        if (w < words.Count && words[w].Word is "đồng" or "đ") end = words[w].End;
        return (total + group, words[from].Start, end);
    }

    private static bool IsNumberWord(string word) =>
        Digits.ContainsKey(word) && word != "không" || word is "mười";

    private static List<(string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            words.Add((text[start..i].ToLowerInvariant(), start, i));
        }
        return words;
    }
}
