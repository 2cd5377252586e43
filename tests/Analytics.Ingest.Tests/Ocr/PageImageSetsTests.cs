using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class PageImageSetsTests
{
    [Fact]
    public void Photos_named_with_page_numbers_become_one_plan_in_page_order()
    {
        var groups = PageImageSets.Group(["/in/kh-p2.jpg", "/in/kh-p10.jpg", "/in/kh-p1.jpg", "/in/other.docx", "/in/bao-cao trang 1.png", "/in/bao-cao trang 2.png"]);

        Assert.Contains(groups, g => g.SequenceEqual(["/in/kh-p1.jpg", "/in/kh-p2.jpg", "/in/kh-p10.jpg"]));
        Assert.Contains(groups, g => g.SequenceEqual(["/in/bao-cao trang 1.png", "/in/bao-cao trang 2.png"]));
        Assert.Contains(groups, g => g.SequenceEqual(["/in/other.docx"]));
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void A_folder_holding_only_one_numbered_photo_series_is_one_plan()
    {
        var groups = PageImageSets.Group(["/in/scan/IMG_0013.jpg", "/in/scan/IMG_0012.jpg", "/in/scan/IMG_0014.jpg"]);
        Assert.Equal([["/in/scan/IMG_0012.jpg", "/in/scan/IMG_0013.jpg", "/in/scan/IMG_0014.jpg"]], groups);
    }

    [Fact]
    public void Unrelated_images_beside_other_documents_stay_separate()
    {
        var groups = PageImageSets.Group(["/in/a.jpg", "/in/b.png", "/in/plan.pdf"]);
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void Page_set_survives_packing_and_a_cut_short_one_is_refused()
    {
        var packed = PageSetFile.Pack("kh.jpg", [new SourceFile("kh-p1.jpg", new byte[] { 1, 2, 3 }), new SourceFile("kh-p2.jpg", new byte[] { 4 })]);
        var pages = PageSetFile.Unpack(packed.Content).Value;
        Assert.Equal(["kh-p1.jpg", "kh-p2.jpg"], pages.Select(p => p.Source));
        Assert.Equal([4], pages[1].Content.ToArray());

        var cut = PageSetFile.Unpack(packed.Content[..^2]);
        Assert.Equal("page set is damaged (cut short)", cut.Error);
    }

    [Fact]
    public void Ingest_inputs_put_a_plans_pages_in_place_of_its_first_page_and_leave_other_files_alone()
    {
        InputFile Input(string name) => new("/in/" + name, "in/" + name);
        var inputs = InputPageSets.Group([Input("a.docx"), Input("kh_trang_2.jpg"), Input("kh_trang_1.jpg"), Input("z.pdf")]);

        Assert.Equal(["in/a.docx", "in/kh_trang_1.jpg", "in/z.pdf"], inputs.Select(i => i.Source));
        Assert.Equal(["in/kh_trang_1.jpg", "in/kh_trang_2.jpg"], inputs[1].Pages!.Select(p => p.Source));
        Assert.Null(inputs[0].Pages);
    }
}
