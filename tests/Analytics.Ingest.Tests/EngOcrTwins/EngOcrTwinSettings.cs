namespace Analytics.Ingest.Tests.EngOcrTwins;

/// <summary>What the eng-OCR twin golden test enforces: F1 floors on criterion, budget, timeline, assessment and
/// whole items.</summary>
public static class EngOcrTwinSettings
{
    public sealed record Floors(double Criterion, double Budget, double Timeline, double Assessment, double Item);

    /// <summary>Issue #17's goal: item F1 0.75 of the born-digital expected records.</summary>
    public static Floors Goal { get; } = new(0.75, 0.75, 0.75, 0.75, 0.75);

    // RAISE HERE as English-OCR text is read better; just under what the committed subset measures
    // (benchmarks/RESULTS.md, "Issue #17 part 2"). Before the OCR row-table reader: criterion 0.228, budget 0.033,
    // timeline 0.000, assessment 0.000, item 0.000; after: 0.842 / 0.561 / 0.538 / 0.000 / 0.421; session 9
    // ("Issue #17, session 9"): 0.883 / 0.688 / 0.675 / 0.000 / 0.558; session 10 ("Issue #17, session 10"):
    // 0.924 / 0.772 / 0.759 / 0.000 / 0.658. No eng-OCR assessment table is read yet, so that floor stays 0 until one is.
    public static Floors Floor { get; } = new(Criterion: 0.90, Budget: 0.75, Timeline: 0.73, Assessment: 0.0, Item: 0.63);
}
