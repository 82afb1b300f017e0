namespace Capacity.Testing;

/// <summary>
/// Finds files of the repository from the test binaries' folder. Linked into every test project by
/// tests/Directory.Build.props.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding Capacity.sln.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "Capacity.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Capacity.sln above {AppContext.BaseDirectory}.");
    }
}
