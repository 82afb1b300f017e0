namespace Capacity.Testing;

/// <summary>Locates the shipped scenarios and the built <c>capacity</c> program from the test's output directory.</summary>
public static class RepoPaths
{
    /// <summary>
    /// capacity.dll with its runtimeconfig: the copy the project reference puts next to the tests, or else the
    /// CLI's own build output for the same configuration.
    /// </summary>
    public static string CapacityDll { get; } = FindCapacityDll();

    /// <summary>A shipped scenario file.</summary>
    public static string Scenario(string name) => RepositoryRoot.Combine("scenarios", name);

    private static string FindCapacityDll()
    {
        if (IsRunnable(AppContext.BaseDirectory))
        {
            return Path.Combine(AppContext.BaseDirectory, "capacity.dll");
        }

        // bin/<configuration>/net10.0/ of this project maps to the same folders of the CLI project.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var configuration = framework.Parent?.Name ?? "Debug";
        var cliOutput = RepositoryRoot.Combine("src", "Capacity.Cli", "bin", configuration, framework.Name);
        return IsRunnable(cliOutput)
            ? Path.Combine(cliOutput, "capacity.dll")
            : throw new InvalidOperationException($"capacity.dll with capacity.runtimeconfig.json found neither in {AppContext.BaseDirectory} nor in {cliOutput}.");
    }

    private static bool IsRunnable(string directory) =>
        File.Exists(Path.Combine(directory, "capacity.dll")) && File.Exists(Path.Combine(directory, "capacity.runtimeconfig.json"));
}
