using System.Collections.Immutable;
using System.Globalization;

namespace Capacity.Results.Plots;

/// <summary>
/// Dated x-axis ticks, independent of the culture and of ScottPlot's automatic date ticks: month starts labelled
/// <c>Apr 2020</c> (every second or third month on long runs), or for runs of under ~3 months every 7 days labelled
/// <c>2020-04-08</c>. Positions are day indices from the chart's start.
/// </summary>
internal static class DateTicks
{
    private const int MaxMonthLabels = 13;

    public static ImmutableArray<(double Day, string Label)> For(DateOnly start, int days)
    {
        var last = start.AddDays(Math.Max(days - 1, 0));
        var months = new List<DateOnly>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= last; m = m.AddMonths(1))
        {
            if (m >= start)
            {
                months.Add(m);
            }
        }

        if (months.Count < 3)
        {
            var step = days > 56 ? 14 : 7;
            return [.. Enumerable.Range(0, (days + step - 1) / step)
                .Select(i => ((double)(i * step), start.AddDays(i * step).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))];
        }

        var every = (months.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        return [.. months.Where((_, i) => i % every == 0)
            .Select(m => ((double)(m.DayNumber - start.DayNumber), m.ToString("MMM yyyy", CultureInfo.InvariantCulture)))];
    }
}
