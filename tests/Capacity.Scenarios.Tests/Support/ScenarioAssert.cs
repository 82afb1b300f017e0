using Capacity.Domain.Simulation;

namespace Capacity.Scenarios.Tests.Support;

/// <summary>
/// Field-by-field scenario comparison: record equality would compare the immutable arrays and dictionaries by
/// reference, and the network is compared by its source name.
/// </summary>
internal static class ScenarioAssert
{
    public static void Same(Scenario expected, Scenario actual)
    {
        Assert.Equal(
            (expected.Name, expected.Description, expected.Seed, expected.Start, expected.Days, expected.NetworkSource, expected.Network.Name),
            (actual.Name, actual.Description, actual.Seed, actual.Start, actual.Days, actual.NetworkSource, actual.Network.Name));
        Assert.Equal(
            (expected.Demand.AttackRate, expected.Demand.HospitalisedShare, expected.Demand.IcuShareOfHospitalised),
            (actual.Demand.AttackRate, actual.Demand.HospitalisedShare, actual.Demand.IcuShareOfHospitalised));
        Assert.Equal(expected.Demand.Waves, actual.Demand.Waves);
        Assert.Equal(expected.Demand.Regions, actual.Demand.Regions);
        Assert.Equal(expected.Care, actual.Care);
        Assert.Equal(expected.Capacity, actual.Capacity);
        Assert.Equal(expected.Supply.Items, actual.Supply.Items);
        Assert.Equal(expected.Supply with { Items = actual.Supply.Items }, actual.Supply);
        Assert.Equal(expected.Outputs, actual.Outputs);
        Assert.Equal(expected.Reconversion.Schedule, actual.Reconversion.Schedule);
        Assert.Equal(expected.Reconversion.TemporaryUnits, actual.Reconversion.TemporaryUnits);
        Assert.Equal(
            expected.Reconversion with { Schedule = actual.Reconversion.Schedule, TemporaryUnits = actual.Reconversion.TemporaryUnits },
            actual.Reconversion);
    }
}
