using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Burn rates and procurement of one item.</summary>
/// <param name="Item">The item.</param>
/// <param name="WardPerPatientDay">Units used per ward patient-day.</param>
/// <param name="IcuPerPatientDay">Units used per ICU patient-day.</param>
/// <param name="PerAdmission">Units used once per admitted patient (eye protection is issued per stay).</param>
/// <param name="SupplierDailyCapacity">Units the suppliers can deliver to the central warehouse per day.</param>
/// <param name="PerTeamDay">Units used per ERC team on duty per day, on top of the patient rates (Table I.1's per-stay
/// rates already include the staff who treat the patient; default 0).</param>
/// <param name="UnitPrice">Price per unit in MXN for the procurement cost; 0 = not priced (the seeds give no EPP prices).</param>
[GenerateSerializer, Immutable, Alias("capacity.ItemSettings")]
public sealed record ItemSettings(
    SupplyItem Item,
    double WardPerPatientDay,
    double IcuPerPatientDay,
    double PerAdmission,
    long SupplierDailyCapacity,
    double PerTeamDay = 0,
    double UnitPrice = 0);
