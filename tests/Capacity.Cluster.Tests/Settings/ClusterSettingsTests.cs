using Capacity.Hosting;
using Npgsql;

namespace Capacity.Cluster.Tests.Settings;

/// <summary>How a process decides where its cluster is: options over environment, a bounded pool, checkpoints by default on a cluster.</summary>
public sealed class ClusterSettingsTests
{
    private const string Connection = "Host=db;Database=capacity;Username=capacity;Password=secret";

    private static Func<string, string?> Environment(string? cluster = null, string? connection = null) => name => name switch
    {
        ClusterSettings.ClusterVariable => cluster,
        ClusterSettings.ConnectionVariable => connection,
        _ => null,
    };

    [Fact]
    public void Without_options_or_environment_the_process_is_embedded_and_does_not_checkpoint()
    {
        var settings = ClusterSettings.Resolve(null, null, environment: Environment());

        Assert.Equal(ClusterKind.Embedded, settings.Kind);
        Assert.False(settings.Checkpoints(null).Enabled);
    }

    [Fact]
    public void The_environment_names_the_cluster_and_its_connection_when_no_option_does()
    {
        var settings = ClusterSettings.Resolve(null, null, environment: Environment("postgres", Connection));

        Assert.Equal(ClusterKind.Postgres, settings.Kind);
        Assert.Equal(Connection, settings.ConnectionString);
        Assert.Equal(ClusterSettings.DefaultCheckpointEvery, settings.Checkpoints(null).EveryDays);
    }

    [Fact]
    public void Options_win_over_the_environment()
    {
        var settings = ClusterSettings.Resolve("embedded", null, environment: Environment("postgres", Connection));

        Assert.Equal(ClusterKind.Embedded, settings.Kind);
    }

    [Fact]
    public void Postgres_without_a_connection_string_names_both_ways_to_give_one()
    {
        var error = Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Resolve("postgres", null, environment: Environment()));

        Assert.Contains("--connection", error.Message, StringComparison.Ordinal);
        Assert.Contains(ClusterSettings.ConnectionVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_cluster_kind_is_bad_input()
    {
        var error = Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Resolve("redis", Connection, environment: Environment()));

        Assert.Contains("'redis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_bad_input()
    {
        Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Resolve("postgres", "Host=db;NoSuchKeyword=1", environment: Environment()));
    }

    [Fact]
    public void The_pool_is_bounded_to_twenty_unless_the_connection_string_sets_its_own()
    {
        var defaulted = ClusterSettings.Resolve("postgres", Connection, environment: Environment());
        var own = ClusterSettings.Resolve("postgres", Connection + ";Maximum Pool Size=5", environment: Environment());

        Assert.Equal(ClusterSettings.DefaultMaxPoolSize, new NpgsqlConnectionStringBuilder(defaulted.PooledConnectionString).MaxPoolSize);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(own.PooledConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData(0, false, 0)]
    [InlineData(1, true, 1)]
    [InlineData(30, true, 30)]
    public void An_explicit_checkpoint_interval_wins_over_the_clusters_default(int everyDays, bool enabled, int expected)
    {
        var checkpoints = ClusterSettings.Resolve("postgres", Connection, environment: Environment()).Checkpoints(everyDays);

        Assert.Equal((enabled, expected), (checkpoints.Enabled, checkpoints.EveryDays));
    }
}
