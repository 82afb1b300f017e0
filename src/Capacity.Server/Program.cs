using Capacity.Server;

var app = CapacityWebApp.Build(args);
await app.RunAsync();

/// <summary>Entry point of the web host (also the anchor type of <c>WebApplicationFactory</c> in the tests).</summary>
public partial class Program;
