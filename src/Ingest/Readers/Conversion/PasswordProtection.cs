using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Tells a password-protected .doc or .odt apart before conversion, so the user learns that the
/// file is encrypted (and what to do) instead of LibreOffice's bare "could not be loaded". An encrypted
/// Word 2007+ file is an OLE container the sniffer already hands to the DOCX reader, which refuses it.</summary>
internal static class PasswordProtection
{
    private const ushort FibIdent = 0xA5EC;
    // FibBase flags ([MS-DOC] 2.5.2): fEncrypted; covers both RC4 and XOR obfuscation.
    private const ushort FibEncrypted = 0x0100;
    private const int MaxManifestBytes = 1 << 20;

    public static string? Reason(LegacyFormat format, ReadOnlyMemory<byte> content)
    {
        var encrypted = format.Name switch
        {
            "doc" => WordBinaryIsEncrypted(content.Span),
            "odt" => OpenDocumentIsEncrypted(content),
            _ => false,
        };
        return encrypted
            ? $"the {format.Label} is password-protected (encrypted); remove the password in Word or LibreOffice and save again"
            : null;
    }

    private static bool WordBinaryIsEncrypted(ReadOnlySpan<byte> content)
    {
        var fib = CompoundFile.FirstSector(content, "WordDocument");
        return fib.Length >= 12
            && BinaryPrimitives.ReadUInt16LittleEndian(fib) == FibIdent
            && (BinaryPrimitives.ReadUInt16LittleEndian(fib[0x0A..]) & FibEncrypted) != 0;
    }

    // ODF encrypts each part and says so in META-INF/manifest.xml with <manifest:encryption-data>.
    private static bool OpenDocumentIsEncrypted(ReadOnlyMemory<byte> content)
    {
        try
        {
            var bytes = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
                ? segment
                : new ArraySegment<byte>(content.ToArray());
            using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            var manifest = archive.GetEntry("META-INF/manifest.xml");
            if (manifest is null || manifest.Length > MaxManifestBytes) return false;
            using var reader = new StreamReader(manifest.Open());
            return reader.ReadToEnd().Contains("encryption-data", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false; // a damaged package: LibreOffice's own error says so
        }
    }
}
