namespace Capacity.Cli.Tests.Support;

/// <summary>
/// A fresh working directory under the system temp folder holding copies of the shipped scenarios in
/// <c>scenarios/</c>, so commands read like the documentation (<c>capacity run scenarios/quick-mini.yaml</c>).
/// Deleted on dispose.
/// </summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root)
    {
        Root = root;
    }

    /// <summary>What <see cref="Entries"/> lists in a workspace nothing has written to yet.</summary>
    public static readonly string[] ScenarioEntries = ["scenarios", "scenarios/national-2020.yaml", "scenarios/quick-mini.yaml"];

    /// <summary>Absolute path of the working directory.</summary>
    public string Root { get; }

    /// <summary>Creates the directory and copies the shipped scenario files into it.</summary>
    public static Workspace Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "capacity-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "scenarios"));
        foreach (var entry in ScenarioEntries.Skip(1))
        {
            File.Copy(RepoPaths.Scenario(Path.GetFileName(entry)), Path.Combine(root, entry));
        }

        return new Workspace(root);
    }

    /// <summary>Absolute path of a file or directory inside the workspace.</summary>
    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Runs <c>capacity</c> with this workspace as its working directory.</summary>
    public Task<CliResult> RunAsync(params string[] arguments) => CapacityCli.RunAsync(Root, arguments);

    /// <summary>Runs <c>capacity</c> here, calling <paramref name="whileRunning"/> with its process id once started.</summary>
    public Task<CliResult> RunAsync(Func<int, Task> whileRunning, params string[] arguments) =>
        CapacityCli.RunAsync(Root, arguments, whileRunning);

    /// <summary>Every file and directory below <paramref name="relative"/>, hidden ones included, as sorted '/' paths.</summary>
    public string[] Entries(string relative = ".")
    {
        var top = PathOf(relative);
        return Directory.EnumerateFileSystemEntries(top, "*", SearchOption.AllDirectories)
            .Select(entry => Path.GetRelativePath(top, entry).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Deletes the workspace and everything in it.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
