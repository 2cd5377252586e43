using Analytics.Ingest.Records;
using Analytics.Server.Accounts;

namespace Analytics.Server.Tests;

/// <summary>An uploader's units against a plan's place: a commune office sees its plans written before the 2025
/// reform (by their former district) and after it (by the commune the plan names), and no other's.</summary>
public sealed class AccountScopeTests
{
    private static PlanRecord Plan(string? district, string? commune, string province) =>
        new() { School = new SchoolInfo { Name = "Trường", District = district, Commune = commune, Province = province, ProvinceCurrent = province } };

    [Fact]
    public void A_commune_account_sees_a_post_reform_plan_by_its_commune_without_accents_mattering()
    {
        var office = new Account("xa-mau-due", Roles.Uploader, "Tuyên Quang", ["Mau Due"]);
        Assert.True(office.Sees(Plan(null, "Mậu Duệ", "Tuyên Quang")));
        Assert.False(office.Sees(Plan(null, "Xín Cái", "Tuyên Quang")));
        Assert.False(office.Sees(Plan(null, null, "Tuyên Quang")));
    }

    [Fact]
    public void A_unit_still_matches_the_former_district_of_a_plan_written_before_the_reform()
    {
        var office = new Account("van-ban", Roles.Viewer, null, ["Văn Bàn"]);
        Assert.True(office.Sees(Plan("Văn Bàn", "Võ Lao", "Lào Cai")));
        Assert.False(office.Sees(Plan("Trấn Yên", "Hòa Cuông", "Lào Cai")));
    }
}
