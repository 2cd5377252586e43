using System.Buffers.Binary;

namespace Analytics.Ingest.Isolation;

/// <summary>Length-prefixed frames between the batch and a reader process. Each frame starts with a
/// marker, so stray output of a native library on the reader's stdout is seen as a broken protocol
/// rather than read as a reply.</summary>
internal static class WorkerFrames
{
    private static ReadOnlySpan<byte> Marker => "PLW1"u8;

    /// <summary>Largest frame accepted: a file at the size limit, with room for its header.</summary>
    public const long MaxFrameBytes = 512L * 1024 * 1024;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> head = stackalloc byte[12];
        Marker.CopyTo(head);
        BinaryPrimitives.WriteInt64LittleEndian(head[4..], payload.Length);
        stream.Write(head);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>Reads one frame; null at the end of the stream (the other side is gone).</summary>
    public static byte[]? Read(Stream stream)
    {
        var head = new byte[12];
        if (!ReadExactly(stream, head)) return null;
        if (!head.AsSpan(0, 4).SequenceEqual(Marker)) throw new InvalidDataException("reader output is not a protocol frame");
        var length = BinaryPrimitives.ReadInt64LittleEndian(head.AsSpan(4));
        if (length < 0 || length > MaxFrameBytes) throw new InvalidDataException($"frame of {length} bytes");
        var payload = new byte[length];
        return ReadExactly(stream, payload) ? payload : null;
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var read = stream.Read(buffer, done, buffer.Length - done);
            if (read == 0) return false;
            done += read;
        }
        return true;
    }
}
