using Analytics.Ingest.Text;

namespace Analytics.Ingest.Tests.Text;

public sealed class RestorationBehaviourTests
{
    [Fact]
    public void Casing_numbers_abbreviations_and_punctuation_are_kept()
    {
        var result = TextModels.Repair.Repair("KE HOACH cai tien chat luong giao duc nam hoc 2023-2024 cua truong THCS, theo huong dan cua Bo GD&DT.");
        Assert.StartsWith("KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2023-2024 của trường THCS, theo hướng dẫn của Bộ GD&", result.Text);
        Assert.EndsWith(".", result.Text);
        Assert.Equal("diacritics", result.Notes.Single().Kind);
    }

    [Fact]
    public void Table_cells_and_markup_tags_end_sentences()
    {
        var spans = new List<Analytics.Ingest.Text.Restoration.WordSpan>();
        Analytics.Ingest.Text.Restoration.WordSpans.Split("tieu chi\tbien phap<br>nguoi | thoi gian</p>x", spans);
        var kinds = spans.Select(s => s.Kind).Where(k => k != Analytics.Ingest.Text.Restoration.SpanKind.Other).ToList();
        Assert.Equal(4, kinds.Count(k => k == Analytics.Ingest.Text.Restoration.SpanKind.SentenceBreak));
        Assert.Equal(8, kinds.Count(k => k == Analytics.Ingest.Text.Restoration.SpanKind.Word));
    }

    [Fact]
    public void Accented_words_in_a_mostly_bare_line_are_kept_as_written()
    {
        var result = TextModels.Repair.Repair("Truong tieu hoc Hệ Muông xay dung ke hoach");
        Assert.Contains("Hệ Muông", result.Text);
        Assert.StartsWith("Trường tiểu học", result.Text);
    }

    [Theory]
    [InlineData("\u0001\u0002\u00ff\ufffd\u0000 binary \u0007junk")]
    [InlineData("😀🎉 emoji only 🚀")]
    [InlineData("Трамп и Путин 中文 العربية")]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Bad_input_passes_through(string text)
    {
        var result = TextModels.Repair.Repair(text);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void An_extremely_long_line_does_not_throw()
    {
        var line = string.Concat(Enumerable.Repeat("ke hoach cai tien chat luong ", 20_000));
        var result = TextModels.Repair.Repair(line);
        Assert.Equal(line.Length, result.Text.Length);
        var junk = new string('x', 300_000);
        Assert.Equal(junk, TextModels.Repair.Repair(junk).Text);
    }

    [Fact]
    public void Mixed_scripts_and_emoji_inside_vietnamese_do_not_break_restoration()
    {
        var result = TextModels.Repair.Repair("Nha truong 😀 to chuc hoat dong trai nghiem 中文 cho hoc sinh");
        Assert.Contains("😀", result.Text);
        Assert.Contains("中文", result.Text);
        Assert.Contains("học sinh", result.Text);
    }
}
