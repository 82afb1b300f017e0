using System.Text.Json.Nodes;

namespace Capacity.Grains.Tests.Support;

/// <summary>Compares two run directories file by file, byte for byte, with a readable first difference.</summary>
public static class RunDirectoryAssert
{
    /// <summary>
    /// Every file must be byte-identical, except manifest.json, whose "execution" block (engine, wall time,
    /// machine) legitimately differs and is removed before comparing.
    /// </summary>
    public static void Identical(string expectedDirectory, string actualDirectory)
    {
        var expected = Files(expectedDirectory);
        var actual = Files(actualDirectory);
        Assert.Equal(expected, actual);
        foreach (var name in expected)
        {
            var a = File.ReadAllBytes(Path.Combine(expectedDirectory, name));
            var b = File.ReadAllBytes(Path.Combine(actualDirectory, name));
            if (name == "manifest.json")
            {
                a = WithoutExecution(a);
                b = WithoutExecution(b);
            }

            if (!a.AsSpan().SequenceEqual(b))
            {
                Assert.Fail($"{name} differs: {FirstDifference(a, b)}");
            }
        }
    }

    private static string[] Files(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static byte[] WithoutExecution(byte[] manifest)
    {
        var json = JsonNode.Parse(manifest)!.AsObject();
        json.Remove("execution");
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static string FirstDifference(byte[] a, byte[] b)
    {
        var linesA = System.Text.Encoding.UTF8.GetString(a).Split('\n');
        var linesB = System.Text.Encoding.UTF8.GetString(b).Split('\n');
        for (var i = 0; i < Math.Min(linesA.Length, linesB.Length); i++)
        {
            if (linesA[i] != linesB[i])
            {
                return $"line {i + 1}:\n  expected: {Clip(linesA[i])}\n  actual:   {Clip(linesB[i])}";
            }
        }

        return $"lengths {a.Length} vs {b.Length} bytes";
    }

    private static string Clip(string line) => line.Length > 300 ? line[..300] + "…" : line;
}
