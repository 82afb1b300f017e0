using BenchmarkDotNet.Attributes;
using Capacity.Domain.Care;
using Capacity.Domain.Transfers;

namespace Capacity.Benchmarks;

/// <summary>
/// Cost of the national transfer match on a busy day of the 2020 replay: a few OOADs full, their neighbours with spare
/// beds (the replay's peak is about 150 patients moved a day, from up to a dozen hospitals).
/// </summary>
[MemoryDiagnoser]
public class TransferBenchmarks
{
    private TransferNeed[] _requests = [];
    private TransferNeed[] _offers = [];

    [GlobalSetup]
    public void SetUp()
    {
        _requests = [.. Enumerable.Range(0, 12).Select(i => new TransferNeed($"o{i % 4:D2}-h{i:D2}", $"o{i % 4:D2}", new LevelCounts(8, 5)))];
        _offers = [.. Enumerable.Range(0, 60).Select(j => new TransferNeed($"o{4 + (j % 8):D2}-h{j:D2}", $"o{4 + (j % 8):D2}", new LevelCounts(3 + (j % 5), j % 3)))];
    }

    // The general form (an eligibility test per request and offer): tests and custom policies use it.
    [Benchmark(Description = "BedRegulator.Assign, 12 requests x 60 offers, 156 patients")]
    public int Assign() =>
        BedRegulator.Assign(100, _requests, _offers, (from, to) => Math.Abs(from.OoadCode[^1] - to.OoadCode[^1]) <= 4).Length;

    // What the neighbours policy runs nationally: the same match, the candidates worked out once per sending OOAD.
    [Benchmark(Description = "BedRegulator.BetweenOoads, same day")]
    public int BetweenOoads() =>
        BedRegulator.BetweenOoads(100, _requests, _offers, (from, to) => Math.Abs(from[^1] - to[^1]) <= 4).Length;
}
