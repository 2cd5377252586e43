using Analytics.Ingest.Records;
using Analytics.Ingest.Text.Encodings;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.OcrRepair;
using Analytics.Ingest.Text.OcrTone;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text;

/// <summary>Options for <see cref="VietnameseTextRepair"/>. Lines longer than <see cref="MaxLineLength"/>
/// are passed through untouched (no Vietnamese line is that long; it is junk or a dump). Hypotheses more
/// than <see cref="BeamThreshold"/> (log10) behind the best are dropped from the beam; <see cref="CaseWeight"/>
/// scales the model's case channel (capitals inside a sentence hint at names). Beam width 16: on a development
/// slice of Wikipedia (the 300-line margin before the held-out tail, trained on by no model) 8 → 16 took
/// syllable accuracy from 96.54 % to 96.65 % (32: 96.66 %).
/// <see cref="ToneChannelWeight"/> scales the Vietnamese-OCR tone channel against the model: above 1, the decoder
/// needs more context before it changes what OCR read.</summary>
public sealed record TextRepairOptions(int BeamWidth = 16, int MaxLineLength = 100_000, float BeamThreshold = BeamDecoder.DefaultThreshold, float CaseWeight = 1f, float ToneChannelWeight = 1f);

/// <summary>The product's text repair: per line, NFC for decomposed text, legacy encodings (TCVN3, VNI,
/// Windows-1258) to Unicode, diacritic restoration for unaccented text and English-OCR repair, each only
/// where the line needs it. Correct text comes back unchanged. Thread-safe; build once and share.</summary>
public sealed class VietnameseTextRepair : ITextRepair
{
    private readonly SentenceRestorer _accents;
    private readonly Lazy<SentenceRestorer> _ocr;
    private readonly Lazy<SentenceRestorer> _tone;
    private readonly TextRepairOptions _options;
    private readonly AccentCandidates _accentCandidates;

    public VietnameseTextRepair(ISyllableScorer model, TextRepairOptions? options = null)
    {
        _options = options ?? new TextRepairOptions();
        Model = model;
        var accentCandidates = new AccentCandidates(model, SyllableInventory.Default);
        _accentCandidates = accentCandidates;
        var words = new AbbreviationCandidates(accentCandidates);
        _accents = new SentenceRestorer(model, words, _options.BeamWidth, _options.BeamThreshold, _options.CaseWeight);
        _ocr = new Lazy<SentenceRestorer>(() =>
            new SentenceRestorer(model, new AbbreviationCandidates(new OcrCandidates(model, OcrChannel.Default, accentCandidates)), _options.BeamWidth, _options.BeamThreshold, _options.CaseWeight));
        _tone = new Lazy<SentenceRestorer>(() =>
            new SentenceRestorer(model, new ToneCandidates(ToneChannel.Default, accentCandidates, _options.ToneChannelWeight), _options.BeamWidth, _options.BeamThreshold, _options.CaseWeight));
    }

    public ISyllableScorer Model { get; }

    /// <summary>The restorer for unaccented text (for --explain and evaluation).</summary>
    public SentenceRestorer AccentRestorer => _accents;

    /// <summary>The restorer for English-OCR text (built on first use).</summary>
    public SentenceRestorer OcrRestorer => _ocr.Value;

    /// <summary>The tone and mark repair for text Tesseract's Vietnamese model read (built on first use).</summary>
    public SentenceRestorer ToneRestorer => _tone.Value;

    /// <summary>True when a syllable's bare letters have more than one reading the model knows.</summary>
    public bool IsAmbiguous(string syllable) => _accentCandidates.Candidates(SyllableInventory.BareKey(syllable)) is { Forms.Length: > 1 };

    public TextRepairResult Repair(string text) => Repair(text, documentCondition: null);

