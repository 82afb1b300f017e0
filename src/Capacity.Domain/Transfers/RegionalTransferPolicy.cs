using System.Collections.Immutable;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>
/// The <c>within-ooad</c> and <c>neighbours</c> policies. A hospital can spare the COVID beds of a level that were
/// free at the end of its day beyond a reserve (⌈reserve share × beds⌉) kept for its own arrivals; patients it could
/// not place (new arrivals with no bed or stretcher) are offered to the other hospitals of the OOAD first
/// (<see cref="BedRegulator"/>), and with <c>neighbours</c> what is left goes to hospitals of the neighbouring OOADs.
/// Patients who arrived by transfer and still found no bed are not moved again.
/// </summary>
public sealed class RegionalTransferPolicy : ITransferPolicy
{
    private readonly TransferSettings _settings;
    private readonly bool _acrossOoads;

    /// <summary>A policy that moves patients within OOADs, and between neighbouring OOADs when <paramref name="acrossOoads"/>.</summary>
    public RegionalTransferPolicy(TransferSettings settings, bool acrossOoads)
    {
        _settings = settings;
        _acrossOoads = acrossOoads;
    }

    /// <inheritdoc />
    public OoadTransfers Within(int day, string ooadCode, IReadOnlyList<HospitalDayReport> reports)
    {
        var requests = reports
            .Where(r => r.TransferCandidates.Total > 0)
            .Select(r => new TransferNeed(r.HospitalId, ooadCode, r.TransferCandidates))
            .ToArray();
        var offers = Offers(ooadCode, reports);
        var moves = BedRegulator.WithinOoad(day, requests, offers);
        if (!_acrossOoads)
        {
            return new OoadTransfers(ooadCode, moves, [], []);
        }

        var sent = Totals(moves, m => m.FromHospital);
        var received = Totals(moves, m => m.ToHospital);
        return new OoadTransfers(
            ooadCode,
            moves,
            [.. Remaining(requests, sent)],
            [.. Remaining(offers, received)]);
    }

    /// <inheritdoc />
    public ImmutableArray<PatientTransfer> Between(int day, IReadOnlyList<OoadTransfers> ooads)
    {
        if (!_acrossOoads)
        {
            return [];
        }

        var requests = ooads.SelectMany(o => o.Requests).ToArray();
        var offers = ooads.SelectMany(o => o.Offers).ToArray();
        var neighbours = ooads.ToDictionary(
            o => o.OoadCode,
            o => _settings.NeighboursOf(o.OoadCode).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return BedRegulator.BetweenOoads(day, requests, offers, (from, to) => neighbours[from].Contains(to));
    }

    /// <summary>Beds of each level free at the end of the day beyond the reserve.</summary>
    public LevelCounts Spare(HospitalDayReport report) =>
        new(Spare(report.Beds.Ward, report.Census.Ward), Spare(report.Beds.Icu, report.Census.Icu));

    private int Spare(int beds, int census) => Math.Max(0, beds - census - Reserve(beds));

    // A loop, and a need only for hospitals with beds to spare: this runs for every hospital every day.
    private TransferNeed[] Offers(string ooadCode, IReadOnlyList<HospitalDayReport> reports)
    {
        var offers = new List<TransferNeed>();
        foreach (var report in reports)
        {
            if (Spare(report) is { Total: > 0 } spare)
            {
                offers.Add(new TransferNeed(report.HospitalId, ooadCode, spare));
            }
        }

        return [.. offers];
    }

    private int Reserve(int beds) => (int)Math.Ceiling(_settings.ReserveShare * beds);

    private static Dictionary<string, LevelCounts> Totals(ImmutableArray<PatientTransfer> moves, Func<PatientTransfer, string> key)
    {
        var totals = new Dictionary<string, LevelCounts>(StringComparer.Ordinal);
        foreach (var move in moves)
        {
            totals[key(move)] = totals.GetValueOrDefault(key(move)) + move.Patients;
        }

        return totals;
    }

    private static IEnumerable<TransferNeed> Remaining(IEnumerable<TransferNeed> needs, Dictionary<string, LevelCounts> used) =>
        needs
            .Select(n => n with { Beds = n.Beds - used.GetValueOrDefault(n.HospitalId) })
            .Where(n => n.Beds.Total > 0);
}
