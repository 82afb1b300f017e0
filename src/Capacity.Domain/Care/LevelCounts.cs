using Orleans;

namespace Capacity.Domain.Care;

/// <summary>A pair of counts, one per care level.</summary>
[GenerateSerializer, Immutable, Alias("capacity.LevelCounts")]
public readonly record struct LevelCounts(int Ward, int Icu)
{
    /// <summary>Ward + ICU.</summary>
    public int Total => Ward + Icu;

    /// <summary>The count for one level.</summary>
    public int this[CareLevel level] => level == CareLevel.Ward ? Ward : Icu;

    public static LevelCounts operator +(LevelCounts a, LevelCounts b) => new(a.Ward + b.Ward, a.Icu + b.Icu);

    public static LevelCounts operator -(LevelCounts a, LevelCounts b) => new(a.Ward - b.Ward, a.Icu - b.Icu);

    /// <summary>Builds a pair from a function of the level.</summary>
    public static LevelCounts From(Func<CareLevel, int> count) => new(count(CareLevel.Ward), count(CareLevel.Icu));
}
