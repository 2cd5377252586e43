using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.OcrTone;

namespace Analytics.Ingest.Text;

/// <summary>The pipeline stage that repairs the text blocks and table cells of a document that need it
/// (see <see cref="VietnameseTextRepair"/>), judging short lines by the whole document's condition.
/// What it changed is listed in <see cref="SourceDocument.Repairs"/> (original and repaired text).</summary>
public sealed class TextRepairStage : IDocumentStage
{
    private static readonly TextRepairStage Shared = new(new Lazy<Result<VietnameseTextRepair>>(() => Create(Store.DataDirectory.Resolve(null))));
    private readonly Lazy<Result<VietnameseTextRepair>> _repair;

    public TextRepairStage(VietnameseTextRepair repair) => _repair = new(Result<VietnameseTextRepair>.Success(repair));

    private TextRepairStage(Lazy<Result<VietnameseTextRepair>> repair) => _repair = repair;

    /// <summary>One stage for the process, with the collection model of the default data directory if
    /// `plans train-lm` made one, else the built-in model; the model loads on first use, once.</summary>
    public static TextRepairStage Default => Shared;

    /// <summary>A stage with the model of <paramref name="dataDirectory"/> (collection model, else built-in).</summary>
    public static TextRepairStage ForDataDirectory(string? dataDirectory) => new(new Lazy<Result<VietnameseTextRepair>>(() => Create(dataDirectory)));

    private static Result<VietnameseTextRepair> Create(string? dataDirectory)
    {
        var model = LanguageModelStore.ForDataDirectory(dataDirectory);
        return model.IsSuccess ? new VietnameseTextRepair(model.Value) : Result<VietnameseTextRepair>.Failure(model.Error!);
    }

    public SourceDocument Apply(SourceDocument document)
    {
        var loaded = _repair.Value;
        if (!loaded.IsSuccess) return document with { Warnings = [.. document.Warnings, $"text repair skipped: {loaded.Error}"] };
        var repair = loaded.Value;
        // Condition, partly-unaccented and tone placement are the whole document's, not each paragraph's.
        var texts = Texts(document.Blocks).ToList();
        var condition = DocumentRepairContext.Survey(texts);
        var notes = new List<TextRepairNote>();
        // Recognised criterion lines take the marks of the regulation's names (the circular the plan cites).
        var names = new Lazy<CriterionNameMarks>(() => new CriterionNameMarks(CriterionNameCorrector.Cited(texts)));
        var blocks = document.Blocks.Select(b => RepairBlock(new Repairer(repair, condition, names, notes), b)).ToList();
        if (notes.Count == 0) return document;
        return document with { Blocks = blocks, Repairs = [.. document.Repairs, .. notes] };
    }

    /// <summary>What repairs one document's texts: the repair, the document's survey, its criterion names and the notes.</summary>
    private sealed record Repairer(VietnameseTextRepair Repair, DocumentRepairContext Condition, Lazy<CriterionNameMarks> Names, List<TextRepairNote> Notes)
    {
        /// <summary>The repaired text, or null when nothing changed.</summary>
        public string? Apply(string text, string location, bool recognised)
        {
            var result = Repair.Repair(text, Condition, location, recognised);
            Notes.AddRange(result.Notes);
            var repaired = recognised ? MarkNames(result.Text, location) : result.Text;
            return repaired == text ? null : repaired;
        }

        private string MarkNames(string text, string location)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var marked = Names.Value.Apply(lines[i]);
                if (marked == lines[i]) continue;
                Notes.Add(new TextRepairNote("criterion-name", lines[i], marked, location));
                lines[i] = marked;
            }
            return string.Join('\n', lines);
        }
    }

    private static Block RepairBlock(Repairer repairer, Block block)
    {
        switch (block)
        {
            case TextBlock t:
                var text = repairer.Apply(t.Text, t.Provenance.ToString(), recognised: t.Confidence is not null);
                return text is null ? block : t with { Text = text };
            case TableBlock table:
                var changed = false;
                var rows = table.Rows.Select((row, r) => new TableRow(row.Cells.Select(cell =>
                {
                    if (cell.Text.Length == 0) return cell;
                    var cellText = repairer.Apply(cell.Text, $"{table.Provenance} row {r + 1} col {cell.Column + 1}", recognised: cell.Confidence is not null);
                    if (cellText is null) return cell;
                    changed = true;
                    return cell with { Text = cellText };
                }).ToList())).ToList();
                return changed ? table with { Rows = rows } : block;
            default:
                return block;
        }
    }

    private static IEnumerable<string> Texts(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is TextBlock t) yield return t.Text;
            else if (block is TableBlock table)
            {
                foreach (var row in table.Rows)
                {
                    foreach (var cell in row.Cells) yield return cell.Text;
                }
            }
        }
    }
}
