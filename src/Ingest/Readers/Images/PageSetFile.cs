using System.Buffers.Binary;
using System.Text;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Several page images of one plan (photos x-p1.jpg, x-p2.jpg…) packed into one
/// <see cref="SourceFile"/>, so the pipeline ingests them as one document with one content hash.
/// Layout: the magic line, then per page a little-endian int32 name length, the UTF-8 name, an int64
/// content length and the content.</summary>
public static class PageSetFile
{
    public const string Format = "pageset";
    private static ReadOnlySpan<byte> Magic => "PLANS-PAGESET/1\n"u8;

    public static bool IsPageSet(ReadOnlySpan<byte> content) => content.StartsWith(Magic);

    /// <summary>Packs <paramref name="pages"/> (in page order) under the name <paramref name="source"/>.</summary>
    public static SourceFile Pack(string source, IReadOnlyList<SourceFile> pages)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        Span<byte> number = stackalloc byte[8];
        foreach (var page in pages)
        {
            var name = Encoding.UTF8.GetBytes(page.Source);
            BinaryPrimitives.WriteInt32LittleEndian(number, name.Length);
            buffer.Write(number[..4]);
            buffer.Write(name);
            BinaryPrimitives.WriteInt64LittleEndian(number, page.Content.Length);
            buffer.Write(number);
            buffer.Write(page.Content.Span);
        }
        return new SourceFile(source, buffer.ToArray());
    }

    /// <summary>The pages, or a reason when the container is damaged.</summary>
    public static Result<IReadOnlyList<SourceFile>> Unpack(ReadOnlyMemory<byte> content)
    {
        if (!IsPageSet(content.Span)) return Result<IReadOnlyList<SourceFile>>.Failure("not a page set");
        var pages = new List<SourceFile>();
        var position = Magic.Length;
        while (position < content.Length)
        {
            var span = content.Span;
            if (position + 4 > span.Length) return Damaged();
            var nameLength = BinaryPrimitives.ReadInt32LittleEndian(span[position..]);
            position += 4;
            if (nameLength < 0 || position + nameLength + 8 > span.Length) return Damaged();
            var name = Encoding.UTF8.GetString(span.Slice(position, nameLength));
            position += nameLength;
            var length = BinaryPrimitives.ReadInt64LittleEndian(span[position..]);
            position += 8;
            if (length < 0 || position + length > span.Length) return Damaged();
            pages.Add(new SourceFile(name, content.Slice(position, (int)length)));
            position += (int)length;
        }
        return pages;
    }

    private static Result<IReadOnlyList<SourceFile>> Damaged() =>
        Result<IReadOnlyList<SourceFile>>.Failure("page set is damaged (cut short)");
}
