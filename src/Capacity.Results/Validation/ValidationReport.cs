using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Results.Validation;

/// <summary>
/// A run compared with the reconversion figures of the seeds (<see cref="SeedFigures"/>): what <c>capacity report</c>
/// prints and writes to <c>validation.md</c>. A pure function of the run's manifest identity, its hospital rows and the
/// tolerance.
/// </summary>
public sealed class ValidationReport
{
    /// <summary>The file written into the run directory.</summary>
    public const string FileName = "validation.md";

    /// <summary>The tolerance of the issue: ±5% of each seed figure.</summary>
    public const double DefaultTolerance = 0.05;

    private ValidationReport(RunIdentity run, double tolerance, ImmutableArray<ValidationRow> rows, ImmutableArray<string> notes)
    {
        Run = run;
        Tolerance = tolerance;
        Rows = rows;
        Notes = notes;
    }

    public RunIdentity Run { get; }

    /// <summary>Largest |error| that counts as within, as a share (0.05 = ±5%).</summary>
    public double Tolerance { get; }

    /// <summary>One row per seed figure, in <see cref="SeedFigures.All"/> order, then, for a run with the ventilator fleet,
    /// <see cref="SeedFigures.VentilatorsReceived"/>.</summary>
    public ImmutableArray<ValidationRow> Rows { get; }

    /// <summary>How and on which date each group of rows was measured.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// PPE distributed against Table I.2 (±10%, its own table; not counted in <see cref="AllWithin"/>); null when the run
    /// has no <c>daily_warehouse.csv</c> or the report was computed from hospital rows only.
    /// </summary>
    public PpeValidation? Ppe { get; private set; }

    /// <summary>Rows within the tolerance.</summary>
    public int WithinCount => Rows.Count(r => r.Within);

    /// <summary>Every row has a model value within the tolerance.</summary>
    public bool AllWithin => WithinCount == Rows.Length;

    /// <summary>The line under the table, e.g. <c>9 of 12 figures within ±5%.</c></summary>
    public string Summary => ValidationMarkdown.Summary(this);

