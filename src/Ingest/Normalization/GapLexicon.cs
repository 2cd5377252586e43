using System.Text;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>One keyword hit of <see cref="GapLexicon.Explain"/>: which category, which keyword, where, and
/// why it might not count: its clause says the facility is already fine, its clause says nothing either
/// way, it is part of a criterion heading ("Tiêu chí 3.6: Thư viện"), or it is only a reference: the
/// room being converted ("cải tạo phòng kho thành phòng đọc"), an existing one ("dãy phòng học hiện có"),
/// or a repair of devices rather than buildings ("sửa chữa máy chiếu").</summary>
public sealed record GapHit(string Category, string Keyword, int Start, int Length, bool StatedFine, bool Neutral = false, bool InHeading = false, bool Reference = false);

/// <summary>How <see cref="GapLexicon.Classify(string, GapLexiconOptions)"/> counts hits.</summary>
/// <param name="NeutralCountsAsGap">Whether a facility named with no word of lack or of being fine counts
/// (true suits weakness lists and plan items; false suits descriptive prose).</param>
/// <param name="PlannedWork">The text describes work the plan will do (an item's target and actions): its
/// wording of the result ("Thư viện đạt chuẩn", "đủ 45 máy tính") is the goal, not a claim that the
/// facility is already fine, so statements of being fine do not excuse a hit.</param>
public sealed record GapLexiconOptions(bool NeutralCountsAsGap = true, bool PlannedWork = false)
{
    public static GapLexiconOptions Default { get; } = new();
    public static GapLexiconOptions ForPlanItems { get; } = new(PlannedWork: true);
}

/// <summary>A transparent keyword classifier for the facility-gap categories of the record contract.
/// Accent- and case-insensitive, whole words only, longest keyword first ("phòng học bộ môn" is a
/// function room, not a classroom). A hit does not count when its clause only says the facility is fine
/// ("Thư viện đạt chuẩn", "đã có nhà đa năng") and says nothing of a lack or of work to do.</summary>
public static class GapLexicon
{
    private sealed record Term(string Category, string Accented, string Folded, bool Exact);

    // Keywords and the phrases that hide them (category ""), longest first: the longest phrase claims the words.
    private static readonly Term[] Keywords = GapLexiconData.Categories
        .SelectMany(c => c.Keywords.Select(k => MakeTerm(c.Category, k)))
        .Concat(GapLexiconData.NotFacilities.Select(k => MakeTerm("", k)))
        .OrderByDescending(t => t.Folded.Length)
        .ToArray();


    // Criterion and standard names of the three circulars, so a heading naming one is not read as a gap.
    private static readonly string[] HeadingNames = new[] { "tieu-hoc", "thcs", "mam-non" }
        .SelectMany(level => CriteriaCatalogue.For(level).SelectMany(c => c.Aliases.Append(c.Name).Append(c.StandardName)))
        .Select(n => FoldedText.Fold(VietnameseFolding.Nfc(n)))
        .Distinct()
        .OrderByDescending(n => n.Length)
        .ToArray();

