using System.Text.RegularExpressions;
using Capacity.Domain.Network;
using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020NetworkTests
{
    private static readonly HospitalNetwork Network = BuiltInNetworks.Find("imss-2020")!;

    [Fact]
    public void It_has_the_35_OOAD_with_the_expected_codes_in_ordinal_order()
    {
        string[] expected =
        [
            "ags", "bc", "bcs", "camp", "cdmx-norte", "cdmx-sur", "chih", "chis", "coah", "col", "dgo", "gro",
            "gto", "hgo", "jal", "mex-oriente", "mex-poniente", "mich", "mor", "nay", "nl", "oax", "pue", "qro",
            "qroo", "sin", "slp", "son", "tab", "tamps", "tlax", "ver-norte", "ver-sur", "yuc", "zac",
        ];

        Assert.Equal(expected, Network.Ooads.Select(o => o.Code));
    }

    [Theory]
    [InlineData("cdmx-norte", "Ciudad de México Norte", "Ciudad de México")]
    [InlineData("cdmx-sur", "Ciudad de México Sur", "Ciudad de México")]
    [InlineData("mex-oriente", "Estado de México Oriente", "México")]
    [InlineData("mex-poniente", "Estado de México Poniente", "México")]
    [InlineData("ver-norte", "Veracruz Norte", "Veracruz")]
    [InlineData("ver-sur", "Veracruz Sur", "Veracruz")]
    [InlineData("nl", "Nuevo León", "Nuevo León")]
    public void The_divided_states_have_two_named_OOAD_in_one_federal_entity(string code, string name, string state)
    {
        var ooad = Network.Ooads.Single(o => o.Code == code);

        Assert.Equal((name, state), (ooad.Name, ooad.State));
    }

    [Fact]
    public void It_has_32_federal_entities()
    {
        Assert.Equal(32, Network.Ooads.Select(o => o.State).Distinct().Count());
    }

    [Fact]
    public void Affiliates_sum_to_the_57_556_379_beneficiaries_assigned_to_a_family_medicine_unit()
    {
        Assert.Equal(57_556_379, Network.Ooads.Sum(o => o.Affiliates));
    }

    [Fact]
    public void Halves_of_a_divided_state_have_equal_affiliates_under_the_50_50_assumption()
    {
        long Of(string code) => Network.Ooads.Single(o => o.Code == code).Affiliates;

        Assert.Equal(Of("cdmx-norte"), Of("cdmx-sur"));
        Assert.Equal(Of("mex-oriente"), Of("mex-poniente"));
        Assert.Equal(Of("ver-norte"), Of("ver-sur"));
    }

    [Fact]
    public void It_has_25_UMAE_236_second_level_80_rural_hospitals_and_24_temporary_units()
    {
        var byType = Network.Hospitals.GroupBy(h => h.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(365, Network.Hospitals.Length);
        Assert.Equal(25, byType[HospitalType.Umae]);
        Assert.Equal(236, byType[HospitalType.SecondLevel]);
        Assert.Equal(80, byType[HospitalType.RuralBienestar]);
        Assert.Equal(24, byType[HospitalType.TemporaryUnit]);
    }

    [Fact]
    public void Rural_hospitals_per_OOAD_equal_the_HR_column_of_Table_II_27()
    {
        var expected = new Dictionary<string, int>
        {
            ["bc"] = 1, ["camp"] = 2, ["coah"] = 3, ["chis"] = 10, ["chih"] = 3, ["dgo"] = 3, ["gro"] = 1,
            ["hgo"] = 4, ["mex-poniente"] = 2, ["mich"] = 7, ["nay"] = 1, ["oax"] = 9, ["pue"] = 7, ["slp"] = 6,
            ["sin"] = 2, ["tamps"] = 4, ["ver-norte"] = 3, ["ver-sur"] = 3, ["yuc"] = 4, ["zac"] = 5,
        };

        var actual = Network.Ooads.ToDictionary(
            o => o.Code, o => Network.HospitalsOf(o.Code).Count(h => h.Type == HospitalType.RuralBienestar));

        Assert.All(Network.Ooads, o => Assert.Equal(expected.GetValueOrDefault(o.Code), actual[o.Code]));
    }

    [Fact]
    public void UMAE_stand_in_their_real_OOAD()
    {
        var expected = new Dictionary<string, int>
        {
            ["cdmx-norte"] = 4, ["cdmx-sur"] = 5, ["coah"] = 1, ["gto"] = 2, ["jal"] = 3, ["mex-poniente"] = 1,
            ["nl"] = 4, ["pue"] = 2, ["son"] = 1, ["ver-norte"] = 1, ["yuc"] = 1,
        };

        var actual = Network.Hospitals
            .Where(h => h.Type == HospitalType.Umae)
            .GroupBy(h => h.OoadCode)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_OOAD_has_at_least_one_second_level_hospital()
    {
        Assert.All(Network.Ooads, o => Assert.Contains(Network.HospitalsOf(o.Code), h => h.Type == HospitalType.SecondLevel));
    }

    [Fact]
    public void Census_beds_per_regime_equal_the_seed_totals()
    {
        int Beds(params HospitalType[] types) => Network.Hospitals.Where(h => types.Contains(h.Type)).Sum(h => h.CensusBeds);

        Assert.Equal(34_408, Beds(HospitalType.Umae, HospitalType.SecondLevel));
        Assert.Equal(8_602, Beds(HospitalType.Umae));
        Assert.Equal(25_806, Beds(HospitalType.SecondLevel));
        Assert.Equal(2_481, Beds(HospitalType.RuralBienestar));
        Assert.Equal(1_392, Beds(HospitalType.TemporaryUnit));
    }

    [Fact]
    public void Every_hospital_has_census_beds()
    {
        Assert.All(Network.Hospitals, h => Assert.True(h.CensusBeds > 0, h.Id));
    }

    [Fact]
    public void Hospital_ids_follow_the_ooad_tier_number_pattern()
    {
        var pattern = new Regex("^(?<ooad>[a-z-]+)-(umae-[0-9]{2}|hgz-[0-9]{3}|hr-[0-9]{2}|tu-[0-9]{2})$");

        Assert.All(Network.Hospitals, h =>
        {
            var match = pattern.Match(h.Id);
            Assert.True(match.Success, h.Id);
            Assert.Equal(h.OoadCode, match.Groups["ooad"].Value);
        });
    }

    [Fact]
    public void It_has_one_central_37_OOAD_and_25_UMAE_warehouses()
    {
        var byKind = Network.Warehouses.GroupBy(w => w.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(63, Network.Warehouses.Length);
        Assert.Equal(1, byKind[WarehouseKind.Central]);
        Assert.Equal(37, byKind[WarehouseKind.Ooad]);
        Assert.Equal(25, byKind[WarehouseKind.Umae]);
    }

    [Fact]
    public void The_central_warehouse_is_the_Almacen_de_Programas_Especiales_y_Red_Fria()
    {
        var central = Network.Warehouses.Single(w => w.Id == Network.CentralWarehouseId);

        Assert.Equal(
            new Warehouse("central", "Almacén de Programas Especiales y Red Fría", WarehouseKind.Central, null, null),
            central);
    }

    [Fact]
    public void The_two_OOAD_supplying_the_most_hospitals_get_a_second_warehouse()
    {
        var doubled = Network.Warehouses.Where(w => w.Id.EndsWith("-2", StringComparison.Ordinal)).Select(w => w.Id);

        Assert.Equal(["wh-chis-2", "wh-pue-2"], doubled);
    }

    [Fact]
    public void Every_non_central_warehouse_orders_from_central_and_names_its_OOAD()
    {
        var ooads = Network.Ooads.Select(o => o.Code).ToHashSet();

        Assert.All(Network.Warehouses.Where(w => w.Kind != WarehouseKind.Central), w =>
        {
            Assert.Equal("central", w.UpstreamId);
            Assert.Contains(w.OoadCode!, ooads);
        });
    }

    [Fact]
    public void Every_hospital_names_an_existing_warehouse_of_its_own_OOAD()
    {
        var warehouses = Network.Warehouses.ToDictionary(w => w.Id);

        Assert.All(Network.Hospitals, h =>
        {
            Assert.True(warehouses.TryGetValue(h.WarehouseId, out var w), h.Id);
            Assert.Equal(h.OoadCode, w!.OoadCode);
        });
    }

    [Fact]
    public void UMAE_hospitals_use_their_own_UMAE_warehouse_and_others_an_OOAD_warehouse()
    {
        var kinds = Network.Warehouses.ToDictionary(w => w.Id, w => w.Kind);

        Assert.All(Network.Hospitals, h =>
        {
            if (h.Type == HospitalType.Umae)
            {
                Assert.Equal($"wh-{h.Id}", h.WarehouseId);
            }
            else
            {
                Assert.Equal(WarehouseKind.Ooad, kinds[h.WarehouseId]);
            }
        });
    }

    [Fact]
    public void An_OOAD_with_two_warehouses_alternates_its_permanent_hospitals_between_them_in_id_order()
    {
        var supplied = Network.HospitalsOf("pue").Where(h => h.Type is HospitalType.SecondLevel or HospitalType.RuralBienestar).ToList();

        Assert.Equal(19, supplied.Count);
        Assert.All(supplied, (h, i) => Assert.Equal(i % 2 == 0 ? "wh-pue-1" : "wh-pue-2", h.WarehouseId));
    }

    [Fact]
    public void Temporary_units_use_the_first_warehouse_of_their_OOAD()
    {
        var units = Network.Hospitals.Where(h => h.Type == HospitalType.TemporaryUnit).ToList();

        Assert.All(units, h => Assert.Equal($"wh-{h.OoadCode}-1", h.WarehouseId));
    }

    [Fact]
    public void Known_UMAE_keep_their_real_names()
    {
        var names = Network.Hospitals.Where(h => h.Type == HospitalType.Umae).ToDictionary(h => h.Id, h => h.Name);

        Assert.Equal("UMAE Hospital de Especialidades \"Dr. Antonio Fraga Mouret\", CMN La Raza", names["cdmx-norte-umae-01"]);
        Assert.Equal("UMAE Hospital de Gineco-Obstetricia No. 4 \"Dr. Luis Castelazo Ayala\", Tizapán", names["cdmx-sur-umae-05"]);
        Assert.Equal("UMAE Hospital de Especialidades No. 14 \"Lic. Adolfo Ruiz Cortines\", Veracruz", names["ver-norte-umae-01"]);
    }
}
