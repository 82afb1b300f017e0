using System.Diagnostics;

namespace Capacity.Cli.Running;

/// <summary>
/// The peak memory of the process while a benchmark run goes: a background loop samples the managed heap
/// (<see cref="GC.GetTotalMemory(bool)"/>, without forcing a collection, so garbage not yet collected counts, as it
/// does for the machine) and the working set (<see cref="Process.WorkingSet64"/> after a refresh) every
/// <see cref="Interval"/>, and once more at the start and at the stop.
/// </summary>
/// <remarks>
/// Sampling, not <see cref="Process.PeakWorkingSet64"/>: that is the peak since the process started, so after the
/// 100× run every smaller run would report it too. 50 ms is short against a run (a national year takes seconds) and
/// a sample costs microseconds, so the loop neither misses a sustained peak nor slows the run it measures.
/// </remarks>
internal sealed class MemorySampler
{
    /// <summary>Time between two samples.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _stop = new();
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Task _loop;
    private long _peakManagedBytes;
    private long _peakWorkingSetBytes;

    private MemorySampler()
    {
        Sample();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Starts sampling now.</summary>
    public static MemorySampler Start() => new();

    /// <summary>Stops the loop, takes a last sample and returns the peaks in bytes.</summary>
    public async Task<(long ManagedHeapBytes, long WorkingSetBytes)> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Sample();
        _stop.Dispose();
        _process.Dispose();
        return (_peakManagedBytes, _peakWorkingSetBytes);
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: StopAsync takes the last sample.
        }
    }

    // Only one thread samples at a time: the constructor before the loop starts, the loop, StopAsync after it ended.
    private void Sample()
    {
        _peakManagedBytes = Math.Max(_peakManagedBytes, GC.GetTotalMemory(forceFullCollection: false));
        _process.Refresh();
        _peakWorkingSetBytes = Math.Max(_peakWorkingSetBytes, _process.WorkingSet64);
    }
}
