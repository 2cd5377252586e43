using System.Globalization;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>A structural variant's body as blocks, written once and then rendered as Word (<see cref="StructureDocx"/>)
/// and as plain text (<see cref="StructureText"/>): lines, and tables whose cells may span columns or hold
/// several lines.</summary>
public static class StructureLayout
{
    /// <param name="Merge">A header cell merged down over the row below (<see cref="VMerge.Start"/>) or the covered cell under it.</param>
    public sealed record Cell(string Text, int Span = 1, VMerge Merge = VMerge.None);

    public enum VMerge { None, Start, Continue }

    public abstract record Block;

    public sealed record Line(string Text) : Block;

    public sealed record Grid(IReadOnlyList<IReadOnlyList<Cell>> Rows) : Block;

    public static IEnumerable<Block> Body(VariantDocument document) => document.Structure switch
    {
        VariantStructure.FieldTables => FieldTables(document),
        VariantStructure.DottedForm or VariantStructure.LabelledForm or VariantStructure.QuestionAnswerForm => Forms(document),
        VariantStructure.CellLines => [CellLines(document)],
        VariantStructure.Hierarchical => [Hierarchical(document)],
        VariantStructure.SeparateBudget => SeparateBudget(document),
        VariantStructure.HorizontalResults => [RoundElevenLayout.ResultsAcross(document), Plain(document.Table.Columns, document.Table.Rows)],
        VariantStructure.MarkedFunding => [RoundElevenLayout.MarkedFunding(document)],
        VariantStructure.UnlabelledSentences => RoundElevenLayout.Sentences(document),
        _ => [Plain(document.Table.Columns, document.Table.Rows)],
    };

    private static IEnumerable<(string Label, string Text)> Fields(VariantDocument document, VariantRow row) =>
        document.Table.Columns.Select((c, i) => (c.Label, Text: row.Cells[i], c.Field))
            .Where(f => f.Field != VariantField.Number && f.Text.Length > 0).Select(f => (f.Label, f.Text));

    private static string Heading(VariantDocument document, int number) =>
        string.Format(CultureInfo.InvariantCulture, StructureForms.FormHeadings[(int)(VariantSplit.Hash(document.Id + "|heading") % (uint)StructureForms.FormHeadings.Count)], number);

    private static IEnumerable<Block> FieldTables(VariantDocument document)
    {
        var number = 0;
        foreach (var row in document.Table.Rows)
        {
            yield return new Line(Heading(document, ++number));
            yield return new Grid([.. Fields(document, row).Select(f => (IReadOnlyList<Cell>)[new Cell(f.Label), new Cell(f.Text)])]);
        }
    }

    private static IEnumerable<Block> Forms(VariantDocument document)
    {
        var leader = VariantSplit.Hash(document.Id + "|leader") % 2 == 0 ? ".........." : "…………";
        var number = 0;
        foreach (var row in document.Table.Rows)
        {
            yield return new Line(Heading(document, ++number));
            foreach (var (label, text) in Fields(document, row))
            {
                if (document.Structure == VariantStructure.QuestionAnswerForm)
                {
                    yield return new Line(label);
                    yield return new Line(text);
                }
                else yield return new Line(document.Structure == VariantStructure.DottedForm ? $"{label}: {leader}{text}{leader}" : $"{label}: {text}");
            }
            yield return new Line("");
        }
    }

    /// <summary>Number and criterion in cells of their own; the aim and work in one cell of labelled lines, the
    /// lead, time and money in another.</summary>
    private static Grid CellLines(VariantDocument document)
    {
        var columns = document.Table.Columns;
        bool IsWork(VariantField f) => f is VariantField.Target or VariantField.Actions;
        string Lines(VariantRow row, Func<VariantField, bool> which) => string.Join('\n', columns.Select((c, i) => (c, Text: row.Cells[i]))
            .Where(x => which(x.c.Field) && x.Text.Length > 0).Select(x => $"{x.c.Label}: {x.Text}"));
        var rest = new Func<VariantField, bool>(f => f is VariantField.Lead or VariantField.Timeline or VariantField.Budget or VariantField.Funding);
        var rows = new List<IReadOnlyList<Cell>> { new Cell[] { new(columns[0].Label), new(columns[1].Label), new("Nội dung cải tiến"), new("Tổ chức thực hiện") } };
        rows.AddRange(document.Table.Rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r.Cells[0]), new Cell(r.Cells[1]), new Cell(Lines(r, IsWork)), new Cell(Lines(r, rest))]));
        return new Grid(rows);
    }

    /// <summary>A numbered criterion row across the table, then its items numbered under it ("1" / "1.1").</summary>
    private static Grid Hierarchical(VariantDocument document)
    {
        var columns = document.Table.Columns.Where(c => c.Field != VariantField.Criterion).ToList();
        var dotted = VariantSplit.Hash(document.Id + "|dotted") % 2 == 0;
        var rows = new List<IReadOnlyList<Cell>> { columns.Select(c => new Cell(c.Label)).ToList() };
        var (parent, child) = (0, 0);
        string? previous = null;
        foreach (var row in document.Table.Rows)
        {
            if (row.Cells[1] != previous)
            {
                (parent, child, previous) = (parent + 1, 0, row.Cells[1]);
                rows.Add([new Cell(dotted ? $"{parent}." : $"{parent}"), new Cell(row.Cells[1], columns.Count - 1)]);
            }
            var number = dotted ? $"{parent}.{++child}." : $"{parent}.{++child}";
            rows.Add([new Cell(number), .. document.Table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Field is not (VariantField.Number or VariantField.Criterion)).Select(x => new Cell(row.Cells[x.i]))]);
        }
        return new Grid(rows);
    }

    private static IEnumerable<Block> SeparateBudget(VariantDocument document)
    {
        var columns = document.Table.Columns;
        var keep = columns.Select((c, i) => (c, i)).Where(x => x.c.Field is not (VariantField.Budget or VariantField.Funding)).ToList();
        yield return Plain(keep.Select(x => x.c).ToList(), document.Table.Rows.Select(r => new VariantRow(keep.Select(x => r.Cells[x.i]).ToList())).ToList());
        yield return new Line(StructureForms.BudgetTitles[(int)(VariantSplit.Hash(document.Id + "|budget") % (uint)StructureForms.BudgetTitles.Count)]);
        var budget = columns.ToList().FindIndex(c => c.Field == VariantField.Budget);
        var funding = columns.ToList().FindIndex(c => c.Field == VariantField.Funding);
        var rows = new List<IReadOnlyList<Cell>> { new Cell[] { new("STT"), new("Nội dung"), new("Kinh phí"), new("Nguồn kinh phí") } };
        rows.AddRange(document.Table.Rows.Where(r => r.Cells[budget] != "Không").Select(r => (IReadOnlyList<Cell>)
            [new Cell(r.Cells[0]), new Cell(r.Cells[1]), new Cell(r.Cells[budget]), new Cell(funding < 0 ? "" : r.Cells[funding])]));
        yield return new Grid(rows);
    }

    private static Grid Plain(IReadOnlyList<VariantColumn> columns, IEnumerable<VariantRow> rows) =>
        new([columns.Select(c => new Cell(c.Label)).ToList(), .. rows.Select(r => (IReadOnlyList<Cell>)r.Cells.Select(t => new Cell(t)).ToList())]);
}
