using Analytics.Ingest.Text.Syllables;
using Analytics.Search.Analysis;

namespace Analytics.Search.Tests;

/// <summary>The index and ingest put a tone on the same vowel: one rule, <see cref="TonePlacement"/> in Ingest
/// (before, Search had its own copy that chose the newer placement "hoà" where ingest chose "hòa").</summary>
public sealed class TonePlacementHomeTests
{
    [Theory]
    [InlineData("hoà")]
    [InlineData("hòa")]
    [InlineData("thuỷ")]
    [InlineData("khoẻ")]
    [InlineData("người")]
    [InlineData("quả")]
    public void The_index_term_of_a_syllable_is_ingests_canonical_spelling(string syllable)
    {
        var terms = VietnameseAnalyzers.Terms(VietnameseAnalyzers.Exact(shingles: false), "f", syllable);
        Assert.Equal([TonePlacement.Canonical(syllable)], terms);
    }

    [Fact]
    public void The_canonical_placement_is_the_traditional_one() =>
        Assert.Equal(["hòa", "thủy", "khỏe"], VietnameseAnalyzers.Terms(VietnameseAnalyzers.Exact(shingles: false), "f", "hoà thuỷ khoẻ"));
}
