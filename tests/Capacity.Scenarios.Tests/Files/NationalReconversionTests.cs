using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Scenarios.Tests.Files;

/// <summary>scenarios/national-2020.yaml replays the recorded 2020 reconversion (docs/scenarios.md, "Replay dates").</summary>
public class NationalReconversionTests
{
    private static readonly DateOnly CutOff = new(2020, 6, 30);

    private static readonly LoadedScenario National =
        ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml"));

    private static ReconversionSettings Reconversion => National.Scenario.Reconversion;

    [Fact]
    public void It_follows_the_schedule_policy_with_the_default_lead_days_and_ICU_share()
    {
        Assert.Equal(
            (ReconversionPolicyKind.Schedule, 7, 0.44),
            (Reconversion.Policy, Reconversion.LeadDays, Reconversion.IcuShareOfConvertedBeds));
    }

    [Fact]
    public void The_first_four_steps_are_the_escenarios_and_Phases_I_and_II()
    {
        Assert.Equal(
            [
                new ScheduleStep(new DateOnly(2020, 2, 27), ReconversionPhase.Scenario1, 20, 94, 0),
                new ScheduleStep(new DateOnly(2020, 3, 24), ReconversionPhase.Scenario2, 80, 374, 0),
                new ScheduleStep(new DateOnly(2020, 3, 30), ReconversionPhase.PhaseI, 81, 379, 0),
                new ScheduleStep(new DateOnly(2020, 4, 6), ReconversionPhase.PhaseII, 120, 2_420, 0),
            ],
            Reconversion.Schedule.Take(4));
    }

