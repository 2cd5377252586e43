namespace Analytics.Ingest.Text.Encodings;

/// <summary>Legacy Vietnamese fonts set headings in separate upper-case fonts that reuse the lower-case
/// codes, so decoded capitals come out lower-case ("KÕ HO¹CH" → "KếHOạCH"). Inside a word whose ASCII
/// letters are all capitals, decoded letters are raised to capitals.</summary>
internal static class LegacyCase
{
    public static string UpperInCapitalWords(char[] decoded, string original)
    {
        // A line set in capitals raises every word without lower-case ASCII; otherwise only words with
        // at least two ASCII capitals and no lower-case letters ("HO¹CH"), never a capitalised "KÕ".
        int lineUpper = 0, lineLetters = 0;
        foreach (var o in original)
        {
            if (o is >= 'A' and <= 'Z') { lineUpper++; lineLetters++; }
            else if (o is >= 'a' and <= 'z') lineLetters++;
        }
        var capitalLine = lineLetters >= 4 && lineUpper >= lineLetters * 0.8;
        var i = 0;
        while (i < decoded.Length)
        {
            if (!char.IsLetter(decoded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            int asciiUpper = 0, asciiLower = 0;
            while (i < decoded.Length && (char.IsLetter(decoded[i]) || char.GetUnicodeCategory(decoded[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                var o = original[i];
                if (o is >= 'A' and <= 'Z') asciiUpper++;
                else if (o is >= 'a' and <= 'z') asciiLower++;
                i++;
            }
            if (asciiLower == 0 && i - start > 1 && (asciiUpper >= 2 || (capitalLine && asciiUpper >= 1)))
            {
                for (var k = start; k < i; k++) decoded[k] = char.ToUpperInvariant(decoded[k]);
            }
        }
        return new string(decoded);
    }
}
