using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>What one line of a plan table OCR'd line by line (Tesseract's English model: no Vietnamese letters,
/// cells joined by spaces or a stray "|") is: the table's header, the first line of an item row (its criterion
/// code near the start), page furniture, or the heading that ends the table. Decided on folded text, so the
/// English model's "Tiéu chi", "Thoi gian", "Kinhphi" count as the words they damaged.</summary>
internal static partial class OcrTableLines
{
    /// <summary>A header names at least this many of the plan table's column words, a time or money one among them.</summary>
    private const int HeaderWords = 3;

    /// <summary>A row's criterion code stands within this many characters of the line's start (after a row number,
    /// a first "Nội dung" cell or a "TC" label).</summary>
    private const int CodeReach = 40;

    /// <summary>How many lines a header may be spread over (2-3 header rows, words wrapped in narrow columns).</summary>
    private const int HeaderLines = 4;

    /// <summary>How far below a headerless table's first row its second row may start (its cells wrap over many lines).</summary>
    private const int HeaderlessReach = 20;

    /// <summary>Below this a number read as money from an OCR line is a count or a year (the joined cells put it
    /// there): the one floor of every English-OCR text reader.</summary>
    public const long MinAmount = 100_000;

    /// <summary>A field label ends with its colon within this many characters.</summary>
    private const int LabelReach = 30;

    /// <summary>True when a header starts at this line: it names a column word, and it and the next few lines
    /// together name enough of them. A sentence naming the same words ("… có người phụ trách, thời gian và kinh
    /// phí cụ thể.") ends with its full stop and is not a header.</summary>
    public static bool IsHeader(IReadOnlyList<string> lines, int start)
    {
        if (!IsHeaderLine(lines[start]) || RowCode(lines[start]) is not null) return false;
        var words = new HashSet<string>();
        var time = false;
        var rowFollows = false;
        var levels = 0;
        var leadsIn = false;
        for (int i = start, seen = 0; i < lines.Count && seen < HeaderLines; i++)
        {
            if (LineShapes.IsBlank(lines[i])) continue;
            // A header is header lines only: a row, a labelled field ("Mục tiêu: …") or a sentence ends it.
            if (i > start && (rowFollows = RowCode(lines[i]) is not null)) break;
            if (i > start && IsLabelOrSentence(lines[i])) break;
            var folded = Fold(lines[i]);
            time |= TimeOrMoney().IsMatch(folded);
            levels += LevelWord().Count(folded);
            leadsIn |= lines[i].TrimEnd().EndsWith(':') || (i > start && StandardWord().IsMatch(folded));
            foreach (Match m in HeaderWord().Matches(folded)) words.Add(m.Value.Replace(" ", ""));
            seen++;
        }
        if (time && words.Count >= HeaderWords) return true;
        // The model garbles most header words ("Newodi Thoi Kinh", "Tewcht"): fewer of them do when the first row,
        // its criterion code near the start, follows at once, unless a line is a sentence leading into a list or a
        // standard's heading ("… các tiêu chuẩn và tiêu chí:" / "Tiêu chuẩn 1: …" over prose criteria).
        // A self-assessment table's header names the levels ("Mức 1 Mức 2 Mức 3"): its rows are not items.
        return rowFollows && (time || words.Count >= HeaderWords - 1) && levels < 2 && !leadsIn;
    }

    /// <summary>True when a header starts here with a first line the model garbled beyond its column words
    /// ("1) Tita | OE nica ones the Thei | inh phi | N8ven"): a line of cells joined by "|", no row code and no
    /// sentence, right above a line that starts a header.</summary>
    public static bool IsGarbledHeaderStart(IReadOnlyList<string> lines, int start) =>
        start + 1 < lines.Count && lines[start].Contains('|') && !lines[start].Contains('\t') && RowCode(lines[start]) is null
        && !IsLabelOrSentence(lines[start]) && IsHeader(lines, start + 1);

    /// <summary>True when an item table starts here without a header the model could read (a header printed
    /// sideways comes out as noise): this line and another within a few lines open with a criterion code and carry
    /// what only an item row carries, an amount or a dated phrase finer than a year.</summary>
    public static bool IsHeaderlessStart(IReadOnlyList<string> lines, int start)
    {
        if (lines[start].Contains('\t') || !IsFactRow(lines[start])) return false;
        for (var i = start + 1; i < lines.Count && i <= start + HeaderlessReach; i++)
            if (IsFactRow(lines[i])) return true;
        return false;
    }

    private static bool IsFactRow(string line) => RowCode(line) is not null && HasFacts(line);

    /// <summary>True when the line carries what only an item row carries: an amount, or a dated phrase finer than a year.</summary>
    public static bool HasFacts(string line)
    {
        var folded = Fold(line);
        return MoneyParser.FindAmounts(line).Any(m => m.Vnd >= MinAmount)
            || TimelinePatterns.Find(line, folded).Any(m => m.Kind is not (TimelineMentionKind.Year or TimelineMentionKind.YearPair));
    }

