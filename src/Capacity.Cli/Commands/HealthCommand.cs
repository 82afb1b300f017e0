using System.CommandLine;
using System.Globalization;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity health --url URL</c>: one GET, exit 0 on a 2xx answer and 1 otherwise with the reason on stderr. It
/// exists for container health checks: the ASP.NET runtime image has neither curl nor wget, but it has this program.
/// </summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "Absolute http(s) URL to GET, e.g. http://localhost:8080/healthz.",
            Required = true,
        };
        var timeout = new Option<string>("--timeout")
        {
            Description = "Longest wait for the answer: 500ms, 5s, 1m (default 5s).",
            DefaultValueFactory = _ => "5s",
        };
        var command = new Command("health", "GET a URL once: exit 0 on a 2xx answer, 1 otherwise (container health checks).");
        command.Options.Add(url);
        command.Options.Add(timeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(url) is { } text && Target(text) is null)
            {
                result.AddError($"--url: '{text}' is not an absolute http or https URL.");
            }

            if (result.GetValue(timeout) is { } limit && Duration(limit) is null)
            {
                result.AddError($"--timeout: '{limit}' is not a positive duration (e.g. 500ms, 5s, 1m).");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = Target(parse.GetRequiredValue(url))!;
            var limit = Duration(parse.GetRequiredValue(timeout))!.Value;
            return await CheckAsync(target, limit, cancellationToken);
        });
        return command;
    }

    private static async Task<int> CheckAsync(Uri target, TimeSpan limit, CancellationToken cancellationToken)
    {
        // The client's own timeout is switched off so that one linked token decides, and a timeout can be told
        // apart from Ctrl+C by which source fired.
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            // Headers only: a health answer is judged by its status, and a large body must not count against the limit.
            using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            if (response.IsSuccessStatusCode)
            {
                Console.Out.WriteLine($"healthy: {target} answered {status}");
                return ExitCodes.Ok;
            }

            Console.Error.WriteLine($"unhealthy: {target} answered {status}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("unhealthy: interrupted");
            return ExitCodes.Cancelled;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"unhealthy: {target} did not answer within {Describe(limit)}");
            return ExitCodes.Failure;
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"unhealthy: {target} could not be reached: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static Uri? Target(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>Parses <c>500ms</c>, <c>5s</c>, <c>1m</c> (a plain number is seconds); null when not a positive duration.</summary>
    internal static TimeSpan? Duration(string text)
    {
        var trimmed = text.Trim();
        var (number, scale) = trimmed switch
        {
            _ when trimmed.EndsWith("ms", StringComparison.Ordinal) => (trimmed[..^2], 0.001),
            _ when trimmed.EndsWith('s') => (trimmed[..^1], 1.0),
            _ when trimmed.EndsWith('m') => (trimmed[..^1], 60.0),
            _ => (trimmed, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var seconds = value * scale;
        // CancelAfter takes at most int.MaxValue milliseconds; a day is far more than any health check needs.
        return seconds > 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static string Describe(TimeSpan limit) =>
        limit.TotalSeconds >= 1
            ? limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : limit.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
