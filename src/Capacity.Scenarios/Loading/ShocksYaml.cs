using System.Collections.Immutable;
using System.Text;
using Capacity.Domain.Network;
using Capacity.Domain.Shocks;
using Capacity.Domain.Supply;
using Newtonsoft.Json.Linq;
using static Capacity.Scenarios.Loading.YamlLines;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>shocks:</c> list: checks the schema cannot express, the mapping and the codes.</summary>
internal static class ShocksYaml
{
    /// <summary>The fields a shock may carry besides kind, from and days.</summary>
    private static readonly string[] OptionalFields = ["factor", "share", "extraDays", "item", "warehouse", "ooad"];

    /// <summary><c>demand-surge</c>, <c>staff-absence</c>, <c>supplier-delay</c>, <c>supplier-embargo</c>, <c>warehouse-outage</c>,
    /// <c>transport-disruption</c>, <c>oxygen-plant-outage</c></summary>
    public static string Kind(ShockKind kind) => kind switch
    {
        ShockKind.DemandSurge => "demand-surge",
        ShockKind.StaffAbsence => "staff-absence",
        ShockKind.SupplierDelay => "supplier-delay",
        ShockKind.SupplierEmbargo => "supplier-embargo",
        ShockKind.WarehouseOutage => "warehouse-outage",
        ShockKind.TransportDisruption => "transport-disruption",
        ShockKind.OxygenPlantOutage => "oxygen-plant-outage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no scenario code for this shock"),
    };

    /// <summary>The field that holds a kind's <see cref="Shock.Value"/>; null for kinds without one.</summary>
    public static string? ValueField(ShockKind kind) => kind switch
    {
        ShockKind.DemandSurge or ShockKind.SupplierDelay => "factor",
        ShockKind.StaffAbsence or ShockKind.OxygenPlantOutage => "share",
        ShockKind.TransportDisruption => "extraDays",
        _ => null,
    };

    /// <summary>Each shock has the fields of its kind (and only those), a real date and a known OOAD, warehouse and item.</summary>
    public static void Check(JArray? shocks, HospitalNetwork? network, Diagnostics diagnostics)
    {
        foreach (var shock in shocks?.OfType<JObject>() ?? [])
        {
            SemanticChecks.Date(shock["from"], diagnostics);
            var code = shock["kind"] is JValue { Value: string written } ? written : null;
            var kinds = Enum.GetValues<ShockKind>().Where(k => Kind(k) == code).ToArray();
            if (kinds.Length == 0)
            {
                continue;
            }

            var kind = kinds[0];
            if (kind == ShockKind.StaffAbsence && shock["share"] is JValue absent && SemanticChecks.NumberOf(absent) >= 1)
            {
                diagnostics.Report(absent, "a staff-absence share must be below 1");
            }

            var (required, allowed) = Fields(kind);
            foreach (var field in required.Where(f => shock[f] is null))
            {
                diagnostics.Add(diagnostics.LocationOf(shock), diagnostics.LocationOf(shock).Path + "." + field, $"a {code} shock needs '{field}'");
            }

            foreach (var field in OptionalFields.Where(f => shock[f] is not null && !required.Contains(f) && !allowed.Contains(f)))
            {
                var hint = kind == ShockKind.StaffAbsence && field == "ooad"
                    ? "staff absence applies to the national ERC pool; it takes no 'ooad'"
                    : $"a {code} shock has no '{field}' (it takes {string.Join(", ", required.Concat(allowed).Select(f => $"'{f}'"))})";
                diagnostics.Report(shock[field]!, hint);
            }

            Known(shock["ooad"], network?.Ooads.Select(o => o.Code), "OOAD", diagnostics);
            Known(shock["warehouse"], network?.Warehouses.Select(w => w.Id), "warehouse", diagnostics);
            Known(shock["item"], SupplyItems.All.Select(SupplyItems.Code), "item", diagnostics);
        }
    }

    /// <summary>The shocks in file order (none when the list is left out).</summary>
    public static ImmutableArray<Shock> Map(JArray? shocks) =>
        [
            .. (shocks?.OfType<JObject>() ?? []).Select(s =>
            {
                var kind = Enum.GetValues<ShockKind>().Single(k => Kind(k) == s.Value<string>("kind"));
                // An oxygen plant outage loses the whole plant unless it names a share.
                var value = ValueField(kind) is { } field ? SemanticChecks.NumberOf(s[field]) ?? (kind == ShockKind.OxygenPlantOutage ? 1 : 0) : 0;
                return new Shock(
                    kind,
                    SemanticChecks.DateOf(s["from"])!.Value,
                    s.Value<int>("days"),
                    value,
                    Text(s["ooad"]),
                    Text(s["item"]) is { } item ? SupplyItems.FromCode(item) : null,
                    Text(s["warehouse"]));
            }),
        ];

    /// <summary>Required and optional fields of a kind.</summary>
    private static (string[] Required, string[] Allowed) Fields(ShockKind kind) => kind switch
    {
        ShockKind.DemandSurge => (["factor"], ["ooad"]),
        ShockKind.StaffAbsence => (["share"], []),
        ShockKind.SupplierDelay => (["item", "factor"], []),
        ShockKind.SupplierEmbargo => (["item"], []),
        ShockKind.WarehouseOutage => (["warehouse"], []),
        ShockKind.TransportDisruption => (["extraDays"], ["ooad"]),
        ShockKind.OxygenPlantOutage => ([], ["share", "ooad"]),
        _ => ([], []),
    };

    private static void Known(JToken? token, IEnumerable<string>? known, string what, Diagnostics diagnostics)
    {
        if (token is JValue { Value: string name } written && known?.ToArray() is { } codes && !codes.Contains(name, StringComparer.Ordinal))
        {
            diagnostics.Report(written, $"unknown {what} '{name}'{Suggestions.DidYouMean(name, codes)}");
        }
    }

    private static string? Text(JToken? token) => token is JValue { Value: string text } ? text : null;

    /// <summary>The <c>shocks:</c> list of the effective scenario.</summary>
    public static void Write(StringBuilder yaml, ImmutableArray<Shock> shocks)
    {
        if (shocks.IsDefaultOrEmpty)
        {
            Field(yaml, 0, "shocks", "[]");
            return;
        }

        Section(yaml, 0, "shocks");
        foreach (var shock in shocks)
        {
            yaml.Append(Indent).Append("- kind: ").Append(Kind(shock.Kind)).Append('\n');
            Field(yaml, 2, "from", Date(shock.From));
            Field(yaml, 2, "days", Integer(shock.Days));
            if (ValueField(shock.Kind) is { } valueField)
            {
                Field(yaml, 2, valueField, shock.Kind == ShockKind.TransportDisruption ? Integer((int)shock.Value) : Number(shock.Value));
            }

            if (shock.Item is { } item)
            {
                Field(yaml, 2, "item", SupplyItems.Code(item));
            }

            if (shock.Warehouse is { } warehouse)
            {
                Field(yaml, 2, "warehouse", CoreSchema.QuoteIfNeeded(warehouse));
            }

            if (shock.Ooad is { } ooad)
            {
                Field(yaml, 2, "ooad", CoreSchema.QuoteIfNeeded(ooad));
            }
        }
    }
}
