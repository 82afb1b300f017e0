namespace Capacity.Grains.Tests.Support;

/// <summary>Locates files of the repository from the test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Capacity.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Capacity.sln not found above " + AppContext.BaseDirectory);
    }
}
