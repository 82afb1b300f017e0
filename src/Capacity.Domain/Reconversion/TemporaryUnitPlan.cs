using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>When a temporary unit of the network opens (all its census beds become COVID beds) and closes.</summary>
/// <param name="HospitalId">A hospital of type <c>TemporaryUnit</c>.</param>
/// <param name="Opens">First day with patients.</param>
/// <param name="Closes">First day closed again; null = open to the end of the run.</param>
/// <param name="Role">Temporary, Expansion or Convalescence.</param>
/// <param name="IcuShare">Share of its beds for severe/critical patients (ICU level).</param>
[GenerateSerializer, Immutable, Alias("capacity.TemporaryUnitPlan")]
public sealed record TemporaryUnitPlan(string HospitalId, DateOnly Opens, DateOnly? Closes, HospitalRole Role, double IcuShare);
