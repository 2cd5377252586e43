namespace Analytics.Ingest.Text.Syllables;

/// <summary>The tones of Vietnamese in the order of the letter tables below.</summary>
public enum Tone : byte
{
    Level = 0,   // ngang
    Grave = 1,   // huyền
    Acute = 2,   // sắc
    Hook = 3,    // hỏi
    Tilde = 4,   // ngã
    Dot = 5,     // nặng
}

/// <summary>Letter-level facts: which base vowel and tone a precomposed letter carries, and back.</summary>
public static class VietnameseLetters
{
    // Each row: the toneless vowel followed by its five toned forms (grave, acute, hook, tilde, dot).
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private static readonly Dictionary<char, (char Base, Tone Tone)> Decomposition = BuildDecomposition();

    private static Dictionary<char, (char, Tone)> BuildDecomposition()
    {
        var map = new Dictionary<char, (char, Tone)>();
        foreach (var row in Rows)
        {
            for (var t = 0; t < row.Length; t++)
            {
                map[row[t]] = (row[0], (Tone)t);
                map[char.ToUpperInvariant(row[t])] = (char.ToUpperInvariant(row[0]), (Tone)t);
            }
        }
        return map;
    }

    /// <summary>True for a (possibly toned) Vietnamese vowel letter, either case.</summary>
    public static bool IsVowel(char c) => Decomposition.ContainsKey(c);

    /// <summary>Splits a letter into its toneless form and tone: 'ộ' → ('ô', Dot). Non-vowels come back as is.</summary>
    public static (char Base, Tone Tone) Split(char c) =>
        Decomposition.TryGetValue(c, out var d) ? d : (c, Tone.Level);

    /// <summary>Puts <paramref name="tone"/> on a toneless vowel ('ô', Dot → 'ộ'); other letters unchanged.</summary>
    public static char WithTone(char vowel, Tone tone)
    {
        var lower = char.ToLowerInvariant(vowel);
        foreach (var row in Rows)
        {
            if (row[0] != lower) continue;
            var toned = row[(int)tone];
            return char.IsUpper(vowel) ? char.ToUpperInvariant(toned) : toned;
        }
        return vowel;
    }

    /// <summary>The ASCII letter under all marks: 'ộ' → 'o', 'Đ' → 'D'.</summary>
    public static char Bare(char c)
    {
        var b = Split(c).Base;
        return b switch
        {
            'ă' or 'â' => 'a',
            'Ă' or 'Â' => 'A',
            'ê' => 'e',
            'Ê' => 'E',
            'ô' or 'ơ' => 'o',
            'Ô' or 'Ơ' => 'O',
            'ư' => 'u',
            'Ư' => 'U',
            'đ' => 'd',
            'Đ' => 'D',
            _ => b,
        };
    }

    /// <summary>True when the letter carries a tone or a vowel/consonant modifier (anything ASCII lacks).</summary>
    public static bool IsMarked(char c) => c is 'đ' or 'Đ' || (Decomposition.TryGetValue(c, out var d) && (d.Tone != Tone.Level || Bare(c) != c));

    /// <summary>True for letters that can occur in a Vietnamese word (ASCII letters, đ and the vowel table).</summary>
    public static bool IsVietnameseLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or 'đ' or 'Đ' || Decomposition.ContainsKey(c);
}
