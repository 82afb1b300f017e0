using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class HospitalCsvTests : IDisposable
{
    private const string Zeros = "0,0,0,0,0,0,";

    /// <summary>The oxygen cells at the end of a hospital row in a run without oxygen.</summary>
    private const string NoOxygen = ",0,0,0,0,0,0,,0,0,0,0,0";

    /// <summary>The ventilator fleet's cells when the fleet is off.</summary>
    private const string NoVentilators = ",0,0,0,0,0,0,0,0";

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Header_lists_reconversion_beds_and_flow_columns_then_seven_columns_per_item_in_item_order()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var header = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_hospital.csv"))[0];

        Assert.Equal(
            "day,date,hospital_id,ooad,type,phase,role,census_beds,covid_ward_beds,covid_icu_beds,non_covid_beds,erc_teams_required,"
            + "non_covid_demand_bed_days,deferred_bed_days,arrivals_ward,arrivals_icu,admitted_ward,admitted_icu,"
            + "turned_away_ward,turned_away_icu,transfers_in_ward,transfers_in_icu,transferred_out_ward,transferred_out_icu,discharged_ward,discharged_icu,died_ward,died_icu,step_ups,step_downs,step_up_blocked,turned_away_deaths,census_ward,census_icu,stretcher_census,"
            + string.Join(",", new[] { "surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield" }.Select(Item))
            + ",erc_teams_on_duty,o2_on_hand_l,o2_on_order_l,o2_received_l,o2_demand_l,o2_consumed_l,o2_shortfall_l,o2_days_of_supply,"
            + "o2_stock_out,admissions_capped_o2,o2_ordered_l,o2_patients_without,o2_excess_deaths"
            + ",ventilators_in_service,ventilators_in_use,ventilators_in_repair,ventilators_received,ventilator_short,ventilators_in_transit,ventilated_census,ventilator_loss_deaths"
            + ","
            + string.Join(",", new[] { "surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield" }.Select(c => "stock_out_" + c)),
            header);
    }

    [Fact]
    public async Task Rows_come_day_by_day_in_hospital_id_order()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var keys = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_hospital.csv")).Skip(1).Select(l => string.Join(",", l.Split(',')[..4]));

        Assert.Equal(
            [
                "0,2020-03-01,h1,aaa", "0,2020-03-01,h2,aaa", "0,2020-03-01,h3,bbb",
                "1,2020-03-02,h1,aaa", "1,2020-03-02,h2,aaa", "1,2020-03-02,h3,bbb",
                "2,2020-03-03,h1,aaa", "2,2020-03-03,h2,aaa", "2,2020-03-03,h3,bbb",
            ],
            keys);
    }

    [Fact]
    public async Task A_row_holds_reconversion_beds_displaced_care_flows_census_stretchers_and_stock_with_four_decimal_days_of_supply_and_empty_cells_without_demand()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_hospital.csv"));

        Assert.Equal(
            "1,2020-03-02,h1,aaa,second_level,phase_2,hybrid,40,10,2,28,4.5,30,2,9,2,8,1,1,1,0,0,0,0,1,0,0,0,0,0,2,1,10,2,0,"
            + "85,50,0,15,15,0,6.8000,"
            + Zeros + "," + Zeros + "," + Zeros + "," + Zeros + "," + Zeros + ",0.0" + NoOxygen + NoVentilators + ",0,0,0,0,0,0",
            lines[4]);
        Assert.Equal(
            "2,2020-03-03,h3,bbb,umae,phase_3,covid_exclusive,50,8,4,38,4.5,40,2,3,1,3,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,6,3,2,"
            + Zeros + ","
            + "16,0,20,20,16,4,1.4545,"
            + Zeros + "," + Zeros + "," + Zeros + "," + Zeros + ",0.0" + NoOxygen + NoVentilators + ",0,1,0,0,0,0",
            lines[9]);
    }

    [Fact]
    public async Task The_file_is_utf8_without_byte_order_mark()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var bytes = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, "daily_hospital.csv"));

        Assert.Equal((byte)'d', bytes[0]);
    }

    private static string Item(string c) =>
        $"on_hand_{c},on_order_{c},received_{c},demand_{c},consumed_{c},shortfall_{c},days_of_supply_{c}";
}
