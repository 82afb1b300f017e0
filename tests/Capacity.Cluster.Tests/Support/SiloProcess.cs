using System.Diagnostics;
using System.Text;
using Capacity.Grains;
using Capacity.Server;

namespace Capacity.Cluster.Tests.Support;

/// <summary>One <c>capacity silo --cluster postgres</c> process on loopback, with its own free ports.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const int BindAttempts = 3;
    private const string AddressInUse = "address already in use";
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, int siloPort, int gatewayPort, int httpPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        HttpPort = httpPort;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int HttpPort { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a silo on the cluster in <paramref name="connectionString"/>'s database and waits until it has joined.</summary>
    /// <remarks>
    /// A free port is only free when it is picked: another process's outgoing connection can take it (from the same
    /// ephemeral range) before the silo binds it. A silo that fails to bind is started again on new ports, a few times.
    /// </remarks>
    public static async Task<SiloProcess> StartAsync(string connectionString, string workingDirectory)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (silo, output) = await TryStartAsync(connectionString, workingDirectory);
            if (silo is not null)
            {
                return silo;
            }

            if (attempt == BindAttempts || !output.Contains(AddressInUse, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The silo did not start (attempt {attempt}):\n{output}");
            }
        }
    }

    private static async Task<(SiloProcess? Silo, string Output)> TryStartAsync(string connectionString, string workingDirectory)
    {
        var (siloPort, gatewayPort, httpPort) = (LocalPorts.Free(), LocalPorts.Free(), LocalPorts.Free());
        var start = CapacityCli.StartInfo(
            ["silo", "--cluster", "postgres", "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--urls", $"http://127.0.0.1:{httpPort}"],
            new Dictionary<string, string?> { ["CAPACITY_CONNECTION"] = connectionString },
            workingDirectory);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var silo = new SiloProcess(process, siloPort, gatewayPort, httpPort);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(silo._started.Task, exited, Task.Delay(StartLimit));
        if (first != silo._started.Task)
        {
            var output = $"silo port {siloPort}, gateway port {gatewayPort}, http port {httpPort}:\n{silo.Output}";
            await silo.DisposeAsync();
            return (null, output);
        }

        return (silo, "");
    }

    /// <summary>SIGKILL: the process dies at once, as on a crashed machine; its grains are lost.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith(SiloWebApp.StartedLine, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
