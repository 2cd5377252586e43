using System.Security.Cryptography;
using System.Text;

namespace Analytics.Ingest.Store;

/// <summary>What the search index records to know whether a source it holds is current: the content hash
/// of the file read, plus a digest of the corrections laid over its records, so that a correction (which
/// leaves the file's hash unchanged) still makes the index write the source again.</summary>
public static class IndexStamp
{
    public static string Of(StoredSource source)
    {
        var corrections = source.Records.SelectMany(r => r.Corrections).ToList();
        if (corrections.Count == 0) return source.ContentHash;
        var text = string.Join('\n', corrections.Select(c => $"{c.Plan}\u0001{c.Field}\u0001{c.Value}\u0001{c.At.UtcTicks}"));
        return source.ContentHash + "+" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
    }
}
