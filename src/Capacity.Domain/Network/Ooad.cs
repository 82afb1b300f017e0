using Orleans;

namespace Capacity.Domain.Network;

/// <summary>
/// An Órgano de Operación Administrativa Desconcentrada: the regional office that owns a set of hospitals.
/// </summary>
/// <param name="Code">Short stable id used in grain keys, files and scenario overrides (e.g. <c>jal</c>).</param>
/// <param name="Name">Official name, e.g. "Ciudad de México Norte".</param>
/// <param name="State">The federal entity the OOAD lies in.</param>
/// <param name="Affiliates">Beneficiaries assigned to a family doctor: the demand denominator.</param>
[GenerateSerializer, Immutable, Alias("capacity.Ooad")]
public sealed record Ooad(string Code, string Name, string State, long Affiliates);
