using System.Text;
using System.Text.Json.Nodes;

namespace Capacity.Testing;

/// <summary>Byte-for-byte comparison of two run directories, with a readable first difference.</summary>
internal static class RunDirectories
{
    /// <summary>
    /// Both directories hold the same files (sub-directories included) with the same bytes, except that manifest.json is compared without its
    /// "execution" block (engine, wall time, machine), the one part allowed to differ.
    /// </summary>
    public static void AssertIdentical(string expectedDirectory, string actualDirectory)
    {
        var names = FileNames(expectedDirectory);
        Assert.Equal(names, FileNames(actualDirectory));
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

    // Sub-directories too (plots/), as relative paths with '/'.
    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

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
