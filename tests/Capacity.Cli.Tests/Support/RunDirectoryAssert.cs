using System.Text;
using System.Text.Json.Nodes;

namespace Capacity.Cli.Tests.Support;

/// <summary>Checks on whole run directories, with a readable first difference on failure.</summary>
public static class RunDirectoryAssert
{
    /// <summary>
    /// manifest.json "files" lists every other file of the directory, in ordinal order, with its exact size and
    /// SHA-256.
    /// </summary>
    public static void ManifestDescribesEveryOtherFile(string directory)
    {
        var expected = RunDirectory.FileNames(directory)
            .Where(name => name != "manifest.json")
            .Select(name => (name, new FileInfo(Path.Combine(directory, name)).Length, RunDirectory.Sha256(Path.Combine(directory, name))))
            .ToArray();

        var listed = RunDirectory.Manifest(directory)["files"]!.AsArray()
            .Select(file => ((string)file!["name"]!, (long)file["bytes"]!, (string)file["sha256"]!))
            .ToArray();

        Assert.Equal(expected, listed);
    }

    /// <summary>
    /// Both directories hold the same files with the same bytes, except that manifest.json is compared without its
    /// "execution" block (engine, wall time, machine), the one part allowed to differ.
    /// </summary>
    public static void Identical(string expectedDirectory, string actualDirectory)
    {
        var names = RunDirectory.FileNames(expectedDirectory);
        Assert.Equal(names, RunDirectory.FileNames(actualDirectory));
        foreach (var name in names)
        {
            var expected = File.ReadAllBytes(Path.Combine(expectedDirectory, name));
            var actual = File.ReadAllBytes(Path.Combine(actualDirectory, name));
            if (name == "manifest.json")
            {
                expected = WithoutExecution(expected);
                actual = WithoutExecution(actual);
            }

            if (!expected.AsSpan().SequenceEqual(actual))
            {
                Assert.Fail($"{name} differs: {FirstDifference(expected, actual)}");
            }
        }
    }

    private static byte[] WithoutExecution(byte[] manifest)
    {
        var json = JsonNode.Parse(manifest)!.AsObject();
        Assert.True(json.Remove("execution"), "manifest.json has no \"execution\" block.");
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}:\n  expected: {Clip(a[i])}\n  actual:   {Clip(b[i])}";
            }
        }

        return $"lengths {expected.Length} vs {actual.Length} bytes";
    }

    private static string Clip(string line) => line.Length > 300 ? line[..300] + "…" : line;
}
