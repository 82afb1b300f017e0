using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>Writes charts as <c>&lt;stem&gt;.png</c> and <c>&lt;stem&gt;.svg</c> under a directory, creating sub-directories.</summary>
internal static class PlotWriter
{
    /// <summary>The plot directory of a run or an ensemble.</summary>
    public const string Directory = "plots";

    /// <summary>
    /// Renders the charts concurrently (each is independent, so the bytes do not depend on the order), then writes them
    /// in order; returns the written paths relative to <paramref name="directory"/>, with <c>/</c>.
    /// </summary>
    public static async Task<ImmutableArray<string>> WriteAsync(string directory, IEnumerable<Chart> charts, CancellationToken cancellationToken)
    {
        var all = charts.ToArray();
        var rendered = new (byte[] Png, byte[] Svg)[all.Length];
        Parallel.For(
            0,
            all.Length,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => rendered[i] = ChartRenderer.Render(all[i]));
        var written = ImmutableArray.CreateBuilder<string>(all.Length * 2);
        for (var i = 0; i < all.Length; i++)
        {
            var stem = Path.Combine(directory, all[i].FileStem.Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
            await File.WriteAllBytesAsync(stem + ".png", rendered[i].Png, cancellationToken);
            await File.WriteAllBytesAsync(stem + ".svg", rendered[i].Svg, cancellationToken);
            written.Add(all[i].FileStem + ".png");
            written.Add(all[i].FileStem + ".svg");
        }

        return written.MoveToImmutable();
    }
}
