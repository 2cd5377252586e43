using System.Buffers;
using System.IO.Compression;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Inflates a PDF's Flate streams before PdfPig does, counting what comes out: PdfPig inflates a
/// content stream whole into memory, so half a megabyte of zeros compressed can ask for gigabytes. A
/// stream that inflates past the per-stream cap, or streams past the total, are refused. Streams that do
/// not inflate cleanly are left for PdfPig to judge.</summary>
internal static class PdfStreamGuard
{
    public const long MaxStreamBytes = 256L * 1024 * 1024;
    public const long MaxTotalBytes = 1024L * 1024 * 1024;
    private const int DictionaryLookBack = 2048;

    public static string? Check(ReadOnlySpan<byte> pdf)
    {
        long total = 0;
        var at = 0;
        while (NextStream(pdf, at) is var (start, end, flate) && start >= 0)
        {
            at = end;
            if (!flate) continue;
            var inflated = InflatedLength(pdf[start..end].ToArray(), MaxStreamBytes + 1);
            if (inflated > MaxStreamBytes)
                return $"flate bomb suspected: a PDF stream inflates past {MaxStreamBytes / (1024 * 1024)} MB";
            total += inflated;
            if (total > MaxTotalBytes)
                return $"flate bomb suspected: the PDF's streams inflate past {MaxTotalBytes / (1024 * 1024)} MB";
        }
        return null;
    }

    /// <summary>The next "stream … endstream" body after <paramref name="from"/>, and whether its
    /// dictionary names FlateDecode; start is -1 when there is none.</summary>
    private static (int Start, int End, bool Flate) NextStream(ReadOnlySpan<byte> pdf, int from)
    {
        var keyword = pdf[from..].IndexOf("stream"u8);
        if (keyword < 0) return (-1, 0, false);
        var start = from + keyword + "stream".Length;
        // "endstream" contains "stream": skip it and look on.
        if (keyword >= 3 && pdf[(from + keyword - 3)..].StartsWith("endstream"u8)) return (start, start, false);
        if (start < pdf.Length && pdf[start] == '\r') start++;
        if (start < pdf.Length && pdf[start] == '\n') start++;
        var length = pdf[start..].IndexOf("endstream"u8);
        var end = length < 0 ? pdf.Length : start + length;
        var dictionaryStart = Math.Max(0, from + keyword - DictionaryLookBack);
        var dictionary = pdf[dictionaryStart..(from + keyword)];
        var lastObject = dictionary.LastIndexOf("obj"u8);
        var flate = (lastObject < 0 ? dictionary : dictionary[lastObject..]).IndexOf("FlateDecode"u8) >= 0;
        return (start, end, flate);
    }

    private static long InflatedLength(byte[] compressed, long stopAt)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long count = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            int read;
            while (count < stopAt && (read = inflater.Read(buffer, 0, buffer.Length)) > 0) count += read;
        }
        catch (InvalidDataException)
        {
            // Damaged or not zlib-wrapped: what came out so far is what counts.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return count;
    }
}
