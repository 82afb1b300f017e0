namespace Capacity.Grains;

/// <summary>
/// Grain keys are namespaced by run id (<c>run42/jal</c>), so many runs share one cluster without colliding.
/// </summary>
public static class GrainKeys
{
    /// <summary>The key of an entity of a run.</summary>
    public static string For(string runId, string entityId) => $"{runId}/{entityId}";
}
