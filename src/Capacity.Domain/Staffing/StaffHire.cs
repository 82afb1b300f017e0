using Orleans;

namespace Capacity.Domain.Staffing;

/// <summary>Cumulative ERC teams hired by <paramref name="Date"/>.</summary>
[GenerateSerializer, Immutable, Alias("capacity.StaffHire")]
public sealed record StaffHire(DateOnly Date, double Teams);
