using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Results.Tests.TestData;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.Tables;

/// <summary>
/// The reconversion columns on a network with every kind of unit: an exclusive UMAE, a hybrid hospital with more COVID
/// beds than census beds, and temporary, expansion (closed) and convalescence units.
/// </summary>
public sealed class ReconversionColumnsTests : IDisposable
{
    private static readonly HospitalNetwork Network = new(
        "units",
        [new Ooad("aaa", "Alfa", "A", 1), new Ooad("bbb", "Beta", "B", 1)],
        [
            new Hospital("s1", "Segundo", "bbb", HospitalType.SecondLevel, 30, "wh"),
            new Hospital("t1", "Temporal", "aaa", HospitalType.TemporaryUnit, 40, "wh"),
            new Hospital("t2", "Autódromo", "aaa", HospitalType.TemporaryUnit, 218, "wh"),
            new Hospital("t3", "CRIT", "bbb", HospitalType.TemporaryUnit, 33, "wh"),
            new Hospital("u1", "UMAE", "aaa", HospitalType.Umae, 100, "wh"),
        ],
        [new Warehouse("central", "C", WarehouseKind.Central, null, null), new Warehouse("wh", "W", WarehouseKind.Ooad, "aaa", "central")]);

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Hospital_rows_give_type_phase_role_census_beds_beds_left_to_other_care_and_erc_teams()
    {
        var outcome = await RecordAsync(OutputFormat.Csv);

        var rows = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_hospital.csv")).Skip(1).Select(l => string.Join(",", l.Split(',')[..12]));

        Assert.Equal(
            [
                "0,2020-03-01,s1,bbb,second_level,phase_2,hybrid,30,30,6,0,9.0",
                "0,2020-03-01,t1,aaa,temporary_unit,phase_3,temporary,40,30,10,0,9.0",
                "0,2020-03-01,t2,aaa,temporary_unit,reverted,expansion,218,0,0,0,0.0",
                "0,2020-03-01,t3,bbb,temporary_unit,phase_3,convalescence,33,30,3,0,9.0",
                "0,2020-03-01,u1,aaa,umae,phase_3,covid_exclusive,100,60,30,10,18.0",
            ],
            rows);
    }

    [Fact]
    public async Task Ooad_rows_count_units_with_covid_beds_by_role_and_sum_beds_left_to_other_care_and_erc_teams()
    {
        var outcome = await RecordAsync(OutputFormat.Csv);

        var rows = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv")).Skip(1).Select(l => string.Join(",", l.Split(',')[..13]));

        Assert.Equal(
            [
                "0,2020-03-01,aaa,3,0,2,1,0,1,90,40,10,27.0",
                "0,2020-03-01,bbb,2,0,2,0,1,1,60,9,0,18.0",
            ],
            rows);
    }

    [Fact]
    public async Task The_national_row_counts_every_unit()
    {
        var outcome = await RecordAsync(OutputFormat.Csv);

        var row = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_national.csv"))[1];

        Assert.StartsWith("0,2020-03-01,5,0,4,1,1,2,150,49,10,45.0,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_holds_the_codes_as_strings_and_erc_teams_as_non_null_doubles()
    {
        var outcome = await RecordAsync(OutputFormat.Parquet);

        var hospitals = await ParquetFile.ReadAsync(Path.Combine(outcome.RunDirectory, "daily_hospital.parquet"));
        var national = await ParquetFile.ReadAsync(Path.Combine(outcome.RunDirectory, "daily_national.parquet"));

        Assert.Equal(["second_level", "temporary_unit", "temporary_unit", "temporary_unit", "umae"], hospitals.Column("type"));
        Assert.Equal(["phase_2", "phase_3", "reverted", "phase_3", "phase_3"], hospitals.Column("phase"));
        Assert.Equal(["hybrid", "temporary", "expansion", "convalescence", "covid_exclusive"], hospitals.Column("role"));
        Assert.Equal([30, 40, 218, 33, 100], hospitals.Column("census_beds").Cast<int>());
        Assert.Equal([0, 0, 0, 0, 10], hospitals.Column("non_covid_beds").Cast<int>());
        Assert.Equal([9.0, 9.0, 0.0, 9.0, 18.0], hospitals.Column("erc_teams_required").Cast<double>());
        var erc = hospitals.Fields.Single(f => f.Name == "erc_teams_required");
        Assert.Equal((typeof(double), false), (erc.ClrType, erc.IsNullable));
        Assert.Equal([45.0], national.Column("erc_teams_required").Cast<double>());
        Assert.Equal([2], national.Column("temporary_units_open").Cast<int>());
    }

    [Fact]
    public async Task A_hospital_report_outside_the_network_is_rejected()
    {
        var scenario = ScenarioFactory.Create(Network, 1, OutputFormat.Csv);
        await using var recorder = RunRecorder.Begin(_root.Combine("run"), scenario, ScenarioFactory.Provenance);
        var day = Day(scenario, 0, [QuietHospital(0, "x9", "aaa", L(1, 0))], Warehouses());

        var error = Assert.Throws<ArgumentException>(() => recorder.Record(day));

        Assert.Equal("Hospital 'x9' is not in the scenario's network. (Parameter 'day')", error.Message);
    }

    private Task<RunOutcome> RecordAsync(OutputFormat format)
    {
        var scenario = ScenarioFactory.Create(Network, 1, format);
        var day = Day(
            scenario,
            0,
            [
                Unit(0, "s1", "bbb", L(30, 6), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
                Unit(0, "t1", "aaa", L(30, 10), ReconversionPhase.PhaseIII, HospitalRole.Temporary),
                Unit(0, "t2", "aaa", L(0, 0), ReconversionPhase.Reverted, HospitalRole.Expansion),
                Unit(0, "t3", "bbb", L(30, 3), ReconversionPhase.PhaseIII, HospitalRole.Convalescence),
                Unit(0, "u1", "aaa", L(60, 30), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive),
            ],
            Warehouses());
        return Runs.RecordAsync(_root.Combine("run"), scenario, [day]);
    }

    private static WarehouseDayReport[] Warehouses() =>
        [Warehouse(0, "central", WarehouseKind.Central), Warehouse(0, "wh", WarehouseKind.Ooad)];
}
