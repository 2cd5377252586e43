using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text;

/// <summary>What the whole document says about repairing any one of its lines: its condition (decides for
/// lines too short to judge alone), whether it is partly typed without marks (then its short unmarked lines
/// are too), and the tone placement its accented words use (restored words follow it).</summary>
public sealed class DocumentRepairContext
{
    private readonly Lazy<ToneStyle> _style;

    private DocumentRepairContext(TextCondition condition, bool partlyUnaccented, Func<ToneStyle> style)
    {
        Condition = condition;
        PartlyUnaccented = partlyUnaccented;
        _style = new Lazy<ToneStyle>(style, LazyThreadSafetyMode.PublicationOnly);
    }

    public TextCondition Condition { get; }

    /// <summary>At least a quarter of the lines that can be judged were typed without marks. A correct
    /// document has no such line, so its short lines stay untouched.</summary>
    public bool PartlyUnaccented { get; }

    /// <summary>Read on first use (only documents that get restored pay for it).</summary>
    public ToneStyle Style => _style.Value;

    /// <summary>Surveys the document's texts (paragraphs, cells) line by line, in one pass.</summary>
    public static DocumentRepairContext Survey(IReadOnlyList<string> texts, TextCondition? condition = null)
    {
        var total = new TextProfile();
        int unaccented = 0, clean = 0;
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                var profile = TextDamageDetector.Profile(line);
                total = total.Add(profile);
                switch (TextDamageDetector.Classify(profile))
                {
                    case TextCondition.Unaccented: unaccented++; break;
                    case TextCondition.Clean: clean++; break;
                }
            }
        }
        var documentCondition = condition ?? TextDamageDetector.Classify(total);
        var partly = documentCondition == TextCondition.Clean && unaccented > 0 && unaccented * 4 >= unaccented + clean;
        return new DocumentRepairContext(documentCondition, partly, () => ToneStyles.Detect(string.Join('\n', texts)));
    }
}
