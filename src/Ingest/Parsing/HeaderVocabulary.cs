namespace Analytics.Ingest.Parsing;

/// <summary>Maps header cell text of improvement tables to column roles. Matching is on the folded key
/// (no accents, no spaces), so "Chủ trì và phối hợp", "Chu tri", "Tiêu chu ẩn" all match. Order matters:
/// the first rule whose fragment occurs in the key wins.</summary>
internal static partial class HeaderVocabulary
{
    private static readonly (string Fragment, ColumnRole Role)[] Rules =
    [
        // Level columns before the words they contain ("Mức đạt hiện tại", "Mức phấn đấu").
        ("mucdathientai", ColumnRole.CurrentLevel),
        ("muchientai", ColumnRole.CurrentLevel),
        ("mucphandau", ColumnRole.TargetLevel),
        ("mucdatphandau", ColumnRole.TargetLevel),
        // What the work yields, before the "dự kiến" of a budget it contains ("Sản phẩm dự kiến", "Kết quả dự kiến").
        ("sanpham", ColumnRole.Target),
        ("ketquadukien", ColumnRole.Target),
        ("dukienketqua", ColumnRole.Target),
        ("giamsat", ColumnRole.Supervision),
        ("thoidiembaocao", ColumnRole.ReportDate),
        ("baocao", ColumnRole.ReportDate),
        // A procurement table: the total is the budget; the unit price and the count (below) are not.
        ("thanhtien", ColumnRole.Budget),
        ("tongtien", ColumnRole.Budget),
        ("nguonkinhphi", ColumnRole.Funding),
        ("nguonvon", ColumnRole.Funding),
        ("nguonluc", ColumnRole.Funding),
        ("nguontaichinh", ColumnRole.Funding),
        ("nguon", ColumnRole.Funding),
        ("kinhphi", ColumnRole.Budget),
        ("dukien", ColumnRole.Budget),
        ("dutoan", ColumnRole.Budget),
        ("chiphi", ColumnRole.Budget),
        ("ngansach", ColumnRole.Budget),
        ("dieukien", ColumnRole.Support),
        ("thoigian", ColumnRole.Timeline),
        // "Từ ngày | Đến ngày", "Bắt đầu | Kết thúc": the span's two ends in columns of their own, read together.
        ("tungay", ColumnRole.Timeline),
        ("denngay", ColumnRole.Timeline),
        ("ngaybatdau", ColumnRole.Timeline),
        ("ngayketthuc", ColumnRole.Timeline),
        ("thoidiem", ColumnRole.Timeline),
        ("tiendo", ColumnRole.Timeline),
        ("thoihan", ColumnRole.Timeline),
        ("lotrinh", ColumnRole.Timeline),
        ("chutri", ColumnRole.Lead),
        ("phutrach", ColumnRole.Lead),
        ("phancong", ColumnRole.Lead),
        ("nguoithuchien", ColumnRole.Lead),
        ("donvithuchien", ColumnRole.Lead),
        ("bophanthuchien", ColumnRole.Lead),
        ("canhanthuchien", ColumnRole.Lead),
        ("trachnhiem", ColumnRole.Lead),
        ("lucluong", ColumnRole.Lead),
        // "Phối hợp" under a merged "Phân công" names the partners, not who leads.
        ("phoihop", ColumnRole.Note),
        // "Nhân lực: tổ Toán - Tin" in a "Nguồn lực" cell: the staff who do the work, beside its money; not the lead.
        ("nhanluc", ColumnRole.Note),
        ("ghichu", ColumnRole.Note),
        ("ketquacandat", ColumnRole.Target),
        ("ketquadatduoc", ColumnRole.Target),
        ("muctieu", ColumnRole.Target),
        ("chitieu", ColumnRole.Target),
        ("noidungkehoach", ColumnRole.Target),
        ("noidungcaitien", ColumnRole.Target),
        ("congviec", ColumnRole.Actions),
        ("vieccanlam", ColumnRole.Actions),
        // "Cách làm:", "Cách thức thực hiện": how the work is done.
        ("cachlam", ColumnRole.Actions),
        ("cachthuc", ColumnRole.Actions),
        ("giaiphap", ColumnRole.Actions),
        ("bienphap", ColumnRole.Actions),
        ("hoatdong", ColumnRole.Actions),
        ("dongia", ColumnRole.Quantity),
        ("soluong", ColumnRole.Quantity),
        ("donvitinh", ColumnRole.Quantity),
        ("diemyeu", ColumnRole.Weakness),
        ("tontai", ColumnRole.Weakness),
        ("hanche", ColumnRole.Weakness),
        ("tieuchi", ColumnRole.Criterion),
        ("tieuchuan", ColumnRole.Standard),
        ("noidung", ColumnRole.Target),
        ("kehoach", ColumnRole.Target),
        ("ketqua", ColumnRole.Target),
    ];

    private static readonly HashSet<string> NumberKeys = ["tt", "stt", "sott", "so", "sothutu", "thutu", "no"];

    /// <summary>Abbreviated standard headers ("TC" over a column of "1", "2", "3").</summary>
    private static readonly HashSet<string> StandardKeys = ["tc", "tchuan"];

    /// <summary>Headers abbreviated to initials in narrow columns, explained in a note under the title ("KP: kinh
    /// phí", "TG: thời gian"); a unit in brackets ("KP (tr.đ)") is read apart.</summary>
    private static readonly Dictionary<string, ColumnRole> Abbreviations = new()
    {
        ["kp"] = ColumnRole.Budget,
        ["kpdk"] = ColumnRole.Budget,
        ["tg"] = ColumnRole.Timeline,
        ["tgth"] = ColumnRole.Timeline,
        ["nguoith"] = ColumnRole.Lead,
        ["ndct"] = ColumnRole.Target,
        ["nkp"] = ColumnRole.Funding,
        ["dvt"] = ColumnRole.Quantity,
        ["sl"] = ColumnRole.Quantity,
    };

    public static ColumnRole RoleOf(string header)
    {
        var key = Folded.Key(header).Replace("/", "");
        if (key.Length == 0) return ColumnRole.Unknown;
        if (NumberKeys.Contains(key)) return ColumnRole.Number;
        if (StandardKeys.Contains(key)) return ColumnRole.Standard;
        if (Abbreviations.TryGetValue(key, out var abbreviated)) return abbreviated;
        // "Điểm yếu (tiêu chí)": a weakness column whose cells name their criterion in brackets, not a criterion column.
        var main = Bracketed().Replace(header, " ");
        if (main.Length < header.Length && RoleOf(main) == ColumnRole.Weakness) return ColumnRole.Weakness;
        // "Tiêu chuẩn, tiêu chí" and "Tên tiêu chí" name the criterion column.
        if (key.Contains("tieuchi", StringComparison.Ordinal) && !key.Contains("giaiphap", StringComparison.Ordinal)) return ColumnRole.Criterion;
        // The words outside brackets name the column; a bracket only qualifies them: "Kinh phí (nguồn)" is the amount
        // (its source written in brackets in the cells), "Thời gian (dự kiến)" the time.
        if (main.Length < header.Length && RoleOf(main) is var named and not ColumnRole.Unknown) return named;
        foreach (var (fragment, role) in Rules)
            if (key.Contains(fragment, StringComparison.Ordinal)) return role;
        return ColumnRole.Unknown;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*(?:\)|$)")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();
}
