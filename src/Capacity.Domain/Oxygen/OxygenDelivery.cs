using Orleans;

namespace Capacity.Domain.Oxygen;

/// <summary>A truck drop on its way from an OOAD's plant to one of its hospitals.</summary>
/// <param name="HospitalId">The hospital.</param>
/// <param name="DueDay">Day it is delivered (booked before that day's admissions).</param>
/// <param name="Litres">Litres of gas.</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenDelivery")]
public sealed record OxygenDelivery(string HospitalId, int DueDay, long Litres);
