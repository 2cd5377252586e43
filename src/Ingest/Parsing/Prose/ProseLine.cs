using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>One text line of a prose plan as the rules see it; its field label ("- Thời gian: …") is read on
/// first use.</summary>
internal sealed class ProseLine(TextBlock text, int index, ProseState state)
{
    private (ColumnRole Role, string Value, bool Labelled)? _label;

    public TextBlock Block { get; } = text;
    public string Text => Block.Text;
    public int Index { get; } = index;
    public ProseState State { get; } = state;
    public RawItem Current => State.Current!;

    public ColumnRole Role => Label.Role;
    public string Value => Label.Value;
    public bool IsLabelled => Label.Labelled;

    private (ColumnRole Role, string Value, bool Labelled) Label => _label ??= ProseItemReader.Labelled(Text);
}

/// <summary>One kind of line of a prose plan. Rules are tried in the order the builder lists them; a rule may
/// act and let the next rules see the line too.</summary>
internal interface IProseLineRule
{
    LineOutcome Apply(ProseLine line);
}

internal enum LineOutcome
{
    /// <summary>The next rule sees the line.</summary>
    Next,

    /// <summary>The line is taken care of.</summary>
    Done,
}
