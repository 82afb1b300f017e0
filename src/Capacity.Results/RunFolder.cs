using System.Security.Cryptography;

namespace Capacity.Results;

/// <summary>
/// Builds a run in a hidden sibling directory and publishes it with directory renames, so readers only ever
/// see no run directory, the previous complete one, or the new complete one.
/// </summary>
internal static class RunFolder
{
    /// <summary>Normalises a run directory path: absolute, without a trailing separator.</summary>
    public static string Normalise(string runDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(runDirectory));
        if (string.IsNullOrEmpty(Path.GetFileName(full)))
        {
            throw new ArgumentException($"'{runDirectory}' cannot be a run directory: it has no name.", nameof(runDirectory));
        }

        return full;
    }

    /// <summary>Creates the parent if missing and a fresh <c>&lt;parent&gt;/.&lt;name&gt;.tmp-&lt;random&gt;</c> directory.</summary>
    public static string CreateTemp(string runDirectory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(runDirectory)!);
        var temp = Sibling(runDirectory, "tmp");
        Directory.CreateDirectory(temp);
        return temp;
    }

    /// <summary>
    /// Moves <paramref name="temp"/> to <paramref name="runDirectory"/>. An existing run is first renamed aside,
    /// restored if the move fails, and deleted once the new run is in place.
    /// </summary>
    public static void Publish(string temp, string runDirectory)
    {
        if (!Directory.Exists(runDirectory))
        {
            Directory.Move(temp, runDirectory);
            return;
        }

        var aside = Sibling(runDirectory, "old");
        Directory.Move(runDirectory, aside);
        try
        {
            Directory.Move(temp, runDirectory);
        }
        catch
        {
            Directory.Move(aside, runDirectory);
            throw;
        }

        Directory.Delete(aside, recursive: true);
    }

    /// <summary>Deletes an abandoned temp directory, if it is still there.</summary>
    public static void Discard(string temp)
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    // The random part only names scratch directories; it never reaches a result file.
    private static string Sibling(string runDirectory, string purpose) =>
        Path.Combine(
            Path.GetDirectoryName(runDirectory)!,
            $".{Path.GetFileName(runDirectory)}.{purpose}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}");
}
