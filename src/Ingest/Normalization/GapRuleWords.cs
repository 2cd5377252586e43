namespace Analytics.Ingest.Normalization;

/// <summary>How a facility is tied to the thing a sentence is about.</summary>
internal enum PlaceLink
{
    /// <summary>"trong sân trường", "tại các dãy phòng học", "phía sau nhà bếp": where the thing is.</summary>
    Location,
    /// <summary>"cho phòng Tin học", "của nhà bếp": what the thing is for or whose it is.</summary>
    Beneficiary,
    /// <summary>"hệ thống thoát nước sân trường": the facility names the owner right after the thing.</summary>
    Modifier,
    /// <summary>"Phòng Tin học có 40 máy tính", "sân trường ít cây xanh": the facility has or lacks the thing.</summary>
    Possessor,
}

/// <summary>Word lists of the rules that decide whether a keyword hit of <see cref="GapLexicon"/> reports a gap.
/// Written accented; '=' as in <see cref="GapLexiconData"/>.</summary>
internal static class GapRuleWords
{
    /// <summary>Words before a facility that make it the place, owner or beneficiary of what the sentence is
    /// about: one list for every category. Matched with their accents ("trồng" is no "trong").</summary>
    public static readonly (GapTerm Word, PlaceLink Link)[] PlaceWords =
        new[]
        {
            "trong", "tại", "~ở", "quanh", "xung quanh", "dọc", "trước", "phía trước", "sau", "phía sau", "cạnh", "bên cạnh",
            "sát", "giáp", "ngoài", "bên ngoài", "trên", "gần", "bên", "giữa", "phía", "phía đông", "phía tây", "phía nam",
            "phía bắc", "sang", "từ", "học nhờ", "mượn", "dùng chung", "dùng chung với",
        }.Select(w => (GapTerm.Make(w), PlaceLink.Location))
        .Concat(new[] { "cho", "của" }.Select(w => (GapTerm.Make(w), PlaceLink.Beneficiary)))
        .OrderByDescending(p => p.Item1.Folded.Length)
        .ToArray();

    /// <summary>Words between a place word and its facility ("cho các phòng học", "tại 02 dãy phòng học").</summary>
    public static readonly GapTerm[] Determiners = GapTerm.MakeAll(["các", "khu", "khu vực", "toàn bộ", "mỗi", "những", "dãy", "hai", "tất cả", "khối", "từng"]);

    /// <summary>Parts and ways of a facility between a place word and the facility ("trước cửa thư viện").</summary>
    public static readonly GapTerm[] PositionNouns = GapTerm.MakeAll(
        ["~cửa", "cửa ra vào", "lối đi", "lối vào", "lối đi vào", "đường vào", "đường đi vào", "hành lang", "hiên", "~góc", "~tầng"]);

    /// <summary>"X có / chưa có / thiếu / ít / được trồng … Y": X holds Y.</summary>
    public static readonly GapTerm[] PossessionVerbs = GapTerm.MakeAll(
        ["có", "chưa có", "không có", "có thêm", "thiếu", "còn thiếu", "ít", "còn ít", "được trồng", "được trồng thêm",
         "được trang bị", "được lắp", "được lắp đặt", "được bổ sung"]);

    /// <summary>Places that only hold what they have: a classroom or a yard that has or lacks something.</summary>
    public static readonly HashSet<string> HoldingPlaces = ["phong-hoc", "san-choi-bai-tap"];

    /// <summary>Facilities whose furniture and general devices are their own (office equipment is
    /// khoi-hanh-chinh, a kitchen's devices bep-an, a toilet's fittings ve-sinh-nuoc, a gate's camera tuong-rao-cong).</summary>
    public static readonly HashSet<string> Owners = ["khoi-hanh-chinh", "bep-an", "ve-sinh-nuoc", "tuong-rao-cong"];

    /// <summary>Keywords (folded) of devices and furniture that belong to whatever room they are for.</summary>
    public static readonly HashSet<string> GeneralDevices = new[]
    {
        "thiết bị", "trang thiết bị", "máy tính", "máy vi tính", "máy tính bảng", "máy chiếu", "ti vi", "tivi", "máy in", "camera",
        "hệ thống âm thanh", "loa máy", "bộ thiết bị", "đồ dùng", "bàn ghế", "máy",
    }.Select(w => GapTerm.Make(w).Folded).ToHashSet();

    /// <summary>Equipment named without saying what it is ("thay mới thiết bị").</summary>
    public static readonly HashSet<string> BareEquipment = ["thiet bi", "trang thiet bi", "do dung"];

    /// <summary>Verbs of using or looking after a thing: the sentence is about the use, not a lack.</summary>
    public static readonly GapTerm[] UseWords = GapTerm.MakeAll(["sử dụng", "ứng dụng", "khai thác", "bảo quản", "chuyển đổi số"]);

    /// <summary>Activities held at or with a facility, right before it ("hoạt động của thư viện", "đọc sách tại thư
    /// viện", "phối hợp với thư viện", "vệ sinh sân trường"): the sentence is about the activity.</summary>
    public static readonly GapTerm[] ActivityWords = GapTerm.MakeAll(
        ["hoạt động", "hoạt động của", "đọc sách tại", "đọc sách ở", "đọc sách trong", "đọc tại", "phối hợp với", "giới thiệu sách",
         "trải nghiệm tại", "trải nghiệm ở", "tham quan", "vệ sinh", "lao động tại"]);

