using System.Collections.Immutable;

namespace Capacity.Grains.Contracts;

/// <summary>
/// The care phase of one day for an OOAD, with the shipments and the reconversion orders posted to each of its
/// hospitals (hospitals without mail are absent).
/// </summary>
/// <param name="Day">Tick.</param>
/// <param name="Date">Date of the tick.</param>
/// <param name="Mail">Mail by hospital id.</param>
/// <param name="TeamsAvailable">ERC teams the OOAD has today; null = no staff limit.</param>
/// <param name="VentilatorsDelivered">Ventilators the national allocation sends the OOAD today (0 without the fleet).</param>
[GenerateSerializer, Immutable, Alias("capacity.OoadCareDay")]
public sealed record OoadCareDay(int Day, DateOnly Date, ImmutableDictionary<string, HospitalMail> Mail, double? TeamsAvailable = null, int VentilatorsDelivered = 0);
