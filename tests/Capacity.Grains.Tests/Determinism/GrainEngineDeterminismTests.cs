using Capacity.Domain.Simulation;
using Capacity.Grains.Tests.Support;
using Capacity.Scenarios;

namespace Capacity.Grains.Tests.Determinism;

/// <summary>
/// The grain engine must write the same bytes as the inline kernel, whatever the number of silos and
/// wherever the grains are placed.
/// </summary>
public sealed class GrainEngineDeterminismTests(SingleSiloFixture one, TwoSiloFixture two)
    : IClassFixture<SingleSiloFixture>, IClassFixture<TwoSiloFixture>
{
    [Fact]
    public async Task One_silo_writes_the_same_run_directory_as_the_inline_kernel()
    {
        var loaded = TestRuns.Load("quick-mini.yaml");

        await GrainsMatchInlineAsync(one, loaded, "one");
    }

    [Fact]
    public async Task Two_silos_write_the_same_run_directory_as_the_inline_kernel_charts_included()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.plots=true");
        var inline = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);

        await using var engine = await OrleansEngine.StartAsync(two.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("two"));
        var grains = await TestRuns.WriteAsync(engine, loaded, 2);

        RunDirectories.AssertIdentical(inline, grains);
        Assert.True(File.Exists(Path.Combine(grains, "plots", "national_census.png")));
    }

    [Fact]
    public async Task The_national_2020_reconversion_schedule_and_its_transfers_run_identically_on_two_silos()
    {
        // Through 30 Jun 2020: every reconversion phase, the temporary units and the first wave's peak.
        var loaded = TestRuns.Load("national-2020.yaml", "days=130", "outputs.formats=[csv]");

        var silos = 0;
        var grains = await GrainsMatchInlineAsync(two, loaded, "national", async () => silos = await SilosHosting(two, "ooad"));

        // 35 OOAD grains (each with its hospitals) placed at random: both silos host some, so the days really crossed silos.
        Assert.Equal(2, silos);
        Assert.True(File.Exists(Path.Combine(grains, "plots", "ooad", "census_jal.svg")), "national-2020 draws its charts");

        Assert.Contains("reconverted", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);

        // The replay regulates referrals: OOAD grains move patients between their hospitals, the simulation grain
        // between neighbouring OOADs, and both engines agree on every move.
        var transfers = await File.ReadAllLinesAsync(Path.Combine(grains, "transfers.csv"));
        Assert.Contains(transfers.Skip(1), line => line.EndsWith(",1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_stochastic_seir_demand_with_the_forecast_trigger_runs_identically_on_two_silos()
    {
        // Each OOAD grain builds its own epidemic from the run seed; the forecast trigger forecasts with that curve.
        var loaded = TestRuns.Load(
            "quick-mini.yaml", "demand.model=seir", "demand.seir.stochastic=true", "demand.seir.initialInfectedShare=0.001",
            "reconversion.policy=forecast-trigger", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "seir");

        Assert.Contains("reconverted", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forecast_trigger_runs_identically_on_two_silos()
    {
        // The OOAD grain builds its policy from the opening's parameters and OOAD, as the inline kernel does.
        var loaded = TestRuns.Load("quick-mini.yaml", "reconversion.policy=forecast-trigger", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "forecast");

        Assert.Contains("reconverted", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_limit_runs_identically_on_two_silos()
    {
        // The seed-derived ERC pool binds in the 2020 replay (planned-beds split, OOAD rounding), here with staff
        // infections too: the OOAD grains must get the staffing rules and hold the same orders.
        var loaded = TestRuns.Load(
            "national-2020.yaml", "days=70", "staffing.enabled=true", "staffing.infectionAbsence=0.01", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "staff");

        Assert.Contains("staff_limited", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_equipment_limit_runs_identically_on_two_silos()
    {
        // Enabled, Table I.5's deliveries bind in the 2020 replay: each OOAD grain computes its inventory from its opening.
        var loaded = TestRuns.Load("national-2020.yaml", "days=50", "equipment.enabled=true", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "equipment");

        Assert.Contains("equipment_limited", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_oxygen_plant_outage_runs_identically_on_two_silos()
    {
        // Through 30 Jun 2020: the OOAD grains hold the plants, deliver to their hospitals through HospitalDayInput and
        // ration when the outage dries mex-oriente's tanks; the capped admissions and excess deaths must agree.
        var loaded = TestRuns.Load("stress-oxygen-outage.yaml", "days=125", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "oxygen");

        var events = await File.ReadAllTextAsync(Path.Combine(grains, "events.csv"));
        Assert.Contains("oxygen_stock_out_started", events, StringComparison.Ordinal);
        Assert.Contains("oxygen_safety_alarm", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ventilator_fleet_runs_identically_on_two_silos()
    {
        // The simulation grain allocates each day's ventilators, the OOAD grains dispatch and move them between their
        // hospitals, the hospitals (inside their OOAD grains) gate ICU admissions; breakdowns on, and the equipment limit counts the fleet.
        var loaded = TestRuns.Load(
            "national-2020.yaml", "days=75", "ventilators.enabled=true", "ventilators.failureRate=0.02", "ventilators.initialPerIcuBed=0.5",
            "equipment.enabled=true", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "ventilators");

        Assert.Contains("ventilator_shortage_started", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_need_based_and_central_reserve_ventilator_allocations_run_identically_on_two_silos()
    {
        foreach (var allocation in new[] { "need-based", "central-reserve" })
        {
            var loaded = TestRuns.Load(
                "quick-mini.yaml", "ventilators.enabled=true", $"ventilators.allocation={allocation}", "ventilators.reserveShare=0.5",
                "ventilators.initialPerIcuBed=0.2", "outputs.formats=[csv]");

            await GrainsMatchInlineAsync(two, loaded, allocation);
        }
    }

    [Fact]
    public async Task The_push_policy_under_an_n95_embargo_runs_identically_on_two_silos()
    {
        // The central warehouse grain pushes by the day's beds per warehouse, which the simulation grain passes it.
        var loaded = TestRuns.Load("stress-n95-embargo.yaml", "days=100", "outputs.formats=[csv]");

        var grains = await GrainsMatchInlineAsync(two, loaded, "push");

        Assert.Contains("stock_out_started", await File.ReadAllTextAsync(Path.Combine(grains, "events.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_supply_shock_kind_runs_identically_on_two_silos()
    {
        // The central warehouse grain gets the OOAD of each warehouse it ships to in its opening (transport disruptions).
        var text = File.ReadAllText(RepositoryRoot.Combine("scenarios", "quick-mini.yaml")).TrimEnd('\n') + """

            shocks:
              - { kind: supplier-delay, from: 2020-04-05, days: 20, item: n95, factor: 3 }
              - { kind: supplier-embargo, from: 2020-04-10, days: 15, item: glove_pair }
              - { kind: warehouse-outage, from: 2020-04-20, days: 6, warehouse: central }
              - { kind: transport-disruption, from: 2020-04-15, days: 10, extraDays: 3, ooad: nay }
              - { kind: transport-disruption, from: 2020-05-01, days: 5, extraDays: 1 }

            """;
        var loaded = ScenarioLoader.LoadText(text, "shocks.yaml", [ScenarioOverride.Parse("supply.policy=push-proportional"), ScenarioOverride.Parse("outputs.formats=[csv]")]);

        await GrainsMatchInlineAsync(two, loaded, "shocks");
    }

    [Fact]
    public async Task The_min_max_policy_with_per_team_use_runs_identically_on_two_silos()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "supply.policy=pull-min-max", "supply.items.n95.perTeamDay=2", "outputs.formats=[csv]");

        await GrainsMatchInlineAsync(two, loaded, "minmax");
    }

    /// <summary>
    /// Runs the scenario on the inline kernel and on the fixture's cluster; the run directories must match.
    /// <paramref name="whileOpen"/> runs after the grain run, before its grains are closed.
    /// </summary>
    private static async Task<string> GrainsMatchInlineAsync(ClusterFixture fixture, LoadedScenario loaded, string runPrefix, Func<Task>? whileOpen = null)
    {
        var inline = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);
        await using var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId(runPrefix));
        var grains = await TestRuns.WriteAsync(engine, loaded, fixture.Silos);
        if (whileOpen is not null)
        {
            await whileOpen();
        }

        RunDirectories.AssertIdentical(inline, grains);
        return grains;
    }

    private static async Task<int> SilosHosting(ClusterFixture fixture, string grainType)
    {
        var statistics = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains(grainType, StringComparison.OrdinalIgnoreCase) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress)
            .Distinct()
            .Count();
    }

    [Fact]
    public async Task A_different_seed_writes_different_daily_files()
    {
        var first = TestRuns.Load("quick-mini.yaml", "seed=1");
        var second = TestRuns.Load("quick-mini.yaml", "seed=2");

        await using var engineA = await OrleansEngine.StartAsync(one.Cluster.Client, first.Scenario, TestRuns.NewRunId("seed1"));
        var a = await TestRuns.WriteAsync(engineA, first, 1);
        await using var engineB = await OrleansEngine.StartAsync(one.Cluster.Client, second.Scenario, TestRuns.NewRunId("seed2"));
        var b = await TestRuns.WriteAsync(engineB, second, 1);

        Assert.NotEqual(
            await File.ReadAllBytesAsync(Path.Combine(a, "daily_hospital.csv")),
            await File.ReadAllBytesAsync(Path.Combine(b, "daily_hospital.csv")));
    }

    [Fact]
    public async Task Interleaved_runs_on_one_cluster_do_not_disturb_each_other()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "days=30");
        var reference = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);
        await using var first = await OrleansEngine.StartAsync(two.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("a"));
        await using var second = await OrleansEngine.StartAsync(two.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("b"));

        var runs = await Task.WhenAll(TestRuns.WriteAsync(first, loaded, 2), TestRuns.WriteAsync(second, loaded, 2));

        RunDirectories.AssertIdentical(reference, runs[0]);
        RunDirectories.AssertIdentical(reference, runs[1]);
    }
}
