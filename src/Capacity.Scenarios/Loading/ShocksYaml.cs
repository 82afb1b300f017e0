using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Shocks;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>shocks:</c> list: checks the schema cannot express, the mapping and the codes.</summary>
internal static class ShocksYaml
{
    /// <summary><c>demand-surge</c>, <c>staff-absence</c>, <c>oxygen-plant-outage</c>.</summary>
    public static string Kind(ShockKind kind) => kind switch
    {
        ShockKind.DemandSurge => "demand-surge",
        ShockKind.StaffAbsence => "staff-absence",
        ShockKind.OxygenPlantOutage => "oxygen-plant-outage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no scenario code for this shock"),
    };

    /// <summary>Each shock has the value field of its kind (and only that one), a real date and a known OOAD.</summary>
    public static void Check(JArray? shocks, HospitalNetwork? network, Diagnostics diagnostics)
    {
        foreach (var shock in shocks?.OfType<JObject>() ?? [])
        {
            SemanticChecks.Date(shock["from"], diagnostics);
            var kind = shock["kind"] is JValue { Value: string code } && Enum.GetValues<ShockKind>().Any(k => Kind(k) == code) ? code : null;
            var (needed, other) = kind == Kind(ShockKind.DemandSurge) ? ("factor", "share") : ("share", "factor");
            if (kind is null)
            {
                continue;
            }

            if (kind == Kind(ShockKind.StaffAbsence) && shock["share"] is JValue absent && SemanticChecks.NumberOf(absent) >= 1)
            {
                diagnostics.Report(absent, "a staff-absence share must be below 1");
            }

            // An oxygen plant outage loses the whole plant unless it names a share.
            if (shock[needed] is null && kind != Kind(ShockKind.OxygenPlantOutage))
            {
                diagnostics.Add(diagnostics.LocationOf(shock), diagnostics.LocationOf(shock).Path + "." + needed, $"a {kind} shock needs '{needed}'");
            }

            if (shock[other] is { } wrong)
            {
                diagnostics.Report(wrong, $"a {kind} shock has no '{other}' (it takes '{needed}')");
            }

            if (shock["ooad"] is JValue { Value: string ooad } written)
            {
                if (kind == Kind(ShockKind.StaffAbsence))
                {
                    diagnostics.Report(written, "staff absence applies to the national ERC pool; it takes no 'ooad'");
                }
                else if (network is not null && !network.Ooads.Any(o => o.Code == ooad))
                {
                    var codes = network.Ooads.Select(o => o.Code).ToArray();
                    diagnostics.Report(written, $"unknown OOAD '{ooad}'{Suggestions.DidYouMean(ooad, codes)}");
                }
            }
        }
    }

    /// <summary>The shocks in file order (none when the list is left out).</summary>
    public static ImmutableArray<Shock> Map(JArray? shocks) =>
        [
            .. (shocks?.OfType<JObject>() ?? []).Select(s =>
            {
                var kind = Enum.GetValues<ShockKind>().Single(k => Kind(k) == s.Value<string>("kind"));
                var value = SemanticChecks.NumberOf(kind == ShockKind.DemandSurge ? s["factor"] : s["share"])
                    ?? (kind == ShockKind.OxygenPlantOutage ? 1 : 0);
                return new Shock(kind, SemanticChecks.DateOf(s["from"])!.Value, s.Value<int>("days"), value, s["ooad"] is JValue { Value: string o } ? o : null);
            }),
        ];
}
