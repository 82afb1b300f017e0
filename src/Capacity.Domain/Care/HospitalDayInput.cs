using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Care;

/// <summary>
/// What reaches a hospital on one day: the patients its OOAD routed to it, newly posted shipments and newly posted
/// reconversion orders, and the patients transferred to it yesterday (<see cref="Transfers.PatientTransfer"/>), the
/// litres of oxygen its OOAD's plant delivers today (<see cref="Oxygen.OoadOxygen"/>) and, with the ventilator fleet on,
/// the units its OOAD sends today (<see cref="Ventilators.OoadFleet"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalDayInput")]
public readonly record struct HospitalDayInput(int Day, LevelCounts Arrivals, ImmutableArray<Shipment> Shipments, ImmutableArray<ReconversionOrder> Reconversions, LevelCounts TransfersIn = default,
    long OxygenDelivered = 0,
    int VentilatorsReceived = 0,
    int VentilatorsMovedIn = 0,
    int VentilatorsMovedOut = 0);
