using Capacity.Cli.Hosting;
using Capacity.Results.Batches;

namespace Capacity.Cli.Running;

/// <summary>Engine factories for batches: grains on one shared embedded silo or cluster (each run gets its own run id), or the inline kernel.</summary>
internal static class EngineFactories
{
    public static EngineFactory For(EngineKind kind, ClusterConnection? connection) => async (scenario, cancellationToken) =>
    {
        // The session does not own the shared connection, so disposing its engine (done by the batch) is all it needs.
        var session = await EngineSession.StartAsync(kind, scenario, cancellationToken, connection);
        return new StartedEngine(session.Engine, session.Silos);
    };
}
