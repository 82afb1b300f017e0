using System.Runtime.CompilerServices;

// The built-in network tests rebuild networks past the BuiltInNetworks cache and test the apportionment directly.
[assembly: InternalsVisibleTo("Capacity.Scenarios.Tests")]
