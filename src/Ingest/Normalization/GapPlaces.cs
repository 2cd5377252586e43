namespace Analytics.Ingest.Normalization;

/// <summary>The one rule for a facility named only as the place, owner or beneficiary of another thing: it is
/// no gap of its own. "Trồng cây xanh trong sân trường", "lắp hệ thống lọc nước cho bếp", "hệ thống thoát nước
/// sân trường", "Phòng Tin học có 40 máy tính": the yard, the kitchen, the computer room are where the gap is.
/// The other way round, devices and furniture of an office, a kitchen, a toilet or a gate are that facility's
/// own ("máy in cho văn phòng" is office equipment), and a library keeps what is bought for it.</summary>
internal static class GapPlaces
{
    public static void Mark(List<GapHit> hits, string original, string folded)
    {
        var ties = new Tie?[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            var place = hits[i];
            if (place.Reference || place.Category == "sua-chua") continue;
            // "tại các phòng học và phòng bộ môn": a facility listed after a place shares its place word.
            ties[i] = LinkBefore(hits, i, original, folded) ?? (i > 0 && ties[i - 1] is { Link: not PlaceLink.Modifier } shared
                && IsRoom(place, folded) && GapTextBounds.Coordinated(folded, hits[i - 1].Start + hits[i - 1].Length, place.Start) ? shared : null);
            if (ties[i] is { } link) Apply(hits, i, link.Link, Things(hits, i, link, folded), folded);
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Reference || hits[i].Category == "sua-chua") continue;
            var held = Held(hits, i, original, folded);
            if (held.Count > 0) Apply(hits, i, PlaceLink.Possessor, held, folded);
        }
        for (var i = 0; i < hits.Count; i++)
            if (!hits[i].Reference && IsOwnersEquipment(hits, i, original, folded)) hits[i] = hits[i] with { Reference = true };
    }

    /// <summary>"Khu vệ sinh được cải tạo, thay mới thiết bị": equipment named without its room is the equipment
    /// of the facilities its sentence (else its text) is about, when those are all owners.</summary>
    private static bool IsOwnersEquipment(List<GapHit> hits, int index, string original, string folded)
    {
        var hit = hits[index];
        var word = folded.Substring(hit.Start, hit.Length);
        if (GapRuleWords.GeneralDevices.Contains(word) && !GapRuleWords.BareEquipment.Contains(word)) return IsOwnersDevice(hits, index, original, folded);
        if (!GapRuleWords.BareEquipment.Contains(word)) return false;
        var about = hits.Where(h => !h.Reference && h.Category is not ("sua-chua" or "thiet-bi")).ToList();
        var inSentence = about.Where(h => GapTextBounds.Same(folded, h.Start, hit.Start, GapScope.Sentence)).ToList();
        if (inSentence.Count > 0) about = inSentence;
        return about.Count > 0 && about.All(h => GapRuleWords.Owners.Contains(h.Category));
    }

    /// <summary>"Máy photocopy của văn phòng hay kẹt giấy, máy in đã hỏng": a device named in a sentence about offices,
    /// kitchens, toilets or gates only, and given to no one else ("… và máy chiếu cho giáo viên"), is theirs.</summary>
    private static bool IsOwnersDevice(List<GapHit> hits, int index, string original, string folded)
    {
        var hit = hits[index];
        var facilities = hits.Where(h => h.Category is not ("sua-chua" or "thiet-bi") && GapTextBounds.Same(folded, h.Start, hit.Start, GapScope.Sentence)).ToList();
        if (facilities.Count == 0 || !facilities.All(h => GapRuleWords.Owners.Contains(h.Category)) || facilities.All(h => h.Reference)) return false;
        var end = hit.Start + hit.Length;
        var next = hits.Where(h => h.Start >= end).Select(h => h.Start).DefaultIfEmpty(folded.Length).Min();
        var stop = Math.Min(next, GapTextBounds.End(folded, end, GapScope.Clause));
        return !GapRuleWords.PlaceWords.Any(p => p.Word.In(original, folded, end, stop, accentsMatter: true).Any());
    }

    private static void Apply(List<GapHit> hits, int place, PlaceLink link, List<int> things, string folded)
    {
        if (things.Count == 0) return;
        var category = hits[place].Category;
        if (GapRuleWords.Owners.Contains(category))
        {
            var devices = things.Where(t => IsGeneralDevice(hits[t], folded)).ToList();
            foreach (var d in devices) hits[d] = hits[d] with { Reference = true };
            if (devices.Count == things.Count || link == PlaceLink.Possessor) return;
        }
        // "Phòng học bộ môn Hóa - Sinh còn thiếu thiết bị thí nghiệm": a subject room lacking only equipment lacks the equipment.
        if (link == PlaceLink.Possessor && !GapRuleWords.HoldingPlaces.Contains(category)
            && !(category == "phong-chuc-nang" && things.All(t => hits[t].Category == "thiet-bi"))) return;
        // "Trang bị bàn ghế và 35 máy tính cho phòng Tin học thứ hai": a room given its furniture is being fitted out.
        if (hits.Any(h => IsFurniture(h, folded) && GapTextBounds.Same(folded, h.Start, hits[place].Start, GapScope.Sentence))) return;
        if (category == "thu-vien" && link != PlaceLink.Location) return;
        hits[place] = hits[place] with { Reference = true };
    }

    private static bool IsFurniture(GapHit hit, string folded) => hit.Category == "phong-hoc" && folded.AsSpan(hit.Start, hit.Length) is "ban ghe";

    internal static bool IsGeneralDevice(GapHit hit, string folded) =>
        GapRuleWords.GeneralDevices.Contains(folded.Substring(hit.Start, hit.Length));

    private readonly record struct Tie(PlaceLink Link, int Start);

    /// <summary>The word tying the facility at <paramref name="index"/> to what comes before it, if any.</summary>
    private static Tie? LinkBefore(List<GapHit> hits, int index, string original, string folded)
    {
        var at = SkipDeterminers(original, folded, hits[index].Start);
        // "trước cửa thư viện", "dọc lối đi vào khu hiệu bộ": a part or a way of the facility stands between.
        foreach (var position in GapRuleWords.PositionNouns)
        {
            var start = position.EndingAt(original, folded, at);
            if (start < 0) continue;
            at = SkipDeterminers(original, folded, start);
            break;
        }
        foreach (var (word, link) in GapRuleWords.PlaceWords)
        {
            var start = word.EndingAt(original, folded, at);
            if (start >= 0) return new Tie(link, start);
        }
        // "hệ thống thoát nước sân trường": a room or yard right after another thing names its owner.
        if (index > 0 && IsRoom(hits[index], folded) && !hits[index - 1].Reference && hits[index - 1].Category is var before
            && before != hits[index].Category && before != "sua-chua"
            && folded.AsSpan(hits[index - 1].Start + hits[index - 1].Length, hits[index].Start - hits[index - 1].Start - hits[index - 1].Length).IsWhiteSpace())
            return new Tie(PlaceLink.Modifier, hits[index].Start);
        return null;
    }

    /// <summary>Rooms, blocks and yards (not greenery, devices or fences, which "hàng rào cây xanh" only describes).</summary>
    private static bool IsRoom(GapHit hit, string folded) =>
        hit.Category is "san-choi-bai-tap" or "phong-hoc" or "phong-chuc-nang" or "khoi-hanh-chinh" or "bep-an" or "thu-vien"
            ? !IsGeneralDevice(hit, folded)
            : hit.Category == "ve-sinh-nuoc" && GapRuleWords.Toilets.Any(t => folded.AsSpan(hit.Start).StartsWith(t, StringComparison.Ordinal));

    private static int SkipDeterminers(string original, string folded, int at)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            while (at > 0 && (folded[at - 1] is ' ' or '%' or '-' or '+' or '*' or '•' || char.IsAsciiDigit(folded[at - 1]))) { at--; moved = true; }
            foreach (var d in GapRuleWords.Determiners)
            {
                var start = d.EndingAt(original, folded, at, accentsMatter: false);
                if (start < 0) continue;
                at = start;
                moved = true;
                break;
            }
        }
        return at;
    }

    /// <summary>The things the place word ties the facility to: earlier hits of the sentence for a beneficiary
    /// or owner (up to another "cho"/"của"); any hit of the sentence for a location, else of the whole text.</summary>
    private static List<int> Things(List<GapHit> hits, int index, Tie link, string folded)
    {
        var place = hits[index];
        bool Other(int j) => j != index && !hits[j].Reference && hits[j].Category != place.Category && hits[j].Category != "sua-chua";
        var sentence = Enumerable.Range(0, hits.Count).Where(j => Other(j) && GapTextBounds.Same(folded, hits[j].Start, place.Start, GapScope.Sentence)).ToList();
        return link.Link switch
        {
            PlaceLink.Modifier => [index - 1],
            PlaceLink.Beneficiary => sentence.Where(j => j < index && !BeneficiaryBetween(folded, hits[j].Start + hits[j].Length, link.Start)).ToList(),
            _ => sentence.Count > 0 ? sentence : Enumerable.Range(0, hits.Count).Where(Other).ToList(),
        };
    }

    private static bool BeneficiaryBetween(string folded, int from, int to) =>
        GapRuleWords.PlaceWords.Any(p => p.Link == PlaceLink.Beneficiary && GapTextBounds.IndexOfWord(folded, p.Word.Folded, from, to) >= 0);

    /// <summary>"Phòng Tin học có 40 máy tính": the things a facility that opens its clause has, lacks or is given.</summary>
    private static List<int> Held(List<GapHit> hits, int index, string original, string folded)
    {
        var owner = hits[index];
        var clauseStart = GapTextBounds.Start(folded, owner.Start, GapScope.Clause);
        var clauseEnd = GapTextBounds.End(folded, owner.Start, GapScope.Clause);
        if (hits.Take(index).Any(h => !h.Reference && h.Start >= clauseStart)) return [];
        // The holder opens its clause as the subject ("100% phòng học có ti vi"); "Xây phòng học có khu vệ sinh
        // khép kín" builds the room itself.
        if (SkipDeterminers(original, folded, owner.Start) > clauseStart) return [];
        var next = hits.Skip(index + 1).FirstOrDefault(h => h.Start < clauseEnd && h.Category != owner.Category);
        if (next is null) return [];
        var from = owner.Start + owner.Length;
        if (!GapRuleWords.PossessionVerbs.Any(v => v.In(original, folded, from, next.Start, accentsMatter: true).Any())) return [];
        return Enumerable.Range(index + 1, hits.Count - index - 1)
            .Where(j => hits[j].Start < clauseEnd && !hits[j].Reference && hits[j].Category != owner.Category && hits[j].Category != "sua-chua")
            .ToList();
    }
}
