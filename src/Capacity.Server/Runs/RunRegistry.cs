using System.Collections.Concurrent;
using System.Globalization;
using Capacity.Grains;
using Capacity.Grains.Checkpoints;
using Capacity.Results;
using Capacity.Results.Batches;
using Capacity.Results.Ensembles;
using Capacity.Scenarios;
using Capacity.Server.Api;
using Capacity.Server.Configuration;
using Capacity.Server.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Capacity.Server.Runs;

/// <summary>
/// The runs of this host: starts them on the host's silo through the same <see cref="RunExecutor"/> and
/// <see cref="EnsembleRunner"/> as the CLI (so a run started here writes the bytes <c>capacity run</c> writes), tracks
/// progress, cancels and deletes. Every request is checked against <see cref="RequestLimits"/> before anything runs.
/// </summary>
public sealed class RunRegistry : IAsyncDisposable
{
    private static int _grainRunCounter;
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);
    private readonly ServerSettings _settings;
    private readonly ScenarioCatalog _catalog;
    private readonly IGrainFactory _grains;
    private readonly CheckpointSettings _checkpoints;
    private readonly ILogger<RunRegistry> _log;
    private readonly string _runsDirectory;
    private readonly Lock _admission = new();

    public RunRegistry(ServerSettings settings, ScenarioCatalog catalog, IGrainFactory grains, CheckpointSettings checkpoints, ILogger<RunRegistry> log)
    {
        _checkpoints = checkpoints;
        _settings = settings;
        _catalog = catalog;
        _grains = grains;
        _log = log;
        _runsDirectory = Path.GetFullPath(settings.RunsDirectory);
        foreach (var found in RunDiscovery.Find(_runsDirectory))
        {
            _runs[found.Id] = found;
        }
    }

    /// <summary>Every run, newest first (started time, then id).</summary>
    public IReadOnlyList<RunStatus> List() =>
        [.. _runs.Values.Select(r => r.Snapshot(historyFrom: null))
            .OrderByDescending(s => s.StartedAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(s => s.Id, StringComparer.Ordinal)];

    /// <exception cref="ApiProblem">404 for an unknown run.</exception>
    public RunStatus Get(string id) => Find(id).Snapshot(historyFrom: 0);

    /// <summary>A run's status with the live days from <paramref name="historyFrom"/> on (none when null).</summary>
    /// <exception cref="ApiProblem">404 for an unknown run.</exception>
    public RunStatus Get(string id, int? historyFrom) => Find(id).Snapshot(historyFrom);

    /// <summary>The run itself, for a progress stream that must outlive its deletion (it then ends as cancelled).</summary>
    /// <exception cref="ApiProblem">404 for an unknown run.</exception>
    internal RunRecord Follow(string id) => Find(id);

    /// <summary>Validates a request, then starts the run in the background.</summary>
    /// <exception cref="ApiProblem">Invalid scenario or request (400), a limit exceeded (400), too many runs (429).</exception>
    public RunStatus Start(RunRequest request)
    {
        var replicas = request.Replicas ?? 1;
        if (replicas < 1)
        {
            throw ApiProblem.BadRequest("replicas must be at least 1.");
        }

        if (replicas > _settings.Limits.MaxReplicas)
        {
            throw ApiProblem.LimitExceeded("MaxReplicas", _settings.Limits.MaxReplicas, replicas);
        }

        var load = Loader(request);
        var loaded = Load(load, []);
        var scenario = loaded.Scenario;
        CheckLimits(scenario);
        RunRecord run;
        lock (_admission)
        {
            var active = _runs.Values.Count(r => r.State is RunState.Queued or RunState.Running);
            if (active >= _settings.Limits.MaxConcurrentRuns)
            {
                throw new ApiProblem(
                    StatusCodes.Status429TooManyRequests,
                    "Too many runs",
                    $"MaxConcurrentRuns is {_settings.Limits.MaxConcurrentRuns} and that many runs are queued or running; retry when one finishes.");
            }

            var id = RunIds.New(scenario.Name, scenario.Seed, DateTimeOffset.UtcNow);
            run = new RunRecord(id, scenario.Name, scenario.Seed, scenario.Days, replicas, Path.Combine(_runsDirectory, id), RunState.Queued);
            _runs[id] = run;
        }

        run.Execution = Task.Run(() => ExecuteAsync(run, load, loaded));
        return run.Snapshot(historyFrom: null);
    }

    /// <summary>Cancels a queued or running run; nothing of it is left on disk.</summary>
    /// <exception cref="ApiProblem">404 unknown, 409 already finished.</exception>
    public async Task<RunStatus> CancelAsync(string id)
    {
        var run = Find(id);
        if (run.Snapshot(historyFrom: null).IsFinished)
        {
            throw ApiProblem.Conflict($"Run {id} is {run.State.ToString().ToLowerInvariant()}; only queued or running runs can be cancelled.");
        }

        await run.Cancellation.CancelAsync();
        if (run.Execution is { } execution)
        {
            await execution;
        }

        return run.Snapshot(historyFrom: null);
    }

    /// <summary>Cancels the run if it is active, then removes it and its directory.</summary>
    /// <exception cref="ApiProblem">404 unknown.</exception>
    public async Task DeleteAsync(string id)
    {
        // Taken out of the registry first: of two deletes at once, one deletes and the other finds nothing (404).
        var run = Find(id);
        if (!_runs.TryRemove(id, out _))
        {
            throw ApiProblem.NotFound($"No run '{id}'.");
        }

        if (!run.Snapshot(historyFrom: null).IsFinished)
        {
            await run.Cancellation.CancelAsync();
            if (run.Execution is { } execution)
            {
                await execution;
            }
        }

        if (Directory.Exists(run.Directory))
        {
            Directory.Delete(run.Directory, recursive: true);
        }
    }

    /// <summary>The directory holding a completed run's files: the run's, or one replica's of an ensemble.</summary>
    /// <exception cref="ApiProblem">404 unknown run or replica, 409 not completed.</exception>
    public string ResultsDirectory(string id, int? replica)
    {
        var run = Find(id);
        if (run.State != RunState.Completed)
        {
            throw ApiProblem.Conflict($"Run {id} is {run.State.ToString().ToLowerInvariant()}: results exist only for completed runs.");
        }

        if (run.Replicas == 1 && !File.Exists(Path.Combine(run.Directory, EnsembleRunner.ManifestName)))
        {
            return replica is null or 0 ? run.Directory : throw ApiProblem.NotFound($"Run {id} is a single run: it has no replica {replica}.");
        }

        var index = replica ?? 0;
        var directory = Path.Combine(run.Directory, ReplicaSeeds.DirectoryName(index));
        return index >= 0 && Directory.Exists(directory)
            ? directory
            : throw ApiProblem.NotFound($"Run {id} has no replica {index}.");
    }

    /// <summary>The directory of a completed run itself (downloads list everything in it, ensembles included).</summary>
    /// <exception cref="ApiProblem">404 unknown run, 409 not completed.</exception>
    public string RunDirectory(string id)
    {
        var run = Find(id);
        return run.State == RunState.Completed
            ? run.Directory
            : throw ApiProblem.Conflict($"Run {id} is {run.State.ToString().ToLowerInvariant()}: its files exist only once it completed.");
    }

    /// <summary>Asks every active run to stop (host shutdown, before the silo goes).</summary>
    public void CancelAll()
    {
        foreach (var run in _runs.Values.Where(r => r.Execution is not null))
        {
            run.Cancellation.Cancel();
        }
    }

    /// <summary>Cancels every active run and waits for them (host shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        var active = _runs.Values.Where(r => r.Execution is not null).ToArray();
        foreach (var run in active)
        {
            await run.Cancellation.CancelAsync();
        }

        await Task.WhenAll(active.Select(r => r.Execution!));
        foreach (var run in _runs.Values)
        {
            run.Cancellation.Dispose();
        }
    }

    private RunRecord Find(string id) =>
        RunIds.IsValid(id) && _runs.TryGetValue(id, out var run) ? run : throw ApiProblem.NotFound($"No run '{id}'.");

    private Func<IReadOnlyList<ScenarioOverride>, LoadedScenario> Loader(RunRequest request)
    {
        if ((request.Scenario is null) == (request.Yaml is null))
        {
            throw ApiProblem.BadRequest("Give exactly one of 'scenario' (a name from GET /api/scenarios) and 'yaml' (scenario text).");
        }

        var overrides = Overrides(request);
        return request.Scenario is { } name
            ? extra => _catalog.Load(name, [.. overrides, .. extra])
            : extra => _catalog.LoadUpload(request.Yaml!, [.. overrides, .. extra]);
    }

    /// <summary>The request's overrides in a fixed order (by path), then seed and days, which win.</summary>
    internal static List<ScenarioOverride> Overrides(RunRequest request)
    {
        var overrides = (request.Overrides ?? new Dictionary<string, string>())
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => new ScenarioOverride(o.Key, o.Value))
            .ToList();
        if (request.Seed is { } seed)
        {
            overrides.Add(new ScenarioOverride("seed", seed.ToString(CultureInfo.InvariantCulture)));
        }

        if (request.Days is { } days)
        {
            overrides.Add(new ScenarioOverride("days", days.ToString(CultureInfo.InvariantCulture)));
        }

        return overrides;
    }

    private static LoadedScenario Load(Func<IReadOnlyList<ScenarioOverride>, LoadedScenario> load, IReadOnlyList<ScenarioOverride> extra)
    {
        try
        {
            return load(extra);
        }
        catch (ScenarioException e)
        {
            throw ApiProblem.InvalidScenario(e);
        }
    }

    private void CheckLimits(Domain.Simulation.Scenario scenario)
    {
        if (scenario.Days > _settings.Limits.MaxDays)
        {
            throw ApiProblem.LimitExceeded("MaxDays", _settings.Limits.MaxDays, scenario.Days);
        }

        if (scenario.Network.Hospitals.Length > _settings.Limits.MaxHospitals)
        {
            throw ApiProblem.LimitExceeded("MaxHospitals", _settings.Limits.MaxHospitals, scenario.Network.Hospitals.Length);
        }
    }

    private async Task ExecuteAsync(RunRecord run, Func<IReadOnlyList<ScenarioOverride>, LoadedScenario> load, LoadedScenario loaded)
    {
        var cancellation = run.Cancellation.Token;
        try
        {
            run.MarkRunning();
            if (run.Replicas == 1)
            {
                await using var engine = await StartEngineAsync(loaded.Scenario, GrainRunId(run.Id));
                await RunExecutor.ExecuteAsync(
                    engine,
                    await ActiveSilosAsync(),
                    loaded.Scenario,
                    new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256),
                    run.Directory,
                    run.DayDone,
                    cancellation);
            }
            else
            {
                var done = 0;
                await EnsembleRunner.RunAsync(
                    load,
                    loaded.Scenario.Seed,
                    run.Replicas,
                    Math.Max(1, Environment.ProcessorCount),
                    (scenario, ct) => EnsembleEngineAsync(run, scenario, ct),
                    run.Directory,
                    (_, _) => run.ReplicaDone(Interlocked.Increment(ref done)),
                    cancellation);
            }

            run.Finish(RunState.Completed);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            run.Finish(RunState.Cancelled);
        }
        catch (ScenarioException e)
        {
            run.Finish(RunState.Failed, string.Join("; ", e.Errors.Select(x => x.ToString())));
        }
        catch (Exception e)
        {
            _log.LogError(e, "Run {RunId} failed", run.Id);
            run.Finish(RunState.Failed, e.Message);
        }
    }

    /// <summary>A replica's engine; replica 0 (the base seed) also feeds the run's live census, as a single run does.</summary>
    private async Task<StartedEngine> EnsembleEngineAsync(RunRecord run, Domain.Simulation.Scenario scenario, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var engine = await StartEngineAsync(scenario, GrainRunId($"{scenario.Name}-{scenario.Seed}"));
        return new StartedEngine(scenario.Seed == run.Seed ? new ObservedEngine(engine, run.DayDone) : engine, await ActiveSilosAsync());
    }

    /// <summary>Silos of the cluster this host belongs to (1 when embedded), for the manifest's execution block.</summary>
    private async Task<int> ActiveSilosAsync() =>
        (await _grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    /// <summary>An engine with this host's checkpoint settings; a failure it recovers from is logged as a warning.</summary>
    private async Task<OrleansEngine> StartEngineAsync(Domain.Simulation.Scenario scenario, string grainRunId)
    {
        var engine = await OrleansEngine.StartAsync(_grains, scenario, grainRunId, _checkpoints);
        engine.Recovered += r => _log.LogWarning(
            "Run {RunId}: day {Day} failed ({Cause}); recovered from the checkpoint of day {From} in {Seconds:0.0} s",
            grainRunId, r.FailedDay, r.Cause, r.ResumedFrom, r.Downtime.TotalSeconds);
        return engine;
    }

    /// <summary>Grain keys are namespaced by this id; unique per process and machine so a deleted run's id can be reused safely, also on a cluster.</summary>
    private static string GrainRunId(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"web-{name}-{Environment.MachineName}-{Environment.ProcessId}-{Interlocked.Increment(ref _grainRunCounter)}");
}
