using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Renders list labels ("1.", "a)", "II.", "1.2.", "•") from numbering.xml as Word would show
/// them. Stateful: counters advance as paragraphs are visited, so one instance serves one document read
/// in order. Lists sharing an abstract definition continue each other's numbering, as in Word, unless a
/// w:num restarts a level with w:startOverride.</summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, ListState> _states = [];
    private readonly HashSet<int> _seenInstances = [];
    private readonly DocxStyles _styles;

    public DocxNumbering(MainDocumentPart main, DocxStyles styles)
    {
        _styles = styles;
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, abstractNum);
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id) _instances.TryAdd(id, instance);
        }
    }

    /// <summary>The label of a paragraph, advancing the counters; null when it is not numbered.</summary>
    public string? NextLabel(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        var inherited = _styles.InheritedNumbering(paragraph);
        var numberingId = direct?.NumberingId?.Val?.Value ?? inherited?.NumberingId;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? inherited?.Level ?? 0;
        if (numberingId is not { } numId || numId == 0 || level is < 0 or >= Levels) return null;
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        if (ResolveAbstract(instance) is not { } abstractNum) return null;

        var abstractId = abstractNum.AbstractNumberId!.Value;
        if (!_states.TryGetValue(abstractId, out var state)) _states[abstractId] = state = new ListState();
        if (_seenInstances.Add(numId)) ApplyStartOverrides(instance, state);

        var definition = LevelOf(instance, abstractNum, level);
        state.Advance(level, Start(definition, state, level));
        return Render(instance, abstractNum, state, level, definition);
    }

    private AbstractNum? ResolveAbstract(NumberingInstance instance)
    {
        if (instance.AbstractNumId?.Val?.Value is not { } abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum)) return null;
        // A list style (w:numStyleLink) points through a style to the definition that has the levels.
        if (abstractNum.NumberingStyleLink?.Val?.Value is { } styleId
            && _styles.NumberingOfStyle(styleId) is { } linked
            && _instances.TryGetValue(linked.NumberingId, out var linkedInstance)
            && linkedInstance.AbstractNumId?.Val?.Value is { } linkedAbstractId
            && linkedAbstractId != abstractId
            && _abstracts.TryGetValue(linkedAbstractId, out var target))
        {
            return target;
        }
        return abstractNum;
    }

    private static void ApplyStartOverrides(NumberingInstance instance, ListState state)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= Levels) continue;
            var start = levelOverride.StartOverrideNumberingValue?.Val?.Value
                ?? levelOverride.Level?.StartNumberingValue?.Val?.Value;
            if (start is { } value) state.Restart(index, value);
        }
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int level)
    {
        var overridden = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        return overridden ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    private static int Start(Level? definition, ListState state, int level) =>
        state.StartOverride(level) ?? definition?.StartNumberingValue?.Val?.Value ?? 1;

    private static string? Render(NumberingInstance instance, AbstractNum abstractNum, ListState state, int level, Level? definition)
    {
        var format = definition?.NumberingFormat?.Val?.InnerText;
        var text = definition?.LevelText?.Val?.Value;
        if (text is null) return format == "bullet" ? "•" : null;
        if (format == "bullet") return BulletGlyph(text);

        var legal = definition?.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var referencedDefinition = LevelOf(instance, abstractNum, referenced);
                var value = state.Value(referenced, Start(referencedDefinition, state, referenced));
                var referencedFormat = legal ? "decimal" : referencedDefinition?.NumberingFormat?.Val?.InnerText;
                builder.Append(NumberFormatter.Format(value, referencedFormat));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        var label = builder.ToString().Trim();
        return label.Length == 0 ? null : label;
    }

    // Bullets are usually Symbol/Wingdings code points in the private-use area; show a plain bullet.
    private static string? BulletGlyph(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        return trimmed.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : trimmed;
    }

    private sealed class ListState
    {
        private readonly int[] _values = new int[Levels];
        private readonly bool[] _started = new bool[Levels];
        private readonly int?[] _startOverrides = new int?[Levels];

        public int? StartOverride(int level) => _startOverrides[level];

        public void Restart(int level, int start)
        {
            _startOverrides[level] = start;
            _started[level] = false;
        }

        public void Advance(int level, int start)
        {
            _values[level] = _started[level] ? _values[level] + 1 : start;
            _started[level] = true;
            for (var deeper = level + 1; deeper < Levels; deeper++) _started[deeper] = false;
        }

        /// <summary>A level's current value; a level never used yet shows its start value, as in Word.</summary>
        public int Value(int level, int start) => _started[level] ? _values[level] : start;
    }
}
