using System.Security.Cryptography;
using System.Text;
using Analytics.Ingest.Tests.Twins;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>The twins measured for Vietnamese-OCR tone accuracy, their born-digital sources and the split of their
/// plans into a TUNE part (the confusion channel is learned and the stage tuned on it) and a HELD-OUT part (measured
/// only): a third of the plans, chosen by a seeded hash of the plan's name so the split never depends on which
/// twins a folder happens to hold. All families of one plan fall on the same side.</summary>
public static class ToneTwins
{
    /// <summary>The seed of the split (issue #13, session 11). Changing it makes a new held-out part.</summary>
    public const string Seed = "ocrtone-s11";

    public static bool IsHeldOut(string document)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "/" + document));
        return hash[0] % 3 == 0;
    }

    public static string Part(string document) => IsHeldOut(document) ? "heldout" : "tune";

    /// <summary>The born-digital file a twin was printed from: corpus/ or a held-out corpus folder, any format
    /// but the expected record and labels.</summary>
    public static string? SourceOf(string document)
    {
        var folders = new[] { RepoPaths.Corpus }.Concat(Directory.EnumerateDirectories(RepoPaths.Root, "corpus-heldout*").Order(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            var file = Directory.EnumerateFiles(folder, document + ".*")
                .Where(f => Path.GetFileNameWithoutExtension(f) == document && !f.EndsWith(".json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            if (file is not null) return file;
        }
        return null;
    }

    public static IReadOnlyList<Twin> In(string folder) => Twin.In(folder);
}
