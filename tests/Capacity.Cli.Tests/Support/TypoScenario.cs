namespace Capacity.Cli.Tests.Support;

/// <summary>
/// A copy of quick-mini.yaml with the misspelt field <c>atackRate: 0.1</c> added as the first line under
/// <c>demand:</c>, and the error the loader must report for it.
/// </summary>
/// <param name="Path">Absolute path of the copy.</param>
/// <param name="Line">1-based line of the misspelt key.</param>
public sealed record TypoScenario(string Path, int Line)
{
    /// <summary>Writes the copy to <c>typo.yaml</c> at the workspace root.</summary>
    public static TypoScenario WriteTo(Workspace workspace)
    {
        var lines = File.ReadAllText(workspace.PathOf("scenarios", "quick-mini.yaml")).Split('\n').ToList();
        var demand = lines.FindIndex(line => line.TrimEnd('\r') == "demand:");
        Assert.True(demand >= 0, "quick-mini.yaml has no top-level 'demand:' line.");
        lines.Insert(demand + 1, "  atackRate: 0.1");
        var path = workspace.PathOf("typo.yaml");
        File.WriteAllText(path, string.Join('\n', lines));
        return new TypoScenario(path, demand + 2);
    }

    /// <summary>Everything the program must print on stderr for this file: one located error and the tally.</summary>
    public string ExpectedStdErr =>
        $"error: {Path}:{Line}:3: demand.atackRate: unknown field 'atackRate' (did you mean 'attackRate'?)\n"
        + "1 error(s); nothing was run or written.\n";
}
