using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>Writes charts as <c>&lt;stem&gt;.png</c> and <c>&lt;stem&gt;.svg</c> under a directory, creating sub-directories.</summary>
internal static class PlotWriter
{
    /// <summary>The plot directory of a run or an ensemble.</summary>
    public const string Directory = "plots";

    /// <summary>Writes every chart; returns the written paths relative to <paramref name="directory"/>, with <c>/</c>.</summary>
    public static async Task<ImmutableArray<string>> WriteAsync(string directory, IEnumerable<Chart> charts, CancellationToken cancellationToken)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var chart in charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (png, svg) = ChartRenderer.Render(chart);
            var stem = Path.Combine(directory, chart.FileStem.Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
            await File.WriteAllBytesAsync(stem + ".png", png, cancellationToken);
            await File.WriteAllBytesAsync(stem + ".svg", svg, cancellationToken);
            written.Add(chart.FileStem + ".png");
            written.Add(chart.FileStem + ".svg");
        }

        return written.ToImmutable();
    }
}
