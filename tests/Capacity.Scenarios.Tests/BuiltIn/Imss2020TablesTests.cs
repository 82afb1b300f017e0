using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020TablesTests
{
    [Fact]
    public void The_OOAD_weights_cover_each_state_population_exactly_once()
    {
        var byState = Imss2020Ooads.Rows
            .GroupBy(r => r.State)
            .Select(g => (Population: g.Select(r => r.StatePopulation).Distinct().Single(), Share: g.Sum(r => r.SharePercent)))
            .ToList();

        Assert.Equal(32, byState.Count);
        Assert.All(byState, s => Assert.Equal(100, s.Share));
        Assert.Equal(Imss2020Ooads.NationalPopulation, byState.Sum(s => s.Population));
    }

    [Fact]
    public void The_OOAD_rows_are_sorted_by_code()
    {
        var codes = Imss2020Ooads.Rows.Select(r => r.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Table_II_27_rural_hospitals_sum_to_80_over_20_OOAD()
    {
        Assert.Equal(20, Imss2020RuralHospitals.PerOoad.Count);
        Assert.Equal(80, Imss2020RuralHospitals.PerOoad.Sum(p => p.Value));
    }

    [Fact]
    public void The_derived_rural_census_beds_are_2_481()
    {
        // 202,209 discharges × 3 days ÷ 365 ÷ 0.67 = 2,480.58 (seed 003 L16074-16111).
        Assert.Equal(2_481, Imss2020Figures.RuralCensusBeds);
    }

    [Fact]
    public void The_UMAE_table_names_25_distinct_units()
    {
        Assert.Equal(25, Imss2020Umae.Rows.Select(r => r.Name).Distinct().Count());
    }
}
