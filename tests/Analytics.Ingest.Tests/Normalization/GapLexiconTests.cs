using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class GapLexiconTests
{
    [Fact]
    public void There_are_the_eleven_contract_categories_in_order() =>
        Assert.Equal(
            ["thu-vien", "san-choi-bai-tap", "phong-hoc", "phong-chuc-nang", "khoi-hanh-chinh", "ve-sinh-nuoc", "thiet-bi",
             "tuong-rao-cong", "bep-an", "cay-xanh", "sua-chua"],
            GapLexicon.Categories);

    [Theory]
    [InlineData("Thư viện chưa đạt chuẩn", "thu-vien")]
    [InlineData("T. viện chưa đạt chuẩn", "thu-vien")]
    [InlineData("Xây dựng phòng thư viện đạt chuẩn về diện tích.", "thu-vien")]
    [InlineData("Chưa có sân tập TDTT", "san-choi-bai-tap")]
    [InlineData("Tham mưu làm bãi tập cho học sinh", "san-choi-bai-tap")]
    [InlineData("Khuôn viên trường chật hẹp", "san-choi-bai-tap")]
    [InlineData("Thiếu 4 phòng học, phải học nhờ", "phong-hoc")]
    [InlineData("Chưa có phòng bộ môn (Ng2, Tin học,...)", "phong-chuc-nang")]
    [InlineData("Xây dựng nhà đa năng", "phong-chuc-nang")]
    [InlineData("Chưa có phòng giáo dục âm nhạc", "phong-chuc-nang")]
    [InlineData("Phòng học Công nghệ", "phong-chuc-nang")]
    [InlineData("Chưa có phòng hội đồng, phòng giáo viên", "khoi-hanh-chinh")]
    [InlineData("Xây dựng nhà vệ sinh di động tại cơ sở 1.", "ve-sinh-nuoc")]
    [InlineData("Hệ thống thoát nước bị tắc", "ve-sinh-nuoc")]
    [InlineData("Bổ sung đồ dùng, đồ chơi cho các lớp", "thiet-bi")]
    [InlineData("Mua sắm máy tính cho phòng giáo viên", "khoi-hanh-chinh")]
    [InlineData("Xây tường rào phía sau", "tuong-rao-cong")]
    [InlineData("Làm lại cổng trường", "tuong-rao-cong")]
    [InlineData("Cải tạo bếp ăn một chiều", "bep-an")]
    [InlineData("Trồng thêm nhiều cây xanh có bóng mát ở cơ sở 2.", "cay-xanh")]
    [InlineData("Các khu nhà đã xuống cấp", "sua-chua")]
    [InlineData("thu vien chua dat chuan", "thu-vien")]
    [InlineData("THƯ VIỆN CHƯA ĐẠT CHUẨN", "thu-vien")]
    public void Lacking_facility_is_classified(string text, string category) => Assert.Contains(category, GapLexicon.Classify(text));

    [Fact]
    public void Several_gaps_in_one_sentence_are_all_reported()
    {
        var gaps = GapLexicon.Classify("Tham mưu làm sân tập TDTT và cấp thiết bị TDTT cho trường. Xây dựng tường bao phía sau, sửa chữa nhà đa năng và các khu nhà đã xuống cấp");
        Assert.Equal(["san-choi-bai-tap", "phong-chuc-nang", "thiet-bi", "tuong-rao-cong", "sua-chua"], gaps);
    }

    [Theory]
    [InlineData("Nhà trường đã có thư viện đạt chuẩn")]
    [InlineData("Thư viện đạt chuẩn")]
    [InlineData("Thư viện, phòng y tế đạt chuẩn, khang trang")]
    [InlineData("Duy trì thư viện xanh")]
    public void Facility_stated_as_fine_is_not_a_gap(string text) => Assert.Empty(GapLexicon.Classify(text));

    [Fact]
    public void Only_the_fine_clause_is_excused()
    {
        var gaps = GapLexicon.Classify("Trường đã có thư viện đạt chuẩn, chưa có phòng tin học");
        Assert.Equal(["phong-chuc-nang"], gaps);
    }

    [Fact]
    public void Longest_keyword_wins_so_subject_rooms_are_not_classrooms()
    {
        var gaps = GapLexicon.Classify("Chưa có phòng học bộ môn");
        Assert.Equal(["phong-chuc-nang"], gaps);
    }

    [Theory]
    [InlineData("Giáo viên giao bài tập về nhà cho học sinh")]
    [InlineData("Tổ chức công trường thi công")]
    [InlineData("Tuyên truyền, phổ biến pháp luật, chủ trương chính sách về giáo dục.")]
    [InlineData("Giữ gìn vệ sinh trường lớp sạch sẽ")]
    [InlineData("Tổ văn phòng thực hiện nhiệm vụ")]
    [InlineData("")]
    public void Unrelated_text_has_no_gap(string text) => Assert.Empty(GapLexicon.Classify(text));

    [Fact]
    public void Explain_shows_each_hit_with_its_position()
    {
        const string text = "Thư viện đạt chuẩn; chưa có nhà xe";
        var hits = GapLexicon.Explain(text);
        Assert.Equal(2, hits.Count);
        Assert.Equal(("thu-vien", true), (hits[0].Category, hits[0].StatedFine));
        Assert.Equal(("tuong-rao-cong", false), (hits[1].Category, hits[1].StatedFine));
        Assert.Equal("nhà xe", text.Substring(hits[1].Start, hits[1].Length));
    }

    [Theory]
    [InlineData("Trồng thêm cây xanh tạo bóng mát trong sân trường.", "cay-xanh")]
    [InlineData("Lắp đặt cổng xếp và camera tại cổng trường.", "tuong-rao-cong")]
    [InlineData("Máy chiếu ở các lớp đã hư hỏng, không sử dụng được.", "thiet-bi")]
    [InlineData("Nâng cấp thư viện lên thư viện đạt chuẩn mức độ 2.", "thu-vien")]
    [InlineData("Cải tạo, nâng cấp dãy phòng học cấp 4 đã xuống cấp.", "phong-hoc,sua-chua")]
    [InlineData("Trang bị bàn ghế, tủ hồ sơ cho phòng hội đồng.", "khoi-hanh-chinh")]
    [InlineData("Đến năm 2026, thư viện nhà trường đạt chuẩn mức độ 1.", "thu-vien")]
    [InlineData("Nâng cao tường bao để đảm bảo an toàn cho học sinh.", "tuong-rao-cong")]
    [InlineData("Xây dựng phòng thường trực bảo vệ ở cổng trường.", "tuong-rao-cong")]
    public void Place_owner_device_and_target_wording_give_the_categories_an_analyst_expects(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Các phòng học bộ môn được trang bị đầy đủ thiết bị theo quy định.")]
    [InlineData("Nhân viên y tế chưa được bồi dưỡng nghiệp vụ.")]
    [InlineData("Tăng cường tuyên truyền trên cổng thông tin điện tử của nhà trường.")]
    public void Work_words_inside_a_fine_phrase_or_unrelated_names_give_no_gap(string text) => Assert.Empty(GapLexicon.Classify(text));

    [Theory]
    [InlineData("Thay 10 máy chiếu đã hỏng bằng ti vi cho các phòng học", "thiet-bi")]
    [InlineData("Lắp 03 hệ thống lọc nước uống tại các dãy phòng học", "ve-sinh-nuoc")]
    [InlineData("Trồng 30 cây xanh quanh sân trường", "cay-xanh")]
    [InlineData("Bổ sung đồ chơi ngoài trời; sửa chữa đồ chơi hư hỏng", "thiet-bi")]
    [InlineData("Thay mới quạt trần và đèn chiếu sáng cho 18 phòng học", "phong-hoc")]
    public void A_classroom_or_yard_named_only_as_the_place_of_the_work_and_damaged_devices_are_no_gap_of_their_own(string text, string only) =>
        Assert.Equal([only], GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Cải tạo bếp ăn theo quy trình bếp một chiều.", "bep-an,sua-chua")]
    [InlineData("Cải tạo khu vệ sinh học sinh nam, nữ.", "ve-sinh-nuoc,sua-chua")]
    [InlineData("Khu vệ sinh lớp mẫu giáo 4-5 tuổi được cải tạo; thay mới đường ống cấp nước.", "ve-sinh-nuoc,sua-chua")]
    [InlineData("Nâng cấp phòng hội đồng.", "khoi-hanh-chinh,sua-chua")]
    [InlineData("Đoạn tường rào phía tây được xây lại chắc chắn.", "tuong-rao-cong,sua-chua")]
    [InlineData("Cải tạo dãy nhà cấp 4 cũ thành phòng họp.", "khoi-hanh-chinh,sua-chua")]
    public void Renovating_a_building_is_a_repair_of_that_facility(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Lát lại 800 m² sân trường phía trước dãy phòng học A.", "san-choi-bai-tap")]
    [InlineData("Nạo vét, cải tạo rãnh thoát nước quanh sân trường.", "ve-sinh-nuoc")]
    [InlineData("Cải tạo phòng học cũ thành phòng Tin học.", "phong-chuc-nang")]
    [InlineData("Có 02 phòng học bộ môn Ngoại ngữ\nCải tạo 02 phòng học dãy B; mua sắm thiết bị phòng học ngoại ngữ", "phong-chuc-nang,thiet-bi")]
    public void Work_on_grounds_drains_or_a_room_being_converted_is_no_repair(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Lắp đặt hệ thống lọc nước cho bếp và các lớp.", "ve-sinh-nuoc")]
    [InlineData("Nâng cấp hệ thống thoát nước thải của nhà bếp.", "ve-sinh-nuoc")]
    [InlineData("Hệ thống thoát nước sân trường thường xuyên bị tắc.", "ve-sinh-nuoc")]
    [InlineData("Bổ sung 20 máy tính cho phòng Tin học.", "thiet-bi")]
    [InlineData("Sân trường khu lẻ được trồng thêm 40 cây bóng mát.", "cay-xanh")]
    [InlineData("Khuôn viên còn ít cây xanh tạo bóng mát.", "cay-xanh")]
    [InlineData("Bếp ăn đặt sát khu vệ sinh, chưa đảm bảo khoảng cách.", "bep-an")]
    [InlineData("Chuẩn bị mặt bằng phía đông khuôn viên để xây phòng giáo dục thể chất.", "phong-chuc-nang")]
    public void A_facility_that_is_only_the_place_or_beneficiary_of_another_is_no_gap(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Văn phòng có tủ hồ sơ mới và 02 máy tính để bàn.", "khoi-hanh-chinh")]
    [InlineData("Phòng họp hội đồng sư phạm thiếu máy chiếu, âm thanh.", "khoi-hanh-chinh")]
    [InlineData("Khu vệ sinh học sinh nữ được sửa chữa, thay mới thiết bị.", "ve-sinh-nuoc,sua-chua")]
    [InlineData("Trang bị bàn ghế và 35 máy tính cho phòng Tin học thứ hai.", "phong-chuc-nang,thiet-bi")]
    [InlineData("Xây phòng học cho nhóm trẻ có khu vệ sinh khép kín.", "phong-hoc,ve-sinh-nuoc")]
    public void Devices_and_furniture_of_an_office_kitchen_or_toilet_are_that_facility(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Cải tạo sân trường: lát gạch, trồng cây bóng mát.", "san-choi-bai-tap,cay-xanh")]
    [InlineData("Chuyển kho thiết bị cũ sang dãy nhà tạm.", "")]
    [InlineData("Giáo viên chưa thường xuyên sử dụng đồ dùng dạy học.", "")]
    [InlineData("Tất cả giáo viên sử dụng được bảng tương tác trong giờ dạy.", "")]
    [InlineData("Căn tin xuống cấp, thiếu bàn ghế ăn cho học sinh bán trú.", "bep-an,sua-chua")]
    public void Regression_planting_is_no_place_word_a_temporary_house_no_bathroom_and_using_no_lack(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Sửa chữa các máy hỏng ở phòng Tin học.", "thiet-bi")]
    [InlineData("Sửa chữa 05 máy bị hư ở phòng máy số 1.", "thiet-bi")]
    [InlineData("Sua chua may hong o phong may.", "thiet-bi")]
    [InlineData("Nhiều máy của phòng Tin học đã cũ, hay hỏng.", "thiet-bi")]
    [InlineData("Mua máy xay thịt cho nhà bếp.", "bep-an")]
    public void A_bare_may_is_a_device_so_repairing_it_repairs_no_building(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Nhà xe chật, không đủ chỗ để xe máy.", "tuong-rao-cong")]
    [InlineData("Kiện toàn bộ máy tổ chức của nhà trường.", "")]
    [InlineData("Mua thêm mấy bộ bàn ghế cho lớp 1.", "phong-hoc")]
    public void May_in_motorbikes_the_organisation_or_mấy_is_no_device(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Cống thoát nước trong sân bị vỡ, gây ngập khi mưa lớn.", "ve-sinh-nuoc")]
    [InlineData("Mương thoát nước sau dãy phòng học bị vỡ.", "ve-sinh-nuoc")]
    [InlineData("Hệ thống thoát nước đã xuống cấp.", "ve-sinh-nuoc")]
    [InlineData("Cây xanh bị đổ sau bão.", "cay-xanh")]
    [InlineData("Bàn ghế học sinh bị gãy hỏng nhiều.", "phong-hoc")]
    [InlineData("Đồ chơi ở sân chơi đã hoen gỉ.", "thiet-bi")]
    [InlineData("Máy in của văn phòng bị hỏng.", "khoi-hanh-chinh")]
    public void Damage_said_of_a_device_furniture_a_drain_or_greenery_is_no_building_repair(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Tường rào phía sau bị đổ.", "tuong-rao-cong,sua-chua")]
    [InlineData("Nhà vệ sinh học sinh bị hư hỏng.", "ve-sinh-nuoc,sua-chua")]
    [InlineData("Hệ thống thoát nước và mái nhà bị hỏng.", "ve-sinh-nuoc,sua-chua")]
    public void Damage_said_of_a_building_a_fence_or_a_roof_stays_a_repair(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Làm bồn hoa trước cửa phòng y tế.", "cay-xanh")]
    [InlineData("Đặt bể nước ở hành lang phòng học tầng 2.", "ve-sinh-nuoc")]
    [InlineData("Trồng cây cảnh dọc lối vào nhà đa năng.", "cay-xanh")]
    public void A_facility_behind_its_door_corridor_or_way_in_is_still_only_the_place(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Trang bị ti vi tại các phòng học và phòng Tin học.", "thiet-bi")]
    [InlineData("Lắp máy lọc nước ở nhà ăn và phòng y tế.", "ve-sinh-nuoc")]
    [InlineData("Trồng cây quanh sân trường và xây dựng nhà đa năng.", "phong-chuc-nang,cay-xanh")]
    public void Facilities_listed_after_a_place_word_share_it_but_a_new_verb_starts_a_new_item(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Fact]
    public void A_room_borrowed_for_lessons_is_only_the_place_of_the_classroom_gap() =>
        Assert.Equal(["phong-hoc"], GapLexicon.Classify("Thiếu 03 phòng học, học sinh lớp 4 phải học nhờ phòng Âm nhạc."));

    [Theory]
    [InlineData("Phòng Tin học còn thiếu máy tính và máy chiếu.", "thiet-bi")]
    [InlineData("Phòng thí nghiệm chưa có tủ hút và bàn thí nghiệm.", "phong-chuc-nang")]
    public void A_subject_room_lacking_only_equipment_lacks_the_equipment_its_own_fittings_stay_the_room(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Diện tích sân vườn chưa đủ theo quy định.", "san-choi-bai-tap")]
    [InlineData("Cải tạo sân vườn, trồng thêm cây xanh.", "san-choi-bai-tap,cay-xanh")]
    public void A_preschool_san_vuon_is_the_grounds_greenery_only_when_named(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Hệ thống điện đã cũ, thường xuyên chập.", "sua-chua")]
    [InlineData("Dây điện ở các dãy nhà đã lão hóa.", "sua-chua")]
    [InlineData("Hệ thống điện được lắp mới, an toàn.", "")]
    [InlineData("Lắp đặt ổ cắm cho phòng Tin học.", "phong-chuc-nang")]
    public void Worn_wiring_is_a_building_repair_without_a_repair_keyword(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Máy photocopy của văn phòng đã cũ, máy in hay hỏng.", "khoi-hanh-chinh")]
    [InlineData("Trang bị máy photocopy cho văn phòng và máy chiếu cho giáo viên.", "khoi-hanh-chinh,thiet-bi")]
    [InlineData("Sửa chữa máy tính của bộ phận kế toán.", "khoi-hanh-chinh")]
    public void Office_machines_broken_or_repaired_stay_the_office_and_repair_no_building(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Bổ sung ĐDDH cho các lớp.", "thiet-bi")]
    [InlineData("Bo sung DDDH cho cac lop.", "thiet-bi")]
    [InlineData("Mua sắm TTB dạy học lớp 3.", "thiet-bi")]
    [InlineData("Loa và micro phục vụ dạy học đã hỏng.", "thiet-bi")]
    [InlineData("Sửa chữa CSVC đã xuống cấp.", "sua-chua")]
    public void Abbreviations_and_audio_equipment_are_recognised(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Nâng cao chất lượng hoạt động thư viện.")]
    [InlineData("Hướng dẫn học sinh đọc sách tại thư viện.")]
    [InlineData("Phối hợp với thư viện giới thiệu sách mới cho học sinh.")]
    [InlineData("Khai thác hiệu quả phòng Ngoại ngữ, phòng Tin học.")]
    [InlineData("Bàn ghế học sinh đúng quy cách.")]
    [InlineData("Các phòng bộ môn được sắp xếp khoa học.")]
    public void A_facility_named_for_its_activities_its_use_or_as_fine_is_no_gap(string text) => Assert.Empty(GapLexicon.Classify(text));

    [Theory]
    [InlineData("Thư viện chưa đủ chỗ cho học sinh đọc sách.", "thu-vien")]
    [InlineData("Chưa có chỗ đọc sách tại thư viện cho học sinh.", "thu-vien")]
    [InlineData("Bàn ghế học sinh không đúng quy cách.", "phong-hoc")]
    public void A_facility_said_to_lack_something_stays_a_gap_beside_activities(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Nâng nền 04 phòng học dãy B.", "phong-hoc,sua-chua")]
    [InlineData("Tôn nền sân trường bị trũng.", "san-choi-bai-tap")]
    public void Raising_a_floor_repairs_a_building_but_not_a_yard(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Theory]
    [InlineData("Thay các nắp rãnh bị vỡ.", "ve-sinh-nuoc")]
    [InlineData("Mương sau trường bị bồi lấp.", "ve-sinh-nuoc")]
    public void A_ditch_or_its_cover_is_drainage_and_its_damage_no_building_repair(string text, string expected) =>
        Assert.Equal(expected.Split(','), GapLexicon.Classify(text));

    [Theory]
    [InlineData("Giáo viên thư viện chưa qua đào tạo nghiệp vụ.")]
    [InlineData("Nhân viên bếp chưa có chứng chỉ an toàn thực phẩm.")]
    [InlineData("Cán bộ thiết bị kiêm nhiệm nhiều việc.")]
    public void Staff_named_after_a_facility_are_no_facility_gap(string text) => Assert.Empty(GapLexicon.Classify(text));
}
