namespace Analytics.Ingest.Tests.Golden;

/// <summary>One compared field of one record. <paramref name="Field"/> is the generic name used for
/// per-field accuracy ("items.budget.vnd"); <paramref name="Path"/> says where ("[0].items[3.1#1].budget.vnd").</summary>
public sealed record FieldCheck(string Field, string Path, bool Ok, string? Expected, string? Actual)
{
    public override string ToString() =>
        $"{Path}: expected {Show(Expected)}, got {Show(Actual)}";

    private static string Show(string? value) => value is null ? "null" : $"\"{Truncate(value)}\"";

    private static string Truncate(string value) => value.Length <= 90 ? value : value[..87] + "…";
}
