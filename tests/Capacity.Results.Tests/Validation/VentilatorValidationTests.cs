using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Results.Validation;

namespace Capacity.Results.Tests.Validation;

public sealed class VentilatorValidationTests
{
    [Fact]
    public void A_run_with_the_fleet_compares_the_ventilators_received_by_30_june_with_table_i5_and_the_repaired_units()
    {
        var run = new RunIdentity("fleet", 1, new DateOnly(2020, 6, 29), 3, "00");
        HospitalDayRecord Day(int offset, string id, int received) => new(
            run.Start.AddDays(offset), id, HospitalType.SecondLevel, ReconversionPhase.PhaseIII, HospitalRole.Hybrid, 10, 1, (5, received));

        var report = ValidationReport.Compute(run, [Day(0, "a", 3000), Day(1, "b", 2949), Day(2, "a", 100)], 0.05);

        var row = report.Rows[^1];
        Assert.Equal(SeedFigures.VentilatorsReceived, row.Figure);
        Assert.Equal(5_949, row.Model);
        Assert.True(row.Within);
        Assert.Equal(SeedFigures.All.Length + 1, report.Rows.Length);
    }

    [Fact]
    public void A_run_without_the_fleet_has_no_ventilator_row()
    {
        var run = new RunIdentity("nofleet", 1, new DateOnly(2020, 6, 29), 3, "00");
        var records = Enumerable.Range(0, 3).Select(d => new HospitalDayRecord(
            run.Start.AddDays(d), "a", HospitalType.SecondLevel, ReconversionPhase.PhaseIII, HospitalRole.Hybrid, 10, 1, (0, 0)));

        var report = ValidationReport.Compute(run, records, 0.05);

        Assert.Equal(SeedFigures.All, report.Rows.Select(r => r.Figure));
    }
}
