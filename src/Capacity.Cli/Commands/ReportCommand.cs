using System.CommandLine;
using System.Globalization;
using Capacity.Results.Validation;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity report</c>: compares a run directory with the reconversion figures of the seeds, prints the table and
/// writes it to <c>validation.md</c> in the run directory.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var run = new Argument<DirectoryInfo>("run")
        {
            Description = "Run directory written by 'capacity run' (manifest.json and daily_hospital.csv or .parquet).",
        };
        var tolerance = new Option<double>("--tolerance")
        {
            Description = "Largest |model − seed| ÷ seed that counts as within, as a share (default 0.05 = ±5%).",
            DefaultValueFactory = _ => ValidationReport.DefaultTolerance,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Exit with code 1 when any figure is outside the tolerance or cannot be computed.",
        };
        var command = new Command("report", "Compare a run with the seed's reconversion figures; print the table and write validation.md into the run.");
        command.Arguments.Add(run);
        command.Options.Add(tolerance);
        command.Options.Add(strict);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var share = parse.GetValue(tolerance);
            if (!double.IsFinite(share) || share < 0)
            {
                Console.Error.WriteLine($"error: --tolerance must be a share ≥ 0 (0.05 = ±5%), got {share.ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.BadInput;
            }

            var directory = parse.GetRequiredValue(run).FullName;
            ValidationReport report;
            string written;
            try
            {
                report = await ValidationReport.LoadAsync(directory, share, cancellationToken);
                written = await report.WriteAsync(directory, cancellationToken);
            }
            catch (RunDirectoryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                Console.Error.WriteLine("Nothing was written.");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: cannot write {ValidationReport.FileName} into {directory}: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("Cancelled: nothing was written.");
                return ExitCodes.Cancelled;
            }

            Print(report, written);
            return parse.GetValue(strict) && !report.AllWithin ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ValidationReport report, string written)
    {
        var table = new Table();
        foreach (var header in report.Headers)
        {
            table.AddColumn(Markup.Escape(header));
        }

        foreach (var index in new[] { 2, 3, 4 })
        {
            table.Columns[index].RightAligned();
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(row.Cells.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(report.Summary);
        foreach (var note in report.Notes)
        {
            AnsiConsole.WriteLine("- " + note);
        }

        if (report.Ppe is { } ppe)
        {
            var items = new Table();
            foreach (var header in report.Headers.Take(5).Append("within ±10%"))
            {
                items.AddColumn(Markup.Escape(header));
            }

            foreach (var row in ppe.Rows)
            {
                items.AddRow(row.Cells.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(items);
            AnsiConsole.WriteLine($"{ppe.WithinCount} of {ppe.Rows.Length} PPE figures within ±10%.");
            AnsiConsole.WriteLine("- " + ppe.Note);
        }

        AnsiConsole.MarkupLineInterpolated($"Written: [bold]{written}[/]");
    }
}
