using System.Text.RegularExpressions;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Acceptance;

/// <summary>The README's server-mode commands on a real PostgreSQL (scripts/test.sh starts one): `plans migrate
/// --from` copies the README's embedded collection whole, `plans submit` and `plans worker` store what they
/// were given, `plans user add` creates an account from a password on standard input. The shared workspace
/// (`plans serve --server`) and killed workers are tested in tests/Analytics.Server.Tests.</summary>
public sealed partial class ServerModeAcceptanceTests(AcceptanceCorpus corpus) : IClassFixture<AcceptanceCorpus>
{
    [Fact]
    public async Task Migrate_copies_every_plan_the_embedded_collection_holds()
    {
        using var database = new TestDatabase();
        var (_, info, _) = await PlansCli.Run("info", "--data", corpus.Data);
        var plans = long.Parse(InfoPlans().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var (exit, output, error) = await PlansCli.Run("migrate", "--from", corpus.Data, "--server", database.ConnectionString);

        Assert.True(exit == 0, output + error);
        Assert.Contains($"Copied {AcceptanceCorpus.Documents.Count - 1} sources ({plans} plans)", output);
        Assert.Equal(plans, database.Scalar("SELECT count(*) FROM plans"));
        Assert.Equal(plans, database.Scalar("SELECT count(DISTINCT (source, ordinal)) FROM plans"));
        Assert.Contains("up to date", (await PlansCli.Run("migrate", "--server", database.ConnectionString)).Out);
    }

    [Fact]
    public async Task Submit_then_worker_store_the_plans_and_user_add_reads_the_password_from_stdin()
    {
        using var database = new TestDatabase();
        var files = Directory.CreateTempSubdirectory("plans-acceptance-files-").FullName;
        try
        {
            var documents = AcceptanceCorpus.Documents.Where(d => d.EndsWith(".docx", StringComparison.Ordinal)).Take(4).ToArray();
            var (exit, output, _) = await PlansCli.Run(["submit", .. documents, "--server", database.ConnectionString, "--files", files]);
            Assert.Equal(0, exit);
            Assert.Contains($": {documents.Length} queued", output);
            (exit, output, _) = await PlansCli.Run("worker", "--server", database.ConnectionString, "--files", files, "--until-empty", "--name", "acceptance");
            Assert.Equal(0, exit);
            Assert.Contains($"Worker acceptance: {documents.Length} stored", output);
            Assert.Equal(documents.Length, database.Scalar("SELECT count(*) FROM sources"));
        }
        finally
        {
            Directory.Delete(files, recursive: true);
        }

        var input = Console.In;
        Console.SetIn(new StringReader("một-mật-khẩu-dài\n"));
        try
        {
            var (exit, output, error) = await PlansCli.Run("user", "add", "xa-van-ban", "--role", "uploader", "--commune", "Văn Bàn", "--server", database.ConnectionString);
            Assert.True(exit == 0, error);
            Assert.Contains("Account xa-van-ban (uploader) created", output);
        }
        finally
        {
            Console.SetIn(input);
        }
        Assert.Equal(1, database.Scalar("SELECT count(*) FROM users WHERE name = 'xa-van-ban' AND role = 'uploader' AND communes = '{Văn Bàn}'"));
    }

    [GeneratedRegex(@"plans: (\d+)")]
    private static partial Regex InfoPlans();
}
