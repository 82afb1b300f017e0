using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Tests.Transfers;

public sealed class TransferWavesTests
{
    private static readonly TransferSettings Settings = TransferSettings.Disabled with { WaveThreshold = 5, WaveQuietDays = 2 };

    [Fact]
    public void A_wave_starts_on_the_first_day_an_ooad_transfers_out_the_threshold_and_ends_after_its_quiet_days()
    {
        var waves = ImmutableSortedDictionary.Create<string, TransferWave>(StringComparer.Ordinal);
        var timeline = new List<SimEvent>();
        int[] outPerDay = [4, 5, 7, 1, 0, 0, 6];
        for (var day = 0; day < outPerDay.Length; day++)
        {
            (waves, var events) = TransferWaves.Track(waves, day, Moves(day, outPerDay[day]), Settings);
            timeline.AddRange(events);
        }

        Assert.Equal(
            [(1, EventKind.TransferWaveStarted), (4, EventKind.TransferWaveEnded), (6, EventKind.TransferWaveStarted)],
            timeline.Select(e => (e.Day, e.Kind)));
        Assert.All(timeline, e => Assert.Equal(("o01", TransferWaves.Subject), (e.EntityId, e.Subject)));
        Assert.Equal("13 patients transferred out since day 1 (busy days 1-2), 5 to other OOADs", timeline[1].Detail);
        Assert.True(waves.ContainsKey("o01"));
    }

    [Fact]
    public void Days_below_the_threshold_start_no_wave()
    {
        var (waves, events) = TransferWaves.Track(ImmutableSortedDictionary.Create<string, TransferWave>(StringComparer.Ordinal), 0, Moves(0, 4), Settings);

        Assert.Empty(events);
        Assert.Empty(waves);
    }

    /// <summary>Half the patients (rounded down) to another OOAD, the rest within o01.</summary>
    private static PatientTransfer[] Moves(int day, int patients) =>
    [
        new(day, "o01-a", "o01", "o02-a", "o02", new LevelCounts(patients / 2, 0)),
        new(day, "o01-a", "o01", "o01-b", "o01", new LevelCounts(patients - (patients / 2), 0)),
    ];
}