    /// <summary>Repairs <paramref name="text"/>; <paramref name="documentCondition"/> (the whole document's
    /// condition) decides for lines too short to judge alone; the rest of the document context is read from
    /// <paramref name="text"/> itself.</summary>
    public TextRepairResult Repair(string text, TextCondition? documentCondition, string? location = null) =>
        string.IsNullOrEmpty(text) ? TextRepairResult.Unchanged(text ?? "") : Repair(text, DocumentRepairContext.Survey([text], documentCondition), location);

    /// <summary>Repairs one text (paragraph, cell) of a document surveyed as a whole; <paramref name="recognised"/>
    /// says OCR read it, so its well-formed lines may still carry wrong tones and marks.</summary>
    public TextRepairResult Repair(string text, DocumentRepairContext document, string? location = null, bool recognised = false)
    {
        if (string.IsNullOrEmpty(text)) return TextRepairResult.Unchanged(text ?? "");
        var lines = text.Split('\n');
        List<TextRepairNote>? notes = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var original = lines[i];
            var (repaired, kind) = RepairLine(original, document.Condition, document.PartlyUnaccented, recognised);
            if (kind is null || repaired == original) continue;
            // Restored words follow the placement the document's own accented words use ("hoá" or "hóa").
            if (kind == "diacritics") repaired = ToneStyles.Apply(repaired, document.Style);
            lines[i] = repaired;
            (notes ??= []).Add(new TextRepairNote(kind, original, repaired, lines.Length > 1 ? $"{location}{(location is null ? "" : " ")}line {i + 1}" : location));
        }
        return notes is null ? TextRepairResult.Unchanged(text) : new TextRepairResult(string.Join('\n', lines), notes);
    }

    /// <summary>What condition one line is in, given the document's.</summary>
    public static TextCondition Judge(string line, TextCondition documentCondition)
    {
        var profile = TextDamageDetector.Profile(line);
        var own = TextDamageDetector.Classify(profile);
        if (documentCondition == TextCondition.OcrDamaged && own is TextCondition.Unaccented or TextCondition.Neutral && profile.Accented <= profile.Syllabic / 3 && profile.Syllabic + profile.OcrLike + profile.BadAccents > 0)
            return TextCondition.OcrDamaged;
        if (documentCondition == TextCondition.Unaccented && own == TextCondition.Neutral && profile.Accented == 0 && profile.Bare > 0)
            return TextCondition.Unaccented;
        return own;
    }

    private (string Text, string? Kind) RepairLine(string line, TextCondition documentCondition, bool partlyUnaccented, bool recognised)
    {
        if (line.Length == 0 || line.Length > _options.MaxLineLength) return (line, null);
        string? kind = null;
        var text = line;
        if (TextDamageDetector.HasCombiningMarks(text))
        {
            text = VietnameseFolding.Nfc(text);
            kind = "nfc";
        }
        var (encoding, decoded) = LegacyEncodingRepair.Repair(text);
        if (encoding != LegacyEncoding.None)
        {
            text = decoded;
            kind = encoding switch { LegacyEncoding.Tcvn3 => "tcvn3", LegacyEncoding.Vni => "vni", _ => "windows-1258" };
        }
        var condition = Judge(text, documentCondition);
        if (partlyUnaccented && condition == TextCondition.Neutral && TextDamageDetector.Profile(text) is { Accented: 0, BadAccents: 0, Bare: > 0 })
            condition = TextCondition.Unaccented;
        switch (condition)
        {
            case TextCondition.Unaccented:
                var restored = _accents.Restore(text);
                if (restored != text) (text, kind) = (restored, kind ?? "diacritics");
                break;
            case TextCondition.OcrDamaged:
                var repaired = _ocr.Value.Restore(text);
                if (repaired != text) (text, kind) = (repaired, kind ?? "ocr");
                break;
            // Vietnamese OCR reads well-formed text whose slips are real syllables with another mark ("Tố chức").
            case TextCondition.Clean or TextCondition.Neutral when recognised:
                var toned = _tone.Value.Restore(text);
                if (toned != text) (text, kind) = (toned, kind ?? "ocr-tone");
                break;
        }
        return (text, kind);
    }
}
