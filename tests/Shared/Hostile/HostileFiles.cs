using System.IO.Compression;
using System.Text;

namespace Analytics.Testing.Hostile;

/// <summary>The inputs of issue 18 that once took the product down, made from a real plan the way an
/// attacker makes them: edit the package's XML, the PDF's stream, the text's length.</summary>
internal static class HostileFiles
{
    /// <summary>A real DOCX plan with <paramref name="depth"/> custom XML elements nested at the start of
    /// its body; each is named differently, so the package compresses like a document, not like a bomb.</summary>
    public static byte[] NestedDocx(byte[] docx, int depth)
    {
        var nest = new StringBuilder("<w:p>");
        for (var i = 0; i < depth; i++) nest.Append("<w:customXml w:element=\"e").Append(i).Append("\">");
        nest.Insert(nest.Length, "</w:customXml>", depth).Append("</w:p>");
        return EditPart(docx, "word/document.xml", xml => ReplaceFirst(xml, "<w:body>", "<w:body>" + nest));
    }

    /// <summary>A real DOCX plan whose first table cell claims a span of two billion columns.</summary>
    public static byte[] GiantGridSpan(byte[] docx) =>
        EditPart(docx, "word/document.xml", xml => ReplaceFirst(xml, "<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2000000000\"/>"));

    /// <summary>Rewrites one part of a zip package, keeping every other part as it was.</summary>
    public static byte[] EditPart(byte[] package, string part, Func<string, string> edit)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = entry.Open();
                var bytes = new MemoryStream();
                reader.CopyTo(bytes);
                var content = entry.FullName == part ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(bytes.ToArray()))) : bytes.ToArray();
                using var writer = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                writer.Write(content);
            }
        }
        return output.ToArray();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte[]> s_bombs = new();

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="megabytes"/> MB of blanks
    /// before its one line of text (made once per size: compressing is the slow part).</summary>
    public static byte[] FlateBombPdf(int megabytes) => s_bombs.GetOrAdd(megabytes, m => MakeFlateBomb(m * 1024L * 1024));

    private static byte[] MakeFlateBomb(long inflatedBytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (long done = 0; done < inflatedBytes; done += blanks.Length) zlib.Write(blanks);
            zlib.Write("BT /F1 12 Tf 72 720 Td (Ke hoach) Tj ET"u8);
        }
        return MinimalPdf(compressed.ToArray(), "/Filter /FlateDecode");
    }

    /// <summary>A one-page PDF around the given content stream.</summary>
    public static byte[] MinimalPdf(byte[] stream, string filter)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Ascii($"<< /Length {stream.Length} {filter} >>\nstream\n").Concat(stream).Concat(Ascii("\nendstream")).ToArray(),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>Plan-like Vietnamese text on one line of about <paramref name="bytes"/> bytes.</summary>
    public static byte[] OneLineText(int bytes)
    {
        var words = new[] { "kế", "hoạch", "cải", "tiến", "chất", "lượng", "giáo", "dục", "thư", "viện", "phòng", "học" };
        var text = new StringBuilder(bytes);
        var random = new Random(18);
        while (text.Length < bytes / 1.3) text.Append(words[random.Next(words.Length)]).Append(' ');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + find.Length)..];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
