using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// Turns the schedule policy's national targets (<see cref="ScheduleStep"/>s) and temporary units into dated
/// changes per hospital. Steps pick the largest UMAE and second-level hospitals by census beds, so the hospitals of
/// one step contain those of every smaller step; Phase III's COVID-exclusive hospitals are the largest second-level
/// ones and convert all their census beds, the rest is spread over the hybrids by census beds.
/// </summary>
public static class SchedulePlan
{
    private static readonly PlannedBeds Untouched = new(default, ReconversionPhase.None, HospitalRole.NonCovid);

    private static readonly PlannedBeds Released = new(default, ReconversionPhase.Reverted, HospitalRole.NonCovid);

    /// <summary>Every change the schedule makes, sorted by (date, hospital id ordinal).</summary>
    /// <exception cref="ArgumentException">A step or temporary unit does not fit the network.</exception>
    public static ImmutableArray<PlannedChange> Build(HospitalNetwork network, ReconversionSettings settings)
    {
        var ranked = Ranked(network);
        var changes = new List<PlannedChange>();
        var previous = new Dictionary<string, PlannedBeds>(StringComparer.Ordinal);
        foreach (var step in CheckedSteps(settings))
        {
            var targets = Allocate(ranked, step, settings.IcuShareOfConvertedBeds);
            foreach (var hospital in ranked)
            {
                var had = previous.GetValueOrDefault(hospital.Id, Untouched);
                if (!targets.TryGetValue(hospital.Id, out var next))
                {
                    if (had.Phase == ReconversionPhase.None)
                    {
                        // Never selected yet: nothing to hand back.
                        continue;
                    }

                    next = Released;
                }

                if (next != had)
                {
                    changes.Add(new PlannedChange(hospital.Id, step.Date, next.Beds, next.Phase, next.Role));
                    previous[hospital.Id] = next;
                }
            }
        }

        changes.AddRange(TemporaryUnitChanges(network, settings.TemporaryUnits));

        // OrderBy is stable: a unit closing and reopening on one date keeps its plan order.
        return [.. changes.OrderBy(c => c.Date).ThenBy(c => c.HospitalId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The state of each hospital selected by the latest step whose phase is below Phase III (dated that step),
    /// sorted by hospital id: what the schedule policy reverts hybrid and COVID hospitals to when the regional
    /// signal eases (seed 003 L2593-2595, L2118-2122). Empty when every step is Phase III.
    /// </summary>
    public static ImmutableArray<PlannedChange> Floor(HospitalNetwork network, ReconversionSettings settings)
    {
        var step = CheckedSteps(settings).LastOrDefault(s => s.Phase < ReconversionPhase.PhaseIII);
        if (step is null)
        {
            return [];
        }

        return [.. Allocate(Ranked(network), step, settings.IcuShareOfConvertedBeds)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new PlannedChange(t.Key, step.Date, t.Value.Beds, t.Value.Phase, t.Value.Role))];
    }

    /// <summary>The changes that concern hospitals of one OOAD, in their original order.</summary>
    public static ImmutableArray<PlannedChange> ForOoad(ImmutableArray<PlannedChange> changes, HospitalNetwork network, string ooadCode)
    {
        var ids = network.HospitalsOf(ooadCode).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return [.. changes.Where(c => ids.Contains(c.HospitalId))];
    }

    /// <summary>
    /// Splits converted beds into ICU = beds × share rounded half away from zero, and ward = the rest.
    /// </summary>
    public static LevelCounts Split(int beds, double icuShare)
    {
        var icu = (int)Math.Round(beds * icuShare, MidpointRounding.AwayFromZero);
        return new LevelCounts(beds - icu, icu);
    }

    /// <summary>
    /// UMAE and second-level hospitals, largest census first (ties by id). IMSS-BIENESTAR rural hospitals ran their
    /// own respiratory modules outside the Régimen Ordinario phases (seed 003 L284-291); temporary units are
    /// planned by date.
    /// </summary>
    private static ImmutableArray<Hospital> Ranked(HospitalNetwork network) =>
        [.. network.Hospitals
            .Where(h => h.Type is HospitalType.Umae or HospitalType.SecondLevel)
            .OrderByDescending(h => h.CensusBeds)
            .ThenBy(h => h.Id, StringComparer.Ordinal)];

    private static ImmutableArray<ScheduleStep> CheckedSteps(ReconversionSettings settings)
    {
        if (settings.IcuShareOfConvertedBeds is < 0 or > 1)
        {
            throw new ArgumentException($"The ICU share of converted beds must lie in [0, 1], got {settings.IcuShareOfConvertedBeds}.", nameof(settings));
        }

        DateOnly? previous = null;
        foreach (var step in settings.Schedule)
        {
            if (previous is { } p && step.Date <= p)
            {
                throw new ArgumentException($"Schedule step of {step.Date:yyyy-MM-dd} is not after the step of {p:yyyy-MM-dd}.", nameof(settings));
            }

            previous = step.Date;
        }

        return settings.Schedule;
    }

    /// <summary>COVID beds, phase and role of every hospital the step selects.</summary>
    private static Dictionary<string, PlannedBeds> Allocate(ImmutableArray<Hospital> ranked, ScheduleStep step, double icuShare)
    {
        CheckStep(ranked, step);
        var selected = ranked.Take(step.Hospitals).ToArray();

        // COVID-exclusive hospitals were "reconvertidos a su máxima capacidad de camas" (seed 003 L159-169); the
        // UMAE kept their high-specialty care and opened COVID cohort sectors instead (seed 003 L7600-7612), so
        // they are hybrid.
        var exclusive = selected.Where(h => h.Type == HospitalType.SecondLevel).Take(step.ExclusiveHospitals).ToArray();
        if (exclusive.Length < step.ExclusiveHospitals)
        {
            throw new ArgumentException(
                $"Schedule step of {step.Date:yyyy-MM-dd}: {step.ExclusiveHospitals} COVID-exclusive hospitals but only {exclusive.Length} second-level hospitals among the {step.Hospitals} selected.");
        }

        var exclusiveIds = exclusive.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var hybrids = selected.Where(h => !exclusiveIds.Contains(h.Id)).ToArray();
        var remainder = step.CovidBeds - exclusive.Sum(h => (long)h.CensusBeds);
        var room = hybrids.Sum(h => (long)h.CensusBeds);
        if (remainder < 0 || remainder > room)
        {
            throw new ArgumentException(
                $"Schedule step of {step.Date:yyyy-MM-dd}: {step.CovidBeds} COVID beds leave {remainder} for the hybrid hospitals, whose census beds hold 0 to {room}.");
        }

        var hybridBeds = CappedApportion(remainder, [.. hybrids.Select(h => h.CensusBeds)]);
        var result = new Dictionary<string, PlannedBeds>(StringComparer.Ordinal);
        foreach (var h in exclusive)
        {
            result[h.Id] = new PlannedBeds(Split(h.CensusBeds, icuShare), step.Phase, HospitalRole.CovidExclusive);
        }

        for (var i = 0; i < hybrids.Length; i++)
        {
            result[hybrids[i].Id] = new PlannedBeds(Split(hybridBeds[i], icuShare), step.Phase, RoleOf(step.Phase));
        }

        return result;
    }

    private static void CheckStep(ImmutableArray<Hospital> ranked, ScheduleStep step)
    {
        if (step.Phase is < ReconversionPhase.Scenario1 or > ReconversionPhase.PhaseIII)
        {
            throw new ArgumentException($"Schedule step of {step.Date:yyyy-MM-dd}: phase {step.Phase} is not one of Scenario1 to PhaseIII.");
        }

        if (step.Hospitals < 0 || step.Hospitals > ranked.Length)
        {
            throw new ArgumentException(
                $"Schedule step of {step.Date:yyyy-MM-dd}: {step.Hospitals} hospitals, but the network has {ranked.Length} UMAE and second-level hospitals.");
        }

        if (step.ExclusiveHospitals < 0 || step.ExclusiveHospitals > step.Hospitals
            || (step.ExclusiveHospitals > 0 && step.Phase != ReconversionPhase.PhaseIII))
        {
            throw new ArgumentException(
                $"Schedule step of {step.Date:yyyy-MM-dd}: {step.ExclusiveHospitals} COVID-exclusive hospitals; only Phase III has them, at most one per hospital selected.");
        }
    }

    /// <summary>
    /// Escenarios 1 and 2 designated reference hospitals (seed 003 L1963-1971); Phases I–III converted beds beside
    /// other care (seed 003 L1984-2004).
    /// </summary>
    private static HospitalRole RoleOf(ReconversionPhase phase) =>
        phase is ReconversionPhase.Scenario1 or ReconversionPhase.Scenario2 ? HospitalRole.Reference : HospitalRole.Hybrid;

    /// <summary>Largest-remainder shares of <paramref name="total"/> by cap, none above its cap (total ≤ Σ caps).</summary>
    private static int[] CappedApportion(long total, int[] caps)
    {
        var parts = Sampling.Apportion(total, [.. caps.Select(c => (double)c)]);
        while (true)
        {
            long excess = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i] > caps[i])
                {
                    excess += parts[i] - caps[i];
                    parts[i] = caps[i];
                }
            }

            if (excess == 0)
            {
                return parts;
            }

            var extra = Sampling.Apportion(excess, [.. caps.Select((c, i) => (double)(c - parts[i]))]);
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] += extra[i];
            }
        }
    }

    private static IEnumerable<PlannedChange> TemporaryUnitChanges(HospitalNetwork network, ImmutableArray<TemporaryUnitPlan> units)
    {
        var byId = network.Hospitals.ToDictionary(h => h.Id, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byId.TryGetValue(unit.HospitalId, out var hospital) || hospital.Type != HospitalType.TemporaryUnit)
            {
                throw new ArgumentException($"Temporary unit plan names '{unit.HospitalId}', which is not a hospital of type TemporaryUnit.");
            }

            if (unit.Role is not (HospitalRole.Temporary or HospitalRole.Expansion or HospitalRole.Convalescence))
            {
                throw new ArgumentException($"Temporary unit '{unit.HospitalId}': role {unit.Role} is not Temporary, Expansion or Convalescence.");
            }

            if (unit.IcuShare is < 0 or > 1)
            {
                throw new ArgumentException($"Temporary unit '{unit.HospitalId}': ICU share {unit.IcuShare} is not in [0, 1].");
            }

            if (unit.Closes is { } closes && closes <= unit.Opens)
            {
                throw new ArgumentException($"Temporary unit '{unit.HospitalId}' closes on {closes:yyyy-MM-dd}, not after it opens on {unit.Opens:yyyy-MM-dd}.");
            }

            // Temporary, expansion and convalescence units were built for COVID patients only: all their beds,
            // opened in Phase III (seed 003 L159-173; Table I.4, seed 003 L3105-3161).
            yield return new PlannedChange(unit.HospitalId, unit.Opens, Split(hospital.CensusBeds, unit.IcuShare), ReconversionPhase.PhaseIII, unit.Role);
            if (unit.Closes is { } closed)
            {
                yield return new PlannedChange(unit.HospitalId, closed, default, Released.Phase, Released.Role);
            }
        }
    }
}
