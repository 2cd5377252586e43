using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>An improvement item as found in the document, before normalisation: the texts gathered
/// per column role from one or more rows (or paragraphs).</summary>
internal sealed class RawItem
{
    private readonly Dictionary<ColumnRole, List<string>> _texts = [];

    public RawItem(int? standard, CriterionReference? reference, string? rowNumber, Provenance provenance)
    {
        Standard = reference?.Standard ?? standard;
        Reference = reference;
        CriterionName = reference?.Name;
        RowNumber = rowNumber;
        Provenance = provenance;
    }

    public int? Standard { get; }
    public CriterionReference? Reference { get; }
    public string? CriterionName { get; private set; }
    public string? RowNumber { get; }
    public Provenance Provenance { get; }
    public int Rows { get; private set; } = 1;

    /// <summary>Whether the item's text came with labels ("Thời gian: …"), as prose plans write them.</summary>
    public bool Labelled { get; set; }

    /// <summary>Header of the budget column, which may announce a unit ("Kinh phí (triệu đồng)").</summary>
    public string? BudgetHeader { get; init; }

    public void Add(ColumnRole role, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        if (!_texts.TryGetValue(role, out var list)) _texts[role] = list = [];
        list.Add(text.Trim());
    }

    public void ContinueName(string text) =>
        CriterionName = CriterionName is null ? text.Trim() : TextJoin.Join([CriterionName, text.Trim()]).TrimEnd('.', ' ');

    public void CountRow() => Rows++;

    public IReadOnlyList<string> Pieces(ColumnRole role) => _texts.TryGetValue(role, out var list) ? list : [];

    public string? Text(ColumnRole role) => _texts.TryGetValue(role, out var list) ? TextJoin.Join(list) : null;

    public bool HasContent => _texts.Count > 0;
}
