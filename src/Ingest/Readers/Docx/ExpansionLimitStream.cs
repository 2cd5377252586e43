namespace Analytics.Ingest.Readers.Docx;

/// <summary>Reads a zip part and stops it past its declared size or the package's remaining budget:
/// headers can lie, the bytes that come out cannot.</summary>
internal sealed class ExpansionLimitStream(Stream inner, long declared, long budget) : Stream
{
    public sealed class LimitException(bool pastDeclaredSize) : Exception("part expands past its limit")
    {
        public bool PastDeclaredSize { get; } = pastDeclaredSize;
    }

    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        if (BytesRead > declared) throw new LimitException(pastDeclaredSize: true);
        if (BytesRead > budget) throw new LimitException(pastDeclaredSize: false);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
