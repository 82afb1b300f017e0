using Capacity.Domain.Care;
using Capacity.Domain.Ventilators;

namespace Capacity.Results.Tables;

/// <summary>
/// The ventilator fleet's cells of a daily row (<see cref="HospitalVentilators"/>, summed over a region's hospitals);
/// zeros when the fleet is off. Appended at the end of <c>daily_hospital</c>, <c>daily_ooad</c> and <c>daily_national</c>.
/// </summary>
/// <param name="InService">Units that work (idle or in use).</param>
/// <param name="InUse">Units on a patient.</param>
/// <param name="InRepair">Units in repair.</param>
/// <param name="Received">Units delivered today.</param>
/// <param name="Short">ICU patients refused today for lack of a ventilator.</param>
/// <param name="InTransit">Units moved between hospitals that arrive tomorrow.</param>
/// <param name="VentilatedCensus">Ventilated ICU patients.</param>
/// <param name="LossDeaths">Deaths of patients left without a unit.</param>
/// <param name="Reserve">Units in the national reserve (national row only; 0 elsewhere).</param>
internal readonly record struct VentilatorFigures(
    int InService, int InUse, int InRepair, int Received, int Short, int InTransit, int VentilatedCensus, int LossDeaths, int Reserve)
{
    private static readonly string[] Names =
    [
        "ventilators_in_service", "ventilators_in_use", "ventilators_in_repair", "ventilators_received", "ventilator_short",
        "ventilators_in_transit", "ventilated_census", "ventilator_loss_deaths",
    ];

    /// <summary>The columns of <c>daily_hospital</c>.</summary>
    public static IEnumerable<Column> HospitalColumns { get; } = [.. Names.Select(TableLayout.Int)];

    /// <summary>The columns of <c>daily_ooad</c> and <c>daily_national</c>: the hospital columns and the reserve.</summary>
    public static IEnumerable<Column> RegionColumns { get; } = [.. HospitalColumns, TableLayout.Int("ventilators_in_reserve")];

    /// <summary>Units held: in service + in repair + in transit.</summary>
    public int Held => InService + InRepair + InTransit;

    /// <summary>One hospital's figures (zeros without a fleet).</summary>
    public static VentilatorFigures Of(HospitalDayReport hospital) => hospital.Ventilators is { } v
        ? new(v.InService, v.InUse, v.InRepair, v.Received, v.Short, v.InTransit, v.VentilatedCensus, v.LossDeaths, 0)
        : default;

    /// <summary>The sum over hospitals, with the reserve.</summary>
    public static VentilatorFigures Sum(IEnumerable<HospitalDayReport> hospitals, int reserve = 0)
    {
        var sum = new VentilatorFigures(0, 0, 0, 0, 0, 0, 0, 0, reserve);
        foreach (var hospital in hospitals)
        {
            var h = Of(hospital);
            sum = sum with
            {
                InService = sum.InService + h.InService,
                InUse = sum.InUse + h.InUse,
                InRepair = sum.InRepair + h.InRepair,
                Received = sum.Received + h.Received,
                Short = sum.Short + h.Short,
                InTransit = sum.InTransit + h.InTransit,
                VentilatedCensus = sum.VentilatedCensus + h.VentilatedCensus,
                LossDeaths = sum.LossDeaths + h.LossDeaths,
            };
        }

        return sum;
    }

    /// <summary>The hospital cells, in <see cref="HospitalColumns"/> order.</summary>
    public void WriteHospital(IRowSink row)
    {
        row.Int(InService);
        row.Int(InUse);
        row.Int(InRepair);
        row.Int(Received);
        row.Int(Short);
        row.Int(InTransit);
        row.Int(VentilatedCensus);
        row.Int(LossDeaths);
    }

    /// <summary>The region cells, in <see cref="RegionColumns"/> order.</summary>
    public void WriteRegion(IRowSink row)
    {
        WriteHospital(row);
        row.Int(Reserve);
    }
}
