using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Benchmarks;

/// <summary>Ordering a warehouse's daily mail: 64 orders from different hospitals in random arrival order.</summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private Inbox<ReplenishmentOrder> _inbox = Inbox<ReplenishmentOrder>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new System.Random(42);
        var orders = Enumerable.Range(0, 64)
            .Select(i => new ReplenishmentOrder($"h-{random.Next(1000):D4}", "wh", (SupplyItem)(i % 6), 100 + i, 3, 3 + (i % 3), i))
            .ToImmutableArray();
        _inbox = Inbox<ReplenishmentOrder>.Empty.With(orders);
    }

    [Benchmark(Description = "Inbox.TakeDue (64 messages)")]
    public int TakeDue() => _inbox.TakeDue(4).Due.Length;
}
