using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Variants.StructureLayout;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>The bodies of round 11's structures, from the variant's transformed expected record and table.</summary>
public static class RoundElevenLayout
{
    private static readonly string[] ResultLabels = ["Mức đạt", "Kết quả", "Kết quả tự đánh giá", "Mức đạt được"];

    private static readonly string[] FundingHeaders = ["Nguồn kinh phí", "Nguồn vốn", "Nguồn"];

    /// <summary>"Tiêu chí | 3.1 | 3.2 …" over "Mức đạt | Mức 2 | Mức 1 …".</summary>
    public static Grid ResultsAcross(VariantDocument document)
    {
        var assessments = document.Expected.Assessments;
        var label = ResultLabels[(int)(VariantSplit.Hash(document.Id + "|results") % (uint)ResultLabels.Length)];
        return new Grid([
            [new Cell("Tiêu chí"), .. assessments.Select(a => new Cell(a.Criterion))],
            [new Cell(label), .. assessments.Select((a, i) => new Cell(StructureForms.LevelText(a.Result ?? "muc-1", i)))],
        ]);
    }

    /// <summary>The plan table with its source column split into marked source columns under a merged header.</summary>
    public static Grid MarkedFunding(VariantDocument document)
    {
        var columns = document.Table.Columns;
        var funding = columns.ToList().FindIndex(c => c.Field == VariantField.Funding);
        if (funding < 0) return new Grid([columns.Select(c => new Cell(c.Label)).ToList(), .. document.Table.Rows.Select(r => (IReadOnlyList<Cell>)r.Cells.Select(t => new Cell(t)).ToList())]);
        var names = RoundElevenForms.SourcesOf(document.Id);
        var header = FundingHeaders[(int)(VariantSplit.Hash(document.Id + "|funding") % (uint)FundingHeaders.Length)];
        var top = columns.Select((c, i) => i == funding ? new Cell(header, names.Count) : new Cell(c.Label, 1, VMerge.Start)).ToList();
        var sub = columns.SelectMany((c, i) => i == funding ? names.Select(n => new Cell(n)) : [new Cell("", 1, VMerge.Continue)]).ToList();
        var rows = new List<IReadOnlyList<Cell>> { top, sub };
        foreach (var (row, item) in document.Table.Rows.Zip(document.Expected.Items))
        {
            var ticked = item.Funding?.Split("; ") ?? [];
            rows.Add([.. row.Cells.SelectMany((t, i) => i == funding ? names.Select(n => new Cell(ticked.Contains(n) ? "x" : "")) : [new Cell(t)])]);
        }
        return new Grid(rows);
    }

    /// <summary>Each item a numbered criterion line over one paragraph: aim, work, then who, when and what money.</summary>
    public static IEnumerable<Block> Sentences(VariantDocument document)
    {
        var number = 0;
        foreach (var (row, item) in document.Table.Rows.Zip(document.Expected.Items))
        {
            yield return new Line($"{++number}. {row.Cells[1]}");
            yield return new Line($"Mục tiêu là {item.Target} {item.Actions} {Assignment(item)}");
            yield return new Line("");
        }
    }

    private static string Assignment(PlanItem item)
    {
        var who = item.Lead is { } lead ? $"Việc này giao {lead} chủ trì" : "Việc này do nhà trường tổ chức";
        var when = item.Timeline?.Text is { } t ? (t.StartsWith("từ", StringComparison.Ordinal) ? $", thực hiện {t}" : $", thực hiện trong {t}") : "";
        var money = item.Budget is { } b ? $", kinh phí {b.Text}" + (item.Funding is { } f ? $" từ nguồn {f}" : "") : ", không phát sinh kinh phí";
        return who + when + money + ".";
    }
}
