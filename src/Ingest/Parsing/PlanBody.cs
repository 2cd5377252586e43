using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing.Grid;
using Analytics.Ingest.Parsing.Prose;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The content of a plan: assessments from self-assessment tables, raw items from improvement
/// tables (each table first rewritten to the canonical grid), or from prose when no table names a criterion.</summary>
internal sealed record PlanBody(List<Assessment> Assessments, List<RawItem> Raws, bool AssessmentNotesAreWeaknesses)
{
    private const int MaxStandardHeading = 160;

    public static PlanBody Read(IReadOnlyList<Block> blocks, string? level, WarningSink warnings)
    {
        var body = new PlanBody([], [], false);
        var reading = new TableReading(level, warnings);
        foreach (var block in blocks)
        {
            // "Tiêu chuẩn 3: Cơ sở vật chất …" as a heading above its own plan table sets the standard; "Tiêu chí
            // 3.4: …" the criterion of a table below that has no criterion column.
            if (block is TextBlock heading && heading.Text.Length <= MaxStandardHeading && CriterionReferences.Parse(heading.Text) is { } named)
                reading.Name(named);
            else if (block is TextBlock line && TermHeading.Of(line.Text) is { } term)
                reading.Term(term);
            else if (block is TableBlock table) body = reading.Read(TableRewriters.Default.Canonical(table), body);
            if (block is TextBlock unitLine && Normalizers.UnitStatement(unitLine.Text) is { } unit) reading.StatedUnit = unit;
        }
        WeaknessLabels.Resolve(blocks, body.Raws);
        body.Raws.AddRange(ProseItems(blocks, body.Raws, level, warnings));
        CriterionResolver.ResolveAll(body.Raws, level, warnings);
        if (body.Assessments.Count == 0) body.Assessments.AddRange(ResultLines.In(blocks));
        // A self-assessment report (or a current-level column) states each criterion's result with its item.
        if (body.Assessments.Count == 0)
            body.Assessments.AddRange(body.Raws.Where(r => r.SelfAssessmentResult is not null && r.Reference?.Code is not null)
                .Select(r => new Assessment(r.Reference!.Code!, AssessmentColumns.ResultName(r.SelfAssessmentResult!.Value), null)));
        return body;
    }

