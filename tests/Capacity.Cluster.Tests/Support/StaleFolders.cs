using System.Diagnostics;
using System.Globalization;

namespace Capacity.Cluster.Tests.Support;

/// <summary>
/// Removes the /tmp/capacity-pg-* folders of earlier test runs that did not clean up (killed, crashed, debugger
/// stopped). A folder is stale when the test process recorded in it is gone; its postmaster, if still running, is
/// killed first. Folders of live test processes are left alone, so two test runs at once do not hurt each other.
/// </summary>
internal static class StaleFolders
{
    public static void Clean(string tempFolder)
    {
        foreach (var folder in Directory.GetDirectories(tempFolder, PrivatePostgres.FolderPrefix + "*"))
        {
            try
            {
                CleanOne(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run is cleaning the same folder, or it is not ours to delete: not this test's problem.
            }
        }
    }

    private static void CleanOne(string folder)
    {
        var owner = ReadPid(Path.Combine(folder, PrivatePostgres.OwnerFile));
        var postmaster = ReadPid(Path.Combine(folder, "data", "postmaster.pid"));
        var ownerAlive = owner is { } o && IsRunning(o, name => true);
        var postmasterAlive = postmaster is { } p && IsRunning(p, name => name == "postgres");
        var youngWithoutOwner = owner is null && Directory.GetCreationTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-5);
        if (ownerAlive || (postmasterAlive && owner is null) || youngWithoutOwner)
        {
            // A live run's server, or a folder still being set up (the owner file is written first thing).
            return;
        }

        if (postmasterAlive)
        {
            using var process = Process.GetProcessById(postmaster!.Value);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        Directory.Delete(folder, recursive: true);
    }

    private static int? ReadPid(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var first = File.ReadLines(file).FirstOrDefault()?.Trim();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    // /proc/PID/comm guards against a recycled PID: only a process of the expected name counts (and gets killed).
    private static bool IsRunning(int pid, Func<string, bool> expectedName)
    {
        var comm = $"/proc/{pid}/comm";
        return File.Exists(comm) && expectedName(File.ReadAllText(comm).Trim());
    }
}