    private static readonly System.Text.RegularExpressions.Regex HeadingLead = new(
        @"\b(?:tieu\s*chi|tieu\s*chuan|tc)\s*\d{1,2}(?:\s*\.\s*\d{1,2})?\s*[.:\-–]?\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly Term[] GapMarkers = GapLexiconData.GapMarkers.Select(k => MakeTerm("", k)).ToArray();
    private static readonly Term[] FineMarkers = GapLexiconData.FineMarkers.Select(k => MakeTerm("", k)).ToArray();

    /// <summary>The eleven categories, in the contract's order.</summary>
    public static IReadOnlyList<string> Categories { get; } = GapLexiconData.Categories.Select(c => c.Category).ToArray();

    /// <summary>The categories the text reports as lacking or plans to fix, in the contract's order.</summary>
    public static IReadOnlyList<string> Classify(string text) => Classify(text, GapLexiconOptions.Default);

    public static IReadOnlyList<string> Classify(string text, GapLexiconOptions options)
    {
        // "Đến năm 2026, thư viện đạt chuẩn mức độ 1": a sentence led by its deadline states a target.
        var planned = options.PlannedWork || StartsWithTarget(text);
        var hit = Explain(text)
            .Where(h => (planned || !h.StatedFine) && !h.InHeading && !h.Reference && (options.NeutralCountsAsGap || !h.Neutral))
            .Select(h => h.Category)
            .ToHashSet();
        return Categories.Where(hit.Contains).ToArray();
    }

    private static readonly string[] TargetLeads = ["den nam", "den het nam", "phan dau", "muc tieu", "chi tieu", "den cuoi nam"];

    private static bool StartsWithTarget(string text)
    {
        var folded = FoldedText.Fold(VietnameseFolding.Nfc(text.TrimStart(' ', '-', '+', '*', '•', '\t')));
        return TargetLeads.Any(l => folded.StartsWith(l, StringComparison.Ordinal));
    }

    /// <summary>Every keyword hit, including those whose clause states the facility is fine.</summary>
    public static IReadOnlyList<GapHit> Explain(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var original = VietnameseFolding.Nfc(text);
        var folded = FoldedText.Fold(original);
        var clauses = Clauses(original, folded);
        var claimed = new bool[folded.Length];
        var headings = Headings(folded);
        var hits = new List<GapHit>();
        foreach (var term in Keywords)
        {
            foreach (var at in Occurrences(original, folded, term))
            {
                if (Array.IndexOf(claimed, true, at, term.Folded.Length) >= 0) continue;
                Array.Fill(claimed, true, at, term.Folded.Length);
                if (term.Category.Length == 0) continue;
                var clause = clauses.First(c => at >= c.Start && at < c.End);
                var inHeading = headings.Any(h => at >= h.Start && at < h.End);
                hits.Add(new GapHit(term.Category, term.Accented, at, term.Folded.Length, clause.Fine, clause.Neutral, inHeading));
            }
        }
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MarkReferences(hits, original, folded);
    }

    private static readonly string[] ConversionVerbs = ["cai tao", "chuyen doi", "chuyen", "sua chua", "sua"];
    private static readonly string[] ExistingWords = ["hien co", "hien tai", "hien huu", "san co"];

    // Words before a facility that make it the place or the owner of what the sentence is about
    // ("trồng cây xanh trong sân trường", "mua máy tính cho phòng tin học"); folded, "ở" only with its accent.
    private static readonly string[] PlaceWords = ["trong", "tai", "quanh", "doc", "truoc", "canh", "giap", "ngoai", "tren", "gan", "ben", "khu vuc", "phia"];
    private static readonly string[] Determiners = ["cac", "khu", "khu vuc", "toan bo", "moi", "day", "hai", "tat ca"];
    private static readonly Term[] WeakRepairs = new[] { "cải tạo", "nâng cấp", "cải tạo nâng cấp" }.Select(k => MakeTerm("", k)).ToArray();
    private static readonly Term[] WornWords = new[] { "=cũ", "=tạm", "=dột", "=nứt", "=lún", "=hỏng", "=mục", "hư hỏng", "xuống cấp", "bong tróc", "thấm", "lâu năm", "=vỡ", "=gãy", "hư hại", "gỉ" }
        .Select(k => MakeTerm("", k)).ToArray();
    private const string FurnitureFolded = "ban ghe";
    private static readonly HashSet<string> Structures = ["thu-vien", "san-choi-bai-tap", "phong-hoc", "phong-chuc-nang", "khoi-hanh-chinh", "ve-sinh-nuoc", "tuong-rao-cong", "bep-an"];
    private static readonly Term[] StructureWords = new[] { "nhà", "dãy nhà", "công trình", "mái", "tường", "nền", "trần", "cửa", "cầu thang", "lan can", "hệ thống điện", "sàn", "cơ sở vật chất", "khu nhà", "phòng", "lớp học" }
        .Select(k => MakeTerm("", k)).ToArray();

    /// <summary>Marks hits that name a facility without reporting it as lacking.</summary>
    private static List<GapHit> MarkReferences(List<GapHit> hits, string original, string folded)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var end = hit.Start + hit.Length;
            var clauseEnd = ClauseEnd(folded, end);

            // "… dãy phòng học hiện có": an existing facility used as a landmark, when something else is the gap.
            var after = folded[end..].TrimStart(' ');
            if (ExistingWords.Any(w => after.StartsWith(w, StringComparison.Ordinal)) && hits.Any(h => h.Start != hit.Start && !h.Reference))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Trồng cây xanh trong sân trường": a facility after a word of place, once the sentence has named
            // a gap of another category, is where that gap is.
            if (hit.Category != "sua-chua" && AfterPlaceWord(original, folded, hit.Start)
                && hits.Take(i).Any(h => !h.Reference && h.Category != hit.Category && h.Category != "sua-chua" && SameSentence(folded, h.Start, hit.Start)))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Cải tạo phòng kho cũ thành phòng đọc": the verb and the room converted are no gap; the result is.
            var into = IndexOfWord(folded, "thanh", hit.Start, clauseEnd);
            if (into > 0)
            {
                var verb = ConversionVerbs.Select(v => LastIndexOfWord(folded, v, ClauseStart(folded, hit.Start), hit.Start + 1)).Max();
                if (verb >= 0 && (hit.Start >= verb)) { hits[i] = hit with { Reference = true }; continue; }
            }

            // "Bàn ghế phòng họp", "bàn ghế, tủ hồ sơ cho phòng hội đồng": furniture belongs to the room named with it.
            if (hit.Category == "phong-hoc" && hit.Length == FurnitureFolded.Length && string.CompareOrdinal(folded, hit.Start, FurnitureFolded, 0, hit.Length) == 0
                && hits.Any(h => h.Category is "thu-vien" or "khoi-hanh-chinh" or "bep-an" or "phong-chuc-nang" && SameSentence(folded, Math.Min(h.Start, hit.Start), Math.Max(h.Start, hit.Start))))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Sửa chữa máy hỏng", "sửa chữa 03 máy chiếu": the repair's object is a device, whatever rooms the
            // sentence names besides.
            if (hit.Category == "sua-chua" && (RepairsDevice(folded, end, hits, i) || DamagedMachine(folded, hit)))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Sửa chữa 03 máy chiếu", "máy chiếu đã hư hỏng": repairing devices is not repairing buildings.
            if (hit.Category == "sua-chua" && hits.Any(h => h.Category == "thiet-bi")
                && !hits.Any(h => Structures.Contains(h.Category)) && !StructureWords.Any(w => Occurrences(original, folded, w).Any()))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Nâng cấp thư viện lên thư viện đạt chuẩn": upgrading alone is no repair unless something is worn.
            if (hit.Category == "sua-chua" && WeakRepairs.Any(w => w.Folded.Length == hit.Length && string.CompareOrdinal(folded, hit.Start, w.Folded, 0, hit.Length) == 0)
                && !WornWords.Any(w => Occurrences(original, folded, w).Any())
                && !hits.Any(h => h.Category == "sua-chua" && h.Start != hit.Start))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "đồ chơi hư hỏng", "bàn ghế hư hỏng": damaged devices or furniture, not a degraded building.
            if (hit.Category == "sua-chua" && DamageWords.Contains(folded.Substring(hit.Start, hit.Length)) && i > 0
                && (hits[i - 1].Category == "thiet-bi" || folded.Substring(hits[i - 1].Start, hits[i - 1].Length).StartsWith("ban ghe", StringComparison.Ordinal))
                && hit.Start - (hits[i - 1].Start + hits[i - 1].Length) < 16 && hits[i - 1].Start >= ClauseStart(folded, hit.Start))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Thay máy chiếu cho các phòng học", "trồng cây xanh quanh sân trường": after the thing the work is
            // about, a classroom or yard named with a preposition only says where it goes.
            if (IsPlaceOfEarlierHit(hits, i, folded)) hits[i] = hit with { Reference = true };
        }
        return hits;
    }

    /// <summary>The words right after a repair verb name a device: "máy …" or a teaching-equipment keyword,
    /// after at most a count ("sửa chữa 03 máy chiếu", "sửa chữa các máy tính").</summary>
    private static bool RepairsDevice(string folded, int end, List<GapHit> hits, int i)
    {
        var at = end;
        while (true)
        {
            while (at < folded.Length && (folded[at] == ' ' || char.IsAsciiDigit(folded[at]))) at++;
            var word = NextWord(folded, at);
            if (word is "cac" or "nhung" or "mot" or "so" or "bo" or "chiec") { at += word.Length; continue; }
            if (word == "may") return true;
            break;
        }
        return i + 1 < hits.Count && hits[i + 1].Category == "thiet-bi" && hits[i + 1].Start == at;
    }

    /// <summary>"máy hỏng", "máy bị hỏng", "máy đã hư hỏng": a machine's damage.</summary>
    private static bool DamagedMachine(string folded, GapHit hit)
    {
        if (!DamageWords.Contains(folded.Substring(hit.Start, hit.Length))) return false;
        var words = folded[..hit.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = words.Length - 1;
        while (k >= 0 && words[k] is "bi" or "da" or "con") k--;
        return k >= 0 && words[k] == "may";
    }

    private static string NextWord(string folded, int at)
    {
        var stop = at;
        while (stop < folded.Length && char.IsLetter(folded[stop])) stop++;
        return folded[at..stop];
    }

    private static bool AfterPlaceWord(string original, string folded, int at)
    {
        var before = folded[..at].TrimEnd();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var d in Determiners)
            {
                if (EndsWithWord(before, d))
                {
                    before = before[..^d.Length].TrimEnd();
                    stripped = true;
                }
            }
        }
        if (PlaceWords.Any(w => EndsWithWord(before, w))) return true;
        // "ở" folds to "o", like "ô" and "ơ": only the accented word counts.
        return EndsWithWord(before, "o") && original[before.Length - 1] is 'ở' or 'Ở';
    }

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[^(word.Length + 1)]));

    private static bool SameSentence(string folded, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (folded[i] is '.' or ';' or '\n' or '\t' && !(i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))) return false;
        return true;
    }

    private static readonly HashSet<string> DamageWords = ["hu hong", "hu hai", "hong"];

    private static readonly string[] LandmarkPrepositions =
        ["cho", "tai", "o", "trong", "quanh", "xung quanh", "canh", "truoc", "phia truoc", "sau", "phia sau", "gan", "giua", "ben canh"];

    private static readonly HashSet<string> Quantifiers = ["cac", "moi", "nhung", "toan bo", "tat ca", "day", "khu", "khoi", "phong", "lop"];

    private static bool IsPlaceOfEarlierHit(List<GapHit> hits, int index, string folded)
    {
        var hit = hits[index];
        // Classrooms and yards serve as landmarks; a function room the work equips is the subject itself.
        if (hit.Category is not ("phong-hoc" or "san-choi-bai-tap")) return false;
        var clauseStart = ClauseStart(folded, hit.Start);
        if (!hits.Take(index).Any(h => h.Start >= clauseStart && h.Category != hit.Category && h.Category != "sua-chua" && !h.Reference)) return false;
        // Walk back over quantifiers and numbers ("cho 18 phòng học", "tại các dãy phòng học").
        var words = folded[clauseStart..hit.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (Quantifiers.Contains(words[^1]) || words[^1].All(char.IsAsciiDigit))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return false;
        var last = words[^1];
        var lastTwo = words.Count > 1 ? words[^2] + " " + last : last;
        return LandmarkPrepositions.Contains(last) || LandmarkPrepositions.Contains(lastTwo);
    }

    private static int ClauseEnd(string folded, int from)
    {
        for (var i = from; i < folded.Length; i++)
            if (folded[i] is '.' or ';' or '\n' or '\t' or ',' && !(i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))) return i;
        return folded.Length;
    }

    private static int ClauseStart(string folded, int from)
    {
        for (var i = from - 1; i >= 0; i--)
            if (folded[i] is '.' or ';' or '\n' or '\t' or ',') return i + 1;
        return 0;
    }

    private static int IndexOfWord(string folded, string word, int from, int to)
    {
        for (var at = folded.IndexOf(word, from, StringComparison.Ordinal); at >= 0 && at < to; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(folded[at - 1])) && (end >= folded.Length || !char.IsLetter(folded[end]))) return at;
        }
        return -1;
    }

    private static int LastIndexOfWord(string folded, string word, int from, int to)
    {
        var last = -1;
        for (var at = IndexOfWord(folded, word, from, to); at >= 0; at = IndexOfWord(folded, word, at + 1, to)) last = at;
        return last;
    }

    private readonly record struct Clause(int Start, int End, bool HasGap, bool HasFine)
    {
        public bool Fine => HasFine && !HasGap;
        public bool Neutral => !HasFine && !HasGap;
    }

    /// <summary>Spans of "Tiêu chí 3.6: Thư viện" / "Tiêu chuẩn 3: Cơ sở vật chất…" where the name is the
    /// whole field: it ends the text, a line, a cell (tab), an HTML paragraph or a sentence.</summary>
    private static List<(int Start, int End)> Headings(string folded)
    {
        var spans = new List<(int, int)>();
        foreach (System.Text.RegularExpressions.Match lead in HeadingLead.Matches(folded))
        {
            var at = lead.Index + lead.Length;
            foreach (var name in HeadingNames)
            {
                if (string.CompareOrdinal(folded, at, name, 0, name.Length) != 0) continue;
                var end = at + name.Length;
                var rest = folded.AsSpan(end).TrimStart(" .:;".AsSpan());
                var closes = rest.Length == 0 || rest[0] is '\t' or '\n' or '\r' or '<'
                             || (end < folded.Length && folded[end] is '.' or ';' or ':');
                if (closes) spans.Add((lead.Index, end));
                break;
            }
        }
        return spans;
    }

    /// <summary>Splits at sentence and comma boundaries; a clause that says neither "lacking" nor "fine"
    /// takes its verdict from the next clause that does ("Thư viện, phòng y tế đạt chuẩn").</summary>
    private static List<Clause> Clauses(string original, string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] is not ('.' or ';' or '!' or '?' or '\n' or ',' or ':')) continue;
            // "294.157.000" and "3.1" are not sentence ends.
            if (i < folded.Length && folded[i] is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1])) continue;
            if (i > start)
            {
                // "được đầu tư", "được trang bị": a fine phrase holding a word of work to do is only fine.
                var fineSpans = FineMarkers.SelectMany(m => Occurrences(original, folded, m, start, i).Select(at => (at, End: at + m.Folded.Length))).ToList();
                var gap = GapMarkers.Any(m => Occurrences(original, folded, m, start, i).Any(at => !fineSpans.Any(f => at >= f.at && at + m.Folded.Length <= f.End)));
                var fine = fineSpans.Count > 0;
                clauses.Add(new Clause(start, i + 1, gap, fine));
            }
            start = i + 1;
        }
        if (clauses.Count == 0) clauses.Add(new Clause(0, folded.Length + 1, false, false));
        for (var i = clauses.Count - 2; i >= 0; i--)
        {
            if (clauses[i].HasGap || clauses[i].HasFine) continue;
            var next = clauses[i + 1];
            clauses[i] = clauses[i] with { HasGap = next.HasGap, HasFine = next.HasFine };
        }
        // Cover the separators themselves so every offset lies in a clause.
        var covered = new List<Clause>(clauses.Count);
        var from = 0;
        foreach (var c in clauses)
        {
            covered.Add(c with { Start = from });
            from = c.End;
        }
        covered[^1] = covered[^1] with { End = folded.Length + 1 };
        return covered;
    }

    private static IEnumerable<int> Occurrences(string original, string folded, Term term, int from = 0, int to = int.MaxValue)
    {
        to = Math.Min(to, folded.Length);
        var at = from;
        while (at < to && (at = folded.IndexOf(term.Folded, at, to - at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + term.Folded.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end >= folded.Length || !char.IsLetterOrDigit(folded[end]));
            if (bounded && (!term.Exact || AccentsAgree(original.AsSpan(at, term.Folded.Length), term.Accented))) yield return at;
            at++;
        }
    }

    // Unaccented text cannot tell "bãi tập" from "bài tập": such words count only with their own accents.
    private static bool AccentsAgree(ReadOnlySpan<char> written, string accented)
    {
        var ascii = true; // pure ASCII means the accents were lost
        foreach (var c in written)
            if (c > 0x7F) { ascii = false; break; }
        return !ascii && written.ToString().ToLowerInvariant() == accented;
    }

    private static Term MakeTerm(string category, string keyword)
    {
        var exact = keyword.StartsWith('=');
        var accented = VietnameseFolding.Nfc(exact ? keyword[1..] : keyword);
        return new Term(category, accented, FoldedText.Fold(accented), exact);
    }
}
