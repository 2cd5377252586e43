using System.Globalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>The ways a plan writes the same amount, period, criterion and row number. Each form is chosen
/// from the value the expected record holds, so the expected record of a variant is its source's record with
/// the text as written: the amount and the months do not change.</summary>
public static class FieldForms
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>An amount as offices write it; <paramref name="bareColumn"/>: under a "(đồng)" header, digits only.</summary>
    public static string Money(long vnd, Random random, bool bareColumn)
    {
        var grouped = vnd.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
        if (bareColumn) return random.Next(3) == 0 ? vnd.ToString(CultureInfo.InvariantCulture) : grouped;
        var forms = new List<string> { grouped + " đ", grouped + " đồng", grouped + " VNĐ", grouped + "đ" };
        if (vnd % 1_000_000 == 0 && vnd < 1_000_000_000)
        {
            var millions = (vnd / 1_000_000).ToString(CultureInfo.InvariantCulture);
            forms.AddRange([millions + " triệu đồng", millions + " triệu", millions + " tr"]);
        }
        if (vnd >= 1_000_000_000 && vnd % 100_000_000 == 0)
        {
            var billions = (vnd / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
            forms.Add(billions + " tỷ đồng");
            if (vnd % 1_000_000_000 != 0) forms.Add($"{vnd / 1_000_000_000} tỷ {vnd % 1_000_000_000 / 1_000_000} triệu đồng");
        }
        return forms[random.Next(forms.Count)];
    }

    /// <summary>A period from its first and last month ("2024-09", "2024-12"), or null when the months do not
    /// say how it was written (then the source's text is kept).</summary>
    public static string? Period(string start, string end, Random random)
    {
        var (y1, m1) = Month(start);
        var (y2, m2) = Month(end);
        var forms = new List<string>();
        if (start == end) forms.AddRange([$"Tháng {m1}/{y1}", $"{m1}/{y1}", $"tháng {m1:00}/{y1}"]);
        else
        {
            forms.AddRange([$"Từ tháng {m1}/{y1} đến tháng {m2}/{y2}", $"{m1}/{y1} - {m2}/{y2}", $"Tháng {m1}/{y1} – {m2}/{y2}", $"Từ {m1:00}/{y1} đến {m2:00}/{y2}"]);
            if (y1 == y2 && m1 % 3 == 1 && m2 == m1 + 2) forms.AddRange([$"Quý {Roman[m1 / 3]}/{y1}", $"Quý {m1 / 3 + 1}/{y1}"]);
            if (y1 == y2 && m1 == 1 && m2 == 12) forms.Add($"Năm {y1}");
            if (y2 == y1 + 1 && m1 == 9 && m2 == 5) forms.Add($"Năm học {y1}-{y2}");
        }
        return forms[random.Next(forms.Count)];
    }

    /// <summary>A criterion cell: code only, code and name in one of the usual shapes, or the name alone.</summary>
    public static (string Text, string? Name) Criterion(string code, string? name, Random random)
    {
        var choice = random.Next(name is null ? 3 : 9);
        return choice switch
        {
            0 => (code, null),
            1 => ($"Tiêu chí {code}", null),
            2 => ($"TC {code}", null),
            3 => ($"{code}. {name}", name),
            4 => ($"Tiêu chí {code}: {name}", name),
            5 => ($"{code} - {name}", name),
            6 => ($"Tiêu chí {code}. {name}", name),
            7 => ($"{code} {name}", name),
            _ => (name!, name),
        };
    }

    /// <summary>How the number column counts rows: "1", "1.", "01".</summary>
    public static Func<int, string> Numbering(Random random) => random.Next(3) switch
    {
        0 => n => n.ToString(CultureInfo.InvariantCulture),
        1 => n => n.ToString(CultureInfo.InvariantCulture) + ".",
        _ => n => n.ToString("00", CultureInfo.InvariantCulture),
    };

    /// <summary>A budget cell for an item without an amount (the record's budget is null).</summary>
    public static string NoAmount(Budget? original, Random random, bool bareColumn) =>
        bareColumn ? (random.Next(2) == 0 ? "0" : "") : random.Next(3) switch { 0 => "Không", 1 => "", _ => original?.Text ?? "" };

    private static (int Year, int Month) Month(string yearMonth) =>
        (int.Parse(yearMonth[..4], CultureInfo.InvariantCulture), int.Parse(yearMonth[5..], CultureInfo.InvariantCulture));
}
