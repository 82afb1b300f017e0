using System.Collections.Immutable;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// The networks shipped with Capacity, looked up by name from a scenario's <c>network:</c> field.
/// Each network is built on first use and cached; every build is deterministic (docs/network.md).
/// </summary>
public static class BuiltInNetworks
{
    /// <summary>The full IMSS 2020 network: 35 OOAD, 341 permanent hospitals + 24 temporary units, 63 warehouses.</summary>
    public const string Imss2020 = "imss-2020";

    /// <summary>The OOADs ags, cdmx-norte, nay and yuc of <see cref="Imss2020"/>, for fast tests.</summary>
    public const string Imss2020Mini = "imss-2020-mini";

    private static readonly Lazy<HospitalNetwork> _imss2020 =
        new(Imss2020Network.Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<HospitalNetwork> _imss2020Mini =
        new(() => Imss2020Network.Subset(_imss2020.Value, Imss2020Mini, Imss2020Network.MiniOoads),
            LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The names <see cref="Find"/> accepts, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = ImmutableArray.Create(Imss2020, Imss2020Mini);

    /// <summary>The built-in network called <paramref name="name"/> (ordinal match), or null when unknown.</summary>
    public static HospitalNetwork? Find(string name) => name switch
    {
        Imss2020 => _imss2020.Value,
        Imss2020Mini => _imss2020Mini.Value,
        _ => null,
    };
}
