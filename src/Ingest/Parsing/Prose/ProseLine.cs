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

    private (ColumnRole Role, string Value, bool Labelled) Label => _label ??= ReadLabel();

    /// <summary>The label as the vocabulary reads it; a label it lacks that opens a block under a criterion (or
    /// repeats the one that did) is the aim, the field whose wording varies most.</summary>
    private (ColumnRole Role, string Value, bool Labelled) ReadLabel()
    {
        var read = ProseItemReader.Labelled(Text);
        if (read.Labelled || State.Current is not { Reference: not null } current || ProseItemReader.UnknownLabel(Text) is not { } label) return read;
        var opensBlock = !current.Labelled && current.Pieces(ColumnRole.Target).Count == 0 && current.Pieces(ColumnRole.Actions).Count == 0;
        if (label.Key != State.AimLabel && !opensBlock) return read;
        State.AimLabel = label.Key;
        return (ColumnRole.Target, label.Value, true);
    }
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
