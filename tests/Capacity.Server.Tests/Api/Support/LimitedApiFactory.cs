namespace Capacity.Server.Tests.Api.Support;

/// <summary>A host with small limits: 2 replicas, 4 KiB uploads and one run at a time (MaxDays keeps its default).</summary>
public sealed class LimitedApiFactory() : CapacityApiFactory(new Dictionary<string, string>
{
    ["Capacity:Limits:MaxReplicas"] = MaxReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Capacity:Limits:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Capacity:Limits:MaxConcurrentRuns"] = "1",
})
{
    public const int MaxReplicas = 2;

    public const int MaxUploadBytes = 4096;
}
