using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Opening stock of every item, in days of the node's reference use (all COVID beds full).</summary>
[GenerateSerializer, Immutable, Alias("capacity.InitialStock")]
public sealed record InitialStock(double HospitalDays, double RegionalDays, double CentralDays);
