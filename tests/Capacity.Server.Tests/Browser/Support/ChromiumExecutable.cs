namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// The Chromium the browser tests drive: the system one (Debian package <c>chromium</c>), never a Playwright download
/// (<c>playwright install</c> needs the network). <c>CAPACITY_CHROMIUM</c> names another executable.
/// </summary>
internal static class ChromiumExecutable
{
    public const string Variable = "CAPACITY_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The executable, or an exception saying how to install it: a missing browser fails the tests, it never skips them.</summary>
    public static string Find() => Find(Environment.GetEnvironmentVariable(Variable));

    /// <summary><paramref name="configured"/> (the value of <c>CAPACITY_CHROMIUM</c>) or the default path, checked.</summary>
    public static string Find(string? configured)
    {
        var path = configured is { Length: > 0 } ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {path}. The browser tests need it: install it with `apt-get install -y chromium` " +
                $"(as root, or with sudo), or set {Variable} to a Chromium executable. Do not run `playwright install`.");
        }

        return path;
    }
}
