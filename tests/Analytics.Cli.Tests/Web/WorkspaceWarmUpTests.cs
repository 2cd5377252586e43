using Analytics.Cli.Web;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.Tests.Web;

public sealed class WorkspaceWarmUpTests
{
    [Fact]
    public async Task A_workspace_with_an_index_warms_its_search_after_start()
    {
        await using var workspace = await Workspace.StartAsync(prepare: WriteIndexedPlan);
        var warmUp = workspace.Services.GetRequiredService<SearchWarmUpService>();
        await warmUp.Finished.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(SearchWarmUp.Requests.Count * 4, warmUp.Searches);

        // The workspace still answers as before once warmed.
        var page = await workspace.Client.GetStringAsync("/?q=thu+vien");
        Assert.Contains("Thư viện", page);
    }

    [Fact]
    public async Task A_workspace_without_an_index_stops_warming_at_once_and_creates_nothing()
    {
        await using var workspace = await Workspace.StartAsync();
        var warmUp = workspace.Services.GetRequiredService<SearchWarmUpService>();
        await warmUp.Finished.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, warmUp.Searches);
        Assert.False(IndexLocation.Exists(workspace.DataDirectory));
    }

    private static void WriteIndexedPlan(string data)
    {
        var plan = new PlanRecord
        {
            Id = "a.docx#0",
            Source = "a.docx",
            School = new SchoolInfo { Name = "Trường Tiểu học Lê Quý Đôn", Level = "tieu-hoc", Province = "Hải Phòng", District = "Lê Chân" },
            Document = new DocumentInfo { Title = "Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025", PeriodStart = 2024, PeriodEnd = 2025 },
            Items =
            [
                new PlanItem
                {
                    Standard = 3, Criterion = "3.6", CriterionName = "Thư viện", Target = "Thư viện đạt chuẩn mức 1",
                    Actions = "Bổ sung sách tham khảo, sửa chữa phòng thư viện", Gaps = ["thu-vien"],
                },
            ],
            Gaps = ["thu-vien"],
        };
        var source = new StoredSource("a.docx", "h-a", DateTimeOffset.UnixEpoch, [plan]);
        new RecordStore(data).Put(source);
        using var index = PlanIndex.Open(data);
        index.Sync([source]);
    }
}
