namespace Analytics.Ingest.Readers;

/// <summary>Decides a file's format from its bytes, never from its extension.
/// Format names: docx, xlsx, pdf, png, jpeg, tiff, text; doc (Word 97–2003), rtf and odt, which are read
/// by conversion to DOCX with LibreOffice; and the ones no reader handles (xls, ole, zip, pptx, ods, odf,
/// html, unknown; <see cref="UnsupportedReason"/> says why each is refused).
/// An encrypted Office 2007+ file (an OLE container holding an EncryptionInfo stream) is reported as docx
/// so the DOCX reader can refuse it with the precise reason.</summary>
public static class FormatSniffer
{
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    // Stream names inside an OLE directory are UTF-16LE.
    private static readonly byte[] EncryptionInfoUtf16 = System.Text.Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] WordDocumentUtf16 = System.Text.Encoding.Unicode.GetBytes("WordDocument");
    private static readonly byte[] WorkbookUtf16 = System.Text.Encoding.Unicode.GetBytes("Workbook");

    public static string Detect(ReadOnlySpan<byte> content, string name)
    {
        if (content.StartsWith("%PDF"u8) || StartsWithinHeader(content, "%PDF-"u8)) return "pdf";
        if (content.StartsWith("PK\u0003\u0004"u8)) return DetectZip(content, name);
        if (content.StartsWith(OleMagic)) return DetectOle(content);
        if (content.StartsWith(PngMagic)) return "png";
        if (content.StartsWith(JpegMagic)) return "jpeg";
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)) return "tiff";
        if (content.StartsWith("{\\rtf"u8)) return "rtf";
        if (LooksLikeHtml(content)) return "html";
        return LooksLikeText(content) ? "text" : "unknown";
    }

    /// <summary>Why a format has no reader, in words a user can act on; null for formats that are read.</summary>
    public static string? UnsupportedReason(string format) => format switch
    {
        "xls" => "legacy Excel .xls workbooks are not supported; save as .xlsx",
        "ole" => "an Office 97–2003 file that is neither a Word document nor a workbook; save the plan as .docx or .pdf",
        "zip" => "a zip archive that is not a Word document (no word/document.xml); unpack it and ingest the files inside",
        "pptx" => "PowerPoint files are not supported; save the plan as .docx or .pdf",
        "ods" => "OpenDocument spreadsheets are not supported; save as .xlsx",
        "odf" => "OpenDocument presentations and drawings are not supported; save the plan as .docx or .pdf",
        "html" => "HTML pages are not supported; save as .docx or .pdf",
        "unknown" => "not a document format we recognise (binary content)",
        _ => null,
    };

    // Some generators put a few bytes of junk before the header; readers accept the header within 1 KB.
    private static bool StartsWithinHeader(ReadOnlySpan<byte> content, ReadOnlySpan<byte> magic)
    {
        var index = content[..Math.Min(content.Length, 1024)].IndexOf(magic);
        return index > 0 && !content[..index].Contains((byte)'<');
    }

    // Zip entry names are stored uncompressed in both the local headers and the central directory, so a
    // byte search finds them even in an archive whose central directory was cut off.
    private static string DetectZip(ReadOnlySpan<byte> content, string name)
    {
        if (content.IndexOf("word/document.xml"u8) >= 0 || content.IndexOf("word/_rels/"u8) >= 0) return "docx";
        if (content.IndexOf("xl/workbook"u8) >= 0) return "xlsx";
        if (content.IndexOf("ppt/presentation"u8) >= 0) return "pptx";
        // An OpenDocument package stores its mimetype uncompressed as the first entry.
        if (content.IndexOf("application/vnd.oasis.opendocument.text"u8) >= 0) return "odt";
        if (content.IndexOf("application/vnd.oasis.opendocument.spreadsheet"u8) >= 0) return "ods";
        if (content.IndexOf("application/vnd.oasis.opendocument"u8) >= 0) return "odf";
        // An Open XML package cut short before its Word parts: the DOCX reader explains what is missing.
        if (content.IndexOf("[Content_Types].xml"u8) >= 0) return "docx";
        // Nothing recognisable inside (a damaged archive): the name breaks the tie, so a broken .docx is
        // reported as a damaged Word file rather than as some other zip.
        return name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? "docx" : "zip";
    }

    // Stream names in the OLE directory say what an Office 97–2003 file is.
    private static string DetectOle(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf(EncryptionInfoUtf16) >= 0) return "docx";
        if (content.IndexOf(WordDocumentUtf16) >= 0) return "doc";
        return content.IndexOf(WorkbookUtf16) >= 0 ? "xls" : "ole";
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 1024)];
        if (sample.StartsWith(Utf8Bom)) sample = sample[3..];
        sample = sample.TrimStart(" \t\r\n"u8);
        return StartsWithIgnoreCase(sample, "<!doctype html"u8) || StartsWithIgnoreCase(sample, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> lowerPrefix)
    {
        if (content.Length < lowerPrefix.Length) return false;
        for (var i = 0; i < lowerPrefix.Length; i++)
        {
            var b = content[i];
            if (b is >= (byte)'A' and <= (byte)'Z') b = (byte)(b + 32);
            if (b != lowerPrefix[i]) return false;
        }
        return true;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf16LittleEndianBom) || content.StartsWith(Utf16BigEndianBom)) return true;
        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control * 100 <= sample.Length;
    }
}
