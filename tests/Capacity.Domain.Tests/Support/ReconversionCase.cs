using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Tests.Support;

/// <summary>A reconversion decision for the constraint tests (staff and equipment limits).</summary>
public static class ReconversionCase
{
    /// <summary>
    /// One OOAD (o01) whose policy moves each hospital from its first beds to its second (Phase III, COVID-exclusive), all
    /// due on day 3; hospitals in id order, as an OOAD holds them.
    /// </summary>
    public static (ReconversionView View, ReconversionDecision Decision) Build(
        DateOnly date, IEnumerable<(string Id, LevelCounts Before, LevelCounts After)> hospitals)
    {
        var list = hospitals.OrderBy(h => h.Id, StringComparer.Ordinal).ToArray();
        var snapshots = list.Select(h => TestScenarios.Snapshot(h.Id, h.Before)).ToImmutableArray();
        var memory = ReconversionMemory.Empty with
        {
            Planned = list.ToImmutableSortedDictionary(h => h.Id, h => new PlannedBeds(h.Before, ReconversionPhase.None, HospitalRole.Hybrid), StringComparer.Ordinal),
        };
        var changes = list.Where(h => h.After != h.Before)
            .Select(h => new PlannedReconversion(h.Id, 3, h.After, ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive))
            .ToImmutableArray();
        var next = memory with
        {
            Planned = changes.Aggregate(memory.Planned, (p, c) => p.SetItem(c.HospitalId, new PlannedBeds(c.Beds, c.Phase, c.Role))),
        };
        return (new ReconversionView("o01", 0, date, snapshots, memory), new ReconversionDecision(next, changes));
    }
}
