using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Capacity.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point marker for BenchmarkSwitcher.</summary>
public partial class Program;
