using Capacity.Cli.Hosting;
using Capacity.Results.Batches;

namespace Capacity.Cli.Running;

/// <summary>Engine factories for batches: grains on one shared silo (each run gets its own run id), or the inline kernel.</summary>
internal static class EngineFactories
{
    public static EngineFactory For(EngineKind kind, EmbeddedSilo? silo) => async (scenario, cancellationToken) =>
    {
        // The session does not own the shared silo, so disposing its engine (done by the batch) is all it needs.
        var session = await EngineSession.StartAsync(kind, scenario, cancellationToken, silo);
        return new StartedEngine(session.Engine, session.Silos);
    };
}
