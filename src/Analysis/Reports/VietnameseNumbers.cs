using System.Globalization;

namespace Analytics.Analysis.Reports;

/// <summary>Numbers as Vietnamese documents write them: dot for thousands, comma for decimals; dates dd/MM/yyyy.</summary>
public static class VietnameseNumbers
{
    public static string Integer(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + "%";

    public static string Decimal(double value, int digits = 2) =>
        value.ToString("0." + new string('0', digits), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>"3,5 tỷ đồng", "350 triệu đồng", "45.000 đồng": for prose, not tables.</summary>
    public static string Money(long vnd) => vnd switch
    {
        >= 1_000_000_000 => Decimal(vnd / 1e9, 1).Replace(",0", "") + " tỷ đồng",
        >= 1_000_000 => Decimal(vnd / 1e6, 1).Replace(",0", "") + " triệu đồng",
        _ => Integer(vnd) + " đồng",
    };

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
