using Capacity.Domain.Care;

namespace Capacity.Results.Tables;

/// <summary>COVID bed and patient-flow columns shared by the hospital, OOAD and national tables.</summary>
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
        TableLayout.Int("discharged_ward"),
        TableLayout.Int("discharged_icu"),
        TableLayout.Int("died_ward"),
        TableLayout.Int("died_icu"),
        TableLayout.Int("turned_away_deaths"),
        TableLayout.Int("census_ward"),
        TableLayout.Int("census_icu"),
    ];

    public static void WriteBeds(IRowSink row, LevelCounts beds) => Pair(row, beds);

    public static void WritePatients(
        IRowSink row,
        LevelCounts arrivals,
        LevelCounts admitted,
        LevelCounts turnedAway,
        LevelCounts discharged,
        LevelCounts died,
        int turnedAwayDeaths,
        LevelCounts census)
    {
        Pair(row, arrivals);
        Pair(row, admitted);
        Pair(row, turnedAway);
        Pair(row, discharged);
        Pair(row, died);
        row.Int(turnedAwayDeaths);
        Pair(row, census);
    }

    private static void Pair(IRowSink row, LevelCounts counts)
    {
        row.Int(counts.Ward);
        row.Int(counts.Icu);
    }
}
