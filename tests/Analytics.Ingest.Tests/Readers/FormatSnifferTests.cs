using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.BadInput;

namespace Analytics.Ingest.Tests.Readers;

/// <summary>Formats are told from the bytes: a plan saved by Word 97–2003, LibreOffice or Excel is
/// recognised whatever its name says.</summary>
public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("mn-tan-dinh.doc", "doc")]
    [InlineData("lc-thcs-thpt-mau-due.rtf", "rtf")]
    [InlineData("mn-hoa-sua.odt", "odt")]
    [InlineData("th-cam-dong.xlsx", "xlsx")]
    public void Format_is_told_from_the_content_not_the_name(string file, string format)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", file));

        Assert.Equal(format, FormatSniffer.Detect(content, "kế hoạch.docx"));
        Assert.Null(FormatSniffer.UnsupportedReason(format));
    }

    [Fact]
    public void Office_97_files_are_told_apart_by_their_streams()
    {
        Assert.Equal("doc", FormatSniffer.Detect(BadFiles.LegacyDoc(), "a.xls"));
        Assert.Equal("xls", FormatSniffer.Detect(BadFiles.LegacyXls(), "a.doc"));
        Assert.Equal("docx", FormatSniffer.Detect(BadFiles.EncryptedOffice(), "a.doc"));
    }
}
