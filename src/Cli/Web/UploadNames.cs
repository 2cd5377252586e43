using System.Security.Cryptography;
using System.Text;

namespace Analytics.Cli.Web;

/// <summary>Client-supplied file names are labels, never paths: this turns one into a clean relative
/// source name (folders kept as "a/b.docx", no "..", no rooted or drive paths, no control characters)
/// and gives the on-disk name, which is a hash and so cannot escape the uploads folder.</summary>
internal static class UploadNames
{
    public static string? Clean(string? clientName)
    {
        if (string.IsNullOrWhiteSpace(clientName)) return null;
        var parts = clientName.Normalize(NormalizationForm.FormC)
            .Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim())
            .Where(p => p.Length > 0 && p != "." && p != "..")
            .ToList();
        if (parts.Count == 0) return null;
        var name = string.Join('/', parts);
        return name.Length > 240 ? name[^240..] : name;
    }

    public static string StoredFileName(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source))[..16]) + ".upload";
}
