using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// Observed daily admissions per OOAD: each point gives the admissions per day on its date; days between two points
/// are interpolated linearly (so weekly data gives a daily curve), days before the first or after the last point have
/// none.
/// </summary>
/// <param name="File">The file as the scenario names it.</param>
/// <param name="Sha256">Lowercase SHA-256 of the file's bytes (the scenario's effective YAML records it).</param>
/// <param name="ByOoad">Points of each OOAD, in date order.</param>
[GenerateSerializer, Immutable, Alias("capacity.ObservedDemand")]
public sealed record ObservedDemand(string File, string Sha256, ImmutableSortedDictionary<string, ImmutableArray<ObservedPoint>> ByOoad)
{
    /// <summary>Expected admissions of an OOAD on a date, and the ICU share (null where the file gives no ICU counts).</summary>
    public (double Admissions, double? IcuShare) On(string ooadCode, DateOnly date)
    {
        if (!ByOoad.TryGetValue(ooadCode, out var points) || points.IsEmpty || date < points[0].Date || date > points[^1].Date)
        {
            return (0, null);
        }

        var k = 0;
        while (points[k].Date < date)
        {
            k++;
        }

        if (points[k].Date == date)
        {
            return (points[k].Admissions, Share(points[k].IcuAdmissions, points[k].Admissions));
        }

        var (before, after) = (points[k - 1], points[k]);
        var t = (date.DayNumber - before.Date.DayNumber) / (double)(after.Date.DayNumber - before.Date.DayNumber);
        var admissions = before.Admissions + (t * (after.Admissions - before.Admissions));
        var icu = before.IcuAdmissions is { } a && after.IcuAdmissions is { } b ? a + (t * (b - a)) : (double?)null;
        return (admissions, Share(icu, admissions));
    }

    private static double? Share(double? icu, double admissions) =>
        icu is { } count ? (admissions > 0 ? Math.Clamp(count / admissions, 0, 1) : 0) : null;
}
