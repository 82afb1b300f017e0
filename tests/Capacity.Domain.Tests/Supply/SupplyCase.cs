using System.Collections.Immutable;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Capacity.Domain.Tests.Supply;

/// <summary>
/// A <see cref="SimulationCase"/> under a random supply policy, per-team use and push reserve, with 0-3 random supply
/// shocks (supplier delay or embargo, warehouse outage, transport disruption) on random items, warehouses and OOADs.
/// </summary>
public sealed record SupplyCase(SimulationCase Simulation, SupplyPolicyKind Policy, double PerTeamDay, double ReserveDays, ImmutableArray<Shock> Shocks)
{
    /// <summary>The scenario of this case.</summary>
    public Scenario Scenario()
    {
        var scenario = Simulation.Scenario();
        var supply = scenario.Supply with
        {
            Policy = Policy,
            PushReserveDays = ReserveDays,
            Items = [.. scenario.Supply.Items.Select(i => i with { PerTeamDay = PerTeamDay })],
        };
        return scenario with { Supply = supply, Shocks = Shocks };
    }

    /// <summary>Prints the shocks so a shrunk failure is readable.</summary>
    public override string ToString() =>
        $"{Simulation}, {Policy}, perTeamDay {PerTeamDay}, reserve {ReserveDays}, shocks [{string.Join("; ", Shocks)}]";
}

/// <summary>FsCheck generators of <see cref="SupplyCase"/>.</summary>
public static class SupplyCases
{
    public static Arbitrary<SupplyCase> Cases() =>
        (from simulation in SimulationCases.Cases().Generator
         from policy in Gen.Elements(SupplyPolicyKind.DaysOfSupply, SupplyPolicyKind.PullMinMax, SupplyPolicyKind.PushProportional)
         from perTeam in Gen.Elements(0.0, 0.0, 1.5, 7)
         from reserve in Gen.Elements(0.0, 0.0, 3)
         from count in Gen.Choose(0, 3)
         from shocks in Gen.ArrayOf(Shock(simulation), count)
         select new SupplyCase(simulation, policy, perTeam, reserve, [.. shocks])).ToArbitrary();

    private static Gen<Shock> Shock(SimulationCase simulation)
    {
        var start = new DateOnly(2020, 3, 1);
        var ooads = Enumerable.Range(1, simulation.Ooads).Select(i => $"o{i:D2}").ToArray();
        var warehouses = ooads.Select(o => $"wh-{o}").Append("wh-o01-umae-01").Append("central").ToArray();
        return from kind in Gen.Elements(ShockKind.SupplierDelay, ShockKind.SupplierEmbargo, ShockKind.WarehouseOutage, ShockKind.TransportDisruption)
               from first in Gen.Choose(0, Math.Max(0, simulation.Days - 1))
               from days in Gen.Choose(1, 20)
               from item in Gen.Elements(SupplyItems.All.ToArray())
               from warehouse in Gen.Elements(warehouses)
               from ooad in Gen.Elements(ooads.Cast<string?>().Append(null).ToArray())
               from factor in Gen.Choose(1, 4)
               select kind switch
               {
                   ShockKind.SupplierDelay => new Shock(kind, start.AddDays(first), days, factor, null, item),
                   ShockKind.SupplierEmbargo => new Shock(kind, start.AddDays(first), days, 0, null, item),
                   ShockKind.WarehouseOutage => new Shock(kind, start.AddDays(first), days, 0, null, null, warehouse),
                   _ => new Shock(kind, start.AddDays(first), days, factor, ooad),
               };
    }
}
