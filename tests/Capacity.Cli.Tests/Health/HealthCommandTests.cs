using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Health;

/// <summary>
/// <c>capacity health --url URL</c>, the container health check: exit 0 on 2xx, 1 with the reason on stderr otherwise,
/// 2 for a bad command line. Run through the real program against a server in the test.
/// </summary>
public sealed class HealthCommandTests
{
    [Fact]
    public async Task A_200_answer_exits_0_and_says_healthy_on_stdout()
    {
        await using var server = FixedAnswerServer.Answering(200, "OK");
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("health", "--url", server.Url + "/healthz");

        result.AssertExitCode(0);
        Assert.Equal($"healthy: {server.Url}/healthz answered 200 OK\n", result.StdOut);
        Assert.Equal("", result.StdErr);
        Assert.Equal(["GET /healthz HTTP/1.1"], server.RequestLines);
    }

    [Fact]
    public async Task A_503_answer_exits_1_with_the_status_on_stderr()
    {
        await using var server = FixedAnswerServer.Answering(503, "Service Unavailable");
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("health", "--url", server.Url + "/healthz");

        result.AssertExitCode(1);
        Assert.Equal($"unhealthy: {server.Url}/healthz answered 503 Service Unavailable\n", result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_exits_1_saying_it_could_not_be_reached()
    {
        var url = FixedAnswerServer.UnreachableUrl();
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("health", "--url", url);

        result.AssertExitCode(1);
        Assert.StartsWith($"unhealthy: {url} could not be reached: ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task A_server_that_never_answers_exits_1_after_the_timeout()
    {
        await using var server = FixedAnswerServer.Silent();
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("health", "--url", server.Url + "/healthz", "--timeout", "300ms");

        result.AssertExitCode(1);
        Assert.Equal($"unhealthy: {server.Url}/healthz did not answer within 300 ms\n", result.StdErr);
        Assert.Single(server.RequestLines);
    }

    [Theory]
    [InlineData("--url", "ftp://localhost/healthz", "error: --url: 'ftp://localhost/healthz' is not an absolute http or https URL.")]
    [InlineData("--url", "/healthz", "error: --url: '/healthz' is not an absolute http or https URL.")]
    [InlineData("--timeout", "soon", "error: --timeout: 'soon' is not a positive duration (e.g. 500ms, 5s, 1m).")]
    [InlineData("--timeout", "0s", "error: --timeout: '0s' is not a positive duration (e.g. 500ms, 5s, 1m).")]
    public async Task A_bad_url_or_timeout_exits_2_without_a_request(string option, string value, string expected)
    {
        await using var server = FixedAnswerServer.Answering(200, "OK");
        using var workspace = Workspace.Create();
        string[] arguments = option == "--url"
            ? ["health", "--url", value]
            : ["health", "--url", server.Url + "/healthz", "--timeout", value];

        var result = await workspace.RunAsync(arguments);

        result.AssertExitCode(2);
        Assert.Equal(expected, result.StdErr.Split('\n')[0]);
        Assert.Empty(server.RequestLines);
    }

    [Fact]
    public async Task Without_a_url_it_exits_2()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("health");

        result.AssertExitCode(2);
        Assert.Contains("--url", result.StdErr, StringComparison.Ordinal);
    }
}
