using System.IO.Compression;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Conversion;
using Analytics.Ingest.Readers.Docx;
using Analytics.Ingest.Tests.BadInput;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Conversion;

/// <summary>The reader logic around the converter, with the converter replaced: what reaches the DOCX
/// reader, what the user is told, and what is refused before any conversion starts.</summary>
public sealed class ConvertedDocxReaderTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", name));

    private static ConvertedDocxReader Reader(LegacyFormat format, IDocumentConverter converter) => new(format, converter, new DocxReader());

    [Fact]
    public void Converted_document_keeps_its_own_source_and_format_and_reads_the_docx_tables()
    {
        var docx = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "mn-tan-dinh.docx"));
        var read = Reader(LegacyFormat.Doc, FakeConverter.Returning(docx)).Read(new SourceFile("kế hoạch.doc", Fixture("mn-tan-dinh.doc")));

        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal("doc", read.Value.Format);
        Assert.Equal("kế hoạch.doc", read.Value.Source);
        Assert.Contains(read.Value.Blocks, b => b is Model.TableBlock table && table.Rows.Any(r => r.Cells.Any(c => c.RowSpan > 1)));
    }

    [Fact]
    public void Missing_libreoffice_is_reported_through_the_pipeline_with_the_package_to_install()
    {
        var converter = FakeConverter.Failing("reading legacy Word .doc needs LibreOffice (Debian: libreoffice-writer-nogui)");
        var pipeline = DefaultPipeline.CreateBuilder(converter: converter).Build();

        var outcome = pipeline.Ingest(new SourceFile("cũ.doc", Fixture("mn-tan-dinh.doc")));

        Assert.Equal("reading legacy Word .doc needs LibreOffice (Debian: libreoffice-writer-nogui)", outcome.Error);
        Assert.Equal(1, converter.Calls);
    }

    [Fact]
    public void Libreoffice_converter_with_no_executable_says_what_to_install()
    {
        var converter = new LibreOfficeConverter(new LibreOfficeOptions { Executable = "/nonexistent/soffice" });

        var converted = converter.ToDocx(new SourceFile("a.rtf", "{\\rtf1 x}"u8.ToArray()), LegacyFormat.Rtf);

        Assert.Equal("reading RTF needs LibreOffice (Debian: libreoffice-writer-nogui)", converted.Error);
    }

    [Fact]
    public void Password_protected_doc_is_refused_before_conversion()
    {
        var doc = Fixture("mn-tan-dinh.doc");
        SetWordEncryptedFlag(doc);
        var converter = FakeConverter.Failing("must not be called");

        var read = Reader(LegacyFormat.Doc, converter).Read(new SourceFile("mật khẩu.doc", doc));

        Assert.StartsWith("the legacy Word .doc is password-protected", read.Error);
        Assert.Equal(0, converter.Calls);
    }

    [Fact]
    public void Unencrypted_doc_is_not_mistaken_for_a_protected_one()
    {
        var converter = FakeConverter.Failing("converter reached");

        var read = Reader(LegacyFormat.Doc, converter).Read(new SourceFile("a.doc", Fixture("thcs-my-le.doc")));

        Assert.Equal("converter reached", read.Error);
    }

    [Fact]
    public void Password_protected_odt_is_refused_before_conversion()
    {
        var converter = FakeConverter.Failing("must not be called");

        var read = Reader(LegacyFormat.Odt, converter).Read(new SourceFile("mật khẩu.odt", EncryptedOdt()));

        Assert.StartsWith("the OpenDocument text (.odt) is password-protected", read.Error);
        Assert.Equal(0, converter.Calls);
    }

    [Fact]
    public void Converter_output_that_is_not_a_docx_is_one_error_naming_the_format()
    {
        var read = Reader(LegacyFormat.Rtf, FakeConverter.Returning(BadFiles.CorruptDocx())).Read(new SourceFile("a.rtf", "{\\rtf1 x}"u8.ToArray()));

        Assert.StartsWith("the RTF converted by LibreOffice could not be read (damaged", read.Error);
    }

    // FibBase.fEncrypted is bit 8 of the 16-bit flags at offset 0x0A of the WordDocument stream, which
    // starts on a sector boundary with wIdent 0xA5EC.
    private static void SetWordEncryptedFlag(byte[] doc)
    {
        var sectorSize = 1 << BitConverter.ToUInt16(doc, 0x1E);
        var fib = Enumerable.Range(1, doc.Length / sectorSize - 1).Select(i => i * sectorSize)
            .Single(offset => BitConverter.ToUInt16(doc, offset) == 0xA5EC);
        doc[fib + 0x0B] |= 0x01;
    }

    private static byte[] EncryptedOdt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip.CreateEntry("mimetype", CompressionLevel.NoCompression), "application/vnd.oasis.opendocument.text");
            Write(zip.CreateEntry("META-INF/manifest.xml"), """
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">
                  <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>
                 </manifest:file-entry>
                </manifest:manifest>
                """);
            Write(zip.CreateEntry("content.xml"), "\u0001\u0002encrypted");
        }
        var bytes = stream.ToArray();
        Assert.Equal("odt", FormatSniffer.Detect(bytes, "a.odt"));
        return bytes;
    }

    private static void Write(ZipArchiveEntry entry, string text)
    {
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text);
    }
}
