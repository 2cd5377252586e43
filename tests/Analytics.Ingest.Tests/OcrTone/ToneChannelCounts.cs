using Analytics.Ingest.Text.OcrTone;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Learns the Vietnamese model's mark confusions from aligned pairs of the TUNE part (scripts/measure-ocr-tone.sh
/// with OCRTONE_CHANNEL): for every pair with the same letters, the born-digital word's tone against the OCR'd
/// word's, and each marked letter (a ă â, e ê, o ô ơ, u ư, d đ) against the OCR'd letter, written in the table
/// format <see cref="ToneChannel"/> reads.</summary>
public sealed class ToneChannelCounts
{
    private readonly Dictionary<(string Kind, string Truth, string Read), int> _counts = [];

    public void Add(AlignedPair pair)
    {
        if (pair.Digital is null || pair.Ocr is null || pair.Kind is not (PairKind.Correct or PairKind.WrongMark or PairKind.NonSyllable)) return;
        foreach (var (kind, truth, read) in ToneChannel.Events(pair.Digital, pair.Ocr))
            _counts[(kind, truth, read)] = _counts.GetValueOrDefault((kind, truth, read)) + 1;
    }

    public string Table() => string.Concat(_counts.OrderBy(p => p.Key.Kind, StringComparer.Ordinal)
        .ThenBy(p => p.Key.Truth, StringComparer.Ordinal).ThenBy(p => p.Key.Read, StringComparer.Ordinal)
        .Select(p => $"{p.Key.Kind}\t{p.Key.Truth}\t{p.Key.Read}\t{p.Value}\n"));
}
