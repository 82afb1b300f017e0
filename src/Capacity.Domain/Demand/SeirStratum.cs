using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// One age or risk group of the SEIR model. Groups mix proportionately: each person's contacts land on the other
/// groups in proportion to the contacts those groups make, so the force of infection on group k is
/// β · contact_k · susceptibility_k · Σ_j contact_j I_j ÷ Σ_j contact_j N_j.
/// </summary>
/// <param name="Name">Label in the scenario (e.g. <c>60+</c>).</param>
/// <param name="PopulationShare">Share of each OOAD's affiliates in the group; the groups' shares sum to 1.</param>
/// <param name="RelativeContact">Contacts per person relative to the others (1 = average).</param>
/// <param name="RelativeSusceptibility">Chance that a contact with an infectious person infects, relative (1 = average).</param>
/// <param name="HospitalisedShareOfInfections">Share of the group's infections that need a hospital bed.</param>
/// <param name="IcuShareOfHospitalised">Share of the group's hospital patients who need the ICU; null = the scenario's
/// <c>demand.icuShareOfHospitalised</c>.</param>
[GenerateSerializer, Immutable, Alias("capacity.SeirStratum")]
public sealed record SeirStratum(
    string Name,
    double PopulationShare,
    double RelativeContact,
    double RelativeSusceptibility,
    double HospitalisedShareOfInfections,
    double? IcuShareOfHospitalised);