    /// <summary>Words of improving an activity, which say nothing of a facility lacking ("Nâng cao hiệu quả hoạt động của thư viện").</summary>
    public static readonly GapTerm[] ImprovementWords = GapTerm.MakeAll(["nâng cao", "tăng cường", "duy trì", "phát huy"]);

    /// <summary>Verbs that turn one room into another, and the words that lead to the result.</summary>
    public static readonly string[] ConversionVerbs = ["cai tao", "chuyen doi", "chuyen", "sua chua", "sua", "nang cap"];
    public static readonly GapTerm[] IntoWords = GapTerm.MakeAll(["thành", "làm", "lên"]);

    public static readonly string[] ExistingWords = ["hien co", "hien tai", "hien huu", "san co"];

    /// <summary>Repair keywords that name work (the object decides whether a building is repaired); the
    /// other repair keywords name damage.</summary>
    /// <summary>Electrical wiring, which is repaired as part of a building when worn ("dây điện đã cũ").</summary>
    public static readonly GapTerm[] Wiring = GapTerm.MakeAll(
        ["hệ thống điện", "dây điện", "đường điện", "đường dây điện", "dây dẫn", "dây dẫn điện", "ổ cắm", "công tắc", "cầu dao"]);

    /// <summary>What wears wiring out, besides <see cref="WornWords"/>.</summary>
    public static readonly GapTerm[] WornWiring = GapTerm.MakeAll(
        ["lão hóa", "=chập", "chập chờn", "chập cháy", "hở điện", "rò điện", "rò rỉ điện", "quá tải", "không an toàn", "mất an toàn", "xuống cấp"]);

    public static readonly HashSet<string> RepairWork = new[]
    {
        "sửa chữa", "tu sửa", "cải tạo", "nâng cấp", "cải tạo nâng cấp", "sơn lại", "sơn sửa", "chống thấm", "thay mái", "lợp lại",
        "sửa sang", "bảo trì", "duy tu", "xây mới lại", "tu bổ", "quét vôi", "lát lại", "xây lại", "nâng nền", "tôn nền",
    }.Select(w => GapTerm.Make(w).Folded).ToHashSet();

    /// <summary>Renovating or upgrading, which is a repair only of a building or of something worn.</summary>
    /// <summary>Repair keywords that name damage, not work ("hư hỏng", "bị vỡ", "dột").</summary>
    public static readonly HashSet<string> DamageWords = GapLexiconData.Categories.Single(c => c.Category == "sua-chua").Keywords
        .Select(k => GapTerm.Make(k).Folded).Where(k => !RepairWork.Contains(k)).ToHashSet();

    public static readonly HashSet<string> WeakRepairs = new[] { "cải tạo", "nâng cấp", "cải tạo nâng cấp" }.Select(w => GapTerm.Make(w).Folded).ToHashSet();

    public static readonly GapTerm[] WornWords = GapTerm.MakeAll(
        ["=cũ", "=tạm", "=dột", "=nứt", "=lún", "=hỏng", "=mục", "hư hỏng", "xuống cấp", "bong tróc", "=thấm", "lâu năm", "=vỡ", "=gãy", "hư hại", "gỉ"]);

    /// <summary>Worn words that cannot mean "former" ("phòng học cũ" may be the room a conversion starts from).</summary>
    public static readonly GapTerm[] DamageOnly = WornWords.Where(w => w.Folded is not ("cu" or "tam")).ToArray();

    /// <summary>Parts of buildings: repairing them repairs a building. '~' keeps "của" from being "cửa", "sân" "sàn", "nên" "nền".</summary>
    public static readonly GapTerm[] StructureWords = GapTerm.MakeAll(
        ["nhà", "dãy nhà", "công trình", "~mái", "~tường", "~nền", "~trần", "~cửa", "cầu thang", "lan can", "hệ thống điện", "~sàn",
         "cơ sở vật chất", "csvc", "khu nhà", "phòng", "lớp học", "dây điện"]);

    /// <summary>Structures that a worn word turns into a building to repair even when it is converted.</summary>
    public static readonly GapTerm[] Buildings = GapTerm.MakeAll(["nhà", "dãy nhà", "khu nhà", "công trình", "nhà cấp 4"]);

    /// <summary>Categories whose keywords are buildings, but for things listed in <see cref="Movables"/>;
    /// of ve-sinh-nuoc only the toilets (<see cref="Toilets"/>) are buildings.</summary>
    public static readonly HashSet<string> BuildingCategories = ["thu-vien", "phong-hoc", "phong-chuc-nang", "khoi-hanh-chinh", "bep-an", "tuong-rao-cong"];
    public static readonly string[] Movables = ["ban ghe", "tu ", "ke sach", "gia sach", "dau sach", "von sach", "sach ", "may ", "thiet bi", "dung cu", "do dung", "bep gas", "bep dien"];
    public static readonly string[] Toilets = ["nha ve sinh", "khu ve sinh", "cong trinh ve sinh", "phong ve sinh", "nha tam"];

    /// <summary>Words before a repair verb whose subject comes first ("Khu vệ sinh được cải tạo", "nền … cần cải tạo").</summary>
    public static readonly GapTerm[] PassiveLeads = GapTerm.MakeAll(["được", "cần", "phải", "cần được", "sẽ được", "đã được", "chưa được"]);
}
