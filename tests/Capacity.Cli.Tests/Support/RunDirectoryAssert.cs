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
}
