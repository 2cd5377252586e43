namespace Analytics.Ingest.Tests.Variants;

/// <summary>Which variants are held out: a seeded hash of the variant's id, so the split never depends on how
/// the parser reads them. Held-out variants are measured only as a total, never looked at one by one.</summary>
public static class VariantSplit
{
    public const string Salt = "issue-14-session-9";

    public static bool IsHeldOut(string id) => Hash(Salt + "|" + id) % 3 == 0;

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash *= 16777619u;
        }
        return hash;
    }
}
