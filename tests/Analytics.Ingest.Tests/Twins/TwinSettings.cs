namespace Analytics.Ingest.Tests.Twins;

/// <summary>What the twin golden test enforces per family: F1 floors on criterion, budget, timeline and assessment.</summary>
public static class TwinSettings
{
    public sealed record Floor(double Criterion, double Budget, double Timeline, double Assessment);

    /// <summary>The goal of issue #13 for every family.</summary>
    public static Floor Goal { get; } = new(0.95, 0.95, 0.95, 0.95);

    // RAISE HERE as the OCR improves. Today's floors sit just under what the committed subset measured before any
    // OCR change (benchmarks/RESULTS.md, "Issue #13 … session 5"), so a regression fails and an improvement is
    // locked in by raising them towards Goal.
    private static readonly Dictionary<string, Floor> s_floors = new(StringComparer.Ordinal)
    {
        // Raised after doubted cells are read again (enlarged, other segmentations, turned headers) and scanned
        // standard headings and month charts are read (RESULTS, "Issue #13, scan and fax, session 8"): measured scan
        // 0.970 / 0.970 / 0.970 / 0.963, fax 1.000 / 0.955 / 0.955 / 1.000.
        ["scan"] = new(Criterion: 0.95, Budget: 0.95, Timeline: 0.95, Assessment: 0.95),
        // Fax budget raised in session 10 (an amount's comma read as ";", its "1" as "l"): measured 1.000 / 1.000 / 0.955 / 1.000.
        ["fax"] = new(Criterion: 0.97, Budget: 0.95, Timeline: 0.93, Assessment: 0.98),
        // Raised after cell readings of years, half-years and criterion names are mended (RESULTS, "Issue #13, session 9:
        // the whole corpus's twins"): measured photo 0.927 / 0.854 / 0.805 / 1.000 (session 8: 0.916 / 0.843 / 0.771).
        // Raised again in session 10 (RESULTS, "Issue #13, session 10: scan and fax twins"): an amount's "1" read as "l"
        // and a centred title line run into the body mended: measured photo 0.927 / 0.878 / 0.854 / 1.000.
        // Raised in session 11 (RESULTS, "Issue #13, session 11: table structures"): thpt-nhon-hai's centred table
        // without rules is read as a table (0.364 / 0 / 0 → 0.5 ×3): measured photo 0.950 / 0.950 / 0.925 / 1.000.
        ["photo"] = new(Criterion: 0.93, Budget: 0.93, Timeline: 0.90, Assessment: 0.95),
    };

    public static Floor FloorOf(string family) => s_floors.TryGetValue(family, out var floor) ? floor : new Floor(0, 0, 0, 0);
}
