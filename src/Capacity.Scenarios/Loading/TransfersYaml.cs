using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Transfers;
using Capacity.Scenarios.BuiltIn;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>transfers:</c> section: checks the schema cannot express and the mapping to <see cref="TransferSettings"/>.</summary>
internal static class TransfersYaml
{
    /// <summary>The policy codes, in enum order.</summary>
    public static IReadOnlyList<string> Policies { get; } = [.. Enum.GetValues<TransferPolicyKind>().Select(Policy)];

    /// <summary><c>none</c>, <c>within-ooad</c>, <c>neighbours</c>.</summary>
    public static string Policy(TransferPolicyKind policy) => policy switch
    {
        TransferPolicyKind.None => "none",
        TransferPolicyKind.WithinOoad => "within-ooad",
        TransferPolicyKind.Neighbours => "neighbours",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "no scenario code for this policy"),
    };

    /// <summary>Neighbour lists name OOADs of the network, never the OOAD itself.</summary>
    public static void Check(JObject? section, HospitalNetwork? network, Diagnostics diagnostics)
    {
        if (network is null || section?["neighbours"] is not JObject neighbours)
        {
            return;
        }

        var codes = network.Ooads.Select(o => o.Code).ToArray();
        foreach (var property in neighbours.Properties())
        {
            if (!codes.Contains(property.Name, StringComparer.Ordinal))
            {
                diagnostics.Report(property.Value, $"unknown OOAD '{property.Name}'{Suggestions.DidYouMean(property.Name, codes)}");
                continue;
            }

            foreach (var code in (property.Value as JArray)?.OfType<JValue>() ?? [])
            {
                if (code.Value is not string name || diagnostics.IsFlagged(code))
                {
                    continue;
                }

                if (name == property.Name)
                {
                    diagnostics.Report(code, $"an OOAD cannot be its own neighbour ('{name}')");
                }
                else if (!codes.Contains(name, StringComparer.Ordinal))
                {
                    diagnostics.Report(code, $"unknown OOAD '{name}'{Suggestions.DidYouMean(name, codes)}");
                }
            }
        }
    }

    /// <summary>
    /// The settings, each field the file leaves out from <see cref="ScenarioDefaults"/>; without <c>neighbours</c>, the
    /// built-in borders of the network's OOADs (<see cref="Imss2020Neighbours"/>). A written map replaces them whole:
    /// an OOAD it leaves out has no neighbours.
    /// </summary>
    public static TransferSettings Map(JObject? section, HospitalNetwork network)
    {
        var defaults = TransferDefaults.Settings;
        var neighbours = section?["neighbours"] is JObject written
            ? network.Ooads.ToImmutableSortedDictionary(
                o => o.Code,
                o => ((written[o.Code] as JArray)?.Values<string>() ?? [])
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal)
            : Imss2020Neighbours.For(network);
        var policy = section?["policy"] is JValue { Value: string code }
            ? Enum.GetValues<TransferPolicyKind>().Single(p => Policy(p) == code)
            : defaults.Policy;
        return new TransferSettings(
            policy,
            SemanticChecks.NumberOf(section?["reserveShare"]) ?? defaults.ReserveShare,
            neighbours,
            (int)(SemanticChecks.NumberOf(section?["waveThreshold"]) ?? defaults.WaveThreshold),
            (int)(SemanticChecks.NumberOf(section?["waveQuietDays"]) ?? defaults.WaveQuietDays));
    }
}
