using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Testing;
using Analytics.Testing.Hostile;

namespace Analytics.Ingest.Tests.BadInput;

/// <summary>Issue 18's inputs that took the product down, each checked by the cheap in-process guards.</summary>
public sealed class HostileInputTests
{
    private static readonly IngestPipeline Pipeline = DefaultPipeline.Create();

    private static byte[] CorpusPlan => File.ReadAllBytes(RepoPaths.Combine("corpus", "lc-th-thcs-nam-xe.docx"));

    private static IngestOutcome Ingest(string name, byte[] content, IngestPipeline? pipeline = null) =>
        (pipeline ?? Pipeline).Ingest(new SourceFile(name, content));

    [Fact]
    public void Custom_xml_nested_twenty_thousand_deep_is_refused_before_the_sdk_recurses_into_it()
    {
        var outcome = Ingest("lồng.docx", HostileFiles.NestedDocx(CorpusPlan, 20_000));

        Assert.Equal("part word/document.xml nests elements more than 256 deep; not a plausible document", outcome.Error);
    }

    [Fact]
    public void Nesting_a_real_document_could_have_is_still_read()
    {
        var outcome = Ingest("lồng vừa.docx", HostileFiles.NestedDocx(CorpusPlan, 100));

        Assert.True(outcome.IsSuccess, outcome.Error);
        Assert.Equal("Trường TH&THCS Nậm Xé", outcome.Records.Single().School.Name);
    }

    [Fact]
    public void A_grid_span_of_two_billion_columns_reads_as_a_table_of_ordinary_width()
    {
        var outcome = Ingest("gộp ô.docx", HostileFiles.GiantGridSpan(CorpusPlan));

        Assert.True(outcome.IsSuccess, outcome.Error);
        Assert.NotEmpty(outcome.Records.Single().Items);
    }

    [Fact]
    public void A_pdf_stream_that_inflates_past_the_cap_is_refused_as_a_flate_bomb()
    {
        var bomb = HostileFiles.FlateBombPdf(300);

        var outcome = Ingest("bom.pdf", bomb);

        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
        Assert.Equal("flate bomb suspected: a PDF stream inflates past 256 MB", outcome.Error);
    }

    [Fact]
    public void A_twenty_megabyte_one_line_text_is_refused_by_its_size()
    {
        var outcome = Ingest("một dòng.txt", HostileFiles.OneLineText(20 * 1024 * 1024));

        Assert.StartsWith("text file of ", outcome.Error);
        Assert.Contains("a plan as text is far smaller (limit 2 MB)", outcome.Error);
    }

    [Fact]
    public void A_text_line_longer_than_any_paragraph_is_refused()
    {
        var outcome = Ingest("dòng dài.txt", HostileFiles.OneLineText(1024 * 1024));

        Assert.StartsWith("a line of ", outcome.Error);
        Assert.EndsWith("not a plan's text (limit 100,000 per line)", outcome.Error);
    }

    [Fact]
    public void A_file_past_its_deadline_fails_with_the_deadline_named()
    {
        var hurried = DefaultPipeline.Create(IngestLimits.Default with { FileDeadline = TimeSpan.FromTicks(1) });

        var outcome = Ingest("chậm.docx", CorpusPlan, hurried);

        Assert.Equal("Tệp đọc quá thời hạn 0 giây / reading took longer than the 0 s deadline", outcome.Error);
    }
}
