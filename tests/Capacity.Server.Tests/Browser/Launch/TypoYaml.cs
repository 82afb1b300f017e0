namespace Capacity.Server.Tests.Browser.Launch;

/// <summary>
/// quick-mini.yaml with the misspelt field <c>atackRate: 0.1</c> added as the first line under <c>demand:</c> (as the
/// CLI tests do), and the 1-based line the loader reports for it (column 3, the key).
/// </summary>
internal sealed record TypoYaml(string Yaml, int Line)
{
    public static TypoYaml FromQuickMini()
    {
        var lines = File.ReadAllText(RepositoryRoot.Combine("scenarios", "quick-mini.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var demand = lines.IndexOf("demand:");
        Assert.True(demand >= 0, "quick-mini.yaml has no top-level 'demand:' line.");
        lines.Insert(demand + 1, "  atackRate: 0.1");
        return new TypoYaml(string.Join('\n', lines), demand + 2);
    }
}
