namespace Capacity.Results.Validation;

/// <summary>A figure of the seeds that a run is checked against.</summary>
/// <param name="Name">What is counted, as the report shows it.</param>
/// <param name="Reference">Where the seed gives it, e.g. <c>003 L1984-1987</c> (seed 003, lines 1984 to 1987).</param>
/// <param name="Value">The seed's value.</param>
public sealed record SeedFigure(string Name, string Reference, int Value);
