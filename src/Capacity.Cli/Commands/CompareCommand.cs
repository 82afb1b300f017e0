using System.CommandLine;
using Capacity.Results.Comparison;
using Capacity.Results.Validation;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity compare</c>: KPIs of run directories side by side with deltas against the first, and charts of the difference.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var runs = new Argument<DirectoryInfo[]>("runs") { Description = "Two or more run directories; deltas are against the first.", Arity = new ArgumentArity(2, 100) };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Markdown file to write (default compare.md); the CSV goes next to it (compare.csv)." };
        var command = new Command("compare", "Compare the KPIs of run directories; print the table and write compare.md, compare.csv and difference charts (compare_diff_<run>.png/.svg).");
        command.Arguments.Add(runs);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            ComparisonTable table;
            try
            {
                table = await ComparisonTable.LoadAsync([.. parse.GetRequiredValue(runs).Select(d => d.FullName)], cancellationToken);
            }
            catch (RunDirectoryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                Console.Error.WriteLine("Nothing was written.");
                return ExitCodes.BadInput;
            }

            var directories = parse.GetRequiredValue(runs).Select(d => d.FullName).ToArray();
            var (md, csv) = await ComparisonWriter.WriteAsync(table, parse.GetValue(output)?.FullName ?? "compare.md", cancellationToken);
            var (charts, skipped) = await ComparisonPlots.WriteAsync(directories, md, cancellationToken);
            Console.Out.Write(ComparisonWriter.Markdown(table));
            AnsiConsole.MarkupLineInterpolated($"Written: [bold]{md}[/], [bold]{csv}[/]");
            foreach (var chart in charts)
            {
                AnsiConsole.MarkupLineInterpolated($"Chart: [bold]{chart}[/]");
            }

            foreach (var reason in skipped)
            {
                Console.Error.WriteLine($"note: no difference chart {reason}.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
