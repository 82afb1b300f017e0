using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.Scaling;

/// <summary>
/// Synthetic networks N times the size of a given one with the same proportions (issue 9: 10× and 100× the national
/// network, to measure how the engines scale). The OOADs stay the same 35 (codes, names, states) with N times their
/// affiliates; every hospital and every non-central warehouse gets N − 1 replicas; the central warehouse stays single.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A replica of hospital <c>h</c> is <c>h-r02</c> … <c>h-rNN</c>, padded to the width of N (at least two digits:
/// <c>-r02</c> … <c>-r10</c> for 10, <c>-r002</c> … <c>-r100</c> for 100) so that ordinal order is numeric order.</item>
/// <item>It keeps the original's OOAD, type and census beds, so every tier of every OOAD has exactly N times the
/// hospitals and beds, and it is supplied by the replica with the same number of its original's warehouse: each
/// replica "copy" of the supply chain serves the same hospitals as the original.</item>
/// <item>Warehouse replicas keep kind and OOAD and order from the central warehouse, which now serves N times as many.</item>
/// <item>Names are synthetic (<see cref="ReplicaNames"/>, Bogus es_MX with a fixed private seed), so the same input and
/// N always give an equal network.</item>
/// </list>
/// Built networks are cached per input instance and factor: the 100× network has 36,500 hospitals and the bench and
/// tests ask for it more than once.
/// </remarks>
public static class ScaledNetwork
{
    // Keyed by the input instance (built-in networks are cached singletons), so a cached network never outlives it.
    private static readonly ConditionalWeakTable<HospitalNetwork, ConcurrentDictionary<int, Lazy<HospitalNetwork>>> Cache = new();

    /// <summary>
    /// The network <paramref name="factor"/> times the size of <paramref name="national"/>; <paramref name="national"/>
    /// itself for factor 1. Named <c>&lt;name&gt;-x&lt;factor&gt;</c> (e.g. <c>imss-2020-x10</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="national"/> has structural problems, or its ids would clash with
    /// replica ids.</exception>
    public static HospitalNetwork Of(HospitalNetwork national, int factor)
    {
        ArgumentNullException.ThrowIfNull(national);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (factor == 1)
        {
            return national;
        }

        var byFactor = Cache.GetValue(national, _ => new ConcurrentDictionary<int, Lazy<HospitalNetwork>>());
        return byFactor.GetOrAdd(
            factor,
            f => new Lazy<HospitalNetwork>(() => Build(national, f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// The id of replica <paramref name="replica"/> (2 … <paramref name="factor"/>) of <paramref name="id"/>:
    /// <c>id-rNN</c>, zero-padded to the digits of <paramref name="factor"/> (at least 2).
    /// </summary>
    public static string ReplicaId(string id, int replica, int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replica, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replica, factor);
        var width = Math.Max(2, factor.ToString(CultureInfo.InvariantCulture).Length);
        return string.Create(CultureInfo.InvariantCulture, $"{id}-r{replica.ToString("D" + width, CultureInfo.InvariantCulture)}");
    }

    /// <summary>The ids of the replicas of <paramref name="id"/>, replica 2 first (none for factor 1).</summary>
    public static IEnumerable<string> ReplicaIds(string id, int factor)
    {
        for (var replica = 2; replica <= factor; replica++)
        {
            yield return ReplicaId(id, replica, factor);
        }
    }

    /// <summary>Builds the scaled network without the cache (tests compare two builds).</summary>
    internal static HospitalNetwork Build(HospitalNetwork national, int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 2);
        if (national.Problems() is { IsEmpty: false } problems)
        {
            throw new ArgumentException($"Network '{national.Name}' cannot be scaled: {string.Join("; ", problems)}.", nameof(national));
        }

        var central = national.CentralWarehouseId;
        var faker = new ReplicaNames(national);
        var ooads = national.Ooads
            .Select(o => o with { Affiliates = checked(o.Affiliates * factor) })
            .ToImmutableArray();

        var hospitals = new List<Hospital>(national.Hospitals.Length * factor);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var original in national.Hospitals)
        {
            hospitals.Add(original);
            for (var replica = 2; replica <= factor; replica++)
            {
                var copy = original with
                {
                    Id = ReplicaId(original.Id, replica, factor),
                    Name = faker.Hospital(original),
                    WarehouseId = ReplicaId(original.WarehouseId, replica, factor),
                };
                hospitals.Add(copy);
                names[copy.Id] = copy.Name;
            }
        }

        // A UMAE warehouse is named after the UMAE it supplies (docs/network.md): its replica after that UMAE's replica.
        var firstSupplied = national.Hospitals
            .GroupBy(h => h.WarehouseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

        var warehouses = new List<Warehouse>(national.Warehouses.Length * factor);
        foreach (var original in national.Warehouses)
        {
            warehouses.Add(original);
            if (original.Kind == WarehouseKind.Central)
            {
                continue;
            }

            for (var replica = 2; replica <= factor; replica++)
            {
                warehouses.Add(original with
                {
                    Id = ReplicaId(original.Id, replica, factor),
                    Name = faker.Warehouse(
                        original,
                        firstSupplied.TryGetValue(original.Id, out var supplied) ? names[ReplicaId(supplied, replica, factor)] : null),
                    UpstreamId = central,
                });
            }
        }

        var scaled = new HospitalNetwork(
            string.Create(CultureInfo.InvariantCulture, $"{national.Name}-x{factor}"),
            ooads,
            [.. hospitals.OrderBy(h => h.Id, StringComparer.Ordinal)],
            [.. warehouses.OrderBy(w => w.Id, StringComparer.Ordinal)]);

        // An input id that already ends like a replica id (e.g. "x-r02" next to "x") would collide: say so plainly.
        if (scaled.Problems() is { IsEmpty: false } clashes)
        {
            throw new ArgumentException(
                $"Network '{national.Name}' cannot be scaled ×{factor}: {string.Join("; ", clashes.Take(3))}.", nameof(national));
        }

        return scaled;
    }
}