    /// <summary>The tolerance as the table header shows it, e.g. <c>±5%</c>.</summary>
    public string ToleranceText => "±" + (Tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Column headers of the table.</summary>
    public IReadOnlyList<string> Headers => ["figure", "seed reference", "seed value", "model value", "error %", "within " + ToleranceText];

    /// <summary>
    /// Phase I and II: on the first date any hospital is in the phase, the permanent hospitals (UMAE and second level)
    /// in that phase with COVID beds, and their COVID beds. Phase III: on <see cref="SeedFigures.PhaseIIIDate"/>, the
    /// units with COVID beds other than IMSS-BIENESTAR rural hospitals, their beds, their roles and the ERC teams they
    /// need (summed, rounded half away from zero).
    /// </summary>
    public static ValidationReport Compute(RunIdentity run, IEnumerable<HospitalDayRecord> records, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(records);
        if (!double.IsFinite(tolerance) || tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a share ≥ 0, e.g. 0.05 for ±5%.");
        }

        var byDate = records.ToLookup(r => r.Date);
        var dates = byDate.Select(g => g.Key).Order().ToArray();
        var rows = ImmutableArray.CreateBuilder<ValidationRow>();
        var notes = ImmutableArray.CreateBuilder<string>();
        Phase(byDate, dates, ReconversionPhase.PhaseI, "Phase I", SeedFigures.PhaseIHospitals, SeedFigures.PhaseIBeds, tolerance, rows, notes);
        Phase(byDate, dates, ReconversionPhase.PhaseII, "Phase II", SeedFigures.PhaseIIHospitals, SeedFigures.PhaseIIBeds, tolerance, rows, notes);
        PhaseIII(run, byDate[SeedFigures.PhaseIIIDate], tolerance, rows, notes);
        Ventilators(run, byDate, dates, tolerance, rows, notes);
        return new ValidationReport(run, tolerance, rows.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>Reads <c>manifest.json</c> and <c>daily_hospital.csv</c> (or <c>.parquet</c>) of a run directory.</summary>
    /// <exception cref="RunDirectoryException">The directory or a file is missing or unreadable.</exception>
    public static async Task<ValidationReport> LoadAsync(string runDirectory, double tolerance, CancellationToken cancellationToken = default)
    {
        var run = await RunDirectoryReader.ReadIdentityAsync(runDirectory, cancellationToken);
        var records = await RunDirectoryReader.ReadHospitalDaysAsync(runDirectory, cancellationToken);
        var ppe = await PpeValidation.LoadAsync(runDirectory, run, cancellationToken);
        var report = Compute(run, records, tolerance);
        report.Ppe = ppe;
        return report;
    }

    /// <summary>The content of <c>validation.md</c>: "\n" line endings, invariant culture, nothing machine-specific.</summary>
    public string ToMarkdown() => ValidationMarkdown.Render(this);

    /// <summary>Writes <c>validation.md</c> into the run directory through a temp file, replacing an older one.</summary>
    /// <returns>The path written.</returns>
    public async Task<string> WriteAsync(string runDirectory, CancellationToken cancellationToken = default)
    {
        var target = Path.Combine(Path.GetFullPath(runDirectory), FileName);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{FileName}.tmp-{RandomNumberGenerator.GetHexString(8, lowercase: true)}");
        try
        {
            await File.WriteAllTextAsync(temp, ToMarkdown(), TextFormat.Utf8, cancellationToken);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return target;
    }

    private static void Phase(
        ILookup<DateOnly, HospitalDayRecord> byDate,
        DateOnly[] dates,
        ReconversionPhase phase,
        string label,
        SeedFigure hospitalsFigure,
        SeedFigure bedsFigure,
        double tolerance,
        ImmutableArray<ValidationRow>.Builder rows,
        ImmutableArray<string>.Builder notes)
    {
        var code = ReconversionCodes.Phase(phase);
        var reached = dates.Where(d => byDate[d].Any(r => r.Phase == phase)).Take(1).ToArray();
        if (reached.Length == 0)
        {
            rows.Add(ValidationRow.Missing(hospitalsFigure, ValidationRow.NotReached));
            rows.Add(ValidationRow.Missing(bedsFigure, ValidationRow.NotReached));
            notes.Add($"{label}: no hospital is ever in `{code}`.");
            return;
        }

        var date = reached[0];
        var hospitals = byDate[date].Where(r => IsPermanent(r.Type) && r.Phase == phase && r.CovidBeds > 0).ToArray();
        rows.Add(ValidationRow.Measured(hospitalsFigure, hospitals.Length, tolerance));
        rows.Add(ValidationRow.Measured(bedsFigure, hospitals.Sum(r => (long)r.CovidBeds), tolerance));
        notes.Add($"{label}: measured on {TextFormat.Date(date)}, the first day a hospital is in `{code}`; "
            + $"UMAE and second-level hospitals in `{code}` with COVID beds.");
    }

    private static void PhaseIII(
        RunIdentity run,
        IEnumerable<HospitalDayRecord> day,
        double tolerance,
        ImmutableArray<ValidationRow>.Builder rows,
        ImmutableArray<string>.Builder notes)
    {
        SeedFigure[] figures =
        [
            SeedFigures.PhaseIIIUnits, SeedFigures.PhaseIIIBeds, SeedFigures.ExclusiveHospitals, SeedFigures.HybridHospitals,
            SeedFigures.TemporaryHospitals, SeedFigures.ExpansionUnits, SeedFigures.ConvalescenceUnits, SeedFigures.ErcTeams,
        ];
        var date = TextFormat.Date(SeedFigures.PhaseIIIDate);
        if (!run.Covers(SeedFigures.PhaseIIIDate))
        {
            rows.AddRange(figures.Select(f => ValidationRow.Missing(f, ValidationRow.DateNotSimulated)));
            var span = run.Days > 0 ? $"{TextFormat.Date(run.Start)} to {TextFormat.Date(run.End)}" : "no day";
            notes.Add($"Phase III: {date} is not simulated (the run covers {span}).");
            return;
        }

        var units = day.Where(r => r.Type != HospitalType.RuralBienestar && r.CovidBeds > 0).ToArray();
        long Count(HospitalRole role) => units.Count(r => r.Role == role);
        long[] values =
        [
            units.Length,
            units.Sum(r => (long)r.CovidBeds),
            Count(HospitalRole.CovidExclusive),
            Count(HospitalRole.Hybrid),
            Count(HospitalRole.Temporary),
            Count(HospitalRole.Expansion),
            Count(HospitalRole.Convalescence),
            (long)Math.Round(units.Sum(r => r.ErcTeamsRequired), MidpointRounding.AwayFromZero),
        ];
        rows.AddRange(figures.Zip(values, (f, v) => ValidationRow.Measured(f, v, tolerance)));
        notes.Add($"Phase III: measured on {date}, the seeds' cut-off; units with COVID beds except IMSS-BIENESTAR rural "
            + "hospitals, counted by role; ERC teams summed over those units and rounded.");
    }

    /// <summary>
    /// Runs with the ventilator fleet on (some hospital has units in service or receives some): the units received up to
    /// <see cref="SeedFigures.VentilatorDate"/> against Table I.5 and the repaired units. Runs without it get no row.
    /// </summary>
    private static void Ventilators(
        RunIdentity run,
        ILookup<DateOnly, HospitalDayRecord> byDate,
        DateOnly[] dates,
        double tolerance,
        ImmutableArray<ValidationRow>.Builder rows,
        ImmutableArray<string>.Builder notes)
    {
        var fleet = dates.SelectMany(d => byDate[d]).Where(r => r.Ventilators is { } v && (v.InService > 0 || v.Received > 0)).Take(1).Any();
        if (!fleet)
        {
            return;
        }

        var figure = SeedFigures.VentilatorsReceived;
        var date = TextFormat.Date(SeedFigures.VentilatorDate);
        if (!run.Covers(SeedFigures.VentilatorDate))
        {
            rows.Add(ValidationRow.Missing(figure, ValidationRow.DateNotSimulated));
            notes.Add($"Ventilators: {date} is not simulated.");
            return;
        }

        var received = dates.Where(d => d <= SeedFigures.VentilatorDate).SelectMany(d => byDate[d]).Sum(r => (long)(r.Ventilators?.Received ?? 0));
        rows.Add(ValidationRow.Measured(figure, received, tolerance));
        notes.Add($"Ventilators: `ventilators_received` summed over every hospital and day up to {date} (the fleet is on).");
    }

    private static bool IsPermanent(HospitalType type) => type is HospitalType.Umae or HospitalType.SecondLevel;
}
