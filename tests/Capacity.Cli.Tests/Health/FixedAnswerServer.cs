using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Capacity.Cli.Tests.Health;

/// <summary>
/// A one-purpose HTTP server on a loopback port chosen by the OS: it answers every request with one fixed status, or
/// (with <c>status: null</c>) accepts connections and never answers. Raw sockets rather than Kestrel or HttpListener
/// so that binding to port 0 leaves no window in which another process could take the port.
/// </summary>
public sealed class FixedAnswerServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly int? status;
    private readonly string reason;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly List<string> requestLines = [];

    private FixedAnswerServer(int? status, string reason)
    {
        this.status = status;
        this.reason = reason;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>The request lines received so far (<c>GET /healthz HTTP/1.1</c>).</summary>
    public IReadOnlyList<string> RequestLines
    {
        get
        {
            lock (requestLines)
            {
                return [.. requestLines];
            }
        }
    }

    /// <summary>Starts a server that answers <paramref name="status"/> <paramref name="reason"/> with an empty body.</summary>
    public static FixedAnswerServer Answering(int status, string reason) => new(status, reason);

    /// <summary>Starts a server that reads requests and never answers them.</summary>
    public static FixedAnswerServer Silent() => new(null, "");

    /// <summary>A loopback URL on which nothing listens: a port the OS handed out and that was closed again.</summary>
    public static string UnreachableUrl()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}/healthz";
    }

    private async Task AcceptAsync()
    {
        var open = new List<TcpClient>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                open.Add(client);
                _ = Task.Run(() => AnswerAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            foreach (var client in open)
            {
                client.Dispose();
            }
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream);
            lock (requestLines)
            {
                requestLines.Add(head.Split("\r\n")[0]);
            }

            if (status is { } code)
            {
                var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(answer, stop.Token);
                client.Dispose();
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping: nothing to answer.
        }
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, stop.Token);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return head.ToString();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
