using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tables;

/// <summary><c>daily_hospital</c>: one row per day per hospital.</summary>
internal static class HospitalTable
{
    public static TableLayout Layout { get; } = new(
        OutputFileNames.DailyHospital,
        [
            TableLayout.Int("day"),
            TableLayout.Date("date"),
            TableLayout.Text("hospital_id"),
            TableLayout.Text("ooad"),
            TableLayout.Text("type"),
            TableLayout.Text("phase"),
            TableLayout.Text("role"),
            TableLayout.Int("census_beds"),
            .. FlowColumns.BedColumns,
            TableLayout.Int("non_covid_beds"),
            TableLayout.Quantity("erc_teams_required"),
            .. FlowColumns.DisplacementColumns,
            .. FlowColumns.PatientColumns,
            .. SupplyItems.All.SelectMany(ItemColumns),
            TableLayout.Quantity("erc_teams_on_duty"),
            .. OxygenColumns.HospitalColumns,
            .. VentilatorFigures.HospitalColumns,
            .. SupplyItems.All.Select(item => TableLayout.Int("stock_out_" + SupplyItems.Code(item))),
        ]);

    /// <param name="network">The hospital as the scenario's network describes it (type, census beds).</param>
    /// <param name="erc">ERC teams its COVID beds require and its part of the OOAD's teams on duty (<see cref="StaffFigures"/>).</param>
    public static void Write(IRowSink row, DateOnly date, HospitalDayReport hospital, Hospital network, (double Required, double OnDuty) erc)
    {
        row.Int(hospital.Day);
        row.Date(date);
        row.Text(hospital.HospitalId);
        row.Text(hospital.OoadCode);
        row.Text(HospitalBeds.TypeCode(network.Type));
        row.Text(ReconversionCodes.Phase(hospital.Phase));
        row.Text(ReconversionCodes.Role(hospital.Role));
        row.Int(network.CensusBeds);
        FlowColumns.WriteBeds(row, hospital.Beds);
        row.Int(HospitalBeds.NonCovid(network, hospital.Beds));
        row.Quantity(erc.Required);
        FlowColumns.WriteDisplacement(row, hospital.NonCovidDemandBedDays, hospital.DeferredBedDays);
        FlowColumns.WritePatients(
            row,
            hospital.Arrivals,
            hospital.Admitted,
            hospital.TurnedAway,
            (hospital.TransfersIn, hospital.TransferredOut),
            hospital.Discharged,
            hospital.Died,
            (hospital.StepUps, hospital.StepDowns, hospital.StepUpBlocked),
            hospital.TurnedAwayDeaths,
            hospital.Census,
            hospital.StretcherCensus);
        foreach (var line in hospital.Stock)
        {
            row.Long(line.OnHand);
            row.Long(line.OnOrder);
            row.Long(line.Received);
            row.Long(line.Demand);
            row.Long(line.Consumed);
            row.Long(line.Shortfall);
            row.Ratio(line.DaysOfSupply);
        }

        row.Quantity(erc.OnDuty);
        OxygenColumns.WriteHospital(row, hospital.Oxygen);
        VentilatorFigures.Of(hospital).WriteHospital(row);
        foreach (var line in hospital.Stock)
        {
            row.Int(line.StockOut ? 1 : 0);
        }

        row.EndRow();
    }

    private static IEnumerable<Column> ItemColumns(SupplyItem item)
    {
        var code = SupplyItems.Code(item);
        return
        [
            TableLayout.Long("on_hand_" + code),
            TableLayout.Long("on_order_" + code),
            TableLayout.Long("received_" + code),
            TableLayout.Long("demand_" + code),
            TableLayout.Long("consumed_" + code),
            TableLayout.Long("shortfall_" + code),
            TableLayout.Ratio("days_of_supply_" + code),
        ];
    }
}
