using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Oxygen;

/// <summary>
/// Oxygen in one hospital day (<see cref="Domain.Oxygen.OxygenCare"/>), bench of 10 ward and 4 ICU beds: 10 L a ward and
/// 30 L an ICU patient per day, reference use 220 L, storage 880 L, reorder below 440 L.
/// </summary>
public sealed class OxygenCareTests
{
    private static readonly LevelCounts Beds = new(10, 4);

    [Fact]
    public void A_hospital_opens_with_its_storage_full_at_four_days_of_reference_use()
    {
        var tank = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever).State.Oxygen!.Value;

        Assert.Equal((880L, 220.0, 880L, 0L), (tank.Capacity, tank.ReferenceUse, tank.OnHand, tank.OnOrder));
    }

    [Fact]
    public void A_dry_tank_admits_nobody_and_counts_every_patient_it_turned_away()
    {
        var dry = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever, onHand: 0);
        var full = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever);

        var capped = dry.Step(new LevelCounts(5, 2)).Report;
        var supplied = full.Step(new LevelCounts(5, 2)).Report;

        Assert.Equal((new LevelCounts(0, 0), new LevelCounts(5, 2), 7), (capped.Admitted, capped.TurnedAway, capped.Oxygen!.AdmissionsCapped));
        Assert.Equal((new LevelCounts(5, 2), new LevelCounts(0, 0), 0), (supplied.Admitted, supplied.TurnedAway, supplied.Oxygen!.AdmissionsCapped));
    }

    [Fact]
    public void Arrivals_kept_out_for_lack_of_oxygen_are_the_patients_the_transfer_policy_may_move()
    {
        var bench = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever, onHand: 30);

        var report = bench.StepWithTransfers(new LevelCounts(4, 1), default, transferredOut: new LevelCounts(2, 0)).Report;

        Assert.Equal((new LevelCounts(0, 1), new LevelCounts(4, 0)), (report.Admitted, report.TransferCandidates));
        Assert.Equal((new LevelCounts(2, 0), new LevelCounts(2, 0)), (report.TransferredOut, report.TurnedAway));
        Assert.Equal(4, report.Oxygen!.AdmissionsCapped);
    }

    [Fact]
    public void Oxygen_left_admits_icu_patients_first_then_as_many_ward_patients_as_it_covers()
    {
        // 70 L: two ICU patients (60 L), then one ward patient (10 L); four ward patients had a bed but no oxygen.
        var bench = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever, onHand: 70);

        var report = bench.Step(new LevelCounts(5, 2)).Report;

        Assert.Equal(new LevelCounts(1, 2), report.Admitted);
        Assert.Equal(4, report.Oxygen!.AdmissionsCapped);
        Assert.Equal((70L, 70L, 0L, 0L), (report.Oxygen.Demand, report.Oxygen.Consumed, report.Oxygen.Shortfall, report.Oxygen.OnHand));
        Assert.Equal((880L, 880L), (report.Oxygen.Ordered, report.Oxygen.OnOrder));
    }

    [Fact]
    public void Patients_in_care_without_oxygen_die_of_the_excess_risk_and_with_oxygen_they_do_not()
    {
        var dried = OxygenBench.Bench(Beds, OxygenBench.Parameters(excessDeathRate: 1), HospitalBench.StayForever);
        var supplied = OxygenBench.Bench(Beds, OxygenBench.Parameters(excessDeathRate: 1), HospitalBench.StayForever);
        dried.Step(new LevelCounts(5, 2));
        supplied.Step(new LevelCounts(5, 2));

        // 40 L on hand: one ICU patient (30 L), then one ward patient (10 L); four ward and one ICU patient go without.
        dried.WithOxygen(40);
        var shortDay = dried.Step(new LevelCounts(3, 1)).Report;
        var suppliedDay = supplied.Step(new LevelCounts(3, 1)).Report;

        Assert.Equal((5, 5), (shortDay.Oxygen!.WithoutOxygen, shortDay.Oxygen.ExcessDeaths));
        Assert.Equal(new LevelCounts(4, 1), shortDay.Died);
        Assert.Equal((new LevelCounts(0, 0), 4), (shortDay.Admitted, shortDay.Oxygen.AdmissionsCapped));
        Assert.Equal(new LevelCounts(1, 1), shortDay.Census);
        Assert.Equal((new LevelCounts(0, 0), new LevelCounts(3, 1)), (suppliedDay.Died, suppliedDay.Admitted));
    }

    [Fact]
    public void A_shortage_opens_one_stock_out_and_one_alarm_and_a_delivery_closes_the_stock_out()
    {
        var bench = OxygenBench.Bench(Beds, OxygenBench.Parameters(), HospitalBench.StayForever);
        bench.Step(new LevelCounts(5, 2));
        bench.WithOxygen(40);

        var steps = new[] { bench.Step(default), bench.Step(default), bench.StepWithOxygen(default, 880) };

        Assert.Equal(
            [
                new SimEvent(1, "h1", EventKind.OxygenStockOutStarted, "oxygen", "unmet 70 L"),
                new SimEvent(1, "h1", EventKind.OxygenSafetyAlarm, "oxygen", "on hand 0 L, 0 days of today's demand"),
                new SimEvent(3, "h1", EventKind.OxygenStockOutEnded, "oxygen", "demand met"),
            ],
            steps.SelectMany(s => s.Events).Where(e => e.Subject == "oxygen").OrderBy(e => e.Day).ThenBy(e => e.Kind));
        Assert.Equal([40L, 0, 110], steps.Select(s => s.Report.Oxygen!.Consumed));
    }

    [Fact]
    public void Enough_oxygen_leaves_the_patient_flow_and_its_draws_unchanged()
    {
        var arrivals = new[] { new LevelCounts(6, 3), new LevelCounts(9, 2), new LevelCounts(2, 5), new LevelCounts(12, 1), default };
        var parameters = HospitalBench.Parameters(deathRate: 0.3);
        var without = new HospitalBench(Beds, parameters, HospitalBench.LeaveAfterOneDay);
        var with = OxygenBench.Bench(Beds, parameters with { Oxygen = OxygenBench.Settings(excessDeathRate: 0.5) }, HospitalBench.LeaveAfterOneDay, onHand: 1_000_000);

        var a = arrivals.Select(x => Flow(without.Step(x).Report)).ToArray();
        var b = arrivals.Select(x => Flow(with.Step(x).Report)).ToArray();

        Assert.Equal(a, b);
    }

    [Fact]
    public void Oxygen_disabled_keeps_no_tank_and_reports_no_line()
    {
        var parameters = HospitalBench.Parameters() with { Oxygen = OxygenBench.Settings() with { Enabled = false } };
        var bench = new HospitalBench(Beds, parameters, HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(5, 2)).Report;

        Assert.Null(bench.State.Oxygen);
        Assert.Null(report.Oxygen);
        Assert.Equal(new LevelCounts(5, 2), report.Admitted);
    }

    private static string Flow(HospitalDayReport r) =>
        $"{r.Admitted}|{r.TurnedAway}|{r.Discharged}|{r.Died}|{r.Census}|{r.StretcherCensus}";
}
