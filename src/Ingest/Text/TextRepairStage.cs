using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text.LanguageModel;

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
        var condition = DocumentRepairContext.Survey(Texts(document.Blocks).ToList());
        var notes = new List<TextRepairNote>();
        var blocks = document.Blocks.Select(b => RepairBlock(repair, b, condition, notes)).ToList();
        if (notes.Count == 0) return document;
        return document with { Blocks = blocks, Repairs = [.. document.Repairs, .. notes] };
    }

    private static Block RepairBlock(VietnameseTextRepair repair, Block block, DocumentRepairContext condition, List<TextRepairNote> notes)
    {
        switch (block)
        {
            case TextBlock t:
                var result = repair.Repair(t.Text, condition, t.Provenance.ToString(), recognised: t.Confidence is not null);
                if (!result.Changed) return block;
                notes.AddRange(result.Notes);
                return t with { Text = result.Text };
            case TableBlock table:
                var changed = false;
                var rows = table.Rows.Select((row, r) => new TableRow(row.Cells.Select(cell =>
                {
                    if (cell.Text.Length == 0) return cell;
                    var cellResult = repair.Repair(cell.Text, condition, $"{table.Provenance} row {r + 1} col {cell.Column + 1}", recognised: cell.Confidence is not null);
                    if (!cellResult.Changed) return cell;
                    changed = true;
                    notes.AddRange(cellResult.Notes);
                    return cell with { Text = cellResult.Text };
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
