namespace Analytics.Ingest.Text.Restoration;

/// <summary>The forms a damaged word may stand for (lower-case canonical syllables), their model ids and,
/// for OCR repair, how likely the damage is for each (log10 channel score).</summary>
public sealed record CandidateSet(string[] Forms, int[] Ids, float[]? ChannelScores = null);

/// <summary>Where candidates come from: the syllable inventory (lost diacritics) or an OCR channel.
/// Null means the word is kept as written.</summary>
public interface ICandidateSource
{
    CandidateSet? Candidates(string word);

    /// <summary>The same for a word given as characters; sources on the hot path avoid the string.</summary>
    CandidateSet? Candidates(ReadOnlySpan<char> word) => Candidates(word.ToString());
}
