namespace Capacity.Server;

/// <summary>
/// Entry point of the stand-alone web host (<c>dotnet run --project src/Capacity.Server</c>; <c>capacity serve</c> builds the
/// same app). A named class rather than top-level statements: the CLI references this assembly and has its own
/// top-level <c>Program</c>. It is also the anchor type of <c>WebApplicationFactory</c> in the tests.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        await using var app = CapacityWebApp.Build(args);
        await app.RunAsync();
    }
}
