using Analytics.Ingest.Records;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Tests.Review;

public sealed class ReviewFlagsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "plans-review-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private static PlanRecord Plan(params PlanItem[] items) => new()
    {
        Id = "a.txt#abc#0",
        Source = "a.txt",
        School = new SchoolInfo { Name = "Trường THPT Thanh Bình", Level = "thpt" },
        Document = new DocumentInfo { PeriodStart = 2024, PeriodEnd = 2025 },
        Items = items,
    };

    [Fact]
    public void A_criterion_numbered_36_but_named_like_31_is_flagged_with_the_regulations_name()
    {
        var plan = Plan(new PlanItem { Criterion = "3.6", CriterionName = "Khuôn viên, sân chơi, sân tập" });

        var flag = Assert.Single(ReviewFlags.Of(plan, 1));

        Assert.Equal(ReviewReason.CriterionNameMismatch, flag.Reason);
        Assert.Equal("items[1].criterionName", flag.Field!.ToString());
        Assert.StartsWith("3.6 ", flag.Detail);
    }

    [Fact]
    public void A_criterion_number_outside_the_regulations_list_is_flagged()
    {
        var flag = Assert.Single(ReviewFlags.Of(Plan(new PlanItem { Criterion = "3.9" }), 1));

        Assert.Equal(ReviewReason.CriterionNameMismatch, flag.Reason);
    }

    [Fact]
    public void A_criterion_named_as_the_regulation_names_it_is_not_flagged()
    {
        Assert.Empty(ReviewFlags.Of(Plan(new PlanItem { Criterion = "3.6", CriterionName = "Thư viện" }), 1));
    }

    [Fact]
    public void A_budget_with_digits_but_no_amount_and_a_timeline_without_months_are_flagged()
    {
        var plan = Plan(new PlanItem { Budget = new Budget("khoảng 2O0 tr", null), Timeline = new Timeline("Hằng năm", null, null) });

        var reasons = ReviewFlags.Of(plan, 1).Select(f => (f.Field!.ToString(), f.Reason)).ToList();

        Assert.Equal([("items[1].budget", ReviewReason.UnreadAmount), ("items[1].timeline", ReviewReason.UnreadDate)], reasons);
    }

    [Fact]
    public void A_cell_ocr_was_unsure_of_is_flagged_on_the_field_its_warning_names()
    {
        var plan = Plan(new PlanItem { Criterion = "3.1", Confidence = 0.41 }) with
        {
            Warnings = [new RecordWarning("items.lead", "3.1: read from a scanned table cell that OCR was unsure of (41 %); check it against the page")],
        };

        var flag = Assert.Single(ReviewFlags.Of(plan, 1));

        Assert.Equal((ReviewReason.LowOcrConfidence, "items[1].lead"), (flag.Reason, flag.Field!.ToString()));
    }

    [Fact]
    public void A_corrected_budget_is_read_by_the_money_normaliser_and_resolves_its_flag()
    {
        var store = new RecordStore(_data);
        store.Put(new StoredSource("a.txt", "h1", DateTimeOffset.UnixEpoch, [Plan(new PlanItem { Criterion = "3.6", Budget = new Budget("khoảng 2O0 tr", null) })]));

        var corrected = CorrectionDesk.Correct(store, "a.txt", 1, "items[1].budget", "200 triệu đồng", "Lan", DateTimeOffset.UnixEpoch);

        Assert.True(corrected.IsSuccess, corrected.Error);
        Assert.Equal(200_000_000, corrected.Value.Items[0].Budget!.Vnd);
        Assert.Equal("khoảng 2O0 tr", Assert.Single(corrected.Value.Corrections).Original);
        Assert.DoesNotContain(ReviewFlags.Of(corrected.Value, 1), f => !f.Resolved);
    }

    [Fact]
    public void A_correction_of_an_item_the_reread_plan_no_longer_has_is_kept_and_said_in_a_warning()
    {
        var store = new RecordStore(_data);
        store.Put(new StoredSource("a.txt", "h1", DateTimeOffset.UnixEpoch, [Plan(new PlanItem(), new PlanItem())]));
        Assert.True(CorrectionDesk.Correct(store, "a.txt", 1, "items[2].lead", "Hiệu trưởng", "Lan", DateTimeOffset.UnixEpoch).IsSuccess);

        store.Put(new StoredSource("a.txt", "h2", DateTimeOffset.UnixEpoch, [Plan(new PlanItem())]));

        var record = store.Get("a.txt")!.Records[0];
        Assert.Empty(record.Corrections);
        Assert.Contains(record.Warnings, w => w.Field == "items[2].lead" && w.Message.Contains("not applied", StringComparison.Ordinal));
        Assert.Single(store.Corrections.For("a.txt"));
    }

    [Fact]
    public void A_later_correction_of_a_field_wins_and_keeps_the_parsed_value_as_original()
    {
        var store = new RecordStore(_data);
        store.Put(new StoredSource("a.txt", "h1", DateTimeOffset.UnixEpoch, [Plan(new PlanItem { Lead = "Hieu truong" })]));
        CorrectionDesk.Correct(store, "a.txt", 1, "items[1].lead", "Hiệu trưởng", "Lan", DateTimeOffset.UnixEpoch);

        var second = CorrectionDesk.Correct(store, "a.txt", 1, "items[1].lead", "Phó Hiệu trưởng", "Minh", DateTimeOffset.UnixEpoch.AddDays(1)).Value;

        Assert.Equal("Phó Hiệu trưởng", second.Items[0].Lead);
        var shown = Assert.Single(second.Corrections);
        Assert.Equal(("Hieu truong", "Minh"), (shown.Original, shown.By));
        Assert.Equal(2, store.Corrections.For("a.txt").Count);
    }

    [Fact]
    public void The_index_stamp_changes_with_a_correction_and_not_without()
    {
        var source = new StoredSource("a.txt", "h1", DateTimeOffset.UnixEpoch, [Plan(new PlanItem())]);
        var corrected = CorrectionApplier.Apply(source, [new FieldCorrection(1, "items[1].lead", "Hiệu trưởng", null, "Lan", DateTimeOffset.UnixEpoch)]);

        Assert.Equal("h1", IndexStamp.Of(source));
        Assert.StartsWith("h1+", IndexStamp.Of(corrected));
    }
}
