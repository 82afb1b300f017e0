using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Shocks;

public sealed class ShockEffectsTests
{
    private static readonly DateOnly May1 = new(2020, 5, 1);

    [Fact]
    public void A_shock_is_active_from_its_first_day_for_its_days()
    {
        var shock = new Shock(ShockKind.DemandSurge, May1, 3, 2, null);

        Assert.Equal([false, true, true, true, false], Enumerable.Range(-1, 5).Select(d => shock.ActiveOn(May1.AddDays(d))));
    }

    [Fact]
    public void Demand_surges_multiply_for_their_ooad_or_for_all()
    {
        ImmutableArray<Shock> shocks = [new(ShockKind.DemandSurge, May1, 10, 2, null), new(ShockKind.DemandSurge, May1, 10, 1.5, "o01")];

        Assert.Equal(3, ShockEffects.DemandFactor(shocks, "o01", May1));
        Assert.Equal(2, ShockEffects.DemandFactor(shocks, "o02", May1));
        Assert.Equal(1, ShockEffects.DemandFactor(shocks, "o01", May1.AddDays(10)));
    }

    [Fact]
    public void Staff_absence_adds_to_the_base_share_up_to_the_cap()
    {
        ImmutableArray<Shock> shocks = [new(ShockKind.StaffAbsence, May1, 10, 0.2, null), new(ShockKind.StaffAbsence, May1, 2, 0.9, null)];

        Assert.Equal(0.95, ShockEffects.AbsenceShare(shocks, 0.03, May1));
        Assert.Equal(0.23, ShockEffects.AbsenceShare(shocks, 0.03, May1.AddDays(5)), 1e-12);
        Assert.Equal(0.03, ShockEffects.AbsenceShare(shocks, 0.03, May1.AddDays(10)));
    }

    [Fact]
    public void A_demand_surge_scales_the_expected_demand_of_the_run_only_while_it_lasts()
    {
        var p = TestScenarios.Parameters();
        var ooad = TestScenarios.Network().Ooads[0];
        var surge = p with { Shocks = [new Shock(ShockKind.DemandSurge, p.Start.AddDays(25), 5, 3, ooad.Code)] };

        var plain = DemandCurve.For(p, ooad);
        var shocked = DemandCurve.For(surge, ooad);

        Assert.Equal(3 * plain.Expected(27), shocked.Expected(27), 1e-9);
        Assert.Equal(plain.Expected(30), shocked.Expected(30));
        Assert.Equal(plain.Expected(24), shocked.Expected(24));
    }

    [Fact]
    public void A_staff_absence_shock_takes_teams_off_duty_while_it_lasts()
    {
        var scenario = TestScenarios.Scenario() with
        {
            Staffing = StaffingSettings.Disabled with { Enabled = true, BaseTeams = 100, AbsenceShare = 0.03 },
        };
        var shocked = scenario with { Shocks = [new Shock(ShockKind.StaffAbsence, scenario.Start.AddDays(10), 5, 0.5, null)] };

        var teams = (Scenario s, int day) => RunLayout.For(s).TeamsAvailable(s.DateOf(day))!.Values.Sum();

        Assert.Equal(97, teams(scenario, 12));
        Assert.Equal(47, teams(shocked, 12));
        Assert.Equal(97, teams(shocked, 15));
    }
}
