using Analytics.Ingest.Model;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Tests.Text;

public sealed class TextRepairStageTests
{
    private static readonly TextRepairStage Stage = new(TextModels.Repair);

    private static Provenance At(int i) => new("plan.txt", null, i);

    [Fact]
    public void Unaccented_blocks_and_cells_are_repaired_and_noted()
    {
        var table = new TableBlock(
        [
            new TableRow([new TableCell(0, "Tieu chi"), new TableCell(1, "Bien phap khac phuc")]),
            new TableRow([new TableCell(0, "3.1"), new TableCell(1, "Tham muu xay dung phong hoc")]),
        ], At(1));
        var document = SourceDocument.Create("plan.txt", "text",
        [
            new TextBlock(TextKind.Heading, "KE HOACH CAI TIEN CHAT LUONG GIAO DUC", At(0)),
            table,
        ]);

        var repaired = Stage.Apply(document);

        var heading = Assert.IsType<TextBlock>(repaired.Blocks[0]);
        Assert.Equal("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", heading.Text);
        var cells = Assert.IsType<TableBlock>(repaired.Blocks[1]).Rows.SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        Assert.Equal(["Tiêu chí", "Biện pháp khắc phục", "3.1", "Tham mưu xây dựng phòng học"], cells);
        Assert.Contains(repaired.Repairs, n => n.Original == "KE HOACH CAI TIEN CHAT LUONG GIAO DUC" && n.Repaired == heading.Text && n.Kind == "diacritics");
        Assert.Contains(repaired.Repairs, n => n.Location!.Contains("row 2 col 2"));
    }

    [Fact]
    public void Paragraphs_follow_the_whole_documents_tone_placement_and_its_short_unmarked_lines_are_restored()
    {
        var document = SourceDocument.Create("plan.txt", "text",
        [
            new TextBlock(TextKind.Paragraph, "Nhà trường đẩy mạnh xã hội hoá giáo dục, chăm lo sức khoẻ cho học sinh.", At(0)),
            new TextBlock(TextKind.Paragraph, "Tang cuong giao duc van hoa va suc khoe cho hoc sinh trong nha truong.", At(1)),
            new TextBlock(TextKind.Paragraph, "Buoi sang", At(2)),
        ]);

        var blocks = Stage.Apply(document).Blocks.Cast<TextBlock>().Select(b => b.Text).ToList();

        Assert.Contains("văn hoá", blocks[1]);
        Assert.Contains("sức khoẻ", blocks[1]);
        Assert.Equal("Buổi sáng", blocks[2]);
    }

    [Fact]
    public void A_clean_document_comes_back_as_is()
    {
        var document = SourceDocument.Create("plan.txt", "text",
        [
            new TextBlock(TextKind.Paragraph, "Nhà trường tổ chức rà soát cơ sở vật chất, thiết bị dạy học.", At(0)),
        ]);
        Assert.Same(document, Stage.Apply(document));
    }

    [Fact]
    public void Short_lines_follow_the_condition_of_the_whole_document()
    {
        var document = SourceDocument.Create("plan.txt", "text",
        [
            new TextBlock(TextKind.Paragraph, "Nha truong to chuc ra soat co so vat chat, thiet bi day hoc theo ke hoach.", At(0)),
            new TextBlock(TextKind.Heading, "Muc tieu", At(1)),
        ]);
        var repaired = Stage.Apply(document);
        Assert.Equal("Mục tiêu", Assert.IsType<TextBlock>(repaired.Blocks[1]).Text);
    }
}
