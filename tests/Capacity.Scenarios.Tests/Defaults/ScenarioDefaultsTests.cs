using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Scenarios.BuiltIn;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Defaults;

public class ScenarioDefaultsTests
{
    [Fact]
    public void Minimal_scenario_gets_every_default()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal).Scenario;

        var expected = new Scenario(
            "test", "", 1, new DateOnly(2020, 3, 1), 30, "builtin:imss-2020-mini", BuiltInNetworks.Find("imss-2020-mini")!,
            ScenarioDefaults.Demand, ScenarioDefaults.Care, ScenarioDefaults.Capacity, ScenarioDefaults.Supply, ScenarioDefaults.Outputs,
            ScenarioDefaults.Reconversion);
        ScenarioAssert.Same(expected, scenario);
        Assert.Same(BuiltInNetworks.Find("imss-2020-mini"), scenario.Network);
    }

    [Fact]
    public void Partly_written_section_keeps_the_defaults_of_the_other_fields()
    {
        var yaml = ScenarioText.MinimalWith("care:\n  ward: { meanStayDays: 6 }\nsupply:\n  items:\n    gown: { icuPerPatientDay: 3 }\n");

        var scenario = ScenarioText.Load(yaml).Scenario;

        Assert.Equal(new CareSettings(ScenarioDefaults.Ward with { MeanStayDays = 6 }, ScenarioDefaults.Icu, 60, 0.01, 0.5), scenario.Care);
        Assert.Equal(ScenarioDefaults.Item(SupplyItem.Gown) with { IcuPerPatientDay = 3 }, scenario.Supply[SupplyItem.Gown]);
        Assert.Equal(ScenarioDefaults.Item(SupplyItem.N95Respirator), scenario.Supply[SupplyItem.N95Respirator]);
    }

    [Fact]
    public void Items_hold_one_entry_per_supply_item_in_enum_order()
    {
        var yaml = ScenarioText.MinimalWith("supply:\n  items:\n    face_shield: { perAdmission: 1 }\n    surgical_mask: { perAdmission: 1 }\n");

        var items = ScenarioText.Load(yaml).Scenario.Supply.Items;

        Assert.Equal(SupplyItems.All, items.Select(i => i.Item));
    }

    [Fact]
    public void Regions_are_sorted_by_code_with_ordinal_comparison()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  regions:\n    yuc: { multiplier: 0.5 }\n    ags: { peakShiftDays: -7 }\n");

        var regions = ScenarioText.Load(yaml).Scenario.Demand.Regions;

        Assert.Equal(["ags", "yuc"], regions.Keys);
        Assert.Same(StringComparer.Ordinal, regions.KeyComparer);
        Assert.Equal((1.0, -7), (regions["ags"].Multiplier, regions["ags"].PeakShiftDays));
    }

    [Fact]
    public void Outputs_keep_the_written_order()
    {
        var scenario = ScenarioText.Load(ScenarioText.MinimalWith("outputs:\n  formats: [parquet, csv]\n")).Scenario;

        Assert.Equal([OutputFormat.Parquet, OutputFormat.Csv], scenario.Outputs);
    }

    [Fact]
    public void Item_defaults_follow_Table_I1_and_Table_I2_over_112_days()
    {
        Assert.Equal(
            [
                new ItemSettings(SupplyItem.SurgicalMask, 5, 2.5, 0, 73_238),
                new ItemSettings(SupplyItem.N95Respirator, 3, 2.1, 0, 53_487),
                new ItemSettings(SupplyItem.GlovePair, 10.8, 6.8, 0, 190_393),
                new ItemSettings(SupplyItem.Gown, 5, 2.5, 0, 8_229),
                new ItemSettings(SupplyItem.Goggles, 0, 0, 0.9, 7_584),
                new ItemSettings(SupplyItem.FaceShield, 0, 0, 0.6, 17_569),
            ],
            ScenarioDefaults.Items);
    }

    [Fact]
    public void Default_waves_peak_on_1_June_2020_with_all_demand()
    {
        Assert.Equal([new Domain.Demand.Wave(new DateOnly(2020, 6, 1), 28, 1)], ScenarioDefaults.Waves);
    }
}
