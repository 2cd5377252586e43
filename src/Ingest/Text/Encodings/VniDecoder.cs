using System.Text;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Encodings;

/// <summary>VNI-Windows (fonts "VNI-Times" …): a base letter followed by a mark byte, read as Latin-1:
/// "Tröôøng Tieåu hoïc" → "Trường Tiểu học". ư, ơ, đ and the i-vowels are single bytes.</summary>
public static class VniDecoder
{
    private static readonly Dictionary<char, char> Letters = new()
    {
        ['ö'] = 'ư', ['Ö'] = 'Ư', ['ô'] = 'ơ', ['Ô'] = 'Ơ', ['ñ'] = 'đ', ['Ñ'] = 'Đ',
        ['ì'] = 'ì', ['Ì'] = 'Ì', ['í'] = 'í', ['Í'] = 'Í', ['æ'] = 'ỉ', ['Æ'] = 'Ỉ',
        ['ó'] = 'ĩ', ['Ó'] = 'Ĩ', ['ò'] = 'ị', ['Ò'] = 'Ị',
    };

    private enum Modifier { None, Circumflex, Breve }

    // Mark byte → (vowel modifier, tone), lower-case and upper-case fonts.
    private static readonly Dictionary<char, (Modifier Modifier, Tone Tone)> Marks = new()
    {
        ['ù'] = (Modifier.None, Tone.Acute), ['ø'] = (Modifier.None, Tone.Grave), ['û'] = (Modifier.None, Tone.Hook),
        ['õ'] = (Modifier.None, Tone.Tilde), ['ï'] = (Modifier.None, Tone.Dot),
        ['â'] = (Modifier.Circumflex, Tone.Level), ['á'] = (Modifier.Circumflex, Tone.Acute), ['à'] = (Modifier.Circumflex, Tone.Grave),
        ['å'] = (Modifier.Circumflex, Tone.Hook), ['ã'] = (Modifier.Circumflex, Tone.Tilde), ['ä'] = (Modifier.Circumflex, Tone.Dot),
        ['ê'] = (Modifier.Breve, Tone.Level), ['é'] = (Modifier.Breve, Tone.Acute), ['è'] = (Modifier.Breve, Tone.Grave),
        ['ú'] = (Modifier.Breve, Tone.Hook), ['ü'] = (Modifier.Breve, Tone.Tilde), ['ë'] = (Modifier.Breve, Tone.Dot),
        ['Ù'] = (Modifier.None, Tone.Acute), ['Ø'] = (Modifier.None, Tone.Grave), ['Û'] = (Modifier.None, Tone.Hook),
        ['Õ'] = (Modifier.None, Tone.Tilde), ['Ï'] = (Modifier.None, Tone.Dot),
        ['Â'] = (Modifier.Circumflex, Tone.Level), ['Á'] = (Modifier.Circumflex, Tone.Acute), ['À'] = (Modifier.Circumflex, Tone.Grave),
        ['Å'] = (Modifier.Circumflex, Tone.Hook), ['Ã'] = (Modifier.Circumflex, Tone.Tilde), ['Ä'] = (Modifier.Circumflex, Tone.Dot),
        ['Ê'] = (Modifier.Breve, Tone.Level), ['É'] = (Modifier.Breve, Tone.Acute), ['È'] = (Modifier.Breve, Tone.Grave),
        ['Ú'] = (Modifier.Breve, Tone.Hook), ['Ü'] = (Modifier.Breve, Tone.Tilde), ['Ë'] = (Modifier.Breve, Tone.Dot),
    };

    /// <summary>True for a character VNI uses as a mark or a single-byte letter.</summary>
    public static bool IsCode(char c) => Marks.ContainsKey(c) || Letters.ContainsKey(c);

    public static string Decode(string text)
    {
        var output = new StringBuilder(text.Length);
        var original = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Marks.TryGetValue(c, out var mark) && output.Length > 0 && TryCombine(output[^1], mark, out var combined))
            {
                output[^1] = combined;
                continue;
            }
            output.Append(Letters.TryGetValue(c, out var letter) ? letter : c);
            original.Append(c);
        }
        return LegacyCase.UpperInCapitalWords(output.ToString().ToCharArray(), original.ToString());
    }

    private static bool TryCombine(char vowel, (Modifier Modifier, Tone Tone) mark, out char combined)
    {
        combined = vowel;
        var (b, tone) = VietnameseLetters.Split(vowel);
        if (!VietnameseLetters.IsVowel(b) || (tone != Tone.Level && mark.Tone != Tone.Level)) return false;
        var upper = char.IsUpper(b);
        var lower = char.ToLowerInvariant(b);
        if (mark.Modifier == Modifier.Circumflex)
        {
            lower = lower switch { 'a' => 'â', 'e' => 'ê', 'o' => 'ô', _ => '\0' };
            if (lower == '\0') return false;
        }
        else if (mark.Modifier == Modifier.Breve)
        {
            if (lower != 'a') return false;
            lower = 'ă';
        }
        var baseLetter = upper ? char.ToUpperInvariant(lower) : lower;
        combined = VietnameseLetters.WithTone(baseLetter, mark.Tone == Tone.Level ? tone : mark.Tone);
        return true;
    }
}
