namespace Capacity.Domain.Random;

/// <summary>
/// A small counter-based generator: SplitMix64 seeded by a hash of (run seed, entity, tick, stream).
/// Every draw depends only on those four values and on how many draws came before it in the same
/// stream, so the order in which entities are stepped, the silo they live on and the number of silos
/// cannot change a result.
/// </summary>
public struct CounterRng
{
    private ulong _state;

    private CounterRng(ulong state)
    {
        _state = state;
    }

    /// <summary>The generator for one entity, one tick and one stream.</summary>
    public static CounterRng For(long runSeed, string entityId, int tick, RngStream stream)
    {
        var h = Mix((ulong)runSeed ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ StableHash(entityId));
        h = Mix(h ^ (ulong)(uint)tick);
        h = Mix(h ^ ((ulong)stream << 32));
        return new CounterRng(h);
    }

    /// <summary>Next 64 random bits (SplitMix64).</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform double in (0, 1): safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    public static ulong StableHash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
