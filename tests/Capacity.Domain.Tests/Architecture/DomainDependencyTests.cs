using Capacity.Domain.Random;

namespace Capacity.Domain.Tests.Architecture;

public sealed class DomainDependencyTests
{
    [Fact]
    public void Domain_references_only_the_BCL_MathNet_and_serialization_attributes()
    {
        var domain = typeof(CounterRng).Assembly;

        var references = domain.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var foreign = references.Where(name => !IsAllowed(name)).Order(StringComparer.Ordinal);
        Assert.Empty(foreign);
        Assert.Contains("MathNet.Numerics", references);
    }

    private static bool IsAllowed(string name) =>
        name.StartsWith("System", StringComparison.Ordinal)
        || name is "netstandard" or "Orleans.Serialization.Abstractions" or "MathNet.Numerics";
}
