namespace Capacity.Results.Tests.TestData;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it.</summary>
internal sealed class TempRoot : IDisposable
{
    public TempRoot()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "capacity-results-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Names of every entry (files and directories, hidden ones included) directly in <paramref name="directory"/>.</summary>
    public static string[] Entries(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
