namespace Analytics.Ingest.Normalization;

/// <summary>Marks keyword hits that name a facility without reporting it as lacking, in three passes:
/// what a hit is in its own words (an existing room, a room converted, something only used, furniture of
/// another room), then where it is (<see cref="GapPlaces"/>), then whether repair words repair a building
/// (<see cref="GapRepairs"/>).</summary>
internal static class GapReferences
{
    private static readonly GapTerm[] GapMarkers = GapTerm.MakeAll(GapLexiconData.GapMarkers);

    public static List<GapHit> Mark(List<GapHit> hits, string original, string folded)
    {
        var used = new bool[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            // "Sử dụng hiệu quả phòng Tin học, phòng Ngoại ngữ": the list shares its verb.
            used[i] = IsOnlyUsed(hits, i, original, folded) || IsActivityPlace(hits[i], original, folded)
                      || i > 0 && used[i - 1] && hits[i].Category != "sua-chua" && GapTextBounds.Coordinated(folded, hits[i - 1].Start + hits[i - 1].Length, hits[i].Start);
            if (used[i] || IsExisting(hits, i, folded) || IsConverted(hits, i, original, folded) || IsFurnitureOfAnotherRoom(hits, i, folded))
                hits[i] = hits[i] with { Reference = true };
        }
        GapPlaces.Mark(hits, original, folded);
        GapRepairs.Mark(hits, original, folded);
        return hits;
    }

    // "… dãy phòng học hiện có": an existing facility used as a landmark, when something else is the gap.
    private static bool IsExisting(List<GapHit> hits, int index, string folded)
    {
        var hit = hits[index];
        var after = folded[(hit.Start + hit.Length)..].TrimStart(' ');
        return GapRuleWords.ExistingWords.Any(w => after.StartsWith(w, StringComparison.Ordinal)) && hits.Any(h => h.Start != hit.Start && !h.Reference);
    }

    // "Cải tạo phòng kho cũ thành phòng đọc", "Nâng cấp thư viện lên thư viện đạt chuẩn": the verb and the room
    // converted are no gap; the result is. Converting a worn building ("dãy nhà cấp 4 cũ") still repairs it.
    private static bool IsConverted(List<GapHit> hits, int index, string original, string folded)
    {
        var hit = hits[index];
        var end = hit.Start + hit.Length;
        var clauseStart = GapTextBounds.Start(folded, hit.Start, GapScope.Clause);
        var clauseEnd = GapTextBounds.End(folded, end, GapScope.Clause);
        var into = GapRuleWords.IntoWords.SelectMany(w => w.In(original, folded, end, clauseEnd, accentsMatter: true))
            .Where(at => !hits.Any(h => at >= h.Start && at < h.Start + h.Length) && !FollowedByWorkWord(folded, at))
            .DefaultIfEmpty(-1).Min();
        if (into < 0) return false;
        var verb = GapRuleWords.ConversionVerbs.Select(v => GapTextBounds.LastIndexOfWord(folded, v, clauseStart, hit.Start + 1)).Max();
        if (verb < 0 || hit.Start < verb) return false;
        if (hit.Category == "sua-chua" && GapRuleWords.Buildings.Any(b => b.In(original, folded, end, into).Any())
            && GapRuleWords.WornWords.Any(w => w.In(original, folded, end, into).Any()))
            return false;
        return true;
    }

    // "làm lại", "làm mới", "làm việc" are work or names, not "into".
    private static bool FollowedByWorkWord(string folded, int at) =>
        folded.AsSpan(at).StartsWith("lam ") && folded.AsSpan(at + 4) is var rest
        && (rest.StartsWith("lai") || rest.StartsWith("moi") || rest.StartsWith("viec") || rest.StartsWith("sach"));

    // "Giáo viên chưa sử dụng thiết bị dạy học", "Ứng dụng phần mềm quản lý thiết bị và thư viện": about using
    // a facility, unless a word of work or lack comes between ("sử dụng kinh phí để mua máy tính").
    private static bool IsOnlyUsed(List<GapHit> hits, int index, string original, string folded)
    {
        var hit = hits[index];
        var clauseStart = GapTextBounds.Start(folded, hit.Start, GapScope.Clause);
        // A use word inside another keyword ("phòng trải nghiệm") uses nothing.
        var use = GapRuleWords.UseWords.SelectMany(w => w.In(original, folded, clauseStart, hit.Start, accentsMatter: true)
                .Where(at => !hits.Any(h => at >= h.Start && at < h.Start + h.Length)).Select(at => at + w.Folded.Length))
            .DefaultIfEmpty(-1).Max();
        return use >= 0 && !GapMarkers.Any(m => m.In(original, folded, use, hit.Start).Any());
    }

    // "Nâng cao hiệu quả hoạt động của thư viện", "đọc sách tại thư viện": the facility is where an activity happens,
    // in a clause that says nothing lacks (improving the activity aside).
    private static bool IsActivityPlace(GapHit hit, string original, string folded)
    {
        if (hit.Category == "sua-chua") return false;
        var at = hit.Start;
        while (at > 0 && folded[at - 1] == ' ') at--;
        foreach (var d in GapRuleWords.Determiners)
            if (d.EndingAt(original, folded, at, accentsMatter: false) is var s && s >= 0) { at = s; break; }
        var activity = GapRuleWords.ActivityWords.Select(w => w.EndingAt(original, folded, at)).Where(s => s >= 0).DefaultIfEmpty(-1).Min();
        if (activity < 0) return false;
        var clauseStart = GapTextBounds.Start(folded, hit.Start, GapScope.Clause);
        var clauseEnd = GapTextBounds.End(folded, hit.Start, GapScope.Clause);
        var improving = GapRuleWords.ImprovementWords.SelectMany(w => w.In(original, folded, clauseStart, clauseEnd).Select(a => (a, End: a + w.Folded.Length))).ToList();
        return !GapMarkers.Any(m => m.In(original, folded, clauseStart, clauseEnd).Any(a => !improving.Any(i => a >= i.a && a < i.End)));
    }

    // "Bàn ghế phòng họp", "mua sắm bàn ghế, máy tính" for a new computer room: furniture belongs to the room
    // named with it, in its sentence, or in the text when the text names no classroom.
    private static bool IsFurnitureOfAnotherRoom(List<GapHit> hits, int index, string folded)
    {
        var hit = hits[index];
        if (hit.Category != "phong-hoc" || folded.AsSpan(hit.Start, hit.Length) is not "ban ghe") return false;
        static bool Room(GapHit h) => h.Category is "thu-vien" or "khoi-hanh-chinh" or "bep-an" or "phong-chuc-nang";
        if (hits.Any(h => Room(h) && GapTextBounds.Same(folded, h.Start, hit.Start, GapScope.Sentence))) return true;
        return hits.Any(h => Room(h) && !h.Reference) && !hits.Any(h => h.Category == "phong-hoc" && !h.Reference && !GapPlaces.IsGeneralDevice(h, folded));
    }
}
