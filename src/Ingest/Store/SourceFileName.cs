using System.Security.Cryptography;
using System.Text;

namespace Analytics.Ingest.Store;

/// <summary>The file name a source's data is kept under in a folder of the store (records, corrections):
/// a hash of its NFC name, so any source name is a safe, fixed-length file name.</summary>
internal static class SourceFileName
{
    public static string For(string source)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source.Normalize(NormalizationForm.FormC)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12)) + ".json";
    }
}
