using Capacity.Domain.Network;
using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020MiniNetworkTests
{
    private static readonly HospitalNetwork Full = BuiltInNetworks.Find("imss-2020")!;
    private static readonly HospitalNetwork Mini = BuiltInNetworks.Find("imss-2020-mini")!;

    [Fact]
    public void It_has_exactly_the_four_OOAD_ags_cdmx_norte_nay_yuc()
    {
        Assert.Equal(["ags", "cdmx-norte", "nay", "yuc"], Mini.Ooads.Select(o => o.Code));
    }

    [Fact]
    public void Its_OOAD_are_those_of_the_full_network()
    {
        Assert.Equal(Full.Ooads.Where(o => Mini.Ooads.Any(m => m.Code == o.Code)), Mini.Ooads);
    }

    [Fact]
    public void It_keeps_every_hospital_of_its_OOAD_and_no_other()
    {
        var codes = Mini.Ooads.Select(o => o.Code).ToHashSet();

        Assert.Equal(Full.Hospitals.Where(h => codes.Contains(h.OoadCode)), Mini.Hospitals);
    }

    [Fact]
    public void It_has_every_tier_5_UMAE_18_second_level_5_rural_hospitals_and_2_temporary_units()
    {
        var byType = Mini.Hospitals.GroupBy(h => h.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(30, Mini.Hospitals.Length);
        Assert.Equal(5, byType[HospitalType.Umae]);
        Assert.Equal(18, byType[HospitalType.SecondLevel]);
        Assert.Equal(5, byType[HospitalType.RuralBienestar]);
        Assert.Equal(2, byType[HospitalType.TemporaryUnit]);
    }

    [Fact]
    public void It_keeps_the_temporary_units_of_its_OOAD()
    {
        var units = Mini.Hospitals.Where(h => h.Type == HospitalType.TemporaryUnit).Select(h => (h.Id, h.Name, h.CensusBeds));

        Assert.Equal(
            [
                ("cdmx-norte-tu-01", "HGZ No. 24 (estacionamiento Subdelegación No. 1)", 40),
                ("nay-tu-01", "HGZ No. 33 Bahía de Banderas", 100),
            ],
            units);
    }

    [Fact]
    public void It_keeps_the_central_warehouse_and_the_warehouses_of_its_OOAD()
    {
        string[] expected =
        [
            "central", "wh-ags-1", "wh-cdmx-norte-1", "wh-cdmx-norte-umae-01", "wh-cdmx-norte-umae-02",
            "wh-cdmx-norte-umae-03", "wh-cdmx-norte-umae-04", "wh-nay-1", "wh-yuc-1", "wh-yuc-umae-01",
        ];

        Assert.Equal(expected, Mini.Warehouses.Select(w => w.Id));
    }
}