    /// <summary>The prose items: all of them when no table names a criterion; beside item tables (a plan mixing
    /// prose and tables), the items written with field labels for criteria no table row has.</summary>
    private static IEnumerable<RawItem> ProseItems(IReadOnlyList<Block> blocks, List<RawItem> tableItems, string? level, WarningSink warnings)
    {
        var tableCodes = tableItems.Select(r => r.Reference?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var lines = FormLines.Canonical(InlineFields.Expand(KeyValueTables.ForItems(blocks)));
        if (!tableItems.Any(r => r.Reference is not null)) return ProseItemReader.Read(lines, level, warnings);
        var prose = ProseItemReader.Read(lines, level, new WarningSink());
        CarrySelfAssessments(prose, tableItems);
        return prose.Where(r => r.Labelled && r.Reference?.Code is { } code && !tableCodes.Contains(code));
    }

    /// <summary>A report section whose plan is a table ("Tiêu chí 3.4: …", "4. Kế hoạch cải tiến" over a table,
    /// "5. Tự đánh giá: Đạt Mức 1"): the section's result is the criterion's, carried to its first table item.</summary>
    private static void CarrySelfAssessments(List<RawItem> prose, List<RawItem> tableItems)
    {
        foreach (var section in prose.Where(r => r.SelfAssessmentResult is not null && r.Reference?.Code is not null))
        {
            var first = tableItems.FirstOrDefault(t => t.Reference?.Code == section.Reference!.Code);
            if (first is { SelfAssessmentResult: null }) first.SelfAssessmentResult = section.SelfAssessmentResult;
        }
    }

    /// <summary>Reads the tables of one plan in order, remembering the standard named above and the previous
    /// item table (a table repeating its columns continues it on the next page).</summary>
    private sealed class TableReading(string? level, WarningSink warnings)
    {
        private TableLayout? _previousItemLayout;

        public int? Standard { get; set; }

        private CriterionReference? _heading;

        /// <summary>A heading naming a standard or criterion opens a new part of the plan: the table below it
        /// starts its own items, even with the columns of the table above (that one does not run on).</summary>
        public void Name(CriterionReference heading)
        {
            if (heading.IsStandardOnly) Standard = heading.Standard;
            _heading = heading.IsStandardOnly ? null : heading;
            _previousItemLayout = null;
        }

        private string? _term;

        /// <summary>A heading naming a period ("Học kỳ II năm học 2024-2025") opens a part of a plan arranged by
        /// time: the items of the tables below it that give no time of their own are of that period.</summary>
        /// <summary>"Đơn vị tính: triệu đồng" in a line above the table: the unit of its bare amounts, unless its
        /// budget header names its own. It holds for the next item table only.</summary>
        public string? StatedUnit { get; set; }

        private void ApplyStatedUnit(List<RawItem> raws)
        {
            if (StatedUnit is not { } unit) return;
            foreach (var raw in raws.Where(r => r.BudgetHeader is null || !Normalizers.NamesUnit(r.BudgetHeader)))
                raw.BudgetHeader = $"{raw.BudgetHeader} ({unit})";
            StatedUnit = null;
        }

        public void Term(string term)
        {
            _term = term;
            _previousItemLayout = null;
        }

        public PlanBody Read(TableBlock table, PlanBody body)
        {
            var layout = TableLayout.Of(table);
            if (AssessmentTableReader.IsAssessmentTable(table, layout))
            {
                body.Assessments.AddRange(AssessmentTableReader.Read(table, layout, warnings));
                var notesAreWeaknesses = layout.Labels.Any(l => AssessmentColumns.IsNoteLabel(l) && PlanVocabulary.NamesWeakness(l));
                return body with { AssessmentNotesAreWeaknesses = body.AssessmentNotesAreWeaknesses || notesAreWeaknesses };
            }
            if (!ItemTableReader.IsItemTable(layout) || KeyValueTables.IsKeyValue(table)) return body;
            if (layout.RolesGuessed) warnings.Add("items", "a table without a recognisable header was read by its content", table.Provenance);
            foreach (var label in layout.UnknownLabels) warnings.Add("items", $"column \"{label}\" not understood; read as a note", table.Provenance);
            var continuing = _previousItemLayout is not null && _previousItemLayout.Roles.SequenceEqual(layout.Roles) && body.Raws.Count > 0 ? body.Raws[^1] : null;
            var standard = Standard;
            var heading = layout.Has(ColumnRole.Criterion) || layout.Has(ColumnRole.Standard) ? null : _heading;
            var raws = ItemTableReader.Read(table, layout, level, ref standard, continuing, heading, warnings);
            if (continuing is null && ComplementTables.Join(body.Raws, raws)) return body;
            if (_term is not null) foreach (var raw in raws.Where(r => r.Pieces(ColumnRole.Timeline).Count == 0)) raw.Add(ColumnRole.Timeline, _term);
            // A table read by its content alone must show an item's substance: rows holding nothing but a
            // criterion are an assessment table whose header and marks the scan lost, not improvement items.
            body.Raws.AddRange(layout.RolesGuessed ? raws.Where(HasSubstance) : raws);
            ApplyStatedUnit(raws);
            Standard = standard;
            _previousItemLayout = layout;
            return body;
        }

        private static readonly ColumnRole[] Substance = [ColumnRole.Target, ColumnRole.Actions, ColumnRole.Timeline, ColumnRole.Budget];

        private static bool HasSubstance(RawItem raw) => Substance.Any(role => raw.Pieces(role).Count > 0);
    }
}
