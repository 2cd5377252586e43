using System.IO.Compression;
using System.Text;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The binary model file: "VSLM", version, vocabulary, unigrams, then per table the sorted keys
/// (delta-coded varints), one code byte per key and a 256-entry codebook, then (version 2) the case
/// channel: a flag and two floats per word, then (version 3) the 4-gram layer: a flag, its backoff table
/// and its 4-gram table; Brotli-compressed. Version 1 and 2 files still load.</summary>
internal static class LanguageModelFile
{
    private const int Version = 3;
    private static readonly byte[] Magic = "VSLM"u8.ToArray();

    public static void Write(LanguageModelData data, Stream output)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(data.Vocabulary.Length);
        foreach (var word in data.Vocabulary) w.Write(word);
        foreach (var f in data.Unigram) w.Write(f);
        foreach (var f in data.UnigramBackoff) w.Write(f);
        WriteTable(w, data.BigramKeys, data.BigramCodes, data.BigramCodebook);
        WriteTable(w, data.BackoffKeys, data.BackoffCodes, data.BackoffCodebook);
        WriteTable(w, data.TrigramKeys, data.TrigramCodes, data.TrigramCodebook);
        var hasCase = data.CapitalisedLog is not null && data.LowerLog is not null;
        w.Write(hasCase);
        if (hasCase)
        {
            foreach (var f in data.CapitalisedLog!) w.Write(f);
            foreach (var f in data.LowerLog!) w.Write(f);
        }
        w.Write(data.Fourgrams is not null);
        if (data.Fourgrams is not { } layer) return;
        WriteTable(w, layer.BackoffKeys, layer.BackoffCodes, layer.BackoffCodebook);
        WriteTable(w, layer.Keys, layer.Codes, layer.Codebook);
    }

    /// <summary>Reads a model, or a failure naming what is wrong with the stream.</summary>
    public static Result<LanguageModelData> Read(Stream input)
    {
        try
        {
            using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic)) return Result<LanguageModelData>.Failure("not a syllable language model (bad magic)");
            var version = r.ReadInt32();
            if (version is < 1 or > Version) return Result<LanguageModelData>.Failure($"unsupported model version {version}");
            var v = r.ReadInt32();
            if (v is < 4 or > 65536) return Result<LanguageModelData>.Failure($"bad vocabulary size {v}");
            var vocabulary = new string[v];
            for (var i = 0; i < v; i++) vocabulary[i] = r.ReadString();
            var unigram = ReadFloats(r, v);
            var backoff = ReadFloats(r, v);
            var (bk, bc, bb) = ReadTable(r);
            var (ok, oc, ob) = ReadTable(r);
            var (tk, tc, tb) = ReadTable(r);
            float[]? capitalised = null, lower = null;
            if (version >= 2 && r.ReadBoolean())
            {
                capitalised = ReadFloats(r, v);
                lower = ReadFloats(r, v);
            }
            FourgramLayer? fourgrams = null;
            if (version >= 3 && r.ReadBoolean())
            {
                var (fbk, fbc, fbb) = ReadTable(r);
                var (fk, fc, fb) = ReadTable(r);
                fourgrams = new FourgramLayer(fbk, fbc, fbb, fk, fc, fb);
            }
            return new LanguageModelData(vocabulary, unigram, backoff, bk, bc, bb, ok, oc, ob, tk, tc, tb, capitalised, lower) { Fourgrams = fourgrams };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or InvalidOperationException)
        {
            return Result<LanguageModelData>.Failure($"corrupt model file: {e.Message}");
        }
    }

    private static float[] ReadFloats(BinaryReader r, int n)
    {
        var result = new float[n];
        for (var i = 0; i < n; i++) result[i] = r.ReadSingle();
        return result;
    }

    private static void WriteTable(BinaryWriter w, ulong[] keys, byte[] codes, float[] codebook)
    {
        w.Write(keys.Length);
        ulong previous = 0;
        foreach (var key in keys)
        {
            w.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }
        w.Write(codes);
        foreach (var f in codebook) w.Write(f);
    }

    private static (ulong[], byte[], float[]) ReadTable(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n is < 0 or > 100_000_000) throw new InvalidDataException($"bad table size {n}");
        var keys = new ulong[n];
        ulong previous = 0;
        for (var i = 0; i < n; i++)
        {
            previous += (ulong)r.Read7BitEncodedInt64();
            keys[i] = previous;
        }
        var codes = r.ReadBytes(n);
        if (codes.Length != n) throw new EndOfStreamException("table codes truncated");
        return (keys, codes, ReadFloats(r, 256));
    }
}
