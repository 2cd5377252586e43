using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Store;
using Analytics.Search.Querying;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Concurrency;

/// <summary>A source is known by its path, not its bare name; replacing and damage are never silent.</summary>
public sealed class SourceIdentityTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("plans-identity-");
    private string Data => _folder.Data;
    private string Root => _folder.Root;

    public void Dispose() => _folder.Dispose();

    private string Plan(string relative, string corpusFile)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(RepoPaths.Corpus, corpusFile), path);
        return path;
    }

    [Fact]
    public void Two_files_named_plan_txt_in_two_folders_are_stored_as_two_plans()
    {
        Plan("a/plan.txt", "thpt-thanh-binh.txt");
        Plan("b/plan.txt", "mn-hai-bac.txt");

        using var ingest = PlansProcess.StartIn(Root, "ingest", "a/plan.txt", "b/plan.txt", "--data", Data);
        Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromMinutes(2)));

        var sources = new RecordStore(Data).All().Select(s => s.Source).ToList();
        Assert.Equal(["a/plan.txt", "b/plan.txt"], sources);
    }

    [Fact]
    public void Two_folders_of_the_same_name_outside_the_current_folder_keep_every_file()
    {
        var one = Path.GetDirectoryName(Plan("x/hồ sơ/plan.txt", "thpt-thanh-binh.txt"))!;
        var two = Path.GetDirectoryName(Plan("y/hồ sơ/plan.txt", "mn-hai-bac.txt"))!;

        var (files, _) = InputWalker.Walk([one, two]);

        Assert.Equal(2, files.Select(f => f.Source).Distinct().Count());
        Assert.Equal("hồ sơ/plan.txt", files[0].Source);
    }

    [Fact]
    public void A_damaged_record_file_is_reported_and_its_plans_stay_searchable()
    {
        var folder = Path.GetDirectoryName(Plan("in/thanh-binh.txt", "thpt-thanh-binh.txt"))!;
        Plan("in/hai-bac.txt", "mn-hai-bac.txt");
        using (var ingest = PlansProcess.Start("ingest", folder, "--data", Data)) Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromMinutes(2)));
        var records = Directory.GetFiles(Path.Combine(Data, "records"), "*.json");
        var damaged = records.First(f => File.ReadAllText(f).Contains("in/hai-bac.txt", StringComparison.Ordinal));
        File.WriteAllText(damaged, "{\"source\": \"in/hai-bac.txt\", \"records\": [");

        using var index = PlansProcess.Start("index", "--data", Data);
        Assert.Equal(0, index.WaitForExit(TimeSpan.FromMinutes(2)));

        Assert.Contains("damaged record file " + damaged, index.Error);
        using var searcher = PlanSearcher.Open(Data).Value;
        var plans = searcher.Search(new SearchRequest("*") { Scope = SearchScope.Plans, Top = 100 }).Response!;
        Assert.Contains(plans.Hits, h => h.Source == "in/hai-bac.txt");
    }
}
