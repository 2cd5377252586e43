namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>How a word is written: all lower case, capitalised ("Mậu"), or anything else (all capitals,
/// inner capitals, one letter) which says nothing about the word.</summary>
public enum CaseShape : byte
{
    Other,
    Lower,
    Capitalised,
}

public static class CaseShapes
{
    public static CaseShape Of(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return CaseShape.Other;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i])) return CaseShape.Other;
        }
        return char.IsUpper(word[0]) ? CaseShape.Capitalised : char.IsLower(word[0]) ? CaseShape.Lower : CaseShape.Other;
    }
}
