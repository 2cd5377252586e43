using System.Collections.Concurrent;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.OcrTone;

/// <summary>Candidates for a word Tesseract's Vietnamese model read: every syllable the language model knows with the
/// same letters (those <see cref="AccentCandidates"/> lists for the bare letters), each scored by how likely the
/// reading is for it (<see cref="ToneChannel"/>, times <paramref name="channelWeight"/>). The reading itself scores
/// near zero and a slip costs what the channel says, so the decoder changes a word only where the context clearly
/// prefers another. A reading the model does not know ("chuấn", or "thiêt", no syllable at all) has no form of its
/// own among the candidates: its likeliest printed form wins.</summary>
public sealed class ToneCandidates(ToneChannel channel, AccentCandidates accents, float channelWeight = 1f) : ICandidateSource
{
    private readonly ConcurrentDictionary<string, CandidateSet?> _cache = new(StringComparer.Ordinal);

    public CandidateSet? Candidates(string word)
    {
        if (word.Length is 0 or > 8) return null;
        foreach (var c in word)
        {
            if (!VietnameseLetters.IsVietnameseLetter(c)) return null;
        }
        var read = TonePlacement.Canonical(VietnameseFolding.Nfc(word).ToLowerInvariant());
        return _cache.GetOrAdd(read, Build);
    }

    private CandidateSet? Build(string read)
    {
        if (accents.Candidates(SyllableInventory.BareKey(read)) is not { } set) return null;
        var scores = set.Forms.Select(form => channelWeight * channel.Score(form, read)).ToArray();
        return set with { ChannelScores = scores };
    }
}
