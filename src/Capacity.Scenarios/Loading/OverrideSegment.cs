namespace Capacity.Scenarios.Loading;

/// <summary>One step of an override path: a mapping key, or a sequence index when <see cref="Key"/> is null.</summary>
internal readonly record struct OverrideSegment(string? Key, int Index)
{
    /// <summary>True for a <c>[i]</c> step.</summary>
    public bool IsIndex => Key is null;

    /// <summary>The step as written in a path.</summary>
    public override string ToString() => Key ?? $"[{Index}]";
}
