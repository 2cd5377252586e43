using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>An improvement item as found in the document, before normalisation: the texts gathered
/// per column role from one or more rows (or paragraphs).</summary>
internal sealed class RawItem
{
    private readonly Dictionary<ColumnRole, List<string>> _texts = [];
    private readonly Dictionary<ColumnRole, double> _confidences = [];

    public RawItem(int? standard, CriterionReference? reference, string? rowNumber, Provenance provenance)
    {
        Standard = reference?.Standard ?? standard;
        Reference = reference;
        CriterionName = reference?.Name;
        RowNumber = rowNumber;
        Provenance = provenance;
    }

    public int? Standard { get; private set; }
    public CriterionReference? Reference { get; private set; }
    public string? CriterionName { get; private set; }
    public string? RowNumber { get; }
    public Provenance Provenance { get; }
    public int Rows { get; private set; } = 1;

    /// <summary>Whether the item's text came with labels ("Thời gian: …"), as prose plans write them.</summary>
    public bool Labelled { get; set; }

    /// <summary>Header of the budget column, which may announce a unit ("Kinh phí (triệu đồng)").</summary>
    public string? BudgetHeader { get; set; }

    /// <summary>Whether the budget was written in parts, one amount per column (by source or by year), each
    /// piece of <see cref="ColumnRole.Budget"/> being one part to add.</summary>
    public bool AmountInParts { get; set; }

    /// <summary>Whether the item's table has a column of its own for the funding source.</summary>
    public bool HasFundingColumn { get; set; }

    public void Add(ColumnRole role, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        if (!_texts.TryGetValue(role, out var list)) _texts[role] = list = [];
        list.Add(text.Trim());
    }

    /// <summary>Runs a wrapped line on to the last piece of a field ("… đầu tư năm" + "2025.").</summary>
    public void ExtendLast(ColumnRole role, string text)
    {
        if (!_texts.TryGetValue(role, out var list) || list.Count == 0) Add(role, text);
        else list[^1] = list[^1] + " " + text.Trim();
    }

    public void ReplaceName(string? name) => CriterionName = name;

    /// <summary>Keeps the lowest OCR confidence of the cells read into a field (none for born-digital cells).</summary>
    public void NoteConfidence(ColumnRole role, double? confidence)
    {
        if (confidence is not { } c) return;
        _confidences[role] = _confidences.TryGetValue(role, out var lowest) ? Math.Min(lowest, c) : c;
    }

    /// <summary>Lowest OCR confidence of each field's cells; empty when the item was not read from OCR cells.</summary>
    public IReadOnlyDictionary<ColumnRole, double> Confidences => _confidences;

    /// <summary>Drops what was gathered for a field (text read as the field before the document showed what it was).</summary>
    public void Clear(ColumnRole role) => _texts.Remove(role);

    /// <summary>Whether the item is a criterion section of a self-assessment report ("1. Mô tả hiện trạng" …
    /// "4. Kế hoạch cải tiến chất lượng"), whose plan paragraph is its only content.</summary>
    public bool SelfAssessed { get; set; }

    /// <summary>The level a self-assessment report's section gives its criterion ("Tự đánh giá: Đạt Mức 2" → 2,
    /// "Không đạt" → 0); null elsewhere.</summary>
    public int? SelfAssessmentResult { get; set; }

    /// <summary>The months of the school-year columns a chart row marks ("2025-2026; 2026-2027"); null elsewhere.</summary>
    public (string Start, string End)? ChartSpan { get; set; }

    public void ContinueName(string text) =>
        CriterionName = CriterionName is null ? text.Trim() : TextJoin.Join([CriterionName, text.Trim()]).TrimEnd('.', ' ');

    public void CountRow() => Rows++;

    /// <summary>Corrects the criterion number (the name written with it belongs to another criterion).</summary>
    public void Recode(CriterionReference reference)
    {
        Reference = reference;
        Standard = reference.Standard;
    }

    public IReadOnlyList<string> Pieces(ColumnRole role) => _texts.TryGetValue(role, out var list) ? list : [];

    public string? Text(ColumnRole role) => _texts.TryGetValue(role, out var list) ? TextJoin.Join(list) : null;

    public bool HasContent => _texts.Count > 0;
}
