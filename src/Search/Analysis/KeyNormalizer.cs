using System.Text;
using Analytics.Ingest.Text;

namespace Analytics.Search.Analysis;

/// <summary>The match key of a keyword value: folded, administrative prefixes dropped, words joined by
/// '-' ("Thành phố Hải Phòng" → "hai-phong", "tiểu học" → "tieu-hoc", "Thủy Nguyên" = "Thuỷ Nguyên").
/// Used on both sides, so `province:"Hải Phòng"`, `province:hai-phong` and `province:hai phong` agree.</summary>
public static class KeyNormalizer
{
    private static readonly string[] Prefixes =
        ["thanh pho ", "tp. ", "tp ", "tinh ", "quan ", "huyen ", "thi xa ", "tx. ", "tx "];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private const int CacheLimit = 100_000;

    /// <summary>The key of a value (cached: places and levels repeat on every document).</summary>
    public static string Key(string value)
    {
        if (Cache.TryGetValue(value, out var key)) return key;
        key = Compute(value);
        if (Cache.Count < CacheLimit) Cache.TryAdd(value, key);
        return key;
    }

    private static string Compute(string value)
    {
        var folded = VietnameseFolding.Fold(VietnameseFolding.Nfc(value)).Trim();
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                folded = folded[prefix.Length..];
                break;
            }
        }
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingDash = false;
            }
            else pendingDash = true;
        }
        return builder.ToString();
    }
}
