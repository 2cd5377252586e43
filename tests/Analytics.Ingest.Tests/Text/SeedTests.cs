using Analytics.Ingest.Text;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Text;

/// <summary>The user-sent seeds live in ../shared (not in the repository); these checks run when it is
/// there (developer machines, CI's copy) and report that they were skipped otherwise.</summary>
public sealed class SeedTests(ITestOutputHelper output)
{
    private static string? Seed(string prefix)
    {
        foreach (var root in new[] { "../shared/seeds", "../../shared/seeds", "/work/shared/seeds" })
        {
            var dir = Path.GetFullPath(Path.Combine(FindRepoRoot(), root));
            if (Directory.Exists(dir)) return Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault();
        }
        return null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    [Fact]
    public void Seed_003_english_ocr_comes_out_readable()
    {
        var path = Seed("003");
        if (path is null)
        {
            output.WriteLine("skipped: shared/seeds not found");
            return;
        }
        var text = File.ReadAllText(path);
        var result = TextModels.Repair.Repair(text);
        output.WriteLine(result.Text[..Math.Min(2000, result.Text.Length)]);
        Assert.Equal(text.Split('\n').Length, result.Text.Split('\n').Length);
        // What a reader looks for in a plan; a scan's rarest damage (Đ read as P, "tgo") may still hide one or two.
        string[] phrases = ["Kế hoạch", "Cải tiến chất lượng giáo dục", "Căn cứ", "Thông tư", "tiêu chuẩn", "đánh giá ngoài",
            "Bộ Giáo dục và Đào tạo", "cơ sở vật chất", "Nhà trường", "Tiêu chí", "điểm mạnh", "điểm yếu", "năm học"];
        var missing = phrases.Where(p => !result.Text.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
        output.WriteLine($"missing phrases: {string.Join(", ", missing)}");
        Assert.True(missing.Count <= 2, $"missing: {string.Join(", ", missing)}");
        var profile = TextDamageDetector.Profile(result.Text);
        output.WriteLine($"after repair: {profile}");
        Assert.True(profile.Accented > profile.Bare, profile.ToString());
    }

    [Fact]
    public void Accented_seeds_pass_unchanged()
    {
        foreach (var prefix in new[] { "000", "001", "002", "004" })
        {
            var path = Seed(prefix);
            if (path is null)
            {
                output.WriteLine("skipped: shared/seeds not found");
                return;
            }
            var text = File.ReadAllText(path);
            var result = TextModels.Repair.Repair(text);
            foreach (var note in result.Notes) output.WriteLine($"{prefix}: {note.Kind}: {note.Original} => {note.Repaired}");
            var changed = result.Notes.Sum(n => VietnameseFolding.Nfc(n.Original).Split(' ').Zip(n.Repaired.Split(' ')).Count(p => p.First != p.Second));
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(changed <= words / 1000.0, $"{prefix}: {changed} of {words} words changed");
        }
    }
}
