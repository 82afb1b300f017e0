using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Results.Tests.TestData;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.Summary;

public sealed class SummaryTests : IDisposable
{
    private static readonly string ExpectedSmallSummary =
        """
        # Capacity run: small-test

        Two OOADs, three hospitals | hand-built

        ## Scenario

        - **Scenario:** `small-test`
        - **Seed:** 42
        - **Dates:** 2020-03-01 to 2020-03-03 (3 days)
        - **Network:** `small` from `test:small`: 2 OOADs, 3 hospitals, 2 warehouses
        - **COVID beds (day 0):** 23 ward, 6 ICU

        ## Key figures

        | Indicator | Value |
        | --- | ---: |
        | Patients arriving | 34 |
        | Admitted (ward / ICU) | 21 / 6 |
        | Turned away (ward / ICU) | 4 / 3 |
        | Turned-away share | 20.59 % |
        | First patient turned away | 2020-03-02 |
        | Deaths in care | 1 |
        | Deaths among turned-away patients | 3 |
        | Peak ward census | 18 on 2020-03-03 |
        | Peak ICU census | 6 on 2020-03-02 |
        | Peak ward occupancy | 78.26 % |
        | Peak ICU occupancy | 100.00 % |
        | Hospital-days at capacity | 3 |
        | Peak patients on observation stretchers | 2 on 2020-03-03 |
        | Non-COVID demand (bed-days) | 252 |
        | Deferred non-COVID care (bed-days) | 12 |
        | Deferred non-COVID admissions (bed-days ÷ 5.24-day stay) | 2 |
        | Hospital stock-out days (hospital × item × day) | 3 |
        | Shortfall, `surgical_mask` (units) | 5 |
        | Shortfall, `n95` (units) | 7 |
        | Shortfall, `glove_pair` (units) | 0 |
        | Shortfall, `gown` (units) | 0 |
        | Shortfall, `goggles` (units) | 0 |
        | Shortfall, `face_shield` (units) | 0 |

        ## Top 10 OOADs by turned-away patients

        | # | OOAD | Name | Ward | ICU | Total |
        | ---: | --- | --- | ---: | ---: | ---: |
        | 1 | `aaa` | Alfa | 4 | 2 | 6 |
        | 2 | `bbb` | Beta | 0 | 1 | 1 |

        ## Top 10 OOADs by hospital stock-out days

        | # | OOAD | Name | Stock-out days |
        | ---: | --- | --- | ---: |
        | 1 | `bbb` | Beta | 2 |
        | 2 | `aaa` | Alfa | 1 |

        A stock-out day is one hospital, one item, one day with demand left unmet.

        ## Events

        | Kind | Count |
        | --- | ---: |
        | capacity_reached | 3 |
        | capacity_relieved | 1 |
        | stock_out_started | 3 |
        | stock_out_ended | 0 |
        | reconverted | 0 |
        | unit_opened | 0 |
        | unit_closed | 0 |
        | staff_limited | 0 |
        | equipment_limited | 0 |
        | transfer_wave_started | 0 |
        | transfer_wave_ended | 0 |
        | ventilator_shortage_started | 0 |
        | ventilator_shortage_ended | 0 |
        | oxygen_stock_out_started | 0 |
        | oxygen_stock_out_ended | 0 |
        | oxygen_safety_alarm | 0 |
        | **total** | 7 |

        ### All events

        | Date | Entity | Kind | Subject | Detail |
        | --- | --- | --- | --- | --- |
        | 2020-03-02 | `h1` | capacity_reached | icu | census 2 of 2 beds |
        | 2020-03-02 | `h1` | capacity_reached | ward | census 10 of 10 beds |
        | 2020-03-02 | `h3` | capacity_reached | icu | census 4 of 4 beds |
        | 2020-03-02 | `h3` | stock_out_started | n95 | short 3, of 9 "needed" |
        | 2020-03-03 | `h1` | stock_out_started | surgical_mask | short 5 |
        | 2020-03-03 | `h3` | capacity_relieved | icu | census 3 of 4 beds |
        | 2020-03-03 | `h3` | stock_out_started | n95 | short 4 |
        """.ReplaceLineEndings("\n") + "\n";

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Top_ooads_by_turned_away_patients_are_the_ten_largest_with_ties_broken_by_code()
    {
        int[] turnedAway = [1, 5, 3, 5, 0, 2, 7, 3, 1, 4, 1, 6];
        var (scenario, day) = OneHospitalPerOoad(turnedAway, new int[12]);

        var summary = await SummaryOfAsync(scenario, day);

        Assert.Equal(
            ["o07", "o12", "o02", "o04", "o10", "o03", "o08", "o06", "o01", "o09"],
            RankedCodes(summary, "## Top 10 OOADs by turned-away patients"));
    }

