using System.Text.RegularExpressions;

namespace Analytics.Ingest.Normalization;

/// <summary>Finds the first standard or criterion reference in a piece of text (see
/// <see cref="CriteriaCatalogue.ParseReference"/>).</summary>
internal static class CriterionReferenceParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // "tieu chi 3.1", "tc 3.1", "tc3.1", "chi so 3.1.2", "tieu chi 3. 1" (OCR spacing), "tieu chi 3,1"
    private static readonly Regex Criterion = new(@"\b(?:tieu\s*chi|tc|chi\s*so)\s*(?<s>[1-5])\s*[.,]\s*(?<i>1[0-9]|[1-9])(?!\d)", Options);
    // "tieu chi 1 (muc 4)", "tieu chi 1"
    private static readonly Regex LoneCriterion = new(@"\b(?:tieu\s*chi|tc)\s*(?<n>[1-9]|1[0-9])\b(?!\s*[.,]\s*\d)", Options);
    private static readonly Regex Standard = new(@"\btieu\s*chuan\s*(?<s>[1-5]|i{1,3}|iv|v)\b(?!\s*[.,]\s*\d)", Options);
    // A bare "3.1" / "3.1." only at the start of a cell or row label; "2.1.1." is a section number.
    private static readonly Regex BareCode = new(@"^\W*(?<s>[1-5])\s*\.\s*(?<i>1[0-9]|[1-9])(?!\d)(?!\s*\.\s*\d)(?!\s*[/%])", Options);

    public static CriterionRef? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = Analytics.Ingest.Text.VietnameseFolding.Fold(text);

        var criterion = Criterion.Match(folded);
        if (criterion.Success)
            return new CriterionRef(int.Parse(criterion.Groups["s"].Value), int.Parse(criterion.Groups["i"].Value));

        var bare = BareCode.Match(folded);
        if (bare.Success)
            return new CriterionRef(int.Parse(bare.Groups["s"].Value), int.Parse(bare.Groups["i"].Value));

        var lone = LoneCriterion.Match(folded);
        if (lone.Success)
            return new CriterionRef(null, null, int.Parse(lone.Groups["n"].Value));

        var standard = Standard.Match(folded);
        if (standard.Success)
            return new CriterionRef(StandardNumber(standard.Groups["s"].Value), null);

        return null;
    }

    private static int StandardNumber(string s) => s switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        _ => int.Parse(s),
    };
}
