using Microsoft.Extensions.Logging;

namespace Capacity.Server;

/// <summary>Log levels shared by the web host and the silo-only host: Orleans, Polly and ASP.NET Core only when something is wrong.</summary>
internal static class HostLogging
{
    /// <summary>Warnings and up from Orleans, Polly (two lines per grain placement at Information) and ASP.NET Core; silo start-up notes only as errors.</summary>
    public static ILoggingBuilder Quiet(this ILoggingBuilder logging) =>
        logging.AddFilter("Orleans", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
}
