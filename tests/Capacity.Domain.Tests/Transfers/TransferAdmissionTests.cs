using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Transfers;

/// <summary>How a hospital receives patients transferred to it and reports those it could not place.</summary>
public sealed class TransferAdmissionTests
{
    [Fact]
    public void Patients_transferred_in_are_admitted_before_new_arrivals()
    {
        var bench = new HospitalBench(new LevelCounts(5, 2), HospitalBench.Parameters(), HospitalBench.StayForever);

        var report = bench.StepWithTransfers(arrivals: new LevelCounts(4, 1), transfersIn: new LevelCounts(3, 2)).Report;

        Assert.Equal(new LevelCounts(5, 2), report.Admitted);
        Assert.Equal(new LevelCounts(3, 2), report.TransfersIn);
        Assert.Equal(new LevelCounts(2, 1), report.TransferCandidates);
        Assert.Equal(new LevelCounts(2, 1), report.TurnedAway);
    }

    [Fact]
    public void Transferred_patients_who_still_find_no_bed_are_turned_away_and_never_offered_again()
    {
        var bench = new HospitalBench(new LevelCounts(2, 0), HospitalBench.Parameters(), HospitalBench.StayForever);

        var report = bench.StepWithTransfers(arrivals: new LevelCounts(1, 0), transfersIn: new LevelCounts(3, 0)).Report;

        Assert.Equal(new LevelCounts(2, 0), report.Admitted);
        Assert.Equal(new LevelCounts(1, 0), report.TransferCandidates);
        Assert.Equal(new LevelCounts(2, 0), report.TurnedAway);
    }

    [Fact]
    public void Patients_moved_out_are_neither_admitted_nor_turned_away_where_they_first_arrived()
    {
        var bench = new HospitalBench(new LevelCounts(2, 1), HospitalBench.Parameters(turnedAwayDeathRate: 1), HospitalBench.StayForever);

        var report = bench.StepWithTransfers(arrivals: new LevelCounts(6, 3), transfersIn: default, transferredOut: new LevelCounts(3, 2)).Report;

        Assert.Equal(new LevelCounts(2, 1), report.Admitted);
        Assert.Equal(new LevelCounts(3, 2), report.TransferredOut);
        Assert.Equal(new LevelCounts(1, 0), report.TurnedAway);
        Assert.Equal(1, report.TurnedAwayDeaths);
        Assert.Equal(report.Arrivals + report.TransfersIn, report.Admitted + report.TurnedAway + report.TransferredOut);
    }

    [Fact]
    public void In_phase_III_transferred_ward_patients_take_observation_stretchers_before_new_arrivals()
    {
        var parameters = HospitalBench.Parameters();
        var bench = new HospitalBench(new LevelCounts(1, 0), parameters, HospitalBench.StayForever, ReconversionPhase.PhaseIII);
        var places = Stretchers.Places(HospitalBench.Hospital, ReconversionPhase.PhaseIII, parameters.Capacity.StretcherShare);
        Assert.True(places > 0);

        var report = bench.StepWithTransfers(arrivals: new LevelCounts(places + 5, 0), transfersIn: new LevelCounts(places + 1, 0)).Report;

        Assert.Equal(places, report.StretcherCensus);
        Assert.Equal(new LevelCounts(places + 5, 0), report.TransferCandidates);
        Assert.Equal(new LevelCounts(places + 1, 0), report.Admitted);
    }
}
