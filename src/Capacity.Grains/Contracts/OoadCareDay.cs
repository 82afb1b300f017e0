using System.Collections.Immutable;

namespace Capacity.Grains.Contracts;

/// <summary>
/// The care phase of one day for an OOAD, with the shipments and the reconversion orders posted to each of its
/// hospitals (hospitals without mail are absent).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadCareDay")]
public sealed record OoadCareDay(int Day, DateOnly Date, ImmutableDictionary<string, HospitalMail> Mail);
