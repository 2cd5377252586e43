using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Encodings;

/// <summary>Which legacy encoding a line was written in.</summary>
public enum LegacyEncoding
{
    None,
    Tcvn3,
    Vni,
    Windows1258,
}

/// <summary>Decides whether a line is TCVN3, VNI or Windows-1258 text read as Latin-1, and decodes it.
/// A decoding is accepted only when it turns clearly more words into Vietnamese syllables than the line
/// had, so correct Unicode text (whose accented letters overlap those code pages) is never touched.</summary>
public static class LegacyEncodingRepair
{
    public static (LegacyEncoding Encoding, string Text) Repair(string line)
    {
        var suspicious = 0;
        foreach (var c in line)
        {
            if (c is >= '\u00A0' and <= '\u00FF') suspicious++;
        }
        if (suspicious == 0) return (LegacyEncoding.None, line);
        var before = SyllableShare(line);
        var best = (LegacyEncoding.None, line, before);
        foreach (var (encoding, decoded) in Candidates(line))
        {
            var share = SyllableShare(decoded);
            if (share > best.Item3 + 0.15) best = (encoding, decoded, share);
        }
        return best.Item3 >= 0.5 ? (best.Item1, best.Item2) : (LegacyEncoding.None, line);
    }

    private static IEnumerable<(LegacyEncoding, string)> Candidates(string line)
    {
        yield return (LegacyEncoding.Tcvn3, Tcvn3Decoder.Decode(line));
        yield return (LegacyEncoding.Vni, VniDecoder.Decode(line));
        yield return (LegacyEncoding.Windows1258, Cp1258Decoder.Decode(line));
    }

    /// <summary>Share of the words of a line that are Vietnamese syllables (words with letters only).</summary>
    public static double SyllableShare(string text)
    {
        int words = 0, syllables = 0;
        foreach (var raw in text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '-', '–', '“', '”', '\u00AD');
            if (word.Length == 0 || !word.Any(char.IsLetter)) continue;
            words++;
            if (word.All(char.IsLetter) && SyllableInventory.Default.IsSyllable(word)) syllables++;
        }
        return words == 0 ? 0 : (double)syllables / words;
    }
}
