using System.CommandLine;
using Capacity.Hosting;

namespace Capacity.Cli.Commands;

/// <summary>The options of a process that is a silo of the cluster: <c>capacity silo</c> and <c>capacity serve</c>.</summary>
internal sealed class SiloOptions
{
    public Option<string?> Cluster { get; } = ClusterOptions.NewCluster("default: no database", "join the cluster in --connection's database");

    public Option<string?> Connection { get; } = ClusterOptions.NewConnection();

    public Option<int?> SiloPort { get; } = new("--silo-port")
    {
        Description = $"Silo-to-silo port (default {ClusterSettings.DefaultSiloPort} on a cluster; a free port embedded).",
    };

    public Option<int?> GatewayPort { get; } = new("--gateway-port")
    {
        Description = $"Client gateway port (default {ClusterSettings.DefaultGatewayPort} on a cluster; a free port embedded).",
    };

    public Option<string?> Advertise { get; } = new("--advertise")
    {
        Description = "Host name or address other silos and clients reach this silo at; it then listens on every interface. Default: loopback only.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(Connection);
        command.Options.Add(SiloPort);
        command.Options.Add(GatewayPort);
        command.Options.Add(Advertise);
        command.Validators.Add(result =>
        {
            foreach (var port in new[] { SiloPort, GatewayPort })
            {
                if (result.GetValue(port) is { } p and (< 1 or > 65535))
                {
                    result.AddError($"{port.Name} must be a TCP port (1-65535), not {p}.");
                }
            }
        });
    }

    /// <summary>The settings the options (and environment) name; throws <see cref="ClusterSettingsException"/> on bad input.</summary>
    public ClusterSettings Settings(ParseResult parse) => ClusterSettings.Resolve(
        parse.GetValue(Cluster), parse.GetValue(Connection), parse.GetValue(SiloPort), parse.GetValue(GatewayPort), parse.GetValue(Advertise));
}
