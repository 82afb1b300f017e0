using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Days between shipping and arrival on each leg of the network.</summary>
[GenerateSerializer, Immutable, Alias("capacity.LeadTimes")]
public sealed record LeadTimes(int SupplierToCentral, int CentralToRegional, int RegionalToHospital);
