using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>From <paramref name="From"/> on, the basic reproduction number is multiplied by <paramref name="ContactFactor"/>
/// (contact reduction, e.g. the national distancing of 23 Mar 2020), until the next change.</summary>
[GenerateSerializer, Immutable, Alias("capacity.TransmissionChange")]
public sealed record TransmissionChange(DateOnly From, double ContactFactor);
