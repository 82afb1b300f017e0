using Capacity.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace Capacity.Server;

/// <summary>
/// A silo and nothing else (<c>capacity silo</c>): grains of the cluster's runs, plus a small HTTP side for operators
/// and container health checks: <c>GET /healthz</c> and the Orleans Dashboard at <c>/dashboard</c>.
/// </summary>
public static class SiloWebApp
{
    /// <summary>The line printed once the silo has joined the cluster (scripts wait for it).</summary>
    public const string StartedLine = "Capacity silo started";

    /// <summary>Builds the silo host listening for HTTP on <paramref name="urls"/>.</summary>
    public static WebApplication Build(ClusterSettings cluster, string urls)
    {
        var builder = WebApplication.CreateBuilder(["--urls", urls]);
        builder.Logging.Quiet();
        builder.UseOrleans(silo =>
        {
            silo.UseCapacityCluster(cluster);
            silo.AddDashboard();
        });

        var app = builder.Build();
        app.MapGet("/healthz", (IHostApplicationLifetime lifetime, ILocalSiloDetails silo) =>
            lifetime.ApplicationStopping.IsCancellationRequested
                ? Microsoft.AspNetCore.Http.Results.Text($"stopping: {silo.SiloAddress}", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Microsoft.AspNetCore.Http.Results.Text($"ok: silo {silo.SiloAddress} of cluster '{silo.ClusterId}'"));
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var silo = app.Services.GetRequiredService<ILocalSiloDetails>();
            Console.WriteLine(
                $"{StartedLine}: {silo.SiloAddress} (gateway {silo.GatewayAddress}) in cluster '{silo.ClusterId}'; "
                + $"health: {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/healthz"))}, dashboard: /dashboard/");
        });
        return app;
    }
}
