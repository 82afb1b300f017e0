using Capacity.Domain.Network;
using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020TemporaryUnitsTests
{
    private static readonly HospitalNetwork Network = BuiltInNetworks.Find("imss-2020")!;

    [Fact]
    public void The_24_units_of_Table_I_4_are_temporary_unit_hospitals_numbered_per_OOAD_in_table_order()
    {
        (string Id, string Name, int Beds)[] expected =
        [
            ("bc-tu-01", "HGR No. 1 Tijuana", 40),
            ("bc-tu-02", "Mexicali, estadio de béisbol", 38),
            ("cdmx-norte-tu-01", "HGZ No. 24 (estacionamiento Subdelegación No. 1)", 40),
            ("cdmx-sur-tu-01", "HGZ No. 32 Villa Coapa", 90),
            ("cdmx-sur-tu-02", "Autódromo \"Hermanos Rodríguez\"", 218),
            ("cdmx-sur-tu-03", "CRIT-Iztapalapa", 30),
            ("chih-tu-01", "UMF No. 70 Ciudad Juárez", 38),
            ("chis-tu-01", "HGZ No. 1 Tapachula", 100),
            ("chis-tu-02", "Tuxtla Gutiérrez", 38),
            ("coah-tu-01", "Ciudad Acuña", 70),
            ("hgo-tu-01", "HGSZ No. 33 Tizayuca", 50),
            ("hgo-tu-02", "HGZ/MF Pachuca", 60),
            ("jal-tu-01", "HGR No. 110 Oblatos", 40),
            ("mex-oriente-tu-01", "UMA Tlalnepantla de Baz", 38),
            ("mex-oriente-tu-02", "CRIT-Nezahualcóyotl", 30),
            ("mex-poniente-tu-01", "HGZ No. 152 Atlacomulco", 70),
            ("nay-tu-01", "HGZ No. 33 Bahía de Banderas", 100),
            ("nl-tu-01", "Hospital Santa Cecilia", 70),
            ("nl-tu-02", "HGZ No. 67 Apodaca", 40),
            ("pue-tu-01", "HGZ No. 20 \"La Margarita\"", 40),
            ("pue-tu-02", "UMF No. 6 Villa de San Alejandro", 38),
            ("sin-tu-01", "HGZ No. 1 Culiacán", 38),
            ("son-tu-01", "Ciudad Obregón", 38),
            ("zac-tu-01", "Parque de béisbol \"Minera Fresnillo\"", 38),
        ];

        var units = Network.Hospitals.Where(h => h.Type == HospitalType.TemporaryUnit).ToList();

        Assert.Equal(expected, units.Select(h => (h.Id, h.Name, h.CensusBeds)));
        Assert.All(units, h => Assert.Equal((h.Id[..h.Id.IndexOf("-tu-", StringComparison.Ordinal)], $"wh-{h.OoadCode}-1"), (h.OoadCode, h.WarehouseId)));
    }

    [Fact]
    public void Their_beds_sum_to_the_table_total_of_1_392()
    {
        Assert.Equal(Imss2020TemporaryUnits.TotalBeds, Imss2020TemporaryUnits.Rows.Sum(r => r.Beds));
        Assert.Equal(1_392, Imss2020TemporaryUnits.TotalBeds);
    }

    [Fact]
    public void They_add_capacity_without_changing_any_permanent_hospital()
    {
        var permanent = Network.Hospitals.Where(h => h.Type != HospitalType.TemporaryUnit).ToList();

        Assert.Equal(341, permanent.Count);
        Assert.Equal(36_889, permanent.Sum(h => h.CensusBeds));
        Assert.Equal(new Hospital("ags-hgz-001", "HGZ No. 5 Ciudad del Carmen", "ags", HospitalType.SecondLevel, 147, "wh-ags-1"), permanent[0]);
    }

    [Fact]
    public void Each_OOAD_of_the_table_is_an_OOAD_of_the_network()
    {
        var codes = Network.Ooads.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Imss2020TemporaryUnits.Rows, r => Assert.Contains(r.OoadCode, codes));
        Assert.Equal(16, Imss2020TemporaryUnits.Rows.Select(r => r.OoadCode).Distinct().Count());
    }
}
