using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// The rules of the <c>reconversion:</c> section that JSON Schema cannot express: real and ascending step dates,
/// phases that never go back, COVID-exclusive hospitals only in Phase III and never more than the step's hospitals,
/// steps that fit the network (<see cref="SchedulePlan"/>), temporary units that exist and close after they open,
/// thresholds in the right order, and a schedule policy with something to schedule. Values the schema already
/// rejected are skipped, so one mistake gives one error.
/// </summary>
internal sealed class ReconversionChecks
{
    private readonly Diagnostics _diagnostics;
    private readonly HospitalNetwork? _network;

    private ReconversionChecks(Diagnostics diagnostics, HospitalNetwork? network)
    {
        _diagnostics = diagnostics;
        _network = network;
    }

    /// <summary>Checks the section; <paramref name="network"/> is null when it did not resolve.</summary>
    public static void Run(JObject? section, HospitalNetwork? network, Diagnostics diagnostics)
    {
        if (section is null)
        {
            return;
        }

        var checks = new ReconversionChecks(diagnostics, network);
        var schedule = section["schedule"] as JArray;
        var units = section["temporaryUnits"] as JArray;
        checks.Schedule(schedule);
        checks.TemporaryUnits(units);
        checks.Reversion(section["reversion"] as JObject);
        checks.Trigger(section["trigger"] as JObject, ScenarioDefaults.Trigger);
        checks.SomethingToSchedule(section, schedule, units);
    }

    private void Schedule(JArray? schedule)
    {
        // Each step is compared with the latest step that passed, so one step out of order gives one error.
        (DateOnly Date, string Text)? previousDate = null;
        (ReconversionPhase Phase, string Code)? previousPhase = null;
        foreach (var step in schedule?.OfType<JObject>() ?? [])
        {
            var date = step["date"];
            SemanticChecks.Date(date, _diagnostics);
            if (Valid(date) && SemanticChecks.DateOf(date) is { } day)
            {
                if (previousDate is { } before && day <= before.Date)
                {
                    _diagnostics.Report(date, $"must be after the previous step's date ({before.Text}), got {Text(date)}");
                }
                else
                {
                    previousDate = (day, Text(date));
                }
            }

            if (step["phase"] is var written && Valid(written) && written.Value<string>() is { } code)
            {
                var phase = ReconversionYamlCodes.PhaseFrom(code);
                if (previousPhase is { } earlier && phase < earlier.Phase)
                {
                    _diagnostics.Report(written, $"must not come before the previous step's phase ({earlier.Code}), got {code}");
                }
                else
                {
                    previousPhase = (phase, code);
                }
            }

            Exclusive(step);
            Layout(step);
        }
    }

    private void Exclusive(JObject step)
    {
        var exclusive = step["exclusiveHospitals"];
        if (!Valid(exclusive) || exclusive.Value<int>() == 0)
        {
            return;
        }

        if (Valid(step["hospitals"]) && exclusive.Value<int>() > step.Value<int>("hospitals"))
        {
            _diagnostics.Report(exclusive, $"must be ≤ hospitals ({step.Value<int>("hospitals")}), got {Text(exclusive)}");
        }
        else if (Valid(step["phase"]) && step.Value<string>("phase") != ReconversionYamlCodes.Phase(ReconversionPhase.PhaseIII))
        {
            _diagnostics.Report(exclusive, $"must be 0 before phase-3 (COVID-exclusive hospitals came with Phase III), got {Text(exclusive)}");
        }
    }

    // Each step on its own: SchedulePlan lays every step out independently, so one call per step reports every step
    // that does not fit, not just the first.
    private void Layout(JObject step)
    {
        string[] fields = ["date", "phase", "hospitals", "covidBeds", "exclusiveHospitals"];
        if (_network is null || _diagnostics.IsFlagged(step) || !fields.All(f => Valid(step[f])) || SemanticChecks.DateOf(step["date"]) is null)
        {
            return;
        }

        var settings = ScenarioDefaults.Reconversion with { Schedule = [ReconversionMapper.Step(step)] };
        try
        {
            SchedulePlan.Build(_network, settings);
        }
        catch (ArgumentException ex)
        {
            var prefix = $"Schedule step of {step.Value<string>("date")}: ";
            var detail = ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message;
            _diagnostics.Report(step, $"cannot be laid out on network {_network.Name}: {detail}");
        }
    }

