using System.CommandLine;
using Capacity.Results.Comparison;
using Capacity.Results.Validation;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity compare</c>: KPIs of run directories side by side with deltas against the first.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var runs = new Argument<DirectoryInfo[]>("runs") { Description = "Two or more run directories; deltas are against the first.", Arity = new ArgumentArity(2, 100) };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Markdown file to write (default compare.md); the CSV goes next to it (compare.csv)." };
        var command = new Command("compare", "Compare the KPIs of run directories; print the table and write compare.md and compare.csv.");
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

            var (md, csv) = await ComparisonWriter.WriteAsync(table, parse.GetValue(output)?.FullName ?? "compare.md", cancellationToken);
            Console.Out.Write(ComparisonWriter.Markdown(table));
            AnsiConsole.MarkupLineInterpolated($"Written: [bold]{md}[/], [bold]{csv}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
