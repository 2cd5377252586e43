using System.Text;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Tests.PlainText;

public sealed class TextDecodingTests
{
    private const string Sample = "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG\nTrường Tiểu học Lê Quý Đôn";

    private static string FirstText(byte[] bytes) =>
        string.Join("\n", TextReaderFixture.Read(bytes).Blocks.OfType<TextBlock>().Select(b => b.Text));

    [Fact]
    public void Utf8_with_byte_order_mark_is_read_without_the_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, FirstText(bytes));
    }

    [Fact]
    public void Utf16_little_endian_without_byte_order_mark_is_recognised_by_its_zero_bytes()
    {
        Assert.Equal(Sample, FirstText(Encoding.Unicode.GetBytes(Sample)));
    }

    [Fact]
    public void Utf16_big_endian_with_byte_order_mark_is_read()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, FirstText(bytes));
    }

    [Fact]
    public void Windows_1258_with_combining_tone_marks_becomes_composed_unicode()
    {
        // "Trường" in Windows-1258: ư = 0xFD, ơ = 0xF5, combining grave = 0xCC.
        byte[] bytes = [(byte)'T', (byte)'r', 0xFD, 0xF5, 0xCC, (byte)'n', (byte)'g'];
        var document = TextReaderFixture.Read(bytes);
        var text = Assert.IsType<TextBlock>(Assert.Single(document.Blocks)).Text;
        Assert.Equal("Trường", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains(document.Warnings, w => w.Contains("windows-1258", StringComparison.Ordinal));
    }

    [Fact]
    public void Decomposed_utf8_input_comes_out_composed()
    {
        var decomposed = "Thư viện".Normalize(NormalizationForm.FormD);
        var text = FirstText(Encoding.UTF8.GetBytes(decomposed));
        Assert.Equal("Thư viện", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void File_with_only_whitespace_is_a_failure_naming_the_file()
    {
        var result = new Analytics.Ingest.Readers.Text.PlainTextReader().Read(new Analytics.Ingest.Readers.SourceFile("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n")));
        Assert.False(result.IsSuccess);
        Assert.Contains("blank.txt", result.Error);
    }
}
