using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Tests.Readers;

/// <summary>One catalogue of formats: what the sniffer reads, what a folder walk takes and what the upload
/// offers agree.</summary>
public sealed class DocumentFormatsTests
{
    [Fact]
    public void A_catalogued_format_is_read_exactly_when_the_sniffer_gives_no_reason_to_refuse_it()
    {
        foreach (var format in DocumentFormats.All)
            Assert.Equal(format.IsRead, FormatSniffer.UnsupportedReason(format.Name) is null);
    }

    [Fact]
    public void A_folder_walk_takes_every_ending_the_upload_offers_and_page_images()
    {
        var offered = DocumentFormats.PickerAccept.Split(',');
        Assert.Contains(".docx", offered);
        Assert.Contains(".jpg", offered);
        Assert.DoesNotContain(".html", offered);
        Assert.All(offered, ending => Assert.Contains(ending, InputWalker.DocumentExtensions));
        Assert.All(DocumentFormats.ImageExtensions, ending => Assert.Contains(ending, offered));
        Assert.Contains("", InputWalker.DocumentExtensions);
    }

    [Theory]
    [InlineData("png", true)]
    [InlineData("tiff", true)]
    [InlineData("pdf", false)]
    public void Page_images_are_told_by_the_sniffed_format(string format, bool image) =>
        Assert.Equal(image, DocumentFormats.IsImage(format));
}
