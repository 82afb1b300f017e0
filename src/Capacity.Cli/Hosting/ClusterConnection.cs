using Capacity.Grains.Checkpoints;
using Capacity.Hosting;

namespace Capacity.Cli.Hosting;

/// <summary>
/// Where a command's runs execute: an embedded silo in this process (the default) or, with <c>--cluster postgres</c>,
/// the silos of a cluster this process is a client of. Either way it hands out a grain factory and the checkpoint
/// settings runs use on it.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly EmbeddedSilo? _silo;
    private readonly ClusterClient? _client;

    private ClusterConnection(CheckpointSettings checkpoints, EmbeddedSilo? silo, ClusterClient? client)
    {
        Checkpoints = checkpoints;
        _silo = silo;
        _client = client;
    }

    /// <summary>Checkpoints of every run started on this connection.</summary>
    public CheckpointSettings Checkpoints { get; }

    public IGrainFactory Grains => _client?.Grains ?? _silo!.Grains;

    /// <summary>Opens the embedded silo or connects to the cluster.</summary>
    /// <param name="checkpointEvery">Days between checkpoints; null: every <see cref="ClusterSettings.DefaultCheckpointEvery"/> days on a cluster, none embedded.</param>
    public static async Task<ClusterConnection> OpenAsync(ClusterSettings settings, int? checkpointEvery, CancellationToken cancellationToken)
    {
        var checkpoints = settings.Checkpoints(checkpointEvery);
        return settings.IsCluster
            ? new ClusterConnection(checkpoints, null, await ClusterClient.ConnectAsync(settings, cancellationToken))
            : new ClusterConnection(checkpoints, await EmbeddedSilo.StartAsync(cancellationToken), null);
    }

    /// <summary>Silos that take part in runs (1 for the embedded silo).</summary>
    public async Task<int> SilosAsync() => _client is null ? 1 : await _client.ActiveSilosAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
