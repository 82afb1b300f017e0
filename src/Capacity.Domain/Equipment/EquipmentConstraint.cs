using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Equipment;

/// <summary>
/// Holds an OOAD's planned ICU COVID beds to the places its equipment can equip (<see cref="EquipmentRates.Equipped"/>:
/// the binding item decides). A hospital whose planned ICU beds rise today keeps the rise only while the OOAD's
/// planned ICU beds (Σ over its hospitals after today's decision) stay within the places equipped; the ICU beds that
/// do not fit are converted as <b>ward</b> beds instead (a ward bed needs none of the items), so its COVID beds, phase
/// and role are kept. Hospitals are judged in id order, so the result is deterministic. ICU beds that do not rise
/// (removals, ward-only changes) always go through; an OOAD already above its places is never pushed further up.
/// </summary>
/// <remarks>
/// As in <see cref="Staffing.StaffConstraint"/>, a limited hospital's planned state in the policy's memory is set to
/// what was actually sent, so each policy retries by its normal mechanism (the schedule policy re-issues the plan's
/// state daily until it is reached, so ward beds become ICU beds as deliveries arrive). Unlike the staff limit, a
/// hospital whose planned ICU beds rise without an order (the schedule policy moving a reverted plan on) is capped
/// in memory too, so re-activation cannot bypass the limit; only hospitals sent a limited order get events. Blocks the
/// trigger policies recorded today for the hospital move their excess ICU beds to ward beds, newest first.
/// </remarks>
public static class EquipmentConstraint
{
    /// <summary>The decision with what the OOAD's equipment allows, and an <see cref="EventKind.EquipmentLimited"/>
    /// event per hospital sent a limited order (a limited change that would send nothing new is dropped silently:
    /// the hospital's earlier event already said so, and the schedule policy's daily retries do not flood the log).</summary>
    /// <param name="view">What the policy saw (its memory is the state before today's decision).</param>
    /// <param name="decision">The policy's decision (after the staff limit).</param>
    /// <param name="stock">The OOAD's units on hand today.</param>
    /// <param name="perIcuBed">Units each ICU COVID place needs.</param>
    public static (ReconversionDecision Decision, ImmutableArray<SimEvent> Events) Limit(
        ReconversionView view, ReconversionDecision decision, EquipmentUnits stock, EquipmentRates perIcuBed)
    {
        // Planned beds untouched today (most days): no ICU bed rises, nothing to equip.
        if (ReferenceEquals(decision.Memory.Planned, view.Memory.Planned))
        {
            return (decision, []);
        }

        var equipped = perIcuBed.Equipped(stock);
        var before = view.Hospitals.ToDictionary(h => h.HospitalId, h => PlannedOf(view.Memory, h.HospitalId) ?? h.Beds, StringComparer.Ordinal);
        var after = view.Hospitals.ToDictionary(h => h.HospitalId, h => PlannedOf(decision.Memory, h.HospitalId) ?? before[h.HospitalId], StringComparer.Ordinal);
        var rising = view.Hospitals
            .Select(h => h.HospitalId)
            .Where(id => after[id].Icu > before[id].Icu)
            .ToHashSet(StringComparer.Ordinal);
        if (rising.Count == 0)
        {
            return (decision, []);
        }

        // ICU beds of every hospital not rising (at its planned beds after today), then each rising one in id order.
        long held = after.Where(p => !rising.Contains(p.Key)).Sum(p => (long)p.Value.Icu) + rising.Sum(id => (long)before[id].Icu);
        var memory = decision.Memory;
        var changes = decision.Changes.ToList();
        var events = ImmutableArray.CreateBuilder<SimEvent>();
        foreach (var id in rising.Order(StringComparer.Ordinal))
        {
            var room = Math.Max(0, equipped.Places - held);
            var rise = after[id].Icu - before[id].Icu;
            if (rise <= room)
            {
                held += rise;
                continue;
            }

            var cap = before[id].Icu + (int)room;
            held += room;
            var previous = view.Memory.Planned.GetValueOrDefault(id);
            var sent = false;
            for (var k = changes.Count - 1; k >= 0; k--)
            {
                if (changes[k].HospitalId != id || changes[k].Beds.Icu <= cap)
                {
                    continue;
                }

                var capped = changes[k] with { Beds = ToWard(changes[k].Beds, cap) };
                if (previous is not null && new PlannedBeds(capped.Beds, capped.Phase, capped.Role) == previous)
                {
                    // Nothing new to send: the hospital is already planned at what its equipment allows.
                    changes.RemoveAt(k);
                    continue;
                }

                changes[k] = capped;
                sent = true;
            }

            var target = memory.Planned.TryGetValue(id, out var planned) ? planned : null;
            if (target is not null)
            {
                memory = memory with
                {
                    Planned = memory.Planned.SetItem(id, target with { Beds = ToWard(target.Beds, cap) }),
                    Blocks = ReshapeBlocks(view.Memory.Blocks, memory.Blocks, id, after[id].Icu - cap),
                };
            }

            if (sent)
            {
                events.Add(new SimEvent(
                    view.Day,
                    view.OoadCode,
                    EventKind.EquipmentLimited,
                    id,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{cap} of {after[id].Icu} ICU beds equipped, {after[id].Icu - cap} as ward beds; {Code(equipped.Binding)} binds: {equipped.Places} places for the OOAD")));
            }
        }

        var limited = new ReconversionDecision(
            memory,
            [.. changes.OrderBy(c => c.DueDay).ThenBy(c => c.HospitalId, StringComparer.Ordinal)]);
        return (limited, events.ToImmutable());
    }

    /// <summary>The same COVID beds with at most <paramref name="icu"/> ICU beds; the rest become ward beds.</summary>
    public static LevelCounts ToWard(LevelCounts beds, int icu) =>
        beds.Icu <= icu ? beds : new LevelCounts(beds.Ward + beds.Icu - icu, icu);

    private static string Code(EquipmentItem? item) => item is { } i ? EquipmentItems.Code(i) : "none";

    private static LevelCounts? PlannedOf(ReconversionMemory memory, string id) =>
        memory.Planned.TryGetValue(id, out var planned) ? planned.Beds : null;

    /// <summary>Blocks recorded today for the hospital turn <paramref name="excess"/> ICU beds into ward beds, newest first.</summary>
    private static ImmutableArray<ConvertedBlock> ReshapeBlocks(
        ImmutableArray<ConvertedBlock> old, ImmutableArray<ConvertedBlock> now, string id, int excess)
    {
        if (now.Length <= old.Length || excess <= 0)
        {
            return now;
        }

        var blocks = now.ToBuilder();
        for (var k = blocks.Count - 1; k >= old.Length && excess > 0; k--)
        {
            if (blocks[k].HospitalId != id || blocks[k].Beds.Icu == 0)
            {
                continue;
            }

            var moved = Math.Min(excess, blocks[k].Beds.Icu);
            blocks[k] = blocks[k] with { Beds = ToWard(blocks[k].Beds, blocks[k].Beds.Icu - moved) };
            excess -= moved;
        }

        return blocks.ToImmutable();
    }
}
