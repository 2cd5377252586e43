using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>Malformed input must come back as "nothing found" or a warning, never as an exception.</summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "0123456789 .,;:/-–x×*+()%đĐăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủũứừửữựỵỷỹýỳ\t\nabcdeghiklmnopqrstuvxyTQHNtỷtriệuđồngnămhọcquýthánghè";

    public static IEnumerable<object[]> RandomTexts()
    {
        var random = new Random(20241025);
        for (var n = 0; n < 300; n++)
        {
            var length = random.Next(0, 120);
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            yield return [new string(chars)];
        }
        yield return [new string('9', 60) + " tỷ"];
        yield return ["999999999999999999 tỷ x 999999999"];
        yield return ["1.2.3.4.5.6 triệu"];
        yield return ["\uD800 lone surrogate 50 triệu"];
        yield return ["Quý 9/2024 tháng 13/2024 99/99/9999 HK3"];
        yield return [string.Concat(Enumerable.Repeat("Tiêu chí 3.1: Thư viện, ", 500))];
    }

    [Theory]
    [MemberData(nameof(RandomTexts))]
    public void No_normaliser_throws_on_arbitrary_text(string text)
    {
        var money = MoneyParser.ParseDetailed(text);
        if (money.Budget?.Vnd is { } vnd) Assert.True(vnd > 0);
        foreach (var mention in MoneyParser.FindAmounts(text))
        {
            Assert.InRange(mention.Start, 0, text.Length);
            Assert.InRange(mention.Start + mention.Length, 0, text.Length);
        }
        var timeline = TimelineParser.ParseDetailed(text, 2024, 2025).Timeline;
        if (timeline?.Start is { } start) Assert.Matches(@"^\d{4}-(0[1-9]|1[0-2])$", start);
        if (timeline?.End is { } end) Assert.Matches(@"^\d{4}-(0[1-9]|1[0-2])$", end);
        _ = SchoolLevels.Detect(text);
        _ = SchoolLevels.FromRegulation(text);
        _ = CriteriaCatalogue.ParseReference(text);
        _ = CriteriaCatalogue.MatchByName("tieu-hoc", text);
        _ = ProvinceMap.Canonical(text);
        _ = ProvinceMap.FindInText(text);
        foreach (var hit in GapLexicon.Explain(text))
            Assert.InRange(hit.Start + hit.Length, 0, text.Length);
    }
}
