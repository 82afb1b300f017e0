using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>One row of an observed-admissions file: an OOAD's new hospital patients per day on a date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Admissions">New COVID hospital patients that day (ward + ICU), ≥ 0.</param>
/// <param name="IcuAdmissions">Of them, patients needing the ICU; null = the scenario's ICU share.</param>
[GenerateSerializer, Immutable, Alias("capacity.ObservedPoint")]
public sealed record ObservedPoint(DateOnly Date, double Admissions, double? IcuAdmissions);
