using System.Collections.Immutable;

namespace Capacity.Domain.Oxygen;

/// <summary>Takes the deaths of patients without oxygen out of a level's cohorts.</summary>
public static class OxygenDeaths
{
    /// <summary>
    /// Removes up to <paramref name="deaths"/> patients, longest stay first (a deterministic choice: the cohorts carry no
    /// oxygen state of their own); returns the cohorts and the deaths left for another group (e.g. the stretchers).
    /// </summary>
    public static (ImmutableArray<int> Cohorts, int Left) Remove(ImmutableArray<int> cohorts, int deaths)
    {
        if (deaths <= 0)
        {
            return (cohorts, 0);
        }

        var next = cohorts.ToBuilder();
        for (var i = next.Count - 1; i >= 0 && deaths > 0; i--)
        {
            var taken = Math.Min(next[i], deaths);
            next[i] -= taken;
            deaths -= taken;
        }

        return (next.MoveToImmutable(), deaths);
    }
}
