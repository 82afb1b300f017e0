namespace Capacity.Results.Validation;

/// <summary>Which run a report is about, as its <c>manifest.json</c> says.</summary>
/// <param name="ScenarioName">Scenario name.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Start">Date of day 0.</param>
/// <param name="Days">Simulated days.</param>
/// <param name="ScenarioSha256">Digest of the effective scenario.</param>
public sealed record RunIdentity(string ScenarioName, long Seed, DateOnly Start, int Days, string ScenarioSha256)
{
    /// <summary>The last simulated date.</summary>
    public DateOnly End => Start.AddDays(Days - 1);

    /// <summary>Whether <paramref name="date"/> is one of the simulated days.</summary>
    public bool Covers(DateOnly date) => Days > 0 && date >= Start && date <= End;
}