    /// <summary>A line that can be part of a header: no tab or leading bar (the other scanners' tables), no
    /// sentence end, at least one column word.</summary>
    private static bool IsHeaderLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || line.Contains('\t') || (trimmed.StartsWith('|') && trimmed.EndsWith('|')) || IsLabelOrSentence(line)) return false;
        return HeaderWord().IsMatch(Fold(line));
    }

    /// <summary>A sentence's end, or a labelled field of a prose plan ("Thời gian: Tháng 12/2024"): not a header.</summary>
    public static bool IsLabelOrSentence(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.EndsWith('.') || trimmed.EndsWith(';')) return true;
        var colon = trimmed.IndexOf(':');
        return colon is > 1 and < LabelReach && HeaderWord().IsMatch(Fold(trimmed[..colon]));
    }

    /// <summary>A repeated header inside the table (a page break repeats it): a header line without a row code.</summary>
    public static bool IsRepeatedHeader(IReadOnlyList<string> lines, int i) =>
        RowCode(lines[i]) is null && HeaderWord().Matches(Fold(lines[i])).Count >= 2 && IsHeader(lines, i);

    /// <summary>True when the text has a letter only Vietnamese writing has (ă, đ, ơ, ư and the toned vowels):
    /// then it was not OCR'd with the English model and its tables are left to the other scanners.</summary>
    public static bool HasVietnameseOnlyLetters(string line) =>
        line.Any(c => c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or (>= '\u1EA0' and <= '\u1EF9'));

    /// <summary>The criterion code ("3.1") a row's first line carries near its start, or null.</summary>
    public static string? RowCode(string line) => RowCode(line, null);

    /// <summary>The criterion code of a row's first line: "3.1" near its start, or "Tiêu chí 2" under the
    /// standard <paramref name="standard"/> the table's last standard row or cell named.</summary>
    public static string? RowCode(string line, int? standard)
    {
        var folded = GarbledCode().Replace(Fold(line), m => $"{m.Groups["lead"].Value}{(m.Groups["s"].Success ? m.Groups["s"].Value : "1")}.{m.Groups["i"].Value}");
        var match = Code().Match(folded);
        if (match.Success && match.Index <= CodeReach)
        {
            var index = int.Parse(match.Groups["i"].Value);
            return index is >= 1 and <= 15 ? $"{match.Groups["s"].Value}.{index}" : null;
        }
        return standard is { } s && CriterionIndex(line) is { } i ? $"{s}.{i}" : null;
    }

    /// <summary>Every criterion code the line names, in order ("Noi dung | Tieu chi 1.6 Tieu chi 3.3" gives 1.6, 3.3):
    /// the head of a table laid on its side, one column per criterion.</summary>
    public static IReadOnlyList<string> Codes(string line) =>
        [.. Code().Matches(GarbledCode().Replace(Fold(line), m => $"{m.Groups["lead"].Value}{(m.Groups["s"].Success ? m.Groups["s"].Value : "1")}.{m.Groups["i"].Value}"))
            .Where(m => int.Parse(m.Groups["i"].Value) is >= 1 and <= 15)
            .Select(m => $"{m.Groups["s"].Value}.{int.Parse(m.Groups["i"].Value)}")];

    /// <summary>The row number a line opens with ("3 XAy mdi phong hoc …" gives 3), or null.</summary>
    public static int? RowNumber(string line) =>
        LeadingNumber().Match(line) is { Success: true } m ? int.Parse(m.Groups["n"].Value) : null;

    /// <summary>The first cell of a line that opens with a row number ("3 a> Phong hoc, | …" gives "Phong hoc"):
    /// up to the first bar or comma, after the number and up to two marks of noise; null without a row number.</summary>
    public static string? NumberedRowCell(string line)
    {
        var match = NumberedRow().Match(line);
        if (!match.Success) return null;
        var cell = match.Groups["cell"].Value;
        var end = cell.IndexOfAny(['|', ',', ';']);
        return end < 0 ? cell : cell[..end];
    }

    /// <summary>The standard written under a "Tiêu chí 1" cell: "tiêu chuẩn" on the next line, its number on the
    /// same line or at the start of the one after ("Tiéuchi1 / tiéuchuaén / 3").</summary>
    public static int? StandardBelow(IReadOnlyList<string> lines, int j)
    {
        if (j + 1 >= lines.Count) return null;
        var next = StandardWord().Match(Fold(lines[j + 1]));
        if (!next.Success) return null;
        if (next.Groups["n"].Success) return next.Groups["n"].Value[0] - '0';
        // The number may sit below a blank line the model put inside the cell.
        var k = j + 2;
        while (k < lines.Count && k <= j + 3 && LineShapes.IsBlank(lines[k])) k++;
        return k < lines.Count && LeadingDigit().Match(lines[k]) is { Success: true } digit ? digit.Groups["n"].Value[0] - '0' : null;
    }

    /// <summary>"Tiêu chí 4" (a criterion by its index alone) near the line's start.</summary>
    public static int? CriterionIndex(string line)
    {
        var match = IndexOnly().Match(Fold(line));
        return match.Success && match.Index <= CodeReach && int.Parse(match.Groups["i"].Value) is var i and >= 1 and <= 15 ? i : null;
    }

    /// <summary>The standard a line names near its start ("Tiêu chuẩn 3 -", "TIÊU CHUẨN III:", which the English
    /// model may read as "TI" or "Ill"), or null.</summary>
    public static int? StandardOf(string line)
    {
        var match = Standard().Match(Fold(line));
        if (!match.Success || match.Index > CodeReach) return null;
        var n = match.Groups["n"].Value;
        if (n.Length == 1 && char.IsDigit(n[0])) return n[0] - '0';
        var roman = n.Replace('l', 'i').Replace('1', 'i').Replace('t', 'i');
        return roman switch { "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, _ => null };
    }

    /// <summary>The heading after the table: "IV. TỔ CHỨC THỰC HIỆN" (the English model reads IV as "Iv", III as
    /// "Ill"), "C. TỔ CHỨC…", the next standard's sub-table "2. Tiêu chuẩn 2:", the "Nơi nhận" block.</summary>
    public static bool EndsTable(string line) => SectionHeading().IsMatch(line.Trim()) || EndWords().IsMatch(Fold(line).Trim());

    public static bool IsPageFurniture(string line) => PageNumber().IsMatch(Fold(line).Trim());

    public static string Fold(string line) => FoldedText.Fold(line);

    // "Thời gian" as the model reads it: "Thoi", "Thai", "Thdi", "Thei".
    [GeneratedRegex(@"th[a-z]i\s*gian|kinh\s*phi|nguon|so\s*tien")]
    private static partial Regex TimeOrMoney();

    [GeneratedRegex(@"tieu\s*chi|ket\s*qua|bien\s*phap|giai\s*phap|th[a-z]i\s*gian|kinh\s*phi|nguon|chu\s*tri|chi\s*tri|muc\s*tieu|noi\s*dung|phu\s*trach|thuc\s*hien|so\s*tien")]
    private static partial Regex HeaderWord();

    // Not inside an amount or a date: no digit, dot, comma or slash before; no digit, ".digit" or money unit after
    // ("Kinh phi 1,2 ti dong" is an amount, not criterion 1.2); a comma only without spaces ("lớp 1, lớp 2" read
    // "16p 1, 1ép 2" is a list).
    [GeneratedRegex(@"(?<![\d.,/])(?:(?<s>[1-5])(?:\s?\.\s?|,)(?<i>\d{1,2})(?!\d|\s?[.,/]\s?\d|\s?(?:t[iy]\b|tri[a-z]{0,3}\b|tr\b|trd|dong\b|d\b|m2\b|%))|(?<s>[1-5])(?<i>[1-9])\.(?=[a-z]))")]
    private static partial Regex Code();

    // "Mức 2" as the English model reads it: "Muc 2", "Mitc 2", "Mic 2", "Mirc 2".
    [GeneratedRegex(@"\bm\w{0,2}c\s*[1-4]\b")]
    private static partial Regex LevelWord();

    // "Tiêu chí 3.2" read without its dot ("Tieuchi32:") or with "l" for the 1 ("Tieuchil.7").
    [GeneratedRegex(@"(?<lead>tieu\s*chi\s*)(?:(?<s>[1-5])(?<i>[1-9])(?=\s?[:.]?(?:\s|$))|[li][.,]\s?(?<i>\d{1,2})\b)")]
    private static partial Regex GarbledCode();

    // The row number, then up to two marks of noise or a code the model made unreadable ("3 134..|Khuonvien"),
    // then the first cell.
    [GeneratedRegex(@"^\W{0,2}[1-9]\d{0,2}(?![\d,/])\W*(?:\S{1,2}\s+|[^\p{L}\s]{3,8}\s*)?(?<cell>\p{L}.*)$")]
    private static partial Regex NumberedRow();

    [GeneratedRegex(@"^\W{0,2}(?<n>[1-9]\d?)\s+(?=\p{L})")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\W{0,3}tieu\s*chu\p{L}*(?:\W{0,3}(?<n>[1-5])\b)?")]
    private static partial Regex StandardWord();

    [GeneratedRegex(@"^\W{0,3}(?<n>[1-5])\b(?![.,]\d)")]
    private static partial Regex LeadingDigit();

    [GeneratedRegex(@"tieu\s*chi\s*(?:so\s*)?(?<i>\d{1,2})\b(?!\s?[.,]\s?\d)")]
    private static partial Regex IndexOnly();

    [GeneratedRegex(@"tieu\s*chua?n\s*(?<n>[1-5]|[ivtl1]{1,3}|iv|1v)\b")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^(?:[IVXl1]{1,4}|[A-E])\.\s+\p{Lu}{2,}\s+\p{Lu}")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:noi\s*nhan|\d{1,2}\.\s*tieu\s*chuan\s*\d)")]
    private static partial Regex EndWords();

    [GeneratedRegex(@"^(?:trang\s*\d+|.{0,60}-\s*trang\s*\d+|\d{1,2})$")]
    private static partial Regex PageNumber();
}
