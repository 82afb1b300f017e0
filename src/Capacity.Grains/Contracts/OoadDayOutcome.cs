using System.Collections.Immutable;

namespace Capacity.Grains.Contracts;

/// <summary>The care phase of one day for an OOAD: the outcome of each of its hospitals, in id order.</summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadDayOutcome")]
public sealed record OoadDayOutcome(ImmutableArray<HospitalDayOutcome> Hospitals);