    [Fact]
    public void Phase_III_runs_weekly_from_the_17_April_guidelines_to_the_30_June_cut_off()
    {
        var phaseIII = Reconversion.Schedule.Where(s => s.Phase == ReconversionPhase.PhaseIII).ToList();

        Assert.Equal(16, Reconversion.Schedule.Length);
        Assert.Equal(
            [
                new DateOnly(2020, 4, 17), new DateOnly(2020, 4, 24), new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 8),
                new DateOnly(2020, 5, 15), new DateOnly(2020, 5, 22), new DateOnly(2020, 5, 29), new DateOnly(2020, 6, 5),
                new DateOnly(2020, 6, 12), new DateOnly(2020, 6, 19), new DateOnly(2020, 6, 26), CutOff,
            ],
            phaseIII.Select(s => s.Date));
        Assert.Equal(new ScheduleStep(new DateOnly(2020, 4, 17), ReconversionPhase.PhaseIII, 128, 3_685, 4), phaseIII[0]);
        Assert.Equal(new ScheduleStep(new DateOnly(2020, 5, 29), ReconversionPhase.PhaseIII, 160, 8_515, 18), phaseIII[6]);
    }

    [Fact]
    public void The_last_step_has_29_COVID_and_155_hybrid_hospitals()
    {
        var last = Reconversion.Schedule[^1];

        Assert.Equal((CutOff, 184, 29), (last.Date, last.Hospitals, last.ExclusiveHospitals));
        Assert.Equal(155, last.Hospitals - last.ExclusiveHospitals);
    }

    [Fact]
    public void Phase_III_grows_linearly_by_115_beds_a_day_from_Phase_II()
    {
        var phaseII = Reconversion.Schedule.Single(s => s.Phase == ReconversionPhase.PhaseII);

        Assert.All(
            Reconversion.Schedule.Where(s => s.Phase == ReconversionPhase.PhaseIII),
            s => Assert.Equal(phaseII.CovidBeds + (115 * (s.Date.DayNumber - phaseII.Date.DayNumber)), s.CovidBeds));
    }

    [Fact]
    public void Steps_never_shrink()
    {
        var steps = Reconversion.Schedule;

        Assert.All(steps.Zip(steps.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Hospitals >= pair.First.Hospitals, $"{pair.Second.Date} hospitals");
            Assert.True(pair.Second.CovidBeds >= pair.First.CovidBeds, $"{pair.Second.Date} beds");
            Assert.True(pair.Second.ExclusiveHospitals >= pair.First.ExclusiveHospitals, $"{pair.Second.Date} exclusive");
        });
    }

    [Fact]
    public void It_plans_all_24_temporary_units_of_the_network()
    {
        var units = National.Scenario.Network.Hospitals.Where(h => h.Type == HospitalType.TemporaryUnit).Select(h => h.Id);

        Assert.Equal(units.Order(StringComparer.Ordinal), Reconversion.TemporaryUnits.Select(u => u.HospitalId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void On_30_June_7_temporary_hospitals_8_expansion_and_2_convalescence_units_are_open()
    {
        var open = Reconversion.TemporaryUnits.Where(u => u.Opens <= CutOff && (u.Closes is null || u.Closes > CutOff));

        var byRole = open.GroupBy(u => u.Role).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<HospitalRole, int> { [HospitalRole.Temporary] = 7, [HospitalRole.Expansion] = 8, [HospitalRole.Convalescence] = 2 },
            byRole);
    }

    [Fact]
    public void Schedule_beds_plus_open_temporary_units_make_13_321_COVID_beds_on_30_June()
    {
        var beds = National.Scenario.Network.Hospitals.ToDictionary(h => h.Id, h => h.CensusBeds);
        var open = Reconversion.TemporaryUnits.Where(u => u.Opens <= CutOff).Sum(u => beds[u.HospitalId]);

        Assert.Equal(1_126, open);
        Assert.Equal(13_321, Reconversion.Schedule[^1].CovidBeds + open);
    }

    [Fact]
    public void The_units_with_recorded_dates_open_on_them()
    {
        var opens = Reconversion.TemporaryUnits.ToDictionary(u => u.HospitalId, u => (u.Opens, u.Role));

        Assert.Equal((new DateOnly(2020, 5, 13), HospitalRole.Expansion), opens["cdmx-sur-tu-02"]);
        Assert.Equal((new DateOnly(2020, 6, 12), HospitalRole.Convalescence), opens["cdmx-sur-tu-03"]);
        Assert.Equal((new DateOnly(2020, 6, 12), HospitalRole.Convalescence), opens["mex-oriente-tu-02"]);
        Assert.Equal((new DateOnly(2020, 5, 4), HospitalRole.Temporary), opens["nay-tu-01"]);
    }

    [Fact]
    public void ICU_shares_follow_the_role()
    {
        var shares = Reconversion.TemporaryUnits.GroupBy(u => u.Role).ToDictionary(g => g.Key, g => g.Select(u => u.IcuShare).Distinct().Single());

        Assert.Equal(
            new Dictionary<HospitalRole, double> { [HospitalRole.Temporary] = 0.21, [HospitalRole.Expansion] = 0.12, [HospitalRole.Convalescence] = 0.09 },
            shares);
    }

    [Fact]
    public void Seven_units_open_after_the_cut_off_and_none_closes()
    {
        Assert.Equal(7, Reconversion.TemporaryUnits.Count(u => u.Opens > CutOff));
        Assert.All(Reconversion.TemporaryUnits, u => Assert.Null(u.Closes));
    }

    [Fact]
    public void It_reverts_from_August_below_30_percent_for_14_days()
    {
        Assert.Equal(new Reversion(new DateOnly(2020, 8, 1), 0.3, 0.6, 14), Reconversion.Reversion);
    }

    [Fact]
    public void Laid_out_on_imss_2020_it_gives_the_Phase_III_composition_and_13_321_beds_on_30_June()
    {
        var changes = SchedulePlan.Build(National.Scenario.Network, Reconversion);

        var onCutOff = changes.Where(c => c.Date <= CutOff).GroupBy(c => c.HospitalId).Select(g => g.Last()).ToList();

        Assert.Equal(
            new Dictionary<HospitalRole, int>
            {
                [HospitalRole.CovidExclusive] = 29, [HospitalRole.Hybrid] = 155, [HospitalRole.Temporary] = 7,
                [HospitalRole.Expansion] = 8, [HospitalRole.Convalescence] = 2,
            },
            onCutOff.GroupBy(c => c.Role).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(13_321, onCutOff.Sum(c => c.Beds.Total));
    }
}
