using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>One page in its own browser context, recording the page's script errors (uncaught or logged) and failed requests.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _scriptErrors = [];
    private readonly List<string> _failedRequests = [];

    internal BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.PageError += (_, error) =>
        {
            lock (_scriptErrors)
            {
                _scriptErrors.Add(error);
            }
        };
        Page.Console += (_, message) =>
        {
            // A failed request is reported by AssertNoFailedRequests (with its URL), not twice.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (_scriptErrors)
                {
                    _scriptErrors.Add("console.error: " + message.Text);
                }
            }
        };
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (_failedRequests)
                {
                    _failedRequests.Add($"{response.Request.Method} {response.Url} → {response.Status}");
                }
            }
        };
        Page.RequestFailed += (_, request) =>
        {
            // Aborted by the page itself: an EventSource closed after its last event, a fetch cut short by navigation.
            if (request.Failure == "net::ERR_ABORTED")
            {
                return;
            }

            lock (_failedRequests)
            {
                _failedRequests.Add($"{request.Method} {request.Url} → {request.Failure}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Goes to <paramref name="path"/> (e.g. <c>/#/runs/abc/map</c>) relative to the host.</summary>
    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(path);

    /// <summary>The element with <c>data-testid</c> <paramref name="testId"/>.</summary>
    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Saves the full page as <c>&lt;name&gt;.png</c> (<see cref="Screenshots"/>).</summary>
    public Task ScreenshotAsync(string name, bool publish = true) => Screenshots.SaveAsync(Page, name, publish);

    /// <summary>Saves the full page under the current test's method name, into the test output only.</summary>
    public Task ScreenshotAsync() =>
        Screenshots.SaveAsync(Page, TestContext.Current.TestMethod?.MethodName ?? "page", publish: false);

    /// <summary>Fails when a script of the page threw an uncaught exception or logged an error so far.</summary>
    public void AssertNoScriptErrors()
    {
        lock (_scriptErrors)
        {
            Assert.True(_scriptErrors.Count == 0, "Script errors on the page:\n" + string.Join("\n", _scriptErrors));
        }
    }

    /// <summary>
    /// Fails when a request of the page (scripts, styles, API calls, images) got an error status or no answer so
    /// far; <paramref name="expected"/> lists URL fragments of failures the test provoked on purpose.
    /// </summary>
    public void AssertNoFailedRequests(params string[] expected)
    {
        lock (_failedRequests)
        {
            var unexpected = _failedRequests.Where(f => !expected.Any(e => f.Contains(e, StringComparison.Ordinal))).ToList();
            Assert.True(unexpected.Count == 0, "Failed requests of the page:\n" + string.Join("\n", unexpected));
        }
    }

    /// <summary>Both <see cref="AssertNoScriptErrors"/> and <see cref="AssertNoFailedRequests"/>.</summary>
    public void AssertHealthy(params string[] expectedFailures)
    {
        AssertNoScriptErrors();
        AssertNoFailedRequests(expectedFailures);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
