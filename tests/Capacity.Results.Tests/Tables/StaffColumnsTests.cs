using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Capacity;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

/// <summary>The ERC columns against what the engine limited conversions with.</summary>
public sealed class StaffColumnsTests : IDisposable
{
    private const int Days = 60;
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task The_teams_on_duty_written_are_the_teams_the_engine_limited_conversions_with()
    {
        var (directory, _) = await RunAsync();
        var ooads = Rows(Path.Combine(directory, "daily_ooad.csv"));
        var limited = Runs.Lines(Path.Combine(directory, "events.csv")).Skip(1)
            .Where(l => l.Contains(",staff_limited,", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .ToArray();

        // One hospital per OOAD, so the room an event reports is all the OOAD's teams on duty.
        Assert.NotEmpty(limited);
        Assert.All(limited, e =>
        {
            var row = ooads.Single(r => r["day"] == e[0] && r["ooad"] == e[2]);
            var available = double.Parse(e[^1].Split(' ')[^2], CultureInfo.InvariantCulture);
            Assert.Equal(double.Parse(row["erc_teams_on_duty"], CultureInfo.InvariantCulture), available, 0.051);
        });
    }

    [Fact]
    public async Task Infection_absence_takes_teams_off_duty_in_proportion_to_the_ooads_covid_census()
    {
        var (directory, scenario) = await RunAsync();
        var ooads = Rows(Path.Combine(directory, "daily_ooad.csv"));
        var rate = scenario.Staffing!.InfectionAbsence;

        Assert.All(ooads, r =>
        {
            var census = int.Parse(r["census_ward"], CultureInfo.InvariantCulture) + int.Parse(r["census_icu"], CultureInfo.InvariantCulture);
            var expected = Math.Max(0, double.Parse(r["erc_teams_available"], CultureInfo.InvariantCulture) - (rate * census));
            Assert.Equal(expected, double.Parse(r["erc_teams_on_duty"], CultureInfo.InvariantCulture), 0.051);
        });
        Assert.Contains(ooads, r => r["erc_teams_on_duty"] != r["erc_teams_available"]);
    }

    [Fact]
    public async Task A_hospital_is_on_duty_up_to_its_requirement_and_never_above_it()
    {
        var (directory, _) = await RunAsync();
        var hospitals = Rows(Path.Combine(directory, "daily_hospital.csv"));
        var ooads = Rows(Path.Combine(directory, "daily_ooad.csv")).ToDictionary(r => (r["day"], r["ooad"]));

        Assert.All(hospitals, h =>
        {
            var required = double.Parse(h["erc_teams_required"], CultureInfo.InvariantCulture);
            var onDuty = double.Parse(ooads[(h["day"], h["ooad"])]["erc_teams_on_duty"], CultureInfo.InvariantCulture);
            Assert.Equal(Math.Min(required, onDuty), double.Parse(h["erc_teams_on_duty"], CultureInfo.InvariantCulture), 0.051);
        });
        Assert.Contains(hospitals, h => h["erc_teams_on_duty"] != h["erc_teams_required"]);
    }

    /// <summary>
    /// Two OOADs of one 300-bed hospital each; a fast wave, the occupancy trigger and a tight ERC pool (14 teams each)
    /// that infections push below the 13.5 teams of three blocks at the peak.
    /// </summary>
    private async Task<(string Directory, Scenario Scenario)> RunAsync()
    {
        var network = new HospitalNetwork(
            "staff",
            [new("aaa", "A", "A", 3_000_000), new("bbb", "B", "B", 2_000_000)],
            [
                new("a-1", "A1", "aaa", HospitalType.SecondLevel, 300, "wh-aaa"),
                new("b-1", "B1", "bbb", HospitalType.SecondLevel, 300, "wh-aaa"),
            ],
            [new("central", "Central", WarehouseKind.Central, null, null), new("wh-aaa", "A", WarehouseKind.Ooad, "aaa", "central")]);
        var basic = ScenarioFactory.Create(network, Days, OutputFormat.Csv);
        var scenario = basic with
        {
            Demand = basic.Demand with
            {
                AttackRate = 0.002,
                Waves = [new Wave(ScenarioFactory.Start.AddDays(25), 8, 1.0)],
                Regions = ImmutableSortedDictionary<string, RegionalDemand>.Empty,
            },
            Capacity = basic.Capacity with { CovidBedShare = new TierShares(0.1, 0.1, 0.1) },
            Reconversion = ScenarioFactory.NoReconversion with { Policy = ReconversionPolicyKind.OccupancyTrigger, LeadDays = 2 },
            Staffing = new StaffingSettings(true, 28, [], 0, StaffSplit.PlannedBeds, TeamRounding.Ooad, 0.015),
        };
        var directory = _root.Combine("run");
        await using var engine = new InlineSimulator(scenario);
        var days = new List<DayResult>();
        for (var day = 0; day < Days; day++)
        {
            days.Add(await engine.StepAsync(day));
        }

        await Runs.RecordAsync(directory, scenario, days);
        return (directory, scenario);
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = Runs.Lines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
