using System.Text;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Web;

public sealed class WorkspaceSearchTests
{
    [Fact]
    public async Task Search_page_marks_the_query_words_in_the_accented_snippet_and_not_their_syllables_elsewhere()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var plan = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "thpt-thanh-binh.txt"));
        await workspace.WaitForJobAsync(await workspace.UploadAsync([("thpt-thanh-binh.txt", plan)], token));

        var html = await workspace.Client.GetStringAsync("/?q=thu+vien");

        // The library item's lead is "Nhân viên thư viện": the words are marked, the "viên" of "Nhân viên" is not.
        Assert.Contains("Nhân viên <mark>thư viện</mark>", html);
        Assert.DoesNotContain("Nhân <mark>viên", html);
        Assert.Contains("<mark>Thư viện</mark>", html);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }
}
