using System.Collections.Immutable;
using System.Text.Json;
using Capacity.Results.Validation;

namespace Capacity.Results.Reading;

/// <summary>
/// Reads the numeric KPIs of a run directory's <c>manifest.json</c>, in manifest order. Nested objects are flattened
/// with dots (<c>ppeShortfallUnits.n95</c>); dates and other text are left out, nulls kept as null.
/// </summary>
public static class ManifestKpis
{
    /// <exception cref="RunDirectoryException">The directory or its manifest is missing or not a run manifest.</exception>
    public static async Task<ImmutableArray<KpiValue>> ReadAsync(string runDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runDirectory);
        var full = Path.GetFullPath(runDirectory);
        if (!Directory.Exists(full))
        {
            throw new RunDirectoryException($"{full} is not a directory.");
        }

        var path = Path.Combine(full, OutputFileNames.Manifest);
        if (!File.Exists(path))
        {
            throw new RunDirectoryException($"{path} is missing: not a run directory, or the run did not complete.");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunDirectoryException($"Cannot read {path}: {e.Message}", e);
        }

        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (!json.RootElement.TryGetProperty("kpis", out var kpis) || kpis.ValueKind != JsonValueKind.Object)
            {
                throw new RunDirectoryException($"{path} is not a run manifest: it has no \"kpis\" object.");
            }

            var values = ImmutableArray.CreateBuilder<KpiValue>();
            Flatten(kpis, "", values);
            return values.ToImmutable();
        }
        catch (JsonException e)
        {
            throw new RunDirectoryException($"{path} is not a run manifest: {e.Message}", e);
        }
    }

    private static void Flatten(JsonElement element, string prefix, ImmutableArray<KpiValue>.Builder values)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    values.Add(new KpiValue(name, property.Value.GetDouble()));
                    break;
                case JsonValueKind.Object:
                    Flatten(property.Value, name + ".", values);
                    break;
                case JsonValueKind.Null when !name.EndsWith("Date", StringComparison.Ordinal):
                    values.Add(new KpiValue(name, null));
                    break;
                default:
                    break; // dates and text are not numbers to band or subtract
            }
        }
    }
}
