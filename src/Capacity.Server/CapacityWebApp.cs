using Microsoft.AspNetCore.Builder;

namespace Capacity.Server;

/// <summary>Builds the web host: embedded silo, REST API, web UI and Orleans Dashboard.</summary>
public static class CapacityWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        return app;
    }
}