    [Fact]
    public async Task Top_ooads_by_stock_out_days_count_hospital_item_days_with_ties_broken_by_code()
    {
        int[] stockOutItems = [2, 0, 2, 0, 6, 0, 0, 0, 0, 0, 0, 1];
        var (scenario, day) = OneHospitalPerOoad(new int[12], stockOutItems);

        var summary = await SummaryOfAsync(scenario, day);

        Assert.Equal(["o05", "o01", "o03", "o12"], RankedCodes(summary, "## Top 10 OOADs by hospital stock-out days"));
        Assert.Contains("| 1 | `o05` | OOAD o05 | 6 |", summary, StringComparison.Ordinal);
        Assert.Contains("No patient was turned away.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_shows_counts_by_kind_and_only_the_first_thirty_events()
    {
        var (scenario, day) = OneHospitalPerOoad(new int[12], new int[12]);
        var events = Enumerable.Range(0, 35).Select(i => new SimEvent(0, $"h{i:00}", EventKind.StockOutStarted, "n95", $"event {i}"));

        var summary = await SummaryOfAsync(scenario, day with { Events = [.. events] });

        Assert.Contains("| stock_out_started | 35 |", summary, StringComparison.Ordinal);
        Assert.Contains("| capacity_reached | 0 |", summary, StringComparison.Ordinal);
        Assert.Contains("### First 30 of 35 events (all in `events.csv`)", summary, StringComparison.Ordinal);
        Assert.Contains("event 29 |", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("event 30 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_of_the_small_run_reads_as_expected()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var summary = await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "summary.md"));

        Assert.Equal(ExpectedSmallSummary, summary);
    }

    private async Task<string> SummaryOfAsync(Scenario scenario, DayResult day)
    {
        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, [day]);
        return await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "summary.md"));
    }

    private static string[] RankedCodes(string summary, string heading)
    {
        var lines = summary.Split('\n');
        return
        [
            .. lines.SkipWhile(l => l != heading)
                .Skip(4)
                .TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
                .Select(l => l.Split('|')[2].Trim().Trim('`')),
        ];
    }

    /// <summary>OOADs o01…o12, each with hospital hNN; the arrays give each hospital's turned-away ward patients and stocked-out items.</summary>
    private static (Scenario Scenario, DayResult Day) OneHospitalPerOoad(int[] turnedAway, int[] stockOutItems)
    {
        var codes = Enumerable.Range(1, turnedAway.Length).Select(i => $"o{i:00}").ToArray();
        var network = new HospitalNetwork(
            "twelve",
            [.. codes.Select(c => new Ooad(c, $"OOAD {c}", "State", 1_000))],
            [.. codes.Select((c, i) => new Hospital($"h{i + 1:00}", $"Hospital {i + 1}", c, HospitalType.SecondLevel, 10, "wh"))],
            [new Warehouse("central", "Central", WarehouseKind.Central, null, null), new Warehouse("wh", "W", WarehouseKind.Ooad, "o01", "central")]);
        var scenario = ScenarioFactory.Create(network, 1);
        var hospitals = codes.Select((c, i) => Hospital(
            0,
            $"h{i + 1:00}",
            c,
            L(10, 2),
            L(turnedAway[i], 0),
            default,
            L(turnedAway[i], 0),
            default,
            default,
            0,
            default,
            [.. SupplyItems.All.Take(stockOutItems[i]).Select(item => HStock(item, 0, 0, 0, 2, 1, 1, 2))]));
        var day = Day(scenario, 0, hospitals, [Warehouse(0, "central", WarehouseKind.Central), Warehouse(0, "wh", WarehouseKind.Ooad)]);
        return (scenario, day);
    }
}
