using System.Collections.Frozen;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Education-sector abbreviations that carry Đ, for text typed without diacritics: written in
/// capitals, each unaccented spelling here reads one way only ("GD&amp;DT" is always "GD&amp;ĐT", "HDND" always
/// "HĐND"), while the syllable model cannot know them (they are no syllables). Every other word goes to the
/// inner source. Abbreviations whose bare letters read several ways ("DT": diện tích or đào tạo, "HD":
/// hướng dẫn or hội đồng) are left out and stay as written.</summary>
public sealed class AbbreviationCandidates(ICandidateSource inner) : ICandidateSource
{
    private static readonly FrozenDictionary<string, CandidateSet> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GD&DT"] = "gd&đt",      // giáo dục và đào tạo
        ["GDDT"] = "gdđt",
        ["BGDDT"] = "bgdđt",      // Bộ Giáo dục và Đào tạo (TT-BGDĐT)
        ["SGDDT"] = "sgdđt",
        ["PGDDT"] = "pgdđt",
        ["SGD&DT"] = "sgd&đt",
        ["PGD&DT"] = "pgd&đt",
        ["HDND"] = "hđnd",        // hội đồng nhân dân
        ["HDSP"] = "hđsp",        // hội đồng sư phạm
        ["HDTDG"] = "hđtđg",      // hội đồng tự đánh giá
        ["TDG"] = "tđg",          // tự đánh giá
        ["DGN"] = "đgn",          // đánh giá ngoài
        ["KDCLGD"] = "kđclgd",    // kiểm định chất lượng giáo dục
        ["DDDH"] = "đddh",        // đồ dùng dạy học
        ["DDDC"] = "đdđc",        // đồ dùng đồ chơi
        ["TDKT"] = "tđkt",        // thi đua khen thưởng
        ["BDDCMHS"] = "bđdcmhs",  // ban đại diện cha mẹ học sinh
        ["DDCMHS"] = "đdcmhs",
    }.ToFrozenDictionary(p => p.Key, p => new CandidateSet([p.Value], [SyllableLanguageModel.Unknown]), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CandidateSet>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public CandidateSet? Candidates(string word) => Candidates(word.AsSpan());

    /// <summary>The one reading of a known abbreviation written in capitals, else the inner source's.</summary>
    public CandidateSet? Candidates(ReadOnlySpan<char> word) =>
        word.Length >= 3 && KnownBySpan.TryGetValue(word, out var set) ? set : inner.Candidates(word);
}
