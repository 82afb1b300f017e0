namespace Capacity.Server.Configuration;

/// <summary>
/// What one API request may ask of the host (<c>Capacity:Limits</c>). A shared planning server must not be taken down by
/// one upload: every limit is checked before anything runs, and a request over it gets a 4xx problem naming the limit.
/// </summary>
public sealed class RequestLimits
{
    /// <summary>Longest run in days (three years: a replay plus two what-if years).</summary>
    public int MaxDays { get; set; } = 1096;

    /// <summary>Largest network in hospitals (the 10× synthetic network has 3,650 entities with temporary units).</summary>
    public int MaxHospitals { get; set; } = 5000;

    /// <summary>Most replicas in one ensemble run.</summary>
    public int MaxReplicas { get; set; } = 32;

    /// <summary>Largest request body (scenario YAML and overrides), in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1_048_576;

    /// <summary>Runs queued or running at once; more get 429 until one finishes.</summary>
    public int MaxConcurrentRuns { get; set; } = 4;
}
