namespace Capacity.Cli.Running;

/// <summary>Timings and memory of one engine over repeated runs of one scenario at one network scale.</summary>
/// <param name="Engine">Engine name as reported (<c>inline</c>, <c>orleans</c>).</param>
/// <param name="Scale">Network scale: 1 for the scenario's own network, N for <c>ScaledScenario.Of(scenario, N)</c>.</param>
/// <param name="Hospitals">Hospitals of the (scaled) network, temporary units included.</param>
/// <param name="Entities">Hospitals + OOADs + warehouses: the entities stepped every day.</param>
/// <param name="Days">Simulated days per run.</param>
/// <param name="WallTimes">Wall time of every timed run (warm-up excluded).</param>
/// <param name="CpuTimes">CPU time the whole process used during each timed run (every thread: the silo's, the
/// collector's). On a shared machine it moves less than wall time, since time other tenants take is not counted.</param>
/// <param name="GcPauses">Time the collector paused the process during each timed run.</param>
/// <param name="AllocatedBytesPerRun">Bytes allocated by the process during the last timed run.</param>
/// <param name="PeakManagedBytes">Highest managed heap sampled during any timed run (<see cref="MemorySampler"/>).</param>
/// <param name="PeakWorkingSetBytes">Highest working set sampled during any timed run.</param>
/// <param name="Digest">SHA-256 of the run's results (<see cref="ResultDigest"/>): equal digests, equal results.</param>
internal sealed record BenchResult(
    string Engine,
    int Scale,
    int Hospitals,
    int Entities,
    int Days,
    IReadOnlyList<TimeSpan> WallTimes,
    IReadOnlyList<TimeSpan> CpuTimes,
    IReadOnlyList<TimeSpan> GcPauses,
    long AllocatedBytesPerRun,
    long PeakManagedBytes,
    long PeakWorkingSetBytes,
    string Digest)
{
    public TimeSpan Best => WallTimes.Min();

    public TimeSpan Median => MedianOf(WallTimes);

    public TimeSpan MedianCpu => MedianOf(CpuTimes);

    public TimeSpan MedianGcPause => MedianOf(GcPauses);

    public double TicksPerSecond => Days / Median.TotalSeconds;

    public double EntityDaysPerSecond => (double)Entities * Days / Median.TotalSeconds;

    private static TimeSpan MedianOf(IReadOnlyList<TimeSpan> times) => times.OrderBy(t => t).ElementAt(times.Count / 2);
}
