using System.IO.Compression;
using System.Text;

namespace Analytics.Ingest.Tests.BadInput;

/// <summary>Broken and hostile inputs, made in the test from real fixtures where possible.</summary>
internal static class BadFiles
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static byte[] Truncated(byte[] content, double keep) => content[..(int)(content.Length * keep)];

    /// <summary>A zip header followed by noise: what a failed download or a renamed binary looks like.</summary>
    public static byte[] CorruptDocx()
    {
        var noise = new byte[4096];
        new Random(17).NextBytes(noise);
        return [.. "PK\u0003\u0004"u8.ToArray(), .. noise];
    }

    public static byte[] RandomBytes(int length = 5000)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x01; // not accidentally a known magic number
        return bytes;
    }

    /// <summary>An OLE compound file directory naming the streams of an encrypted Office document.</summary>
    public static byte[] EncryptedOffice() => OleContainer("EncryptionInfo", "EncryptedPackage");

    /// <summary>An OLE compound file with a WordDocument stream: a Word 97–2003 .doc.</summary>
    public static byte[] LegacyDoc() => OleContainer("WordDocument", "1Table");

    /// <summary>An OLE compound file with a Workbook stream: an Excel 97–2003 .xls.</summary>
    public static byte[] LegacyXls() => OleContainer("Workbook", "SummaryInformation");

    private static byte[] OleContainer(params string[] streamNames)
    {
        var content = new byte[2048];
        OleMagic.CopyTo(content, 0);
        var offset = 1024;
        foreach (var name in streamNames)
        {
            var utf16 = Encoding.Unicode.GetBytes(name);
            utf16.CopyTo(content, offset);
            offset += 128;
        }
        return content;
    }

    /// <summary>A package with the parts of a DOCX whose document.xml expands to <paramref name="bytes"/>
    /// of padding: tiny on disk, huge once inflated.</summary>
    public static byte[] ZipBomb(long bytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var body = entry.Open();
            body.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
            var padding = new byte[1 << 20];
            Array.Fill(padding, (byte)' ');
            for (long written = 0; written < bytes; written += padding.Length) body.Write(padding);
            body.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>The same bomb with every size field in its headers rewritten to claim 1 KB, so only the
    /// bytes actually inflated can give it away.</summary>
    public static byte[] LyingZipBomb(long bytes)
    {
        var zip = ZipBomb(bytes);
        var name = "word/document.xml"u8;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            // Local file header: size at +22; central directory entry: size at +24.
            if (zip.AsSpan(i).StartsWith("PK\u0003\u0004"u8) && zip.AsSpan(i + 30).StartsWith(name)) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), 1024u);
            if (zip.AsSpan(i).StartsWith("PK\u0001\u0002"u8) && zip.AsSpan(i + 46).StartsWith(name)) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 1024u);
        }
        return zip;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