    private void TemporaryUnits(JArray? units)
    {
        var planned = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var unit in units?.OfType<JObject>() ?? [])
        {
            SemanticChecks.Date(unit["opens"], _diagnostics);
            SemanticChecks.Date(unit["closes"], _diagnostics);
            Unit(unit, planned);
            var opens = unit["opens"];
            var closes = unit["closes"];
            if (Valid(opens) && Valid(closes)
                && SemanticChecks.DateOf(opens) is { } from && SemanticChecks.DateOf(closes) is { } to && to <= from)
            {
                _diagnostics.Report(closes, $"must be after opens ({Text(opens)}), got {Text(closes)}");
            }
        }
    }

    private void Unit(JObject unit, Dictionary<string, JToken> planned)
    {
        var token = unit["unit"];
        if (_network is null || !Valid(token) || token.Value<string>() is not { } id)
        {
            return;
        }

        var known = _network.Hospitals.Where(h => h.Type == HospitalType.TemporaryUnit).Select(h => h.Id).ToList();
        var hospital = _network.Hospitals.FirstOrDefault(h => string.Equals(h.Id, id, StringComparison.Ordinal));
        if (hospital is null)
        {
            _diagnostics.Report(
                token,
                $"unknown temporary unit '{id}' in network {_network.Name}{Suggestions.DidYouMean(id, known)}; known: {string.Join(", ", known)}");
        }
        else if (hospital.Type != HospitalType.TemporaryUnit)
        {
            _diagnostics.Report(
                token,
                $"'{id}' is {Describe(hospital.Type)} of network {_network.Name}, not a temporary unit; temporary units: {string.Join(", ", known)}");
        }
        else if (planned.TryGetValue(id, out var first))
        {
            _diagnostics.Report(token, $"unit '{id}' is already planned at {_diagnostics.LocationOf(first).Path}");
        }
        else
        {
            planned.Add(id, unit);
        }
    }

    private void Reversion(JObject? reversion)
    {
        var below = reversion?["occupancyBelow"];
        var above = reversion?["reactivateAbove"];
        if (Valid(below) && Valid(above) && below.Value<double>() >= above.Value<double>())
        {
            _diagnostics.Report(below, $"must be < reactivateAbove ({Text(above)}), got {Text(below)}");
        }
    }

    private void Trigger(JObject? trigger, OccupancyTrigger defaults)
    {
        var up = trigger?["up"];
        var down = trigger?["down"];
        if (trigger is null || (up is not null && !Valid(up)) || (down is not null && !Valid(down)))
        {
            return;
        }

        var upShare = SemanticChecks.NumberOf(up) ?? defaults.Up;
        var downShare = SemanticChecks.NumberOf(down) ?? defaults.Down;
        if (downShare < upShare)
        {
            return;
        }

        if (down is not null)
        {
            var shownUp = up is null ? $"{Number(upShare)}, the default" : Text(up);
            _diagnostics.Report(down, $"must be < up ({shownUp}), got {Text(down)}");
        }
        else
        {
            _diagnostics.Report(up!, $"must be > down ({Number(downShare)}, the default), got {Text(up!)}");
        }
    }

    private void SomethingToSchedule(JObject section, JArray? schedule, JArray? units)
    {
        var policy = section["policy"];
        var schedulePolicy = ReconversionYamlCodes.Policy(ReconversionPolicyKind.Schedule);
        if (!Valid(policy) || policy.Value<string>() != schedulePolicy
            || (section["schedule"] is { } written && (schedule is null || _diagnostics.IsFlagged(written)))
            || (section["temporaryUnits"] is { } listed && (units is null || _diagnostics.IsFlagged(listed))))
        {
            return;
        }

        if ((schedule?.Count ?? 0) == 0 && (units?.Count ?? 0) == 0)
        {
            _diagnostics.Report(policy, "schedule policy needs at least one step or temporary unit");
        }
    }

    private bool Valid([NotNullWhen(true)] JToken? token) => token is JValue { Type: not JTokenType.Null } && !_diagnostics.IsFlagged(token);

    private string Text(JToken token) => _diagnostics.LocationOf(token).Text ?? token.ToString();

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(HospitalType type) => type switch
    {
        HospitalType.Umae => "a UMAE",
        HospitalType.SecondLevel => "a second-level hospital",
        HospitalType.RuralBienestar => "an IMSS-BIENESTAR rural hospital",
        _ => "a hospital",
    };
}
