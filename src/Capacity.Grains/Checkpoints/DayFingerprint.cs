using System.Security.Cryptography;
using System.Text.Json;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Checkpoints;

/// <summary>
/// A hash of every value of a day's result, to check that a day replayed from a checkpoint equals its first run. JSON
/// because it reaches every nested list (record equality compares immutable arrays by reference) with no per-type code.
/// </summary>
internal static class DayFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    public static string Of(DayResult day) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(day, Options)));
}
