using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Search.Tests;

/// <summary>Seeded random plans over a small vocabulary, for checks that compare the index with the
/// records themselves (facet counts, re-ingest).</summary>
internal static class RandomPlans
{
    private static readonly string[] Provinces = ["Hải Phòng", "Tiền Giang", "Hà Nội", "Thành phố Hồ Chí Minh", "Đồng Tháp"];
    private static readonly string[] Districts = ["Lê Chân", "Mỹ Tho", "Ba Đình", "Quận 3", "Cao Lãnh", "Thủy Nguyên"];
    private static readonly string[] Levels = ["mam-non", "tieu-hoc", "thcs", "thpt", "lien-cap"];
    private static readonly string[] Gaps = ["thu-vien", "san-choi-bai-tap", "phong-hoc", "phong-chuc-nang", "ve-sinh-nuoc", "thiet-bi", "bep-an"];
    private static readonly string[] Fundings = ["Ngân sách nhà nước", "Xã hội hóa", "Ngân sách nhà nước và xã hội hóa", "Học phí"];
    internal static readonly string[] Phrases =
    [
        "sửa chữa thư viện", "bổ sung sách giáo khoa", "lát sân chơi", "sân tập thể dục", "xây phòng học bộ môn",
        "mua máy tính", "cải tạo nhà vệ sinh", "trồng cây xanh", "nâng cấp bếp ăn", "bồi dưỡng giáo viên",
        "cơ sở vật chất", "thiết bị dạy học", "phòng tin học", "tường rào cổng trường", "hoà nhập cộng đồng",
    ];

    public static IReadOnlyList<StoredSource> Make(int sources, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, sources).Select(s => Source(random, "src" + s + ".docx", "v1")).ToList();
    }

    public static StoredSource Source(Random random, string name, string hash)
    {
        var plans = Enumerable.Range(0, random.Next(1, 3)).Select(p => Plan(random, name, p)).ToArray();
        return new StoredSource(name, hash, DateTimeOffset.UnixEpoch, plans);
    }

    private static PlanRecord Plan(Random random, string source, int index)
    {
        var year = random.Next(2019, 2026);
        var items = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Item(random, year)).ToArray();
        return new PlanRecord
        {
            Id = source + "#" + index,
            Source = source,
            School = new SchoolInfo
            {
                Name = "Trường " + Pick(random, ["Tiểu học", "THCS", "Mầm non"]) + " số " + random.Next(1, 50),
                Level = Maybe(random, Levels),
                Province = Maybe(random, Provinces),
                District = Maybe(random, Districts),
            },
            Document = new DocumentInfo { Title = "Kế hoạch cải tiến chất lượng", PeriodStart = random.Next(4) == 0 ? null : year, PeriodEnd = random.Next(4) == 0 ? null : year + 1 },
            Items = items,
            Gaps = Gaps.Where(_ => random.Next(3) == 0).ToArray(),
        };
    }

    private static PlanItem Item(Random random, int year)
    {
        var timed = random.Next(3) > 0;
        var start = year + random.Next(0, 2);
        return new PlanItem
        {
            Standard = random.Next(4) == 0 ? null : random.Next(1, 6),
            Criterion = random.Next(5) == 0 ? null : random.Next(1, 6) + "." + random.Next(1, 11),
            CriterionName = Pick(random, Phrases),
            Target = Pick(random, Phrases) + " " + Pick(random, Phrases),
            Actions = Pick(random, Phrases),
            Budget = random.Next(3) == 0 ? null : new Budget("x", random.Next(3) == 0 ? null : random.NextInt64(1, 5_000_000_000)),
            Funding = Maybe(random, Fundings),
            Timeline = timed ? new Timeline("t", start + "-0" + random.Next(1, 10), random.Next(5) == 0 ? null : start + random.Next(0, 3) + "-05") : null,
            Gaps = random.Next(2) == 0 ? [] : Gaps.Where(_ => random.Next(4) == 0).ToArray(),
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
    private static string? Maybe(Random random, string[] values) => random.Next(6) == 0 ? null : Pick(random, values);
}
