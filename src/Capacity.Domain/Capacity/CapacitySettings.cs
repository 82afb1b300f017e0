using Orleans;

namespace Capacity.Domain.Capacity;

/// <summary>Fixed COVID bed capacity (reconversion phases replace this in a later model).</summary>
/// <param name="CovidBedShare">Share of each hospital's census beds converted to COVID care, by tier.</param>
/// <param name="IcuShareOfCovidBeds">Share of those COVID beds that are ICU beds, by tier.</param>
[GenerateSerializer, Immutable, Alias("capacity.CapacitySettings")]
public sealed record CapacitySettings(TierShares CovidBedShare, TierShares IcuShareOfCovidBeds);
