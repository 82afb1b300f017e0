using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tables;

/// <summary>
/// <c>daily_ooad</c> (one row per day per OOAD) and <c>daily_national</c> (one row per day): the same
/// columns, except that the national table has no <c>ooad</c> column.
/// </summary>
internal static class RegionTable
{
    public static TableLayout OoadLayout { get; } = Build(OutputFileNames.DailyOoad, withOoad: true);

    public static TableLayout NationalLayout { get; } = Build(OutputFileNames.DailyNational, withOoad: false);

    /// <param name="reconversion">The region's reconversion, summed from the same hospitals as <paramref name="region"/>.</param>
    /// <param name="equipment">The region's equipment that day.</param>
    /// <param name="oxygen">The region's hospitals and oxygen plants that day (<see cref="OxygenColumns.WriteRegion"/>).</param>
    /// <param name="ventilators">The region's ventilator fleet that day (<see cref="VentilatorFigures"/>).</param>
    public static void Write(
        IRowSink row,
        DateOnly date,
        RegionDayReport region,
        RegionReconversion reconversion,
        RegionEquipment equipment,
        bool withOoad,
        (IEnumerable<Capacity.Domain.Care.HospitalDayReport> Hospitals, IEnumerable<Capacity.Domain.Oxygen.OxygenPlantReport> Plants) oxygen,
        VentilatorFigures ventilators = default)
    {
        row.Int(region.Day);
        row.Date(date);
        if (withOoad)
        {
            row.Text(region.RegionCode);
        }

        row.Int(region.Hospitals);
        row.Int(region.HospitalsFull);
        reconversion.WriteCounts(row);
        FlowColumns.WriteBeds(row, region.Beds);
        reconversion.WriteBeds(row);
        FlowColumns.WriteDisplacement(row, region.NonCovidDemandBedDays, region.DeferredBedDays);
        FlowColumns.WritePatients(
            row,
            region.Arrivals,
            region.Admitted,
            region.TurnedAway,
            (region.TransfersIn, region.TransferredOut),
            region.Discharged,
            region.Died,
            (region.StepUps, region.StepDowns, region.StepUpBlocked),
            region.TurnedAwayDeaths,
            region.Census,
            region.StretcherCensus);
        row.Int(region.TransferredToOtherOoads);
        row.Int(region.TransferredFromOtherOoads);
        row.Ratio(Occupancy(region.Census.Ward, region.Beds.Ward));
        row.Ratio(Occupancy(region.Census.Icu, region.Beds.Icu));
        foreach (var line in region.Stock)
        {
            row.Long(line.HospitalOnHand);
            row.Long(line.WarehouseOnHand);
            row.Long(line.Demand);
            row.Long(line.Consumed);
            row.Long(line.Shortfall);
            row.Ratio(line.HospitalDaysOfSupply);
            row.Int(line.HospitalsStockedOut);
        }

        equipment.Write(row);
        row.Quantity(reconversion.ErcTeamsOnDuty);
        OxygenColumns.WriteRegion(row, oxygen.Hospitals, oxygen.Plants);
        ventilators.WriteRegion(row);
        row.EndRow();
    }

    /// <summary>Census ÷ beds; null when there are no beds, so a region without beds is not read as 0% full.</summary>
    public static double? Occupancy(int census, int beds) => beds > 0 ? (double)census / beds : null;

    private static TableLayout Build(string fileStem, bool withOoad)
    {
        IEnumerable<Column> key = withOoad
            ? [TableLayout.Int("day"), TableLayout.Date("date"), TableLayout.Text("ooad")]
            : [TableLayout.Int("day"), TableLayout.Date("date")];
        return new TableLayout(
            fileStem,
            [
                .. key,
                TableLayout.Int("hospitals"),
                TableLayout.Int("hospitals_full"),
                .. RegionReconversion.CountColumns,
                .. FlowColumns.BedColumns,
                .. RegionReconversion.BedColumns,
                .. FlowColumns.DisplacementColumns,
                .. FlowColumns.PatientColumns,
                TableLayout.Int("transferred_to_other_ooads"),
                TableLayout.Int("transferred_from_other_ooads"),
                TableLayout.Ratio("occupancy_ward"),
                TableLayout.Ratio("occupancy_icu"),
                .. SupplyItems.All.SelectMany(ItemColumns),
                .. RegionEquipment.Columns,
                TableLayout.Quantity("erc_teams_on_duty"),
                .. OxygenColumns.RegionColumns,
                .. VentilatorFigures.RegionColumns,
            ]);
    }

    private static IEnumerable<Column> ItemColumns(SupplyItem item)
    {
        var code = SupplyItems.Code(item);
        return
        [
            TableLayout.Long("hospital_on_hand_" + code),
            TableLayout.Long("warehouse_on_hand_" + code),
            TableLayout.Long("demand_" + code),
            TableLayout.Long("consumed_" + code),
            TableLayout.Long("shortfall_" + code),
            TableLayout.Ratio("hospital_days_of_supply_" + code),
            TableLayout.Int("hospitals_stocked_out_" + code),
        ];
    }
}
