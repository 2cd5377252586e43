using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Docx;
using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Tests.BadInput;

/// <summary>Every broken input comes back as one failure with a reason a user can act on; none throws.</summary>
public sealed class BadInputTests
{
    private static readonly IngestPipeline Pipeline = DefaultPipeline.Create();

    private static string Failure(string name, byte[] content)
    {
        var read = Pipeline.Read(new SourceFile(name, content));
        Assert.False(read.IsSuccess, $"{name} should not be readable");
        return read.Error!;
    }

    [Fact]
    public void Corrupt_docx_is_refused_as_damaged()
    {
        Assert.Contains("damaged", Failure("hỏng.docx", BadFiles.CorruptDocx()));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void Truncated_docx_is_refused_as_damaged_or_truncated(double keep)
    {
        var reason = Failure("cụt.docx", BadFiles.Truncated(BadFiles.Fixture("plan-long.docx"), keep));

        Assert.Matches("damaged|truncated", reason);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Truncated_pdf_is_refused_or_read_with_a_truncation_warning(double keep)
    {
        var read = Pipeline.Read(new SourceFile("cụt.pdf", BadFiles.Truncated(BadFiles.Fixture("plan-long.pdf"), keep)));

        // PdfPig's lenient parser may recover the pages written before the cut; the user must still be told.
        if (read.IsSuccess) Assert.Contains(read.Value.Warnings, w => w.Contains("cut short"));
        else Assert.Contains("truncated PDF", read.Error);
    }

    [Fact]
    public void Password_protected_pdf_is_refused_with_the_reason()
    {
        Assert.Contains("encrypted PDF", Failure("mật khẩu.pdf", BadFiles.Fixture("encrypted.pdf")));
    }

    [Fact]
    public void Encrypted_office_document_is_refused_as_password_protected()
    {
        Assert.Contains("password-protected", Failure("mật khẩu.docx", BadFiles.EncryptedOffice()));
    }

    [Fact]
    public void Legacy_excel_xls_is_refused_with_advice_to_save_as_xlsx()
    {
        Assert.Equal("legacy Excel .xls workbooks are not supported; save as .xlsx", Failure("cũ.xls", BadFiles.LegacyXls()));
    }

    [Fact]
    public void Empty_file_is_refused_before_reading()
    {
        var outcome = Pipeline.Ingest(new SourceFile("rỗng.pdf", Array.Empty<byte>()));

        Assert.Equal("empty file", outcome.Error);
    }

    [Fact]
    public void Random_bytes_are_refused_as_unrecognised()
    {
        Assert.Contains("not a document format", Failure("rác.docx", BadFiles.RandomBytes()));
    }

    [Fact]
    public void Zip_bomb_posing_as_docx_is_refused_from_its_declared_ratio()
    {
        var bomb = BadFiles.ZipBomb(16L << 20);
        Assert.True(bomb.Length < 1 << 20, "the bomb should be small on disk");

        Assert.Contains("zip bomb", Failure("bom.docx", bomb));
    }

    [Fact]
    public void Zip_bomb_with_falsified_sizes_is_stopped_while_inflating()
    {
        var reason = Failure("bom.docx", BadFiles.LyingZipBomb(8L << 20));

        Assert.Matches("zip bomb|damaged", reason);
    }

    [Fact]
    public void Docx_over_the_decompressed_size_limit_is_refused()
    {
        var reader = new DocxReader(new IngestLimits { MaxDecompressedBytes = 1 << 20 });
        var read = reader.Read(new SourceFile("lớn.docx", BadFiles.ZipBomb(2L << 20)));

        Assert.Contains("zip bomb", read.Error);
    }

    [Fact]
    public void Package_without_document_part_is_refused_naming_the_missing_part()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
        }

        Assert.Matches("document|damaged", Failure("thiếu.docx", stream.ToArray()));
    }

    [Fact]
    public void Pdf_over_the_page_limit_is_refused()
    {
        var reader = new PdfReader(new IngestLimits { MaxPages = 3 });
        var read = reader.Read(new SourceFile("dài.pdf", BadFiles.Fixture("plan-long.pdf")));

        Assert.Equal("the PDF has 15 pages (limit 3)", read.Error);
    }

    [Fact]
    public void Scanned_pdf_without_text_fails_with_the_ocr_reason_not_as_not_a_plan()
    {
        // The text-layer reader alone (the default pipeline wraps it with OCR): an empty body must be
        // reported with the reader's page warning, not as "not a plan".
        var textLayerOnly = DefaultPipeline.CreateBuilder().UseReader("pdf", new PdfReader()).Build();
        var outcome = textLayerOnly.Ingest(new SourceFile("quét.pdf", BadFiles.Fixture("scan-only.pdf")));

        Assert.StartsWith("no text found", outcome.Error);
        Assert.Contains("OCR", outcome.Error);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("ods")]
    [InlineData("html")]
    public void Recognised_but_unsupported_formats_say_what_to_do(string format)
    {
        byte[] content = format switch
        {
            "zip" => ZipWith("notes/readme.txt"),
            "ods" => ZipWith("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            _ => "<!DOCTYPE html><html><body>Kế hoạch</body></html>"u8.ToArray(),
        };

        var name = "x." + format;
        Assert.Equal(format, FormatSniffer.Detect(content, name));
        Assert.Equal(FormatSniffer.UnsupportedReason(format), Failure(name, content));
    }

    private static byte[] ZipWith(string entryName, string text = "hello")
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            // Stored, as OpenDocument stores its mimetype entry.
            using var writer = new StreamWriter(zip.CreateEntry(entryName, System.IO.Compression.CompressionLevel.NoCompression).Open());
            writer.Write(text);
        }
        return stream.ToArray();
    }
}
