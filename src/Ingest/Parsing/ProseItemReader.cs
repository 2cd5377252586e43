using System.Text.RegularExpressions;
using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing.Prose;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads items from plans written as prose, line by line through the rules of <see cref="ProseLinePipeline"/>: "Tiêu chí 1.4: …" followed by paragraphs, with
/// optional labelled lines ("Thời gian: …", "Kinh phí: …", "Người phụ trách: …", "Giải pháp: …").
/// Short lines that are only a time expression, stranded after the items (a column of dates that OCR
/// read apart from its table), end the current item and are reported, not guessed onto items.</summary>
internal static partial class ProseItemReader
{
    public static List<RawItem> Read(IReadOnlyList<Block> blocks, string? level, WarningSink warnings)
    {
        var state = new ProseState(blocks, level, warnings);
        ProseLinePipeline.Default.Read(state);
        if (state.Stranded > 0)
            warnings.Add("items.timeline", $"{state.Stranded} time expression(s) stand apart from the items they belong to (a table column read separately?); not assigned", state.StrandedAt);
        return state.Items;
    }

    /// <summary>"Mục tiêu 1: Thư viện đạt chuẩn …" (a numbered objective, not the "Mục tiêu:" label of an
    /// item's target) → the objective's words; null for other lines.</summary>
    internal static string? NumberedObjective(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', '*', ' ');
        var m = NumberedObjectiveLabel().Match(Folded.Aligned(trimmed));
        if (!m.Success) return null;
        var rest = trimmed[m.Length..].Trim();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>"Nhiệm vụ 2: Trang bị tủ cơm cho bếp ăn (tiêu chí 3.4)." (also "Công việc", "Hoạt động",
    /// "Nội dung" with a number) → criterion 3.4 and the task's words without the bracket; null when the line is
    /// no numbered task or its bracket names no single criterion.</summary>
    internal static (CriterionReference Reference, string Words)? NumberedTask(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', '*', '–', ' ');
        var folded = Folded.Aligned(trimmed);
        if (NumberedTaskBracketFirst().Match(folded) is { Success: true } first) return BracketFirstTask(trimmed, first);
        var m = NumberedTaskLabel().Match(folded);
        if (!m.Success) return null;
        var rest = trimmed[m.Length..].Trim();
        var bracket = TrailingBracket().Match(rest);
        if (!bracket.Success || CriterionReferences.Parse(bracket.Groups[1].Value) is not { IsStandardOnly: false } reference) return null;
        var words = rest[..bracket.Index].Trim().TrimEnd(',', ';', ':', '-', '–').Trim();
        return words.Length == 0 ? null : (reference with { Name = null, Tail = null }, words);
    }

    /// <summary>"Hoạt động 1 (Tiêu chí 1.8): Hồ sơ … được số hóa" — the bracket before the colon.</summary>
    private static (CriterionReference Reference, string Words)? BracketFirstTask(string trimmed, Match m)
    {
        var inside = m.Groups["ref"];
        if (CriterionReferences.Parse(trimmed.Substring(inside.Index, inside.Length)) is not { IsStandardOnly: false } reference) return null;
        var words = trimmed[m.Length..].Trim();
        return words.Length == 0 ? null : (reference with { Name = null, Tail = null }, words);
    }

    /// <summary>"4. Kế hoạch cải tiến chất lượng: …", "1. Mô tả hiện trạng", "5. Tự đánh giá: Đạt Mức 2.", "d) Kế hoạch
    /// cải tiến chất lượng", "đ) Tự đánh giá: Đạt Mức 1" — the numbered or lettered parts of a criterion section in a self-assessment report; whether it is the plan part, and the
    /// words after its heading on the same line.</summary>
    internal static (bool IsPlan, bool IsVerdict, string After)? SelfAssessmentPart(string text)
    {
        var trimmed = text.Trim();
        var m = SelfAssessmentHeading().Match(Folded.Aligned(trimmed));
        if (!m.Success) return null;
        var after = trimmed[m.Length..].Trim();
        // A lettered part ("c) Điểm yếu", "d) Kế hoạch cải tiến chất lượng") is a part heading only on a line of
        // its own or as the verdict: "a) Điểm yếu: …" is a lettered field of a prose plan.
        if (m.Groups["letter"].Success && after.Length > 0 && !m.Groups["verdict"].Success) return null;
        return (m.Groups["plan"].Success, m.Groups["verdict"].Success, after);
    }

    /// <summary>A sentence of the plan part: the item's actions, and the time, amount and source it names.</summary>
    internal static void AddPlanSentence(RawItem item, string sentence)
    {
        item.Add(ColumnRole.Actions, sentence);
        SentenceFields.AddTo(item, sentence);
    }

    /// <summary>Whether the next text line names a criterion: a numbered objective heads a section only then
    /// ("- Mục tiêu 1: …" lines under a criterion are that item's targets).</summary>
    internal static bool ReferenceFollows(IReadOnlyList<Block> blocks, int at) =>
        at + 1 < blocks.Count && blocks[at + 1] is TextBlock next
        && (CriterionReferences.Parse(next.Text) ?? LabelledReference(next.Text)) is { IsStandardOnly: false };

    /// <summary>"Tiêu chí: tiêu chí 6 (tiêu chuẩn 3) – Thư viện", "Tiêu chí liên quan: TC 3.6": a label
    /// announcing the criterion, then a reference written out.</summary>
    internal static CriterionReference? LabelledReference(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', '*', ' ');
        var m = ReferenceLabel().Match(Folded.Aligned(trimmed));
        if (m.Success) return CriterionReferences.Parse(trimmed[m.Length..]) ?? CriterionReferences.Parse(trimmed[m.Length..], bare: true);
        // Any label the vocabulary reads as the criterion ("Tiêu chí cần cải tiến (ghi số hiệu): 5.2"): a form's
        // criterion line, whose value may be the bare code.
        return CriterionLabelValue(trimmed) is { } value ? CriterionReferences.Parse(value, bare: true) : null;
    }

    /// <summary>The value after a label that names the criterion field ("Tiêu chí được cải tiến: …"); null when
    /// the line has no such label.</summary>
    internal static string? CriterionLabelValue(string text)
    {
        var m = LabelTail().Match(text);
        if (!m.Success || HeaderVocabulary.RoleOf(m.Groups[1].Value) != ColumnRole.Criterion) return null;
        var value = text[m.Length..].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>"Tiêu chí: Khối phòng tổ chức ăn" — a criterion given by its name in the circular, with no
    /// number: recognised from the catalogue of the school level, within the standard above when known.</summary>
    internal static CriterionReference? NamedCriterion(string text, int? standard, string? level, WarningSink warnings, Provenance where)
    {
        var m = NameOnlyLabel().Match(Folded.Aligned(text.TrimStart()));
        // A form's own criterion line ("Tiêu chí được cải tiến: Thư viện") starts a new form: no standard above binds it.
        var name = m.Success ? text.TrimStart()[m.Length..].Trim() : CriterionLabelValue(text.TrimStart('-', '+', '•', '*', ' '));
        if (!m.Success) standard = null;
        if (name is null || name.Length == 0 || name.Any(char.IsDigit)) return null;
        var reference = CriterionResolver.Infer(name, level, warnings, where, announced: true);
        if (reference is null || (standard is { } s && reference.Standard != s)) return null;
        return reference;
    }

    /// <summary>The text of a nested list line ("+ Tham mưu …", "• …"), null for other lines.</summary>
    internal static string? SubBullet(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length < 3 || trimmed[0] is not ('+' or '•' or '-' or '–' or '*')) return null;
        var rest = trimmed[1..].Trim();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>"- Người chủ trì: Hiệu trưởng" → (Lead, "Hiệu trưởng"): the words before the colon are read
    /// with the same vocabulary as table headers.</summary>
    internal static (ColumnRole Role, string Text, bool Labelled) Labelled(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', '*', ' ');
        var m = LabelTail().Match(trimmed);
        if (m.Success)
        {
            var role = HeaderVocabulary.RoleOf(m.Groups[1].Value);
            if (role is not (ColumnRole.Unknown or ColumnRole.Number or ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.ReportDate or ColumnRole.Supervision or ColumnRole.Weakness or ColumnRole.CurrentLevel or ColumnRole.TargetLevel or ColumnRole.Quantity))
                return (role, trimmed[m.Length..].Trim(), true);
        }
        return (ColumnRole.Target, text.Trim(), false);
    }

    /// <summary>"Yêu cầu đạt được: …": a label of two to six words, capitalised, without digits, that the vocabulary
    /// does not know, and the text after it; null for other lines.</summary>
    internal static (string Key, string Value)? UnknownLabel(string text)
    {
        var trimmed = text.TrimStart('-', '+', '•', '*', ' ');
        var m = LabelTail().Match(trimmed);
        if (!m.Success) return null;
        var label = m.Groups[1].Value.Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var value = trimmed[m.Length..].Trim();
        if (words is < 2 or > 6 || !char.IsUpper(label[0]) || label.Any(char.IsDigit) || value.Length == 0) return null;
        return HeaderVocabulary.RoleOf(label) == ColumnRole.Unknown ? (Folded.Key(label), value) : null;
    }

    /// <summary>A short unlabelled line between two labelled lines of one item ("Trang 2", the running
    /// school name at a page top) is page furniture, not the end of the item.</summary>
    internal static bool IsPageFurniture(string text, IReadOnlyList<Block> blocks, int at)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8) return false;
        for (var k = at + 1; k < blocks.Count && k <= at + 3; k++)
        {
            if (blocks[k] is not TextBlock next) return false;
            if (Labelled(next.Text).Labelled) return true;
            if (next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8) return false;
        }
        return false;
    }

    /// <summary>A line wrapped off the one above starts in lower case or with a number ("2025.").</summary>
    internal static bool WrapContinuation(string text) => text.Length > 0 && (char.IsLower(text[0]) || char.IsDigit(text[0])) && !RomanStart().IsMatch(text);

    internal static bool EndsSentence(string text) => text.TrimEnd()[^1] is '.' or ';' or '!' or '?' or ':';

    internal static bool LooksLikeSectionHeading(string text) => RomanStart().IsMatch(text.Trim());

    /// <summary>"9/2022", "Tháng 01/2023", "Cả năm học", "Định kỳ hàng tháng": short and only about time.</summary>
    internal static bool IsTimeFragment(string text)
    {
        var folded = Folded.Of(text);
        if (folded.Split(' ').Length > 7) return false;
        return TimeOnly().IsMatch(folded);
    }

    [GeneratedRegex(@"^[\-+•*]?\s*ti[a-z]{0,2}u\s*ch[il1]\s*:\s*")]
    private static partial Regex NameOnlyLabel();

    [GeneratedRegex(@"^(?:\d|(?<letter>[a-e]))\s*[.)]\s*(?:mo\s*ta\s*hien\s*trang|diem\s*manh|diem\s*yeu|(?<plan>ke\s*hoach\s*cai\s*tien(?:\s*chat\s*luong)?)|(?<verdict>tu\s*danh\s*gia))\s*[:.]?\s*")]
    private static partial Regex SelfAssessmentHeading();

    [GeneratedRegex(@"^(?:nhiem\s*vu|cong\s*viec|hoat\s*dong|noi\s*dung)\s*(?:so\s*)?\d{1,2}\s*[:.\-–)]\s*")]
    private static partial Regex NumberedTaskLabel();

    [GeneratedRegex(@"^(?:nhiem\s*vu|cong\s*viec|hoat\s*dong|noi\s*dung)\s*(?:so\s*)?\d{1,2}\s*\(\s*(?<ref>[^()]{2,40}?)\s*\)\s*[:.\-–]\s*")]
    private static partial Regex NumberedTaskBracketFirst();

    [GeneratedRegex(@"\(\s*([^()]{2,40})\s*\)\s*[.;]?\s*$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^muc\s*tieu\s*(?:so\s*)?\d{1,2}\s*[:.\-–)]\s*")]
    private static partial Regex NumberedObjectiveLabel();

    [GeneratedRegex(@"^(?:ti[a-z]{0,2}u\s*ch[il1]|tc)\s*(?:lien\s*quan|can\s*cai\s*tien|tuong\s*ung)?\s*:\s*")]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"^([^:\n]{3,40}?)\s*:\s*")]
    private static partial Regex LabelTail();

    [GeneratedRegex(@"^[IVXL]{1,4}\s*[\.\)]\s")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^(?:(?:tu|den|thang|quy|nam|nam hoc|hoc ky|he|hk\s*i{1,2}|ca|bat dau|dinh ky|hang|thuong xuyen|va|cac|tiep theo|truoc|sau|cuoi|dau|-|–)\s*|\d{1,2}\s*/\s*(?:19|20)\d{2}\s*|(?:19|20)\d{2}\s*|[ivx]{1,3}\s*|thang\s*\d{1,2}\s*)+$")]
    private static partial Regex TimeOnly();
}
