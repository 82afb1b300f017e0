using System.Collections.Immutable;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>
/// What an OOAD grain needs to open itself and its hospitals on day 0, with the part of the reconversion plan (and
/// its reversion floor) that concerns its hospitals, its equipment (null = no equipment limit) and its oxygen plant
/// (null = oxygen not modelled).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadOpening")]
public sealed record OoadOpening(
    string RunId,
    ModelParameters Parameters,
    Ooad Ooad,
    ImmutableArray<HospitalOpening> Hospitals,
    ImmutableArray<PlannedChange> Plan,
    ImmutableArray<PlannedChange> Floor,
    OoadEquipment? Equipment = null,
    OxygenPlant? Oxygen = null);
