using System.Collections.Immutable;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Care;

/// <summary>
/// The lists a hospital day fills and then copies out (<see cref="HospitalDay.Step"/>), one of each per thread: most
/// hospital-days raise no event and place no order, and a new builder per day cost a builder and an 8-slot array each
/// (~5% of a national year's allocation, issue 9). A step runs start to end on one thread and nothing keeps the builder,
/// only the immutable copy it hands out, so sharing one per thread is safe.
/// </summary>
internal static class StepScratch
{
    [ThreadStatic]
    private static ImmutableArray<SimEvent>.Builder? t_events;

    [ThreadStatic]
    private static ImmutableArray<ReplenishmentOrder>.Builder? t_orders;

    /// <summary>This thread's empty event list.</summary>
    public static ImmutableArray<SimEvent>.Builder Events() => Cleared(t_events ??= ImmutableArray.CreateBuilder<SimEvent>());

    /// <summary>This thread's empty order list.</summary>
    public static ImmutableArray<ReplenishmentOrder>.Builder Orders() => Cleared(t_orders ??= ImmutableArray.CreateBuilder<ReplenishmentOrder>());

    private static ImmutableArray<T>.Builder Cleared<T>(ImmutableArray<T>.Builder builder)
    {
        builder.Clear();
        return builder;
    }
}
