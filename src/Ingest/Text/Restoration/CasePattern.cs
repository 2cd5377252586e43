namespace Analytics.Ingest.Text.Restoration;

/// <summary>Carries a word's casing over to its restored form: "KE" → "KẾ", "Hoach" → "Hoạch".</summary>
internal static class CasePattern
{
    public static string Apply(ReadOnlySpan<char> original, string lowerForm)
    {
        var upperCount = 0;
        foreach (var c in original) if (char.IsUpper(c)) upperCount++;
        if (upperCount == 0) return lowerForm;
        if (upperCount == original.Length && original.Length > 1) return lowerForm.ToUpperInvariant();
        if (upperCount == 1 && char.IsUpper(original[0]))
        {
            return string.Create(lowerForm.Length, lowerForm, static (span, s) =>
            {
                s.AsSpan().CopyTo(span);
                span[0] = char.ToUpperInvariant(span[0]);
            });
        }
        // Odd casing (all caps of one letter, inner capitals): copy letter by letter.
        var chars = lowerForm.ToCharArray();
        for (var i = 0; i < chars.Length && i < original.Length; i++)
        {
            if (char.IsUpper(original[i])) chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }
}
