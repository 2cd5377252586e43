namespace Analytics.Ingest.Text.Syllables;

/// <summary>The parts Vietnamese syllables are spelled from: initial consonants and rhymes (vần),
/// toneless and lower-case. Facts of the orthography; the spelling rules live in <see cref="SyllableInventory"/>.</summary>
internal static class SyllableSpelling
{
    public static readonly string[] Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];

    public static readonly string[] Rhymes =
    [
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oem", "oen", "oeo", "oet",
        "oc", "oi", "om", "on", "ong", "oong", "ooc", "op", "ot",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uênh", "ui", "um", "un", "ung", "uơ",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "up", "ut",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y",
    ];

    /// <summary>Rhymes closed by a stop (p, t, c, ch) take only the acute or the dot tone.</summary>
    public static bool EndsInStop(string rhyme) =>
        rhyme.EndsWith('p') || rhyme.EndsWith('t') || rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal);
}
