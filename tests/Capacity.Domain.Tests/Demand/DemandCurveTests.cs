using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;

namespace Capacity.Domain.Tests.Demand;

public sealed class DemandCurveTests
{
    private static readonly DateOnly Start = new(2020, 2, 27);
    private static readonly Ooad Jalisco = new("jal", "Jalisco", "Jalisco", 3_000_000);

    private static readonly WaveDemandSettings Waves = new(
        0.01, 0.2, 0.3, [new Wave(new DateOnly(2020, 6, 1), 28, 1)], ImmutableSortedDictionary.Create<string, RegionalDemand>(StringComparer.Ordinal));

    private static readonly WaveDemandSettings Seir = Waves with
    {
        Model = DemandModelKind.Seir,
        Seir = new SeirSettings(2, 5.2, 5, 0.00001, 0.026, 7, [], false),
    };

    [Fact]
    public void The_waves_curve_is_the_waves_model_and_draws_the_same_patients()
    {
        var curve = DemandCurve.For(Waves, Jalisco, Start, 365, 9);

        Assert.All(Enumerable.Range(0, 400), day =>
        {
            Assert.Equal(WaveDemand.Expected(Waves, Jalisco, Start, day), curve.Expected(day));
            Assert.Equal(WaveDemand.Draw(Waves, Jalisco, Start, day, 9), curve.Draw(day, 9));
        });
    }

    [Fact]
    public void Seir_admissions_add_up_to_the_hospitalised_share_of_the_final_size()
    {
        var curve = DemandCurve.For(Seir, Jalisco, Start, 900, 1);

        var admissions = Enumerable.Range(0, 900 + DemandCurve.ForecastMarginDays).Sum(curve.Expected);

        // Final size for R0 = 2: 79.68% of the affiliates.
        Assert.Equal(0.026 * 0.7968 * 3_000_000, admissions, 0.026 * 0.003 * 3_000_000);
    }

    [Fact]
    public void Seir_admissions_follow_onsets_by_the_hospital_delay_and_the_peak_shift_moves_the_whole_curve()
    {
        var early = DemandCurve.For(Seir, Jalisco, Start, 300, 1);
        var shifted = Seir with
        {
            Regions = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("jal", new RegionalDemand(1, 20))]),
        };
        var later = DemandCurve.For(shifted, Jalisco, Start, 300, 1);

        Assert.All(Enumerable.Range(0, 7), day => Assert.Equal(0, early.Expected(day)));
        Assert.True(early.Expected(7) > 0);
        Assert.All(Enumerable.Range(0, 250), day => Assert.Equal(early.Expected(day), later.Expected(day + 20), 1e-9));
    }

    [Fact]
    public void A_regional_multiplier_scales_transmission()
    {
        var faster = Seir with
        {
            Regions = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("jal", new RegionalDemand(1.5, 0))]),
        };

        var peakDay = (DemandCurve c) => Enumerable.Range(0, 400).MaxBy(c.Expected);

        Assert.True(peakDay(DemandCurve.For(faster, Jalisco, Start, 400, 1)) < peakDay(DemandCurve.For(Seir, Jalisco, Start, 400, 1)));
    }

    [Fact]
    public void An_observed_curve_follows_its_points_and_their_icu_share_and_is_empty_outside_them()
    {
        var observed = new ObservedDemand("a.csv", "00", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(
            "jal", ImmutableArray.Create(new ObservedPoint(Start.AddDays(2), 10, 5), new ObservedPoint(Start.AddDays(6), 30, null)))]));
        var curve = DemandCurve.For(Waves with { Model = DemandModelKind.Observed, Observed = observed }, Jalisco, Start, 30, 1);

        Assert.Equal([0, 0, 10, 15, 20, 25, 30, 0], Enumerable.Range(0, 8).Select(curve.Expected));
        Assert.Equal(0.5, curve.IcuShare(2));
        Assert.Equal(Waves.IcuShareOfHospitalised, curve.IcuShare(4));
    }
}
