using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>The running totals of the national ventilator allocation (<see cref="VentilatorDay"/>) between days.</summary>
/// <param name="NationalDelivered">National-batch units delivered so far.</param>
/// <param name="Held">Units of those held back for the central reserve so far.</param>
/// <param name="Reserve">Units in the central reserve now.</param>
[GenerateSerializer, Immutable, Alias("capacity.VentilatorLedger")]
public sealed record VentilatorLedger(long NationalDelivered, long Held, int Reserve);
