namespace Capacity.Cli.Running;

/// <summary>Timings of one engine over repeated runs of the same scenario.</summary>
internal sealed record BenchResult(
    string Engine,
    int Entities,
    int Days,
    IReadOnlyList<TimeSpan> WallTimes,
    long AllocatedBytesPerRun,
    string Digest)
{
    public TimeSpan Best => WallTimes.Min();

    public TimeSpan Median => WallTimes.OrderBy(t => t).ElementAt(WallTimes.Count / 2);

    public double TicksPerSecond => Days / Median.TotalSeconds;

    public double EntityDaysPerSecond => (double)Entities * Days / Median.TotalSeconds;
}
