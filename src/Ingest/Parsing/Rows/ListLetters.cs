namespace Analytics.Ingest.Parsing.Rows;

/// <summary>The letter of a lettered list point ("a) Mua 01 tủ sấy bát"), which numbers a sub-row and is no
/// part of its text.</summary>
internal static partial class ListLetters
{
    public static bool Starts(string text) => LetterMarker().IsMatch(text);

    public static string Without(string text) => LetterMarker().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zđ]\)\s+")]
    private static partial System.Text.RegularExpressions.Regex LetterMarker();
}
