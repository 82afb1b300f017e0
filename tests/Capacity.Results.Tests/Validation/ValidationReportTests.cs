using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;
using Capacity.Results.Validation;

namespace Capacity.Results.Tests.Validation;

public sealed class ValidationReportTests : IDisposable
{
    private const string PhaseRunMarkdown = """
        # Validation: small-test

        Run of scenario `small-test` (seed 42, 2020-06-27 to 2020-06-30, 4 days; scenario sha256 `ab12cd34`) against the reconversion figures of seed 003 (`shared/seeds/003_ba8a2f1893f107e7.txt`). Error = (model − seed) ÷ seed.

        | figure | seed reference | seed value | model value | error % | within ±5% |
        |---|---|---:|---:|---:|---|
        | Phase I hospitals | 003 L1984-1987 | 81 | 1 | -98.77% | no |
        | Phase I COVID beds | 003 L1984-1987 | 379 | 12 | -96.83% | no |
        | Phase II hospitals | 003 L1989-1992 | 120 | 2 | -98.33% | no |
        | Phase II COVID beds | 003 L1989-1992 | 2,420 | 31 | -98.72% | no |
        | Phase III units, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 201 | 5 | -97.51% | no |
        | Phase III COVID beds, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 13,321 | 386 | -97.10% | no |
        | COVID-exclusive hospitals, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 29 | 1 | -96.55% | no |
        | Hybrid hospitals, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 155 | 1 | -99.35% | no |
        | Temporary hospitals, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 7 | 1 | -85.71% | no |
        | Expansion units, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 8 | 1 | -87.50% | no |
        | Convalescence units, 30 Jun 2020 | 003 L159-176, L1994-2010, L37713-37727 | 2 | 1 | -50.00% | no |
        | ERC teams, 30 Jun 2020 | 003 L180-187, L2106-2116 | 2,497 | 86 | -96.56% | no |

        0 of 12 figures within ±5%.

        - Phase I: measured on 2020-06-27, the first day a hospital is in `phase_1`; UMAE and second-level hospitals in `phase_1` with COVID beds.
        - Phase II: measured on 2020-06-28, the first day a hospital is in `phase_2`; UMAE and second-level hospitals in `phase_2` with COVID beds.
        - Phase III: measured on 2020-06-30, the seeds' cut-off; units with COVID beds except IMSS-BIENESTAR rural hospitals, counted by role; ERC teams summed over those units and rounded.

        ## PPE distributed (Table I.2)

        | figure | seed reference | seed value | model value | error % | within ±10% |
        |---|---|---:|---:|---:|---|
        | Surgical masks distributed, 10 Mar - 30 Jun 2020 | 003 L2353-2375 | 8,202,605 | date not simulated | — | no |
        | KN95/N95/N99 respirators distributed | 003 L2353-2375 | 5,990,523 | date not simulated | — | no |
        | Glove pairs distributed | 003 L2353-2375 | 21,324,071 | date not simulated | — | no |
        | Gowns/coveralls distributed | 003 L2353-2375 | 921,676 | date not simulated | — | no |
        | Goggles distributed | 003 L2353-2375 | 849,370 | date not simulated | — | no |
        | Face shields distributed | 003 L2353-2375 | 1,967,710 | date not simulated | — | no |

        0 of 6 PPE figures within ±10%.

        - PPE: the run does not cover 2020-03-10 to 2020-06-30.

        """;

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_run_through_the_phases_is_measured_on_the_first_day_of_phases_I_and_II_and_on_30_June()
    {
        var outcome = await PhaseRun.RecordAsync(_root.Combine("run"), OutputFormat.Csv);

        var report = await ValidationReport.LoadAsync(outcome.RunDirectory, 0.05);

        Assert.Equal(PhaseRunMarkdown.ReplaceLineEndings("\n"), report.ToMarkdown());
        Assert.Equal([1L, 12, 2, 31, 5, 386, 1, 1, 1, 1, 1, 86], report.Rows.Select(r => r.Model));
        Assert.Equal(SeedFigures.All, report.Rows.Select(r => r.Figure));
    }

    [Fact]
    public async Task A_run_written_only_as_parquet_gives_the_same_report_as_its_csv()
    {
        var csv = await PhaseRun.RecordAsync(_root.Combine("csv"), OutputFormat.Csv);
        var parquet = await PhaseRun.RecordAsync(_root.Combine("parquet"), OutputFormat.Parquet);

        var fromCsv = await ValidationReport.LoadAsync(csv.RunDirectory, 0.05);
        var fromParquet = await ValidationReport.LoadAsync(parquet.RunDirectory, 0.05);

        Assert.DoesNotContain(parquet.Files, f => f.Name == "daily_hospital.csv");
        Assert.Equal(fromCsv.ToMarkdown(), fromParquet.ToMarkdown());
    }

