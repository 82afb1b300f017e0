using System.CommandLine;
using Capacity.Cli.Hosting;
using Capacity.Hosting;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>--cluster</c>, <c>--connection</c> and <c>--checkpoint-every</c>: where a command's runs execute. Without them runs
/// use an embedded silo; <c>--cluster postgres</c> makes the command a client of a running cluster.
/// </summary>
internal sealed class ClusterOptions
{
    public Option<string?> Cluster { get; } = NewCluster("a silo in this process, default", "a client of the cluster in --connection's database");

    public Option<string?> Connection { get; } = NewConnection();

    public Option<int?> CheckpointEvery { get; } = NewCheckpointEvery("Checkpoint every grain's state every K days so a run survives a lost silo");

    /// <summary><c>--cluster</c>, worded for what each kind means to the command (a client, a silo).</summary>
    public static Option<string?> NewCluster(string embeddedMeans, string postgresMeans) => new("--cluster")
    {
        Description = $"embedded ({embeddedMeans}) or postgres ({postgresMeans}). Default: ${ClusterSettings.ClusterVariable} or embedded.",
    };

    /// <summary><c>--connection</c>, the same for every command.</summary>
    public static Option<string?> NewConnection() => new("--connection")
    {
        Description = $"Npgsql connection string of the cluster's database. Default: ${ClusterSettings.ConnectionVariable} (prefer it: a command line is visible in ps).",
    };

    /// <summary><c>--checkpoint-every</c>, with the defaults of <see cref="ClusterSettings.Checkpoints"/>.</summary>
    public static Option<int?> NewCheckpointEvery(string what) => new("--checkpoint-every")
    {
        Description = $"{what} (0 = never). Default: {ClusterSettings.DefaultCheckpointEvery} on a cluster, 0 embedded.",
    };

    /// <summary>Adds the options to a command, with a check that K is not negative.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(Connection);
        command.Options.Add(CheckpointEvery);
        command.Validators.Add(result =>
        {
            if (result.GetValue(CheckpointEvery) is < 0)
            {
                result.AddError("--checkpoint-every must be 0 (no checkpoints) or a positive number of days.");
            }
        });
    }

    /// <summary>The cluster settings the options (and environment) name; throws <see cref="ClusterSettingsException"/> on bad input.</summary>
    public ClusterSettings Settings(ParseResult parse) => ClusterSettings.Resolve(parse.GetValue(Cluster), parse.GetValue(Connection));

    /// <summary>Starts the embedded silo or connects to the cluster.</summary>
    public Task<ClusterConnection> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        ClusterConnection.OpenAsync(Settings(parse), parse.GetValue(CheckpointEvery), cancellationToken);
}
