using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>What the line rules of a prose plan share: the item being written, the items closed so far, the
/// standard and objective named above, the last field label seen, and the time lines left stranded.</summary>
internal sealed class ProseState(IReadOnlyList<Block> blocks, string? level, WarningSink warnings)
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    public string? Level { get; } = level;
    public WarningSink Warnings { get; } = warnings;
    public List<RawItem> Items { get; } = [];
    public RawItem? Current { get; private set; }
    public int? Standard { get; set; }

    /// <summary>"Mục tiêu 2: …" above a criterion line: the target of the item that line opens.</summary>
    public string? Objective { get; set; }

    /// <summary>The field of the last labelled line, which a wrapped line runs on to.</summary>
    public ColumnRole? LastRole { get; set; }

    /// <summary>The folded words of a label the vocabulary lacks that this plan uses to open its blocks under a
    /// criterion ("Yêu cầu đạt được:"): read as the aim, and a new item of the criterion when it comes again.</summary>
    public string? AimLabel { get; set; }

    /// <summary>A label with nothing after its colon ("- Biện pháp:"): the bullets below are its value.</summary>
    public ColumnRole? ListOpenedBy { get; set; }

    /// <summary>Inside a self-assessment section, whether the lines belong to its "Kế hoạch cải tiến" part.</summary>
    public bool InPlanPart { get; set; }

    public int Stranded { get; set; }
    public Provenance? StrandedAt { get; set; }

    public void Close()
    {
        if (Current is not null && (Current.Reference is not null || Current.HasContent)) Items.Add(Current);
        Current = null;
    }

    /// <summary>Closes the item being written and starts <paramref name="item"/>, with no label seen yet.</summary>
    public void Open(RawItem item)
    {
        Close();
        Current = item;
        LastRole = null;
        ListOpenedBy = null;
    }

    /// <summary>A second item of the current item's criterion, keeping the labels seen.</summary>
    public void OpenSibling(Provenance at)
    {
        var parent = Current!;
        Close();
        Current = new RawItem(parent.Standard, parent.Reference, null, at);
    }
}
