using System.Collections.Frozen;
using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Words that are known abbreviations carrying Đ (<see cref="DotlessAbbreviations"/>), written in
/// capitals without it, get their one reading; every other word goes to the inner source.</summary>
public sealed class AbbreviationCandidates : ICandidateSource
{
    private readonly ICandidateSource _inner;
    private readonly FrozenDictionary<string, CandidateSet>.AlternateLookup<ReadOnlySpan<char>> _known;

    public AbbreviationCandidates(ICandidateSource inner, DotlessAbbreviations? table = null)
    {
        _inner = inner;
        _known = (table ?? DotlessAbbreviations.Default).Entries
            .ToFrozenDictionary(p => p.Key, p => new CandidateSet([p.Value.ToLowerInvariant()], [SyllableLanguageModel.Unknown]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public CandidateSet? Candidates(string word) => Candidates(word.AsSpan());

    /// <summary>The one reading of a known abbreviation written in capitals, else the inner source's.</summary>
    public CandidateSet? Candidates(ReadOnlySpan<char> word) =>
        word.Length >= 2 && _known.TryGetValue(word, out var set) ? set : _inner.Candidates(word);
}
