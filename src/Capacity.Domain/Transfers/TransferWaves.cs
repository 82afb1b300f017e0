using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Transfer waves on the timeline: a wave starts on a day an OOAD's hospitals transfer out at least the threshold of
/// patients, and ends after the quiet days below it; one event each (<see cref="EventKind.TransferWaveStarted"/>,
/// <see cref="EventKind.TransferWaveEnded"/>), on the OOAD.
/// </summary>
public static class TransferWaves
{
    /// <summary>Subject of the wave events.</summary>
    public const string Subject = "patients";

    /// <summary>The waves after today, and today's wave events.</summary>
    /// <param name="waves">Waves in progress, by OOAD code.</param>
    /// <param name="day">Today.</param>
    /// <param name="transfers">Today's transfers.</param>
    /// <param name="settings">Threshold and quiet days.</param>
    public static (ImmutableSortedDictionary<string, TransferWave> Waves, ImmutableArray<SimEvent> Events) Track(
        ImmutableSortedDictionary<string, TransferWave> waves, int day, IEnumerable<PatientTransfer> transfers, TransferSettings settings)
    {
        var today = transfers
            .GroupBy(t => t.FromOoad, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (Patients: (long)g.Sum(t => t.Patients.Total), Out: (long)g.Where(t => t.BetweenOoads).Sum(t => t.Patients.Total)),
                StringComparer.Ordinal);
        var next = waves;
        var events = ImmutableArray.CreateBuilder<SimEvent>();
        foreach (var code in waves.Keys.Union(today.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (patients, outside) = today.GetValueOrDefault(code);
            var busy = patients >= settings.WaveThreshold;
            if (!waves.TryGetValue(code, out var wave))
            {
                if (busy)
                {
                    next = next.SetItem(code, new TransferWave(day, patients, outside, 0, day));
                    events.Add(new SimEvent(day, code, EventKind.TransferWaveStarted, Subject, Text($"{patients} patients transferred out today, {outside} to other OOADs")));
                }

                continue;
            }

            wave = wave with { Patients = wave.Patients + patients, ToOtherOoads = wave.ToOtherOoads + outside, QuietDays = busy ? 0 : wave.QuietDays + 1, LastBusyDay = busy ? day : wave.LastBusyDay };
            if (wave.QuietDays >= settings.WaveQuietDays)
            {
                next = next.Remove(code);
                events.Add(new SimEvent(day, code, EventKind.TransferWaveEnded, Subject, Text(
                    $"{wave.Patients} patients transferred out since day {wave.StartDay} (busy days {wave.StartDay}-{wave.LastBusyDay}), {wave.ToOtherOoads} to other OOADs")));
            }
            else
            {
                next = next.SetItem(code, wave);
            }
        }

        return (next, events.ToImmutable());
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
