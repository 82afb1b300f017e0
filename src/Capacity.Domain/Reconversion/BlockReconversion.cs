using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// Converting and reverting blocks of beds, the rules the trigger policies share: a block goes to the eligible
/// hospital with the most census beds not yet planned as COVID beds (ties: lowest id), blocks are reverted last in,
/// first out, and every order carries the hospital's whole planned state.
/// </summary>
internal static class BlockReconversion
{
    /// <summary>UMAE, second-level and IMSS-BIENESTAR hospitals can convert beds; temporary units are all-COVID already.</summary>
    public static bool IsEligible(HospitalSnapshot h) =>
        h.Type is HospitalType.Umae or HospitalType.SecondLevel or HospitalType.RuralBienestar;

    /// <summary>The planned state of a hospital: the last decision sent, else what it reports.</summary>
    public static PlannedBeds PlannedOf(HospitalSnapshot h, ReconversionMemory memory) =>
        memory.Planned.TryGetValue(h.HospitalId, out var planned) ? planned : new PlannedBeds(h.Beds, h.Phase, h.Role);

    /// <summary>Σ planned COVID beds of the OOAD's hospitals.</summary>
    public static LevelCounts PlannedTotal(ReconversionView view, ReconversionMemory memory) =>
        view.Hospitals.Aggregate(default(LevelCounts), (sum, h) => sum + PlannedOf(h, memory).Beds);

    /// <summary>A decision is pending while a hospital reports other beds than planned for it.</summary>
    public static bool AnyPending(ReconversionView view) =>
        view.Hospitals.Any(h => view.Memory.Planned.TryGetValue(h.HospitalId, out var planned) && planned.Beds != h.Beds);

    /// <summary>
    /// One more block of at most <paramref name="blockBeds"/> beds (fewer when the hospital has fewer left), a
    /// <paramref name="icuShare"/> of them ICU beds, from <paramref name="dueDay"/>; null when every eligible
    /// hospital is converted to its census beds.
    /// </summary>
    public static (ReconversionMemory Memory, PlannedReconversion Change)? Convert(
        ReconversionView view, ReconversionMemory memory, int blockBeds, double icuShare, int dueDay)
    {
        HospitalSnapshot? best = null;
        var bestRoom = 0;
        foreach (var h in view.Hospitals.Where(IsEligible))
        {
            var room = h.CensusBeds - PlannedOf(h, memory).Beds.Total;
            if (room > bestRoom || (room == bestRoom && best is not null && string.CompareOrdinal(h.HospitalId, best.HospitalId) < 0))
            {
                (best, bestRoom) = (h, room);
            }
        }

        if (best is null)
        {
            return null;
        }

        var size = Math.Min(blockBeds, bestRoom);
        var block = SchedulePlan.Split(size, icuShare);
        var current = PlannedOf(best, memory);

        // A hospital whose census beds are all COVID beds is a Hospital COVID (seed 003 L159-169).
        var role = bestRoom == size ? HospitalRole.CovidExclusive : HospitalRole.Hybrid;
        var state = new PlannedBeds(current.Beds + block, ReconversionPhase.PhaseIII, role);
        var next = memory with
        {
            Planned = memory.Planned.SetItem(best.HospitalId, state),
            Blocks = memory.Blocks.Add(new ConvertedBlock(best.HospitalId, block)),
        };
        return (next, Order(best.HospitalId, dueDay, state));
    }

    /// <summary>
    /// Hands back the last block converted (there must be one) from <paramref name="dueDay"/>: a COVID-exclusive
    /// hospital becomes hybrid, one left without COVID beds non-COVID.
    /// </summary>
    public static (ReconversionMemory Memory, PlannedReconversion Change) Revert(ReconversionView view, ReconversionMemory memory, int dueDay)
    {
        var block = memory.Blocks[^1];
        var hospital = view.Hospitals.FirstOrDefault(h => h.HospitalId == block.HospitalId)
            ?? throw new InvalidOperationException($"OOAD '{view.OoadCode}' converted a block in '{block.HospitalId}', which it does not report.");
        var current = PlannedOf(hospital, memory);
        var left = current.Beds - block.Beds;
        var beds = new LevelCounts(Math.Max(0, left.Ward), Math.Max(0, left.Icu));
        var role = beds.Total == 0 ? HospitalRole.NonCovid
            : current.Role == HospitalRole.CovidExclusive ? HospitalRole.Hybrid
            : current.Role;
        var state = new PlannedBeds(beds, ReconversionPhase.Reverted, role);
        var next = memory with
        {
            Planned = memory.Planned.SetItem(block.HospitalId, state),
            Blocks = memory.Blocks.RemoveAt(memory.Blocks.Length - 1),
        };
        return (next, Order(block.HospitalId, dueDay, state));
    }

    private static PlannedReconversion Order(string hospitalId, int dueDay, PlannedBeds state) =>
        new(hospitalId, dueDay, state.Beds, state.Phase, state.Role);
}
