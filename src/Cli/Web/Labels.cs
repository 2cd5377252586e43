namespace Analytics.Cli.Web;

/// <summary>Vietnamese labels for the contract's codes (levels, results, gap categories, facets).</summary>
internal static class Labels
{
    public static string Level(string? code) => code switch
    {
        "mam-non" => "Mầm non",
        "tieu-hoc" => "Tiểu học",
        "thcs" => "THCS",
        "thpt" => "THPT",
        "lien-cap" => "Liên cấp",
        null => "",
        _ => code,
    };

    public static string Result(string code) => code switch
    {
        "khong-dat" => "Không đạt",
        "muc-1" => "Mức 1",
        "muc-2" => "Mức 2",
        "muc-3" => "Mức 3",
        "muc-4" => "Mức 4",
        _ => code,
    };

    public static string Gap(string code) => Ingest.Records.GapCategoryNames.Name(code);

    public static string Facet(string facet) => facet switch
    {
        "province" => "Tỉnh/thành (từ 07/2025)",
        "district" => "Quận/huyện trước đây",
        "level" => "Cấp học",
        "standard" => "Tiêu chuẩn",
        "criterion" => "Tiêu chí",
        "gap" => "Thiếu hụt CSVC",
        "funding" => "Nguồn kinh phí",
        "year" => "Năm",
        _ => facet,
    };

    public static string FacetValue(string facet, string value) => facet switch
    {
        "level" => Level(value),
        "gap" => Gap(value),
        _ => value,
    };
}
