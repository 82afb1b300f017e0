using Capacity.Domain.Care;

namespace Capacity.Results.Tables;

/// <summary>COVID bed, patient-flow and displaced-care columns shared by the hospital, OOAD and national tables.</summary>
internal static class FlowColumns
{
    /// <summary>COVID beds by level.</summary>
    public static IEnumerable<Column> BedColumns { get; } =
    [
        TableLayout.Int("covid_ward_beds"),
        TableLayout.Int("covid_icu_beds"),
    ];

    /// <summary>The day's patient flow and the census at the end of the day.</summary>
    public static IEnumerable<Column> PatientColumns { get; } =
    [
        TableLayout.Int("arrivals_ward"),
        TableLayout.Int("arrivals_icu"),
        TableLayout.Int("admitted_ward"),
        TableLayout.Int("admitted_icu"),
        TableLayout.Int("turned_away_ward"),
        TableLayout.Int("turned_away_icu"),
        TableLayout.Int("transfers_in_ward"),
        TableLayout.Int("transfers_in_icu"),
        TableLayout.Int("transferred_out_ward"),
        TableLayout.Int("transferred_out_icu"),
        TableLayout.Int("discharged_ward"),
        TableLayout.Int("discharged_icu"),
        TableLayout.Int("died_ward"),
        TableLayout.Int("died_icu"),
        TableLayout.Int("step_ups"),
        TableLayout.Int("step_downs"),
        TableLayout.Int("step_up_blocked"),
        TableLayout.Int("turned_away_deaths"),
        TableLayout.Int("census_ward"),
        TableLayout.Int("census_icu"),
        TableLayout.Int("stretcher_census"),
    ];

    /// <summary>Non-COVID care displaced by COVID beds (bed-days), after <c>erc_teams_required</c>.</summary>
    public static IEnumerable<Column> DisplacementColumns { get; } =
    [
        TableLayout.Int("non_covid_demand_bed_days"),
        TableLayout.Int("deferred_bed_days"),
    ];

    public static void WriteBeds(IRowSink row, LevelCounts beds) => Pair(row, beds);

    public static void WritePatients(
        IRowSink row,
        LevelCounts arrivals,
        LevelCounts admitted,
        LevelCounts turnedAway,
        (LevelCounts In, LevelCounts Out) transfers,
        LevelCounts discharged,
        LevelCounts died,
        (int Ups, int Downs, int UpBlocked) steps,
        int turnedAwayDeaths,
        LevelCounts census,
        int stretcherCensus)
    {
        Pair(row, arrivals);
        Pair(row, admitted);
        Pair(row, turnedAway);
        Pair(row, transfers.In);
        Pair(row, transfers.Out);
        Pair(row, discharged);
        Pair(row, died);
        row.Int(steps.Ups);
        row.Int(steps.Downs);
        row.Int(steps.UpBlocked);
        row.Int(turnedAwayDeaths);
        Pair(row, census);
        row.Int(stretcherCensus);
    }

    public static void WriteDisplacement(IRowSink row, int nonCovidDemandBedDays, int deferredBedDays)
    {
        row.Int(nonCovidDemandBedDays);
        row.Int(deferredBedDays);
    }

    private static void Pair(IRowSink row, LevelCounts counts)
    {
        row.Int(counts.Ward);
        row.Int(counts.Icu);
    }
}
