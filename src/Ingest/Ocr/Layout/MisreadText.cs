using System.Text;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Whether two OCR readings are the same printed text read twice: compared by their letters alone, without
/// accents, digits or punctuation, tolerant of a few misread letters ("Kế hoạch củi tiến" = "Kế hoạch cải tiến",
/// "\"Tiêu chí" = "Tiêu chí", "Người thực" ≈ "Người thực hiện").</summary>
internal static class MisreadText
{
    public static string Key(string text)
    {
        var folded = VietnameseFolding.Fold(text);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(char.IsLetter)) key.Append(c);
        return key.ToString();
    }

    /// <summary>Keys at most (1 − <paramref name="similarity"/>) of the longer one's length apart in edits.</summary>
    public static bool Same(string keyA, string keyB, double similarity, int shortest)
    {
        if (keyA.Length < shortest || keyB.Length < shortest) return false;
        var longer = Math.Max(keyA.Length, keyB.Length);
        return 1 - (double)Normalization.EditDistance.Of(keyA, keyB) / longer >= similarity;
    }
}