    [Fact]
    public async Task A_phase_never_reached_and_a_date_outside_the_run_show_a_reason_and_are_not_within()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"), OutputFormat.Csv);

        var report = await ValidationReport.LoadAsync(outcome.RunDirectory, 0.05);

        Assert.Equal(
            [
                "Phase I hospitals|not reached|—|no",
                "Phase I COVID beds|not reached|—|no",
                "Phase II hospitals|1|-99.17%|no",
                "Phase II COVID beds|12|-99.50%|no",
                "Phase III units, 30 Jun 2020|date not simulated|—|no",
                "Phase III COVID beds, 30 Jun 2020|date not simulated|—|no",
                "COVID-exclusive hospitals, 30 Jun 2020|date not simulated|—|no",
                "Hybrid hospitals, 30 Jun 2020|date not simulated|—|no",
                "Temporary hospitals, 30 Jun 2020|date not simulated|—|no",
                "Expansion units, 30 Jun 2020|date not simulated|—|no",
                "Convalescence units, 30 Jun 2020|date not simulated|—|no",
                "ERC teams, 30 Jun 2020|date not simulated|—|no",
            ],
            report.Rows.Select(r => $"{r.Figure.Name}|{r.ModelText}|{r.ErrorText}|{r.WithinText}"));
        Assert.Equal(
            [
                "Phase I: no hospital is ever in `phase_1`.",
                "Phase II: measured on 2020-03-01, the first day a hospital is in `phase_2`; UMAE and second-level hospitals in `phase_2` with COVID beds.",
                "Phase III: 2020-06-30 is not simulated (the run covers 2020-03-01 to 2020-03-03).",
            ],
            report.Notes);
        Assert.Equal((0, false), (report.WithinCount, report.AllWithin));
    }

    [Fact]
    public void Phase_I_at_the_seed_figures_is_within_and_a_wider_tolerance_is_shown_in_the_header()
    {
        var run = new RunIdentity("exact", 1, new DateOnly(2020, 4, 1), 1, "00");
        var records = Enumerable.Range(0, 81).Select(i => new HospitalDayRecord(
            run.Start, $"h{i:00}", i % 2 == 0 ? HospitalType.SecondLevel : HospitalType.Umae, ReconversionPhase.PhaseI, HospitalRole.Hybrid, i < 55 ? 5 : 4, 4.5));

        var report = ValidationReport.Compute(run, records, 0.1);

        Assert.Equal(["81|0.00%|yes", "379|0.00%|yes"], report.Rows.Take(2).Select(r => $"{r.ModelText}|{r.ErrorText}|{r.WithinText}"));
        Assert.Equal("within ±10%", report.Headers[5]);
        Assert.Equal("2 of 12 figures within ±10%.", report.Summary);
    }

    [Fact]
    public async Task Writing_replaces_an_older_validation_md_and_leaves_no_temp_file()
    {
        var outcome = await PhaseRun.RecordAsync(_root.Combine("run"), OutputFormat.Csv);
        var report = await ValidationReport.LoadAsync(outcome.RunDirectory, 0.05);
        await File.WriteAllTextAsync(Path.Combine(outcome.RunDirectory, "validation.md"), "old");

        var written = await report.WriteAsync(outcome.RunDirectory);

        Assert.Equal(Path.Combine(outcome.RunDirectory, "validation.md"), written);
        Assert.Equal(PhaseRunMarkdown.ReplaceLineEndings("\n"), await File.ReadAllTextAsync(written));
        Assert.Equal(
            ["daily_hospital.csv", "daily_national.csv", "daily_ooad.csv", "daily_warehouse.csv", "events.csv", "manifest.json", "scenario.yaml", "shipments.csv", "summary.md", "transfers.csv", "validation.md"],
            TempRoot.Entries(outcome.RunDirectory));
    }

    [Fact]
    public void A_negative_tolerance_is_rejected()
    {
        var run = new RunIdentity("x", 1, new DateOnly(2020, 4, 1), 1, "00");

        Assert.Throws<ArgumentOutOfRangeException>(() => ValidationReport.Compute(run, [], -0.01));
    }
}
