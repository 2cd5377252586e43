using System.IO.Compression;
using Analytics.Ingest.Pipeline;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Checks an Office (DOCX, XLSX) zip container before the Open XML SDK touches it: the declared sizes, the
/// compression ratio of each part and then the bytes the parts really expand to (headers can lie) must
/// stay within the limit. Returns the reason the package is refused, or null.</summary>
internal static class ZipPackageGuard
{
    private const int MaxEntries = 10_000;
    // Word XML compresses about 5–20 to 1; a part beyond 100 to 1 that is also big is a bomb, not a document.
    private const long SuspiciousRatio = 100;
    private const long RatioCheckFloor = 1024 * 1024;

    public static string? Check(Stream content, IngestLimits limits)
    {
        var maxDecompressedBytes = limits.MaxDecompressedBytes;
        using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        if (archive.Entries.Count > MaxEntries) return $"the package has {archive.Entries.Count} parts (limit {MaxEntries}); not a plausible document";

        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > maxDecompressedBytes)
                return $"zip bomb suspected: parts declare more than {Megabytes(maxDecompressedBytes)} MB uncompressed";
            if (entry.Length > RatioCheckFloor && entry.Length > SuspiciousRatio * Math.Max(1, entry.CompressedLength))
                return $"zip bomb suspected: part {entry.FullName} expands {entry.Length / Math.Max(1, entry.CompressedLength)} to 1";
        }

        return CheckExpansion(archive, maxDecompressedBytes, new XmlShapeGuard(limits.MaxXmlDepth, limits.MaxXmlElements));
    }

    /// <summary>Expands every part, counting what really comes out; XML parts are read through the shape
    /// guard on the way.</summary>
    private static string? CheckExpansion(ZipArchive archive, long maxDecompressedBytes, XmlShapeGuard shape)
    {
        long actual = 0;
        foreach (var entry in archive.Entries)
        {
            using var stream = new ExpansionLimitStream(entry.Open(), entry.Length, maxDecompressedBytes - actual);
            try
            {
                var refused = XmlShapeGuard.IsXmlPart(entry.FullName) ? shape.Check(stream, entry.FullName) : null;
                if (refused is not null) return refused;
                stream.CopyTo(Stream.Null);
            }
            catch (ExpansionLimitStream.LimitException e)
            {
                return e.PastDeclaredSize
                    ? $"zip bomb suspected: part {entry.FullName} expands beyond its declared size"
                    : $"zip bomb suspected: parts expand past {Megabytes(maxDecompressedBytes)} MB";
            }
            actual += stream.BytesRead;
        }
        return null;
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
