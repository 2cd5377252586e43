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

    public static string Key(string value)
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
