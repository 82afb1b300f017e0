using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>One page in its own browser context, recording the page's uncaught script errors.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _scriptErrors = [];

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
    }

    public IPage Page { get; }

    /// <summary>Goes to <paramref name="path"/> (e.g. <c>/#/runs/abc/map</c>) relative to the host.</summary>
    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(path);

    /// <summary>The element with <c>data-testid</c> <paramref name="testId"/>.</summary>
    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Saves the full page as <c>&lt;name&gt;.png</c> (<see cref="Screenshots"/>).</summary>
    public Task ScreenshotAsync(string name) => Screenshots.SaveAsync(Page, name);

    /// <summary>Fails when a script of the page threw an uncaught exception so far.</summary>
    public void AssertNoScriptErrors()
    {
        lock (_scriptErrors)
        {
            Assert.True(_scriptErrors.Count == 0, "Uncaught script errors on the page:\n" + string.Join("\n", _scriptErrors));
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
