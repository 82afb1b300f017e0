using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>What an OOAD knows about one hospital's fleet: its last report (end of yesterday).</summary>
/// <param name="IcuBeds">ICU COVID beds.</param>
/// <param name="InService">Units that work (idle or in use).</param>
/// <param name="InRepair">Units in repair.</param>
/// <param name="VentilatedCensus">Ventilated patients.</param>
/// <param name="Short">Patients refused for lack of a ventilator that day.</param>
[GenerateSerializer, Immutable, Alias("capacity.FleetView")]
public sealed record FleetView(int IcuBeds, int InService, int InRepair, int VentilatedCensus, int Short)
{
    /// <summary>Units the hospital should hold: one per ventilated patient and refused patient, and at least the
    /// ventilated share of its ICU beds (rounded up).</summary>
    public int Target(double ventilatedShare) =>
        Math.Max(VentilatedCensus + Short, (int)Math.Ceiling(IcuBeds * (decimal)Math.Clamp(ventilatedShare, 0, 1)));

    /// <summary>Idle units beyond <see cref="Target"/> (the OOAD may move them).</summary>
    public int Spare(double ventilatedShare) => Math.Max(0, InService - Target(ventilatedShare));

    /// <summary>Patients who need a unit now and have none: ventilated patients without one and refused patients.</summary>
    public int Gap => Math.Max(0, VentilatedCensus + Short - InService);
}
