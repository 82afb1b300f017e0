using System.Text.Json;
using Capacity.Server.Api;

namespace Capacity.Server.Results;

/// <summary>
/// The downloadable files of a run directory: every file in it (sub-directories such as <c>plots/</c> and ensemble
/// replicas included), with the SHA-256 its manifest records. A download must name one of them exactly, so no request
/// can reach a file outside the run, whatever it encodes in the path.
/// </summary>
internal static class RunFiles
{
    public static IReadOnlyList<RunFile> List(string runDirectory)
    {
        var root = Path.GetFullPath(runDirectory);
        var digests = Digests(root);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new RunFile(p, new FileInfo(Path.Combine(root, p)).Length, digests.GetValueOrDefault(p)))];
    }

    /// <summary>The full path of a listed file.</summary>
    /// <exception cref="ApiProblem">400 for a path with <c>..</c>, a root or a backslash; 404 for a path not in the list.</exception>
    public static string Resolve(string runDirectory, string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)
            || segments.Any(s => s is "" or "." or ".."))
        {
            throw ApiProblem.BadRequest($"'{path}' is not a file name of the run: use a path from GET /api/runs/{{id}}/files.");
        }

        return List(runDirectory).Any(f => f.Path == path)
            ? Path.Combine(Path.GetFullPath(runDirectory), Path.Combine(segments))
            : throw ApiProblem.NotFound($"The run has no file '{path}'.");
    }

    /// <summary>MIME type by extension.</summary>
    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".csv" => "text/csv; charset=utf-8",
        ".json" => "application/json",
        ".md" => "text/markdown; charset=utf-8",
        ".yaml" => "application/yaml",
        ".parquet" => "application/vnd.apache.parquet",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>Digests from every <c>manifest.json</c> and <c>ensemble.json</c> in the tree, keyed by path from the root.</summary>
    private static Dictionary<string, string> Digests(string root)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var manifest in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "manifest.json" or "ensemble.json"))
        {
            var prefix = Path.GetRelativePath(root, Path.GetDirectoryName(manifest)!).Replace(Path.DirectorySeparatorChar, '/');
            prefix = prefix == "." ? "" : prefix + "/";
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
                if (!json.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var file in files.EnumerateArray())
                {
                    if (file.TryGetProperty("name", out var name) && file.TryGetProperty("sha256", out var sha))
                    {
                        digests[prefix + name.GetString()] = sha.GetString() ?? "";
                    }
                }
            }
            catch (JsonException)
            {
                // A manifest that does not parse gives no digests; the files are still listed.
            }
        }

        return digests;
    }
}
