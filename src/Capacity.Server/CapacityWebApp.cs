using System.Text.Json;
using System.Text.Json.Serialization;
using Capacity.Hosting;
using Capacity.Results;
using Capacity.Server.Api;
using Capacity.Server.Configuration;
using Capacity.Server.Runs;
using Capacity.Server.Scenarios;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace Capacity.Server;

/// <summary>
/// The web host: an Orleans silo (embedded by default: localhost clustering, no database, the same engine as
/// <c>capacity run</c>; or one more silo of a PostgreSQL cluster with <c>Capacity:Cluster=postgres</c>),
/// the REST API with its OpenAPI document and Swagger UI, the web UI (embedded files) and the Orleans Dashboard.
/// </summary>
public static class CapacityWebApp
{
    /// <summary>Builds the host from command-line style arguments (<c>--urls</c>, <c>--Capacity:RunsDirectory=…</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = builder.Configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
        builder.Logging.Quiet();
        var cluster = ClusterSettings.Resolve(settings.Cluster, settings.Connection, settings.SiloPort, settings.GatewayPort, settings.Advertise);
        builder.UseOrleans(silo =>
        {
            silo.UseCapacityCluster(cluster);
            silo.AddDashboard();
        });
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(cluster.Checkpoints(settings.CheckpointEvery));
        builder.Services.AddSingleton(new ApiKeySecret(settings.ApiKey));
        builder.Services.AddSingleton<ScenarioCatalog>();
        builder.Services.AddSingleton<RunRegistry>();
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Capacity API";
            document.Info.Description = "Scenarios, runs and results of the IMSS hospital-capacity simulation. Mutating endpoints need the X-Api-Key header.";
            return Task.CompletedTask;
        }));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.Limits.MaxUploadBytes);

        var app = builder.Build();
        app.UseApiProblems();
        app.UseStatusCodePages(async context =>
        {
            // Routing misses and method mismatches under /api answer problem+json like the rest of the API.
            if (context.HttpContext.Request.Path.StartsWithSegments("/api") && !context.HttpContext.Response.HasStarted)
            {
                var request = context.HttpContext.Request;
                var status = context.HttpContext.Response.StatusCode;
                var detail = status == StatusCodes.Status400BadRequest && request.HasJsonContentType()
                    ? "The request body is not valid JSON for this endpoint, or a field has the wrong type (see /api/docs)."
                    : $"{request.Method} {request.Path} failed with {status}.";
                await ProblemResponses.WriteAsync(context.HttpContext, new ApiProblem(status, ReasonPhrase(status), detail));
            }
        });
        app.UseUploadLimit(settings.Limits);
        var files = new ManifestEmbeddedFileProvider(typeof(CapacityWebApp).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.DocumentTitle = "Capacity API";
            o.SwaggerEndpoint("/openapi/v1.json", "Capacity API v1");
        });
        // The dashboard's own endpoints are the operators' page, not part of the API document.
        app.MapOrleansDashboard(routePrefix: "/dashboard").ExcludeFromDescription();
        app.MapGet("/api/info", () => new ServerInfo(RunExecutor.PackageVersion, settings.Limits, "/dashboard/", "/api/docs", "/openapi/v1.json"))
            .WithTags("Info").WithSummary("Version, request limits and where the docs and dashboard are.");
        app.MapScenarioEndpoints();
        app.MapRunEndpoints();
        app.MapResultEndpoints();

        var secret = app.Services.GetRequiredService<ApiKeySecret>();
        var registry = app.Services.GetRequiredService<RunRegistry>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"Capacity web host on {string.Join(", ", app.Urls)} (dashboard: /dashboard/, API docs: /api/docs)");
            if (secret.Generated)
            {
                Console.WriteLine($"API key: {secret.Value}");
            }
        });
        app.Lifetime.ApplicationStopping.Register(registry.CancelAll);
        return app;
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
