using Orleans;

namespace Capacity.Domain.Capacity;

/// <summary>COVID bed capacity on day 0, overflow stretchers and the non-COVID care that COVID beds displace.</summary>
/// <param name="CovidBedShare">Share of each hospital's census beds converted to COVID care, by tier.</param>
/// <param name="IcuShareOfCovidBeds">Share of those COVID beds that are ICU beds, by tier.</param>
/// <param name="StretcherShare">
/// Observation stretchers per census bed that take COVID ward patients when a Phase III hospital's ward beds are full
/// (<see cref="Care.Stretchers"/>).
/// </param>
/// <param name="NonCovidOccupancy">
/// Share of each hospital's census beds occupied by non-COVID patients on an average day before COVID, by tier
/// (<see cref="NonCovidDisplacement"/>).
/// </param>
[GenerateSerializer, Immutable, Alias("capacity.CapacitySettings")]
public sealed record CapacitySettings(
    TierShares CovidBedShare,
    TierShares IcuShareOfCovidBeds,
    double StretcherShare,
    TierShares NonCovidOccupancy);
