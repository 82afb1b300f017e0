using Capacity.Domain.Network;
using Capacity.Results.Tests.TestData;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.Tables;

public sealed class RegionCsvTests : IDisposable
{
    private const string FlowHeader =
        "covid_units,exclusive_hospitals,hybrid_hospitals,temporary_units_open,"
        + "covid_ward_beds,covid_icu_beds,non_covid_beds,erc_teams_required,erc_teams_available,non_covid_demand_bed_days,deferred_bed_days,arrivals_ward,arrivals_icu,admitted_ward,admitted_icu,turned_away_ward,turned_away_icu,transfers_in_ward,transfers_in_icu,transferred_out_ward,transferred_out_icu,"
        + "discharged_ward,discharged_icu,died_ward,died_icu,step_ups,step_downs,step_up_blocked,turned_away_deaths,census_ward,census_icu,stretcher_census,transferred_to_other_ooads,transferred_from_other_ooads,occupancy_ward,occupancy_icu,";

    private const string QuietItem = "0,0,0,0,0,,0";
    private const string EquipmentHeader = ",ventilators,monitors,infusion_pumps,oxygen_outlets,crash_carts,icu_places_equipped,equipment_binding";

    /// <summary>No equipment settings: no units, no places, no binding item.</summary>
    private const string NoEquipment = ",0,0,0,0,0,0,";

    /// <summary>The oxygen columns at the end of the region tables, and their cells in a run without oxygen.</summary>
    private const string OxygenHeader = ",o2_on_hand_l,o2_on_order_l,o2_received_l,o2_demand_l,o2_consumed_l,o2_shortfall_l,o2_days_of_supply,o2_stock_out,"
        + "admissions_capped_o2,o2_ordered_l,o2_patients_without,o2_excess_deaths,o2_hospitals_stocked_out,o2_plant_capacity_l,o2_plant_shipped_l,"
        + "o2_plant_backlog_l,o2_plant_in_transit_l";

    private const string NoOxygen = ",0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0";
    private static readonly string[] Codes = ["surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield"];
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Ooad_header_has_the_ooad_key_counts_reconversion_flows_occupancy_and_region_stock_columns()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var header = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv"))[0];

        Assert.Equal("day,date,ooad,hospitals,hospitals_full," + FlowHeader + string.Join(",", Codes.Select(Item)) + EquipmentHeader + ",erc_teams_on_duty" + OxygenHeader + ",ventilators_in_service,ventilators_in_use,ventilators_in_repair,ventilators_received,ventilator_short,ventilators_in_transit,ventilated_census,ventilator_loss_deaths,ventilators_in_reserve", header);
    }

    [Fact]
    public async Task National_header_is_the_ooad_header_without_the_ooad_column()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var header = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_national.csv"))[0];

        Assert.Equal("day,date,hospitals,hospitals_full," + FlowHeader + string.Join(",", Codes.Select(Item)) + EquipmentHeader + ",erc_teams_on_duty" + OxygenHeader + ",ventilators_in_service,ventilators_in_use,ventilators_in_repair,ventilators_received,ventilator_short,ventilators_in_transit,ventilated_census,ventilator_loss_deaths,ventilators_in_reserve", header);
    }

    [Fact]
    public async Task An_ooad_row_sums_its_hospitals_and_its_warehouses()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv"));

        Assert.Equal(7, lines.Length);
        Assert.Equal(
            "1,2020-03-02,aaa,2,1,2,0,2,0,15,2,43,4.5,0.0,44,2,10,2,9,1,1,1,0,0,0,0,2,0,0,0,0,0,2,1,12,2,0,0,0,0.8000,1.0000,"
            + "85,0,15,15,0,6.8000,0,"
            + string.Join(",", Enumerable.Repeat(QuietItem, 5))
            + NoEquipment + ",0.0" + NoOxygen + ",0,0,0,0,0,0,0,0,0",
            lines[3]);
        Assert.StartsWith("1,2020-03-02,bbb,1,1,1,1,0,0,8,4,38,4.5,0.0,40,2,2,3,", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_national_row_sums_every_hospital_and_every_warehouse_including_the_central_one()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_national.csv"));

        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "2,2020-03-03,3,1,3,1,2,0,23,6,81,9.0,0.0,84,4,7,2,4,0,3,2,0,0,0,0,1,0,0,1,1,1,0,2,18,5,2,0,0,0.7826,0.8333,"
            + "0,900,90,85,5,0.0000,1,"
            + "16,0,20,16,4,1.4545,1,"
            + string.Join(",", Enumerable.Repeat(QuietItem, 4))
            + NoEquipment + ",0.0" + NoOxygen + ",0,0,0,0,0,0,0,0,0",
            lines[3]);
    }

    [Fact]
    public async Task Occupancy_is_empty_for_a_region_without_beds()
    {
        var network = new HospitalNetwork(
            "one",
            [new Ooad("aaa", "Alfa", "A", 1), new Ooad("zzz", "Zeta", "Z", 1)],
            [new Hospital("h1", "Uno", "aaa", HospitalType.SecondLevel, 10, "wh")],
            [new Warehouse("central", "C", WarehouseKind.Central, null, null), new Warehouse("wh", "W", WarehouseKind.Ooad, "aaa", "central")]);
        var scenario = ScenarioFactory.Create(network, 1);
        var day = Day(
            scenario,
            0,
            [QuietHospital(0, "h1", "aaa", L(4, 0))],
            [Warehouse(0, "central", WarehouseKind.Central), Warehouse(0, "wh", WarehouseKind.Ooad)]);

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, [day]);

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv"));
        Assert.StartsWith("0,2020-03-01,aaa,1,0,1,0,0,0,4,0,6,4.5,0.0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.0000,,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("0,2020-03-01,zzz,0,0,0,0,0,0,0,0,0,0.0,0.0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,,", lines[2], StringComparison.Ordinal);
    }

    private static string Item(string c) =>
        $"hospital_on_hand_{c},warehouse_on_hand_{c},demand_{c},consumed_{c},shortfall_{c},hospital_days_of_supply_{c},hospitals_stocked_out_{c}";
}
