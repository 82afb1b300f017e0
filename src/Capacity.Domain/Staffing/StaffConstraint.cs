using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Staffing;

/// <summary>
/// Holds back conversions an OOAD cannot staff. A hospital whose orders today raise the ERC teams its planned beds
/// need (<see cref="ErcRequirement"/>) keeps them only while the OOAD's required teams (for the planned beds of all
/// its hospitals after today's decision) stay within its teams on duty; otherwise its orders are reduced to the beds
/// that fit (in 24-bed blocks with hospital rounding, in beds with OOAD rounding), or held. Orders that do not raise
/// the need (removals) always go through.
/// COVID-exclusive conversions are judged first (a reduced one keeps non-COVID beds and becomes hybrid), the rest in id
/// order, so the result is deterministic.
/// </summary>
/// <remarks>
/// A held or reduced hospital's planned state in the policy's memory is set to what was actually sent (held: its
/// state before today), so each policy retries by its normal mechanism: the schedule policy re-issues the changes
/// the planned state has not reached, the forecast trigger converts again while beds fall short, the occupancy
/// trigger after its next trigger. Blocks the trigger policies recorded today for the hospital shrink to the beds
/// sent. Planned beds count even where the schedule policy holds them while reverted, so the check is conservative;
/// and while the OOAD is reverted an order is judged from the beds in service when fewer than planned, because the
/// schedule policy moves planned states without orders then (its reactivation orders would otherwise pass unchecked).
/// </remarks>
public static class StaffConstraint
{
    /// <summary>The decision with what the OOAD's teams allow, and a <see cref="EventKind.StaffLimited"/> event per
    /// hospital held or reduced.</summary>
    /// <param name="view">What the policy saw (its memory is the state before today's decision).</param>
    /// <param name="decision">The policy's decision.</param>
    /// <param name="available">ERC teams the OOAD has on duty today.</param>
    /// <param name="rounding">Where 24-bed blocks are rounded up (<see cref="ErcRequirement"/>): per hospital (a hospital
    /// raises the need when it needs another block) or per OOAD (any added bed raises it).</param>
    public static (ReconversionDecision Decision, ImmutableArray<SimEvent> Events) Limit(
        ReconversionView view, ReconversionDecision decision, double available, TeamRounding rounding = TeamRounding.Hospital)
    {
        // Only ordered hospitals can raise the need: a day without orders (most days) has nothing to limit.
        if (decision.Changes.IsEmpty)
        {
            return (decision, []);
        }

        // Before today: the planned beds. While the OOAD is reverted the schedule policy moves its planned states
        // without orders, so the orders that reactivate them are judged from the beds in service (when fewer).
        var reverted = view.Memory.Reverted;
        var before = view.Hospitals.ToDictionary(
            h => h.HospitalId,
            h => reverted ? Committed(PlannedOf(view.Memory, h.HospitalId), h.Beds) : PlannedOf(view.Memory, h.HospitalId) ?? h.Beds,
            StringComparer.Ordinal);
        var after = view.Hospitals.ToDictionary(h => h.HospitalId, h => PlannedOf(decision.Memory, h.HospitalId) ?? before[h.HospitalId], StringComparer.Ordinal);
        var types = view.Hospitals.ToDictionary(h => h.HospitalId, h => h.Type, StringComparer.Ordinal);
        int Charged(string id, LevelCounts beds) => ErcRequirement.ChargedBeds(types[id], beds, rounding);
        var ordered = decision.Changes.Select(c => c.HospitalId).ToHashSet(StringComparer.Ordinal);
        var adding = view.Hospitals
            .Select(h => h.HospitalId)
            .Where(id => ordered.Contains(id) && Charged(id, after[id]) > Charged(id, before[id]))
            .ToHashSet(StringComparer.Ordinal);
        if (adding.Count == 0)
        {
            return (decision, []);
        }

        // Beds charged to the teams by every hospital not adding (at its planned beds after today), then each adding
        // one, COVID-exclusive conversions first, then in id order. Teams cover whole blocks: ⌊available ÷ shift
        // groups⌋ × 24 beds.
        var charged = after.Where(p => !adding.Contains(p.Key)).Sum(p => (long)Charged(p.Key, p.Value))
            + adding.Sum(id => (long)Charged(id, before[id]));
        var covered = (long)Math.Floor(Math.Max(0, available) / ErcTeams.ShiftGroups) * ErcTeams.BedsPerTeam;
        var memory = decision.Memory;

        // Looked up by hospital, not searched for each one: an OOAD of a 100× network adds hundreds of hospitals a day.
        // Each adding hospital only replaces its own orders, so its orders are the decision's, in their order.
        var ordersOf = decision.Changes.GroupBy(c => c.HospitalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var seenOf = view.Hospitals.ToDictionary(h => h.HospitalId, StringComparer.Ordinal);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var replacements = new List<PlannedReconversion>();
        var events = ImmutableArray.CreateBuilder<SimEvent>();
        bool Exclusive(string id) =>
            (PlannedRole(decision.Memory, id) ?? ordersOf[id][^1].Role) == HospitalRole.CovidExclusive;
        foreach (var id in adding.OrderBy(id => Exclusive(id) ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal))
        {
            var others = charged - Charged(id, before[id]);
            var room = available - ErcRequirement.ForCharged(others);
            double Marginal(LevelCounts beds) => ErcRequirement.ForCharged(others + Charged(id, beds)) - ErcRequirement.ForCharged(others);
            if (ErcRequirement.ForCharged(others + Charged(id, after[id])) <= available)
            {
                charged = others + Charged(id, after[id]);
                continue;
            }

            var own = ordersOf[id];
            var target = memory.Planned.TryGetValue(id, out var planned) ? planned
                : new PlannedBeds(own[^1].Beds, own[^1].Phase, own[^1].Role);
            var fits = (int)Math.Min(target.Beds.Total, Math.Max(0, covered - others));
            replaced.Add(id);
            var seen = seenOf[id];
            var previous = PlannedOf(view.Memory, id) is { } was && was.Total > before[id].Total
                ? new PlannedBeds(seen.Beds, seen.Phase, seen.Role)
                : PlannedState(view.Memory, id, before[id]);
            PlannedBeds sent;
            if (fits <= before[id].Total)
            {
                sent = previous;
                events.Add(Event(view, id, $"held: {Format(target.Beds.Total)} COVID beds need {Format(Marginal(target.Beds))} ERC teams, {Format(room)} available"));
            }
            else
            {
                // A COVID-exclusive hospital short of teams opens fewer COVID beds but keeps its designation: moving its
                // non-COVID services out was decided with the plan (seed 003 L159-169), not by the staff on duty.
                // Only the hospital's earliest change goes out, whole or reduced, with its own due day and phase: folding
                // a later change into it would open that phase early. The rest is retried by the policy.
                var first = own.MinBy(c => c.DueDay)!;
                var beds = first.Beds.Total <= fits ? first.Beds : Reduce(before[id], first.Beds, fits);
                sent = new PlannedBeds(beds, first.Phase, own.Count == 1 ? target.Role : first.Role);
                replacements.Add(new PlannedReconversion(id, first.DueDay, beds, sent.Phase, sent.Role));
                events.Add(Event(view, id, $"reduced: {Format(beds.Total)} of {Format(target.Beds.Total)} COVID beds, {Format(Marginal(beds))} ERC teams of {Format(room)} available"));
            }

            charged = others + Charged(id, sent.Beds);
            memory = memory with
            {
                Planned = memory.Planned.SetItem(id, sent),
                Blocks = TrimBlocks(view.Memory.Blocks, memory.Blocks, id, sent.Beds - before[id]),
            };
        }

        // As removing each replaced hospital's orders and appending its reduced one in turn, then the stable sort.
        var changes = decision.Changes.Where(c => !replaced.Contains(c.HospitalId)).Concat(replacements);
        var limited = new ReconversionDecision(
            memory,
            [.. changes.OrderBy(c => c.DueDay).ThenBy(c => c.HospitalId, StringComparer.Ordinal)]);
        return (limited, events.ToImmutable());
    }

    /// <summary>
    /// <paramref name="fits"/> beds between <paramref name="from"/> and <paramref name="to"/>: each level moves the
    /// same fraction of its way (ICU rounded to nearest, ward takes the rest).
    /// </summary>
    public static LevelCounts Reduce(LevelCounts from, LevelCounts to, int fits)
    {
        var fraction = (fits - from.Total) / (double)(to.Total - from.Total);
        var icu = from.Icu + (int)Math.Round((to.Icu - from.Icu) * fraction, MidpointRounding.AwayFromZero);
        icu = Math.Clamp(icu, Math.Min(from.Icu, to.Icu), Math.Max(from.Icu, to.Icu));
        icu = Math.Min(icu, fits);
        return new LevelCounts(fits - icu, icu);
    }

    private static LevelCounts Committed(LevelCounts? planned, LevelCounts inService) =>
        planned is { } p && p.Total <= inService.Total ? p : inService;

    private static LevelCounts? PlannedOf(ReconversionMemory memory, string id) =>
        memory.Planned.TryGetValue(id, out var planned) ? planned.Beds : null;

    private static HospitalRole? PlannedRole(ReconversionMemory memory, string id) =>
        memory.Planned.TryGetValue(id, out var planned) ? planned.Role : null;

    private static PlannedBeds PlannedState(ReconversionMemory memory, string id, LevelCounts beds) =>
        memory.Planned.TryGetValue(id, out var planned) ? planned : new PlannedBeds(beds, ReconversionPhase.None, beds.Total > 0 ? HospitalRole.Hybrid : HospitalRole.NonCovid);

    /// <summary>Blocks recorded today for the hospital keep only the beds sent, oldest first; empty ones go.</summary>
    private static ImmutableArray<ConvertedBlock> TrimBlocks(
        ImmutableArray<ConvertedBlock> old, ImmutableArray<ConvertedBlock> now, string id, LevelCounts added)
    {
        if (now.Length <= old.Length)
        {
            return now;
        }

        var (ward, icu) = (Math.Max(0, added.Ward), Math.Max(0, added.Icu));
        var kept = now.Take(old.Length).ToList();
        foreach (var block in now.Skip(old.Length))
        {
            if (block.HospitalId != id)
            {
                kept.Add(block);
                continue;
            }

            var beds = new LevelCounts(Math.Min(ward, block.Beds.Ward), Math.Min(icu, block.Beds.Icu));
            (ward, icu) = (ward - beds.Ward, icu - beds.Icu);
            if (beds.Total > 0)
            {
                kept.Add(block with { Beds = beds });
            }
        }

        return [.. kept];
    }

    private static SimEvent Event(ReconversionView view, string hospitalId, string detail) =>
        new(view.Day, view.OoadCode, EventKind.StaffLimited, hospitalId, detail);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
