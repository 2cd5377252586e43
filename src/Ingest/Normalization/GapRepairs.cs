namespace Analytics.Ingest.Normalization;

/// <summary>When a repair keyword reports sua-chua (record contract: repair or renovation of degraded
/// buildings). Work on a building or a part of one is a repair ("Cải tạo bếp ăn", "Khu vệ sinh được cải
/// tạo", "Sửa chữa mái"), work on grounds, greenery, drains or devices is not ("Lát lại sân trường",
/// "Sửa chữa 03 máy chiếu"). Renovating classrooms into the subject room the text is about is a conversion
/// ("Cải tạo 02 phòng học dãy B" for "phòng học bộ môn Ngoại ngữ"). Without an object, renovating or
/// upgrading counts only beside something worn.</summary>
internal static class GapRepairs
{
    private static readonly GapTerm Owner = GapTerm.Make("của");

    public static void Mark(List<GapHit> hits, string original, string folded)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Category != "sua-chua" || hit.Reference) continue;
            var word = folded.Substring(hit.Start, hit.Length);
            if (GapRuleWords.RepairWork.Contains(word) && Target(hits, i, original, folded) is { } target)
            {
                if (!target.Building) hits[i] = hit with { Reference = true };
                else if (GapRuleWords.WeakRepairs.Contains(word) && IsConversionOf(hits, i, target, original, folded))
                {
                    hits[i] = hit with { Reference = true };
                    if (target.Hit >= 0) hits[target.Hit] = hits[target.Hit] with { Reference = true };
                }
                continue;
            }

            // "Sửa chữa 03 máy chiếu", "máy chiếu đã hư hỏng": repairing devices is not repairing buildings.
            if (hits.Any(h => h.Category == "thiet-bi") && !hits.Any(h => GapRuleWords.BuildingCategories.Contains(h.Category) || h.Category == "ve-sinh-nuoc")
                && !GapRuleWords.StructureWords.Any(w => w.In(original, folded).Any()))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "Nâng cấp thư viện điện tử": upgrading alone is no repair unless something is worn.
            if (GapRuleWords.WeakRepairs.Contains(word) && !GapRuleWords.WornWords.Any(w => w.In(original, folded).Any())
                && !hits.Any(h => h.Category == "sua-chua" && h.Start != hit.Start && !h.Reference))
            {
                hits[i] = hit with { Reference = true };
                continue;
            }

            // "đồ chơi hư hỏng", "máy bị hỏng", "rãnh thoát nước bị vỡ", "sách hư hỏng": damaged things, not a degraded building.
            if (GapRuleWords.DamageWords.Contains(word) && DamagedThing(hits, i, original, folded)) hits[i] = hit with { Reference = true };
        }
    }

    /// <summary>A room or yard named only as the place of something else (a reference hit): neither what a
    /// repair works on nor what is damaged. Devices stay candidates even as an office's own.</summary>
    private static bool IsOnlyAPlace(GapHit hit, string folded) =>
        hit.Reference && (IsBuilding(hit, folded) || hit.Category == "san-choi-bai-tap");

    /// <summary>What the work is done on: the first facility or building part after the verb in its clause,
    /// else, after "được"/"cần", the one before it in its sentence: a keyword hit, or a building part (Hit -1).</summary>
    private readonly record struct Work(bool Building, int Hit, string? Part = null);

    private static Work? Target(List<GapHit> hits, int index, string original, string folded)
    {
        var verb = hits[index];
        var end = verb.Start + verb.Length;
        var clauseEnd = GapTextBounds.End(folded, end, GapScope.Clause);
        // Devices count even when they are an office's own ("Sửa chữa máy in của văn phòng"); rooms only as themselves.
        var next = Enumerable.Range(index + 1, hits.Count - index - 1)
            .FirstOrDefault(j => hits[j].Start < clauseEnd && hits[j].Category != "sua-chua"
                && !IsOnlyAPlace(hits[j], folded), -1);
        var part = FirstPart(hits, original, folded, end, next >= 0 ? hits[next].Start : clauseEnd);
        if (part >= 0) return new Work(true, -1, PartAt(folded, part));
        if (next >= 0) return new Work(IsBuilding(hits[next], folded), next);

        if (!GapRuleWords.PassiveLeads.Any(l => l.EndingAt(original, folded, verb.Start) >= 0)) return null;
        var sentenceStart = GapTextBounds.Start(folded, verb.Start, GapScope.Sentence);
        int Subject(int from) => Enumerable.Range(0, index).LastOrDefault(j => hits[j].Start >= from && !hits[j].Reference && hits[j].Category != "sua-chua", -1);
        var subject = Subject(sentenceStart);
        // A cell wrapped over lines ("Khu vệ sinh nhóm trẻ 24\n- 36 tháng được cải tạo"): the subject is on the line before.
        if (subject < 0 && sentenceStart > 0 && folded[sentenceStart - 1] == '\n' && LastPart(hits, original, folded, sentenceStart, verb.Start) < 0)
        {
            sentenceStart = GapTextBounds.Start(folded, sentenceStart - 1, GapScope.Sentence);
            subject = Subject(sentenceStart);
        }
        var lastPart = LastPart(hits, original, folded, subject >= 0 ? hits[subject].Start + hits[subject].Length : sentenceStart, verb.Start);
        if (lastPart >= 0) return new Work(true, -1, PartAt(folded, lastPart));
        return subject >= 0 ? new Work(IsBuilding(hits[subject], folded), subject) : null;
    }

    private static string PartAt(string folded, int at) =>
        GapRuleWords.StructureWords.First(w => string.CompareOrdinal(folded, at, w.Folded, 0, w.Folded.Length) == 0).Folded;

    private static int FirstPart(List<GapHit> hits, string original, string folded, int from, int to) =>
        Parts(hits, original, folded, from, to).DefaultIfEmpty(-1).Min();

    private static int LastPart(List<GapHit> hits, string original, string folded, int from, int to) =>
        Parts(hits, original, folded, from, to).DefaultIfEmpty(-1).Max();

    // Building parts written outside any keyword hit ("phòng" inside "phòng học" belongs to the hit).
    private static IEnumerable<int> Parts(List<GapHit> hits, string original, string folded, int from, int to) =>
        GapRuleWords.StructureWords.SelectMany(w => w.In(original, folded, from, to))
            .Where(at => !hits.Any(h => at >= h.Start && at < h.Start + h.Length));

    internal static bool IsBuilding(GapHit hit, string folded)
    {
        var keyword = folded.Substring(hit.Start, hit.Length);
        if (hit.Category == "ve-sinh-nuoc") return GapRuleWords.Toilets.Any(t => keyword.StartsWith(t, StringComparison.Ordinal));
        if (!GapRuleWords.BuildingCategories.Contains(hit.Category)) return false;
        foreach (var m in GapRuleWords.Movables)
            if (keyword.StartsWith(m, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Renovating classrooms (or bare rooms) in a text that sets up a room of another kind, with nothing
    /// said to be damaged in the sentence, makes that room out of them.</summary>
    private static bool IsConversionOf(List<GapHit> hits, int verb, Work target, string original, string folded)
    {
        if (target.Hit >= 0 ? hits[target.Hit].Category != "phong-hoc" : target.Part != "phong") return false;
        if (!hits.Any(h => !h.Reference && h.Category is "phong-chuc-nang" or "thu-vien" or "khoi-hanh-chinh")) return false;
        var from = GapTextBounds.Start(folded, hits[verb].Start, GapScope.Sentence);
        var to = GapTextBounds.End(folded, hits[verb].Start, GapScope.Sentence);
        return !GapRuleWords.DamageOnly.Any(w => w.In(original, folded, from, to).Any());
    }

    /// <summary>What the damage word is said of: the last facility before it in its sentence (places skipped), with no
    /// building part written between ("Hệ thống thoát nước và mái nhà bị hỏng" is the roof's). Devices, furniture, drains
    /// and water pipes, greenery and books are no buildings; yards and fences are repaired like buildings.</summary>
    private static bool DamagedThing(List<GapHit> hits, int index, string original, string folded)
    {
        var hit = hits[index];
        var before = folded[GapTextBounds.Start(folded, hit.Start, GapScope.Clause)..hit.Start].TrimEnd();
        foreach (var aux in new[] { "da", "bi", "da bi" })
            if (before.EndsWith(" " + aux, StringComparison.Ordinal)) before = before[..^(aux.Length + 1)].TrimEnd();
        if (before.EndsWith("sach", StringComparison.Ordinal) && (before.Length == 4 || before[^5] == ' ')) return true;
        var sentenceStart = GapTextBounds.Start(folded, hit.Start, GapScope.Sentence);
        // Rooms and yards that are only places are skipped ("đồ chơi ở sân chơi đã hoen gỉ"); an office's own devices are not.
        // The owner after "của" is not what is damaged ("Máy in của văn phòng bị hỏng").
        var said = Enumerable.Range(0, index).LastOrDefault(j => hits[j].Start >= sentenceStart && hits[j].Category != "sua-chua"
            && !IsOnlyAPlace(hits[j], folded)
            && Owner.EndingAt(original, folded, hits[j].Start) < 0, -1);
        if (said < 0) return false;
        var thing = hits[said];
        if (Parts(hits, original, folded, thing.Start + thing.Length, hit.Start).Any()) return false;
        return thing.Category is "thiet-bi" or "cay-xanh" || (thing.Category != "san-choi-bai-tap" && thing.Category != "tuong-rao-cong" && !IsBuilding(thing, folded));
    }
}
