namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// Waits for what a page shows to become what the test expects (a table refilled after a click), like Playwright's
/// web-first assertions but for values read with a script; fails with the last value read.
/// </summary>
internal static class Eventually
{
    // A safety net for a page that never gets there, as long as the Playwright expect timeout; not a speed assertion.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task EqualAsync<T>(IReadOnlyList<T> expected, Func<Task<T[]>> read)
    {
        using var limit = new CancellationTokenSource(Limit);
        var last = await read();
        while (!last.SequenceEqual(expected) && !limit.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, limit.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            last = await read();
        }

        Assert.Equal(expected, last);
    }
}
